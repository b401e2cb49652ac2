"""Unnamed groups the text says who they are: "des hommes armés identifiés comme des combattants
ADF", "des assaillants présentés comme des miliciens de la CODECO". A participle of identifying (the
lexicon's ``identifying_participles``) on the group noun, with a complement opened by one of
``identity_marks``, names the group: the armed group named there is who the noun is, as "les
rebelles du M23" are the M23 (round frstyle87)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon

_MARK_DEPS = frozenset({"case", "mark"})


def identity_phrase(c: Token, lex: Lexicon) -> Token | None:
    """The complement that says who the group noun ``c`` hangs on is, when ``c`` is a participle of
    identifying ("identifiés comme des combattants ADF"); None otherwise."""
    if c.dep_ != "acl" or c.lemma_.lower() not in lex.group("identifying_participles"):
        return None
    marks = lex.group("identity_marks")
    marked = (
        x
        for x in c.children
        if x.i > c.i and any(m.dep_ in _MARK_DEPS and m.lower_ in marks for m in x.children)
    )
    return next(marked, None)
