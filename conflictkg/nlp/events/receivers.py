"""The receiver of an act given, opened or agreed: "agreed to re-open its borders to X", "opened its
airspace to X", "refused admittance to X", "offered to hand over two suspects to X". A cooperative
act (or its refusal) with no target of its own takes the actor named after a receiver preposition
(receiver_preps: "to") on its verb, on the act it embeds (its infinitive) or on their object. Not
for violence, captures or coercion, whose "to" names where forces go ("moved troops to X"), nor for
a verb of going (destination_verbs: "agreed to return to Geneva"). A pact noun after the preposition
(pact_nouns: "agreed to a ceasefire brokered by X") is what is agreed, no receiver (round case84)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import Actor, DocState, Frame
from conflictkg.nlp.syntax import prep_args

GIVING = frozenset({"AGREE", "AID", "REJECT", "CONCEDE", "SUPPORT", "COOPERATE"})
_EMBEDS = frozenset({"xcomp", "ccomp"})
_OBJECTS = frozenset({"dobj", "obj"})


def receiver(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    """The first actor named after a receiver preposition on the act's verb, its infinitive or
    their objects, that is not the actor itself."""
    if f.pred.type not in GIVING or f.tok.pos_ != "VERB":
        return None
    going = st.lex.group("destination_verbs")
    verbs = [f.tok, *(c for c in f.tok.children if c.dep_ in _EMBEDS and c.pos_ == "VERB")]
    verbs = [v for v in verbs if v.lemma_.lower() not in going]
    holders: list[Token] = [*verbs, *(c for v in verbs for c in v.children if c.dep_ in _OBJECTS)]
    preps, pacts = st.lex.group("receiver_preps"), st.lex.group("pact_nouns")
    for h in holders:
        for prep, c in prep_args(h):
            # "agreed to a ceasefire brokered by X": the pact agreed, no receiver
            if prep not in preps or c.pos_ not in ("NOUN", "PROPN") or c.lemma_.lower() in pacts:
                continue
            got = np_actor(st, c)
            if got is not None and got[0] != actor_id:
                return got
    return None
