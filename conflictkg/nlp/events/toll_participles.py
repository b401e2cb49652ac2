"""Counted tolls with a bare participle (issue 14): "38 killed by aerial bombardment on X", "Two
soldiers killed in an ambush near Y". A headline drops the auxiliary: a past participle of a
violent predicate with no auxiliary and no object, heading the sentence or hung on its counted root
("38 killed", "12 rebels killed"), counts the victims; it names no actor and tells no event of its
own. The attack noun hung on it by a preposition ("by aerial bombardment", "in an ambush") is then
the event the headline tells, not one mentioned in passing (crowds.in_passing): its default actor
acts where it happened, on the victims counted when they are a group (civilians counted make it an
assault)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.clause_tolls import toll_of_clause, unarmed_body
from conflictkg.nlp.events.counted_victims import bare_participle, counted, counted_victims
from conflictkg.nlp.events.dead_members import dead_members
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.events.toll_headlines import on_victims
from conflictkg.nlp.syntax import SUBJ, first_child

_VIOLENT = ("FIGHT", "ASSAULT")
_TOLLED = (*_VIOLENT, "COERCE", "CAPTURE")  # acts a later toll can count the victims of


def told_by_counted_toll(st: DocState, tok: Token) -> bool:
    """Whether the attack noun ``tok`` hangs by a preposition on a counted toll's bare participle
    (or on the participle coordinated with it: "45 killed and wounded by X")."""
    return _toll_participle(st, tok) is not None


def _toll_participle(st: DocState, tok: Token) -> Token | None:
    if tok.dep_ != "pobj" or tok.head.dep_ not in ("prep", "agent"):
        return None
    verb = tok.head.head
    f = st.frames.get(verb.i)
    if f is None or f.nominal or f.pred.type not in _VIOLENT or f.pred.civilian_type is None:
        return None
    # "45 killed and wounded by X": the first participle counts them
    first = verb.head if verb.dep_ == "conj" and verb.tag_ == "VBN" else verb
    head = st.frames.get(first.i)
    if head is None or head.nominal or head.pred.type not in _VIOLENT:
        return None
    if counted_victims(first, head.pred):  # "Two soldiers killed in an ambush"
        return first
    return first if _counted_acl(first) else None


def _counted_acl(verb: Token) -> bool:
    """ "38 killed by X", "12 rebels killed by X": a bare participle on the sentence's counted root."""
    head = verb.head
    if verb.dep_ != "acl" or head.dep_ != "ROOT" or head.i == verb.i or not bare_participle(verb):
        return False
    return first_child(verb, SUBJ) is None and counted(head)


def counted_toll_victims(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` with an untargeted attack a counted toll tells aimed at the group counted."""
    return [_on_victims(st, e) for e in events]


def without_default_tolls(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """ "five were killed in clashes between X and Y": an agentless killing given a default actor is
    the toll of the sentence's other violent event, not an event of its own. A counted toll's own
    participle ("two soldiers were killed and three wounded") is a toll too, no such other event."""
    violent = ("FIGHT", "ASSAULT", "CAPTURE")
    tolls = [e for e in events if e["type"] in violent and (e["pred"] in st.defaulted or _listed(st, e))]
    if not any(e["type"] in violent and e not in tolls for e in events):
        # a list of tolls after a violent event told before is its toll ("X attacked Y. Two killed")
        listed = [e for e in tolls if _listed(st, e)]
        return [e for e in events if e not in tolls] if listed and _told(st, listed[0]) else events
    kept = [e for e in events if e not in tolls or _own_clause_toll(st, e, events, violent)]
    return _victims_passed(st, [e for e in tolls if e not in kept], kept)


def _victims_passed(st: DocState, dropped: list[EventRecord], kept: list[EventRecord]) -> list[EventRecord]:
    """ "Gaza : trois Palestiniens tués dans des frappes israéliennes": the victims a dropped toll's
    bare participle named (a group, no state) are those of the one violent event it is the toll of,
    when that event names none (civilians make it an assault on them); so are those of an agentless
    passive whose clause of time tells that event, also when it names an unarmed body hit ("aid
    workers were shot dead when gunmen attacked their convoy": nlp/events/clause_tolls.py)."""
    bare = [e for e in kept if e["type"] in _VIOLENT]
    if len(bare) != 1 or (bare[0]["target"] is not None and not unarmed_body(st, bare[0]["target"])):
        return kept
    act = st.doc[bare[0]["pred"]]  # "were killed when X shelled Y": the toll of the clause's act
    bare_tolls = [
        e for e in dropped
        if not e["nominal"]
        and ((_headline_participle(st.doc[e["pred"]]) and bare[0]["target"] is None)
             or toll_of_clause(st, st.doc[e["pred"]], act))
    ]  # fmt: skip
    victims = {e["target"] for e in bare_tolls if e["target"] is not None}
    if len(victims) != 1:
        return kept
    (target,) = victims
    if bare[0]["actor"] == target or st.actors.get(target, {}).get("kind") in (None, "state"):
        return kept
    return [on_victims(st, e, target) if e is bare[0] else e for e in kept]


def _own_clause_toll(
    st: DocState, e: EventRecord, events: list[EventRecord], violent: tuple[str, ...]
) -> bool:
    """ "64 were killed on Friday, including nine members of the regime forces, and 12 were killed in
    shelling": a toll whose 'including' list names the group its dead belong to (dead_members), with no
    other violent event in its own clause (a coordinated clause tells its own), is the day's toll of
    that group, not the shelling's."""
    f = st.frames.get(e["pred"])
    if e["target"] is None or e["nominal"] or f is None or dead_members(st, f) is None:
        return False
    tok = st.doc[e["pred"]]
    others = {c.i for c in tok.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")}
    own = {t.i for t in tok.subtree} - {t.i for o in others for t in st.doc[o].subtree}
    return not any(v is not e and v["type"] in violent and v["pred"] in own for v in events)


def _listed(st: DocState, e: EventRecord) -> bool:
    """A toll's own participle, the root's or one on a counted noun ("two civilians wounded")."""
    tok = st.doc[e["pred"]]
    on_counted = tok.dep_ == "acl" and bare_participle(tok) and counted(tok.head) and not e["nominal"]
    return on_counted or _counted_own(st, e) is not None


def _told(st: DocState, e: EventRecord) -> bool:
    """Whether a violent or repressive act was told in an earlier sentence: a toll after it is its."""
    return any(d["type"] in _TOLLED and d["sent_start"] < e["sent_start"] for d in st.done)


def _counted_own(st: DocState, e: EventRecord) -> Token | None:
    """ "Five soldiers killed, three wounded in X": a counted toll's own participle, the parser's root
    with its counted subject (a bare number, "three", names no one: no target for it)."""
    tok = st.doc[e["pred"]]
    f = st.frames.get(tok.i)
    if e["nominal"] or f is None or tok.dep_ == "acl" or not counted_victims(tok, f.pred):
        return None
    return tok


def _on_victims(st: DocState, e: EventRecord) -> EventRecord:
    if e["type"] not in _VIOLENT or e["target"] is not None:
        return e
    verb = _toll_participle(st, st.doc[e["pred"]]) or (_counted_own(st, e) if not _told(st, e) else None)
    if verb is None:
        return e
    counted = verb.head if verb.dep_ == "acl" else first_child(verb, SUBJ)
    found = np_actor(st, counted) if counted is not None and not counted.like_num else None
    if found is None or found[0] == e["actor"]:
        return e
    if st.actors.get(found[0], {}).get("kind") in (None, "state"):
        return e
    return on_victims(st, e, found[0])  # "20 civilians killed by shelling on X": an assault on them


def _headline_participle(tok: Token) -> bool:
    """ "trois Palestiniens tués": a participle on the noun it counts, with no auxiliary."""
    return tok.dep_ == "acl" and not any(c.dep_.startswith("aux") for c in tok.children)
