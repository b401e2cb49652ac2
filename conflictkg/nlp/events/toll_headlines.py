"""Verbless toll headlines (issue 14): a headline with no verb whose head is a count of the victims
("Casualties in an airstrike on X", "12 casualties in the countryside of Hama", "Human losses in the
ranks of the rebels in Idlib"). Lexicon ``toll_head_nouns``: the nouns counting the dead (or the dead
and the wounded) that head such a headline.

- An attack noun hung on the toll by prepositions ("casualties in the shelling of X", "losses after
  an airstrike on Y") is the event the headline tells, not one mentioned in passing as in "killed in
  the fighting" (crowds.in_passing), where the clause's verb tells it: its default actor acts; an
  -ing word there with no subject ("5 martyrs in shelling on X") is that noun (predicates.py).
- A toll rising (``toll_rise_verbs``: "New casualties raise the death toll to 25 in the massacre of
  X") heads the headline as a verbless toll does: the attack noun in the verb's complements is the
  event it tells. So does a word of the wounded or the dead opening the sentence with no subject
  (``toll_words``, ``injury_participles``: "Wounded in shelling in X").
- With no event of its own in the sentence, the toll tells a fight at the place it names by the
  agent hung on it ("casualties in raids by X on Y", which the parser hangs on the toll) or else the
  unnamed armed group of the article's country, on the group its dead belong to (``victim_side_preps``
  : "casualties of the regime forces", "losses among the rebels", or ``rank_nouns``: "in the ranks
  of X"); dead counted as civilians ("civilian casualties") make it an assault on civilians. A toll of
  a disaster or an accident (``accident_causes``) names no attacker, a toll after a violent event
  the article told before is that event's, and a toll naming neither a place nor a group tells
  nothing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Span, Token

from conflictkg.knowledge.lexicon import Lexicon, Predicate
from conflictkg.nlp.events.actors import generic_id, np_actor
from conflictkg.nlp.events.attacker_tolls import attacker_tolls
from conflictkg.nlp.events.state import Actor, DocState, EventRecord, Frame
from conflictkg.nlp.events.toll_lists import toll_list
from conflictkg.nlp.syntax import SUBJ, SUBJ_PASS, prep_args

_CHAIN = frozenset({"prep", "pobj", "pcomp", "conj", "amod"})  # "casualties due to shells on X"
_VERBS = frozenset({"VERB", "AUX"})
_VIOLENT = frozenset({"FIGHT", "ASSAULT", "CAPTURE"})
_TOLL_TAGS = frozenset({"VBN", "VBD", "JJ"})  # "Wounded", "Dead" opening a headline


def toll_heading(lex: Lexicon, sent: Span) -> Token | None:
    """The toll noun heading the verbless headline ``sent``, if it is one. A root verb with a
    subordinating mark ("Casualties in X as clashes continue") is a parser slip: the clause it heads
    is subordinate, the subject before the mark the headline's head. A definite toll ("The casualties
    of the war") names a topic, as headlines drop their articles."""
    head = root = sent.root
    if _toll_participle(lex, root):  # "Wounded in shelling in X", "Dead and wounded in raids on Y"
        return root
    if root.pos_ in _VERBS:
        mark = next((c for c in root.children if c.dep_ == "mark"), None)
        subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subj is not None and _rising(lex, root):  # "More casualties raise the death toll in X"
            mark = subj
        elif mark is None or subj is None or subj.i > mark.i:
            return None
        head = subj
    heads = lex.group("toll_head_nouns")
    # a capitalised opening word the tagger read as a name ("Martyrs in shelling on X") is the noun
    named = head.pos_ == "PROPN" and head.i == sent.start and head.lower_ in heads
    if not named and (head.pos_ != "NOUN" or not (head.lemma_.lower() in heads or head.lower_ in heads)):
        return None
    return None if any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) else head


def _rising(lex: Lexicon, verb: Token) -> bool:
    """A verb of a toll rising (``toll_rise_verbs``: "raise", "rise")."""
    return verb.lemma_.lower() in lex.group("toll_rise_verbs")


def _toll_participle(lex: Lexicon, root: Token) -> bool:
    """A word of the dead or the wounded (``toll_words``, ``injury_participles``) opening the sentence
    as its root with no subject nor auxiliary: the head of a verbless toll headline."""
    if root.i != root.sent.start or root.tag_ not in _TOLL_TAGS:
        return False
    if any(c.dep_ in SUBJ or c.dep_ in SUBJ_PASS or c.dep_ in ("aux", "auxpass") for c in root.children):
        return False
    return root.lower_ in lex.group("toll_words") or root.lemma_.lower() in lex.group("injury_participles")


def _toll_head(lex: Lexicon, tok: Token) -> bool:
    """Whether ``tok`` is the noun of the toll heading a verbless sentence."""
    head = toll_heading(lex, tok.sent)
    return head is not None and head.i == tok.i


def told_by_toll(st: DocState, tok: Token) -> bool:
    """Whether the nominal event ``tok`` hangs, through prepositions, on a verbless headline's toll."""
    return _under_toll(st.lex, tok)


def toll_gerund(lex: Lexicon, tok: Token) -> bool:
    """An -ing word with no subject after a preposition of a verbless toll headline ("5 martyrs in
    shelling on X"): the event noun it spells, as a headline's opening gerund is."""
    if (
        tok.tag_ != "VBG"
        or tok.dep_ != "pcomp"
        or any(c.dep_ in SUBJ or c.dep_ in SUBJ_PASS for c in tok.children)
    ):
        return False
    return _under_toll(lex, tok)


def _under_toll(lex: Lexicon, tok: Token) -> bool:
    cur = tok
    while cur.dep_ in _CHAIN and cur.head.i != cur.i:
        cur = cur.head
        if cur.i != tok.i and (cur.pos_ == "NOUN" or cur.pos_ in _VERBS) and _toll_head(lex, cur):
            return True
        if cur.pos_ in _VERBS:  # the verb of a rising toll heading the sentence: its complement
            return _rising(lex, cur) and cur.dep_ == "ROOT" and toll_heading(lex, cur.sent) is not None
    return False


Make = Callable[..., EventRecord]


def toll_headline(st: DocState, sent: Span, make: Make, events: list[EventRecord]) -> list[EventRecord]:
    """``events``, the sentence's, with the attack a verbless toll headline tells given the toll's
    agent and victims; with none, the fight the toll itself tells (``make``: finder._make). An
    attacker's own toll ("Il est mort sur le champ, faisant cinq blessés") tells an assault too."""
    events = [*events, *attacker_tolls(st, sent, make, events)]
    root = toll_heading(st.lex, sent)
    if root is None:
        return toll_list(st, sent, make, events)  # "Twelve killed, five wounded in X"
    if _accident(st, sent):
        return events
    country = st.doc._.country
    target = _victims(st, root)
    if target is None and any(c.lower_ in st.lex.group("civilian_nouns") for c in root.children):
        target = (generic_id(st, "civilians", country), 0.55, None)  # "civilian casualties"
    unnamed = generic_id(st, "armed", country)
    by = [np_actor(st, a) for p, a in prep_args(root) if p in st.lex.group("agent_preps")]
    agent = next((a for a in by if a is not None), None)
    if events:
        return [_told(st, e, agent, target, unnamed) for e in events]
    if any(e["type"] in _VIOLENT for e in st.done):  # the toll of an attack told before
        return []
    actor: Actor = agent or (unnamed, 0.55, None)
    if target is not None and target[0] == actor[0]:
        target = None
    frame = Frame(root, Predicate(type="FIGHT", cameo="19", target=()), nominal=True)
    event = make(st, frame, sent, "FIGHT", "19", actor, target, "asserted", 0.55)
    return [event] if event["place"] is not None or target is not None else []


def _told(
    st: DocState, e: EventRecord, agent: Actor | None, victims: Actor | None, unnamed: str
) -> EventRecord:
    """The attack told under the toll ("casualties of X in raids by Y"): by the toll's agent when it
    names none, on the toll's victims when it has no target."""
    if e["type"] not in ("FIGHT", "ASSAULT") or not told_by_toll(st, st.doc[e["pred"]]):
        return e
    if agent is not None and e["actor"] == unnamed and e["target"] != agent[0]:
        e = {**e, "actor": agent[0], "via": agent[2]}
    if victims is not None and e["target"] is None and victims[0] != e["actor"]:
        e = on_victims(st, e, victims[0])  # "civilian casualties in raids on X": an assault on them
    return e


def on_victims(st: DocState, e: EventRecord, victims: str) -> EventRecord:
    """The attack ``e`` aimed at the victims a toll counts; civilians counted make it an assault."""
    if st.actors.get(victims, {}).get("kind") == "civilians":
        return {**e, "target": victims, "type": "ASSAULT", "cameo": "18"}
    return {**e, "target": victims}


def _victims(st: DocState, root: Token) -> Actor | None:
    """The group the toll's dead belong to: "of X", "among X", "in the ranks of X"."""
    for prep, arg in prep_args(root):
        if prep not in st.lex.group("victim_side_preps"):
            continue
        if arg.lemma_.lower() in st.lex.group("rank_nouns"):
            arg = next((a for p, a in prep_args(arg) if p == "of"), arg)
        found = np_actor(st, arg)
        if found is not None and _group_like(st, found):
            return found
    return None


def _group_like(st: DocState, actor: Actor) -> bool:
    rec: dict[str, Any] = st.actors.get(actor[0], {})
    return rec.get("kind") not in (None, "state")  # "losses in Syria": a place, no group


def _accident(st: DocState, sent: Span) -> bool:
    causes = st.lex.group("accident_causes")
    return any(t.lemma_.lower() in causes or t.lower_ in causes for t in sent)
