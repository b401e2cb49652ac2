"""The partner of an agreement or talks named on the pact noun, not on the verb (PLOVER AGREE,
CONSULT, COOPERATE): "agreed to a ceasefire with X", "committed itself to a truce with X", "opened
the way to a deal with X". The verb's own objects and the nouns of its prepositional phrases are
looked at; one of them that is a pact noun (pact_nouns) holds the partner after a partner
preposition (relation_partner_preps: "with"). Called from nlp/events/late_targets.late_target only
when the verb's own arguments name no target.
"""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import Actor, DocState, Frame
from conflictkg.nlp.syntax import OBJ, prep_args

COOPERATIVE = frozenset({"AGREE", "CONSULT", "COOPERATE"})


def _held_nouns(tok: Token) -> list[Token]:
    """The verb's objects and the nouns its prepositional phrases take."""
    return [*(c for c in tok.children if c.dep_ in OBJ), *(c for _, c in prep_args(tok))]


def pact_partner(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    if f.pred.type not in COOPERATIVE or f.nominal:
        return None
    pacts, partners = st.lex.group("pact_nouns"), st.lex.group("relation_partner_preps")
    for noun in _held_nouns(f.tok):
        if noun.lemma_.lower() not in pacts:
            continue
        for prep, c in prep_args(noun):
            got = np_actor(st, c) if prep in partners else None
            if got is not None and got[0] != actor_id:
                return got
    return None
