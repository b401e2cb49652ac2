"""The dead of a fight belong to its other side (issue 14): "two Maoists were killed in an encounter
with security forces", "three militants killed in clashes with police". An agentless killing (its
actor the passive default) whose 'in' complement is a nominal fight with a partner side named
('with X') tells that fight: the dead's group, an armed party, fought the side named, both ways, not
the unnamed group the default gives. Civilians killed in clashes stay the victims of an assault."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import FIGHTING_KINDS, DocState, EventRecord
from conflictkg.nlp.syntax import SUBJ, SUBJ_PASS, first_child, prep_args


def fought_dead(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` with each agentless killing in a fight with a named side made that fight."""
    out: list[EventRecord] = []
    for e in events:
        sides = _sides(st, e)
        if sides is None:
            out.append(e)
            continue
        side, dead = sides
        out += [
            {**e, "actor": side, "target": dead, "via": None},
            {**e, "actor": dead, "target": side, "via": None},
        ]
    return out


def _sides(st: DocState, e: EventRecord) -> tuple[str, str] | None:
    if e["type"] != "FIGHT" or e["nominal"] or e["pred"] not in st.defaulted:
        return None
    verb = st.doc[e["pred"]]
    dead = _dead(st, verb)
    if dead is None:
        return None
    for prep, noun in prep_args(verb):
        f = st.frames.get(noun.i)
        if prep != "in" or f is None or not f.nominal or f.pred.type != "FIGHT":
            continue
        partners = [a for p, a in prep_args(noun) if p in st.lex.group("fight_partner_preps")]
        for side in (np_actor(st, t) for a in partners for t in (a, *a.conjuncts)):
            if side is not None and side[0] != dead and _fighting(st, side[0]):
                return side[0], dead
    return None


def _dead(st: DocState, verb: Token) -> str | None:
    """The armed party the killed belong to: the passive's subject, or the noun a bare participle
    qualifies ("three militants killed in X")."""
    subj = first_child(verb, SUBJ_PASS | SUBJ) or (verb.head if verb.dep_ == "acl" else None)
    found = np_actor(st, subj) if subj is not None else None
    return found[0] if found is not None and _fighting(st, found[0]) else None


def _fighting(st: DocState, actor_id: str) -> bool:
    return st.actors.get(actor_id, {}).get("kind") in FIGHTING_KINDS
