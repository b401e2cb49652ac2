"""Verbs the tagger reads as an adverb: "Russia and Iran back the Syrian government" tags "back" ADV
although the parser hangs a subject and an object on it. A word read as an adverb that is a lexicon
verb and heads both a subject and a direct object is that verb (``ckg_prefixed_lemmas`` mends its
part of speech, so the event rules find their predicate); an adverb with no object ("they came back
the next day") or no subject stays one."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECT_DEPS = frozenset({"nsubj"})
OBJECT_DEPS = frozenset({"dobj"})


def misread_verb(tok: Token, verbs: frozenset[str]) -> bool:
    """Whether ``tok``, tagged ADV, is a lexicon verb heading a subject and a direct object."""
    if tok.pos_ != "ADV" or tok.lower_ not in verbs:
        return False
    deps = {c.dep_ for c in tok.children}
    return bool(deps & SUBJECT_DEPS) and bool(deps & OBJECT_DEPS)
