"""An enemy named after the means of a fight: "conducted 11 strikes in support of X using attack
aircraft against ISIL targets", "conducted raids using drones against ISIL fighters". A fight of a
sentence with no target, whose verb (for a nominal act, the verb whose object it is: "conducted
strikes", or the act's noun itself) governs a clause of a means verb (``means_verbs``: 'using',
'employing') whose object (or one of its conjuncts) carries a preposition of ``means_target_preps``
("against") before an actor, fights that actor: the parser hangs the enemy on the weapon, not on the
act. The fight keeps its actor and modality; a means clause whose enemy is no actor ("using drones
against the bridge") names none."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import DocState, EventRecord

FIGHT_TYPES = frozenset({"FIGHT"})
OBJECT_DEPS = frozenset({"dobj", "obj"})
CLAUSE_DEPS = frozenset({"advcl", "acl"})  # on the verb, or on the act's noun ("raids using drones")


def means_targets(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` of one sentence, a targetless fight given the enemy its means clause names."""
    verbs, preps = st.lex.group("means_verbs"), st.lex.group("means_target_preps")
    if not verbs or not preps:
        return events
    for e in events:
        if e["type"] not in FIGHT_TYPES or e["target"] is not None or not e["actor"]:
            continue
        pred = st.doc[e["pred"]]
        head = pred.head if e["nominal"] and pred.dep_ in OBJECT_DEPS else pred
        enemy = _enemy(st, head, verbs, preps) or (_enemy(st, pred, verbs, preps) if head != pred else None)
        if enemy is not None and enemy != e["actor"]:
            e["target"] = enemy
    return events


def _enemy(st: DocState, verb: Token, verbs: frozenset[str], preps: frozenset[str]) -> str | None:
    for clause in verb.children:
        if clause.dep_ not in CLAUSE_DEPS or clause.lemma_.lower() not in verbs:
            continue
        objs = [o for c in clause.children if c.dep_ in OBJECT_DEPS for o in (c, *c.conjuncts)]
        for obj in objs:  # "using jets as well as guns against X": the preposition on the last one
            for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in preps):
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    got = np_actor(st, pobj)
                    if got is not None:
                        return got[0]
    return None
