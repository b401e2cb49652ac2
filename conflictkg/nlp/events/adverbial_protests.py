"""A protest noun the parser read as an adverbial noun of the verb ("broke up a march by teachers":
"march" as an npadvmod, as in "walked a mile", and "by teachers" as the agent of an active verb): it is
the verb's object, the crowd holding it what the act meets (nlp/events/crowds_hit.protest_crowd).
Only a lexicon noun of a protest with its own determiner, after an active verb, is read so; a bare
time noun ("marched Tuesday") stays an adverbial."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import is_passive

DETERMINER_DEPS = frozenset({"det", "poss"})


def adverbial_protests(st: DocState, verb: Token) -> list[Token]:
    """The protest nouns hung on ``verb`` as adverbial nouns, read as its objects."""
    if is_passive(verb):
        return []
    out = []
    for c in verb.rights:
        pred = st.lex.nouns.get(c.lemma_.lower())
        if c.dep_ != "npadvmod" or pred is None or pred.type != "PROTEST":
            continue
        if any(d.dep_ in DETERMINER_DEPS for d in c.children):
            out.append(c)
    return out
