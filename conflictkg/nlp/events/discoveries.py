"""Finding the dead is no killing: "police found the body of a woman" tells who found it; the killer
is unknown. A verb whose object reading the lexicon keeps for an agentless passive (``passive_only``:
"the body of a woman was found", an attack by the unnamed armed group) is, said actively, no event of
its own, and the trained classifier must not read the sentence as an attack by the finders either."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ, is_passive


def active_discovery(st: DocState, verb: Token) -> bool:
    """``verb`` said actively with an object its passive-only lexicon reading takes ("found the body")."""
    if is_passive(verb):
        return False
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ in OBJ:
            p = st.lex.verb_object.get((lemma, c.lemma_.lower()))
            if p is not None and p.passive_only:
                return True
    return False
