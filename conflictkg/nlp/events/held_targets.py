"""Areas held by a party as a fight's target (issue 14): "shells target areas controlled by the
regime forces", "Turkish forces shelled SDF-controlled villages", "shelling on the rebels' controlled
neighbourhoods". A fight (or an assault) that names no target but aims at places a participle of
holding (``holding_participles``) gives to a party, by its agent ("controlled by X") or by the name
before it ("X-controlled", "X's controlled"), is aimed at that party: the place stays where it was."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import _np_actor
from conflictkg.nlp.events.state import Actor, DocState, EventRecord
from conflictkg.nlp.syntax import OBJ, prep_args

_BEFORE = frozenset({"npadvmod", "compound", "poss", "nmod"})


def held_targets(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` with an untargeted fight on held places aimed at their holder."""
    return [_aimed_at_holder(st, e) for e in events]


def _aimed_at_holder(st: DocState, e: EventRecord) -> EventRecord:
    if e["type"] not in ("FIGHT", "ASSAULT") or e["target"] is not None:
        return e
    tok = st.doc[e["pred"]]
    frame = st.frames.get(tok.i)
    preps = frame.pred.target if frame is not None else ()
    aimed = [c for c in tok.children if c.dep_ in OBJ] + [a for p, a in prep_args(tok) if p in preps]
    for noun in (n for a in aimed for n in (a, *a.conjuncts)):
        holder = _holder(st, noun)
        if holder is not None and holder[0] != e["actor"]:
            return {**e, "target": holder[0]}
    return e


def _holder(st: DocState, noun: Token) -> Actor | None:
    """The party a participle of holding on ``noun`` names."""
    words = st.lex.group("holding_participles")
    for part in (c for c in noun.children if c.lower_ in words):
        if part.i > noun.i:  # "areas controlled by X"
            named = [a for p, a in prep_args(part) if p in st.lex.group("agent_preps")]
        else:  # "X-controlled areas", "X's controlled areas"
            named = [c for c in part.children if c.i < part.i and c.dep_ in _BEFORE]
            named += [c for c in noun.children if c.i < part.i and c.dep_ in _BEFORE]
        for name in named:
            found = _np_actor(st, name)
            if found is not None:
                return found
    return None
