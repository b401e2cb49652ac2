"""The target named in a relative clause or a participle on what the act takes: "a levé les
charges qui pesaient à l'encontre de X", "a annulé le mandat d'arrêt lancé contre X" are lifted for
X. The verb's object holds a clause whose verb names the target after one of the act's own target
prepositions (the lexicon's ``target`` roles of the predicate). Called from
nlp/events/late_targets.late_target only when the act's own arguments name no target.
"""

from __future__ import annotations

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import Actor, DocState, Frame
from conflictkg.nlp.syntax import OBJ, prep_args

_RELATIVE = frozenset({"acl:relcl", "relcl", "acl"})  # "qui pesaient contre X", "lancé contre X"


def relative_target(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    if f.nominal:
        return None
    roles = set(f.pred.target) - {"obj"}
    objects = [c for c in f.tok.children if c.dep_ in OBJ]
    clauses = [c for o in objects for c in o.children if c.dep_ in _RELATIVE and c.pos_ in ("VERB", "AUX")]
    for clause in clauses:
        for prep, c in prep_args(clause):
            got = np_actor(st, c) if prep in roles else None
            if got is not None and got[0] != actor_id:
                return got
    return None
