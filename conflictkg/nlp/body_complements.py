"""Groups of a body of several states: "les soldats de la coalition", "des troupes de l'alliance",
"coalition soldiers". A generic group whose "de"/"of" complement (or compound) is such a body
(``body_nouns``) that no mention names is that body's, not the forces of the article's country (in
an article on Afghanistan, the coalition's soldiers are not the Afghan army): it takes no country.
A body of two words ("les soldats de la force internationale") is one too (``body_actors.body_word``)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.body_actors import body_word
from conflictkg.nlp.syntax import case_word


def unnamed_body(t: Token, covered: dict[int, int], lex: Lexicon) -> bool:
    """``t``, a group noun, belongs to a body of several states that no mention names."""
    of, bodies = lex.group("of_preps"), lex.group("body_nouns")
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ in of:  # English: "soldiers of the coalition"
            if any(_body(g, covered, bodies) for g in c.children):
                return True
        elif (case_word(c) in of or _modifier(c)) and _body(c, covered, bodies):
            return True
    return False


def _modifier(c: Token) -> bool:
    """A noun before the group noun that qualifies it: a compound ("coalition soldiers"), or the
    nmod the English parser makes of it before an adjective ("Coalition military forces")."""
    return c.dep_ == "compound" or (c.dep_ == "nmod" and c.i < c.head.i)


def _body(tok: Token, covered: dict[int, int], bodies: frozenset[str]) -> bool:
    return tok.i not in covered and body_word(tok, bodies)
