"""The name of a landmark ("sur la place Abdel Moneim Riyad", "rue Didouche Mourad", "Tahrir
Square"): a name set right after a landmark noun (lexicon ``landmark_nouns``) with no preposition
between them, or right before it in English, names the landmark, never a person or an organisation
NER took it for ("à la place de X", with its preposition, is "instead of X")."""

from __future__ import annotations

from spacy.tokens import Span

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.syntax import case_word

_NAMING_DEPS = frozenset({"nmod", "appos", "flat", "flat:name", "compound"})


def landmark_name(lex: Lexicon, ent: Span) -> bool:
    """Whether ``ent`` is the name of the landmark noun it hangs on."""
    root = ent.root
    head = root.head
    nouns = lex.group("landmark_nouns")
    if head.i == root.i or root.dep_ not in _NAMING_DEPS or case_word(root) is not None:
        return False
    if head.lemma_.lower() not in nouns and head.lower_ not in nouns:
        return False
    return head.i in (ent.start - 1, ent.end)
