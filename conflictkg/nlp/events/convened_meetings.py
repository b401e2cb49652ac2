"""Who convened or hosted a meeting is a party to it (round engold87): "will travel to Vienna for
Friday's regional meeting, convened by the Austrian government", "arrived in Rome for a
conference hosted by the Italian government". The agent of a participle of ``convening_participles``
on a consultation noun (a lexicon noun of type CONSULT) is the noun's partner, as its 'with'
complement is; a meeting "held by" its own side names no partner (holding is not convening)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import prep_args

CONSULT = "CONSULT"


def conveners(st: DocState, noun: Token) -> list[Token]:
    """The agents of a convening participle on the consultation noun ``noun``."""
    agents = st.lex.group("agent_preps")
    parts = [c for c in noun.children if c.dep_ in ("acl", "amod") and convened(st, c)]
    return [a for part in parts for prep, a in prep_args(part) if prep in agents]


def convened(st: DocState, participle: Token) -> bool:
    """Whether ``participle`` convenes the consultation noun it qualifies (its agent a partner)."""
    pred = st.lex.nouns.get(participle.head.lemma_.lower())
    words = st.lex.group("convening_participles")
    return pred is not None and pred.type == CONSULT and participle.lemma_.lower() in words
