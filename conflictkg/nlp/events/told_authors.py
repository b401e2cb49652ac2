"""Authors the text names beside an unnamed one.

- Attacks blamed on someone: "three police officers were killed in an attack blamed on FARC
dissidents", "an ambush attributed to JNIM killed ten soldiers". A participle of ``blaming_verbs``
on an attack noun, with its complement after one of ``blamed_preps``, names whom the text holds the
attack's author, as wire copy and ACLED notes code it: the attack and the acts it carries out (the
verb whose 'in' complement it is) are that actor's, in place of an unnamed armed group. A named
author stays ("soldiers killed in an ambush blamed on rebels": a verb with a named subject keeps it),
and a blame on anything that names no actor changes nothing. The weapon an attack noun names in
its 'de' complement may carry the participle ("une frappe de drone attribuée à X"), and a gerund
with no subject of its own ("..., tuant 20 civils") carries out its clause subject's attack. An
attack noun whose own event has a named actor ("tués dans une embuscade tendue par le Hamas") makes
the acts it carries out that actor's too (round frstyle69).
- Groups led by a named one: "rebels led by Hayat Tahrir al-Sham captured Hama". An unnamed armed
  group's noun with a participle of ``operator_verbs`` ("led", "commanded") whose agent is an armed
  organisation acts as that organisation, as ACLED codes it; led by a person or a state ("troops led
  by General X", "forces led by Turkey") it stays the group it is."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.actors import agent_of, np_actor
from conflictkg.nlp.events.clause_authors import AUTHOR_KINDS, clause_authors, unnamed_armed
from conflictkg.nlp.events.hung_participles import chain_participles
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import SUBJ, prep_args, subject_of

PARTICIPLE_DEPS = frozenset({"acl", "relcl", "amod"})


def told_authors(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` with the ones of an unnamed armed group that the text names otherwise made the
    named actor's: the author an attack is blamed on, the organisation leading the group."""
    return clause_authors(st, _led_groups(st, _blamed_authors(st, events)))  # "killed when X attacked"


def _led_groups(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    for e in events:
        pred = st.doc[e["pred"]]
        subj = None if e["nominal"] else subject_of(pred)
        if subj is None or not unnamed_armed(st, e["actor"]):
            continue
        operators = st.lex.group("operator_verbs")
        for c in subj.children:
            got = agent_of(st, c) if c.dep_ in PARTICIPLE_DEPS and c.lemma_.lower() in operators else None
            if (
                got is not None
                and st.actors.get(got[0], {}).get("kind") in AUTHOR_KINDS
                and got[0] != e["target"]
            ):
                e["actor"] = got[0]
                break
    return events


def _blamed_authors(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` with the violent ones an attack blamed on an actor carries out made that actor's."""
    for e in events:
        if e["type"] not in VIOLENT_TYPES or not unnamed_armed(st, e["actor"]):
            continue
        nouns = _attack_nouns(st, st.doc[e["pred"]])
        blamed = next((a for n in nouns if (a := _blamed(st, n) or _named_author(st, n, events))), None)
        if blamed is not None and blamed != e["target"]:
            e["actor"] = blamed
    return events


def _attack_nouns(st: DocState, pred: Token) -> list[Token]:
    """The attack noun the event is, or those its verb's complements or subject name ("killed in an
    attack", "an ambush killed")."""
    nouns = [pred] if pred.pos_ in ("NOUN", "PROPN") else []
    nouns += [c for _, c in prep_args(pred) if _violent(st, c)]
    nouns += [c for c in pred.children if c.dep_ in SUBJ and _violent(st, c)]  # "an ambush ... killed"
    if pred.dep_ == "advcl" and not any(c.dep_ in SUBJ for c in pred.children):  # "..., tuant 20 civils"
        nouns += [c for c in pred.head.children if c.dep_ in SUBJ and _violent(st, c)]
    return nouns


def _violent(st: DocState, noun: Token) -> bool:
    pred = st.lex.nouns.get(noun.lemma_.lower())
    return pred is not None and pred.type in VIOLENT_TYPES


def _blamed(st: DocState, noun: Token) -> str | None:
    verbs, preps = st.lex.group("blaming_verbs"), st.lex.group("blamed_preps")
    hung = chain_participles(
        noun, st.lex.group("of_preps"), PARTICIPLE_DEPS
    )  # "d'un camp ..., attribuée à X"
    for c in (*noun.children, *(x for w in _means(st, noun) for x in w.children), *hung):
        if c.dep_ not in PARTICIPLE_DEPS or c.lemma_.lower() not in verbs:
            continue
        for prep, arg in prep_args(c):
            got = np_actor(st, arg, 1) if prep in preps else None
            if got is not None:
                return got[0]
    return None


def _means(st: DocState, noun: Token) -> list[Token]:
    """The weapon an attack noun names in its 'de' complement ("une frappe de drone attribuée à X"):
    the parser may hang the blaming participle there."""
    weapons = st.lex.group("weapon_subjects") | st.lex.group("military_equipment")
    of = st.lex.group("of_preps")
    return [c for prep, c in prep_args(noun) if prep in of and c.lemma_.lower() in weapons]


def _named_author(st: DocState, noun: Token, events: list[EventRecord]) -> str | None:
    """The named actor of the nominal event an attack noun is ("tués dans une embuscade tendue par le
    Hamas": the ambush is Hamas's, and so is the killing it carries out)."""
    return next(
        (
            e["actor"]
            for e in events
            if e["nominal"]
            and e["pred"] == noun.i
            and e["type"] in VIOLENT_TYPES
            and not unnamed_armed(st, e["actor"])
        ),
        None,
    )
