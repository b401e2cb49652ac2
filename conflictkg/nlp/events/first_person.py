"""A first-person pronoun ("we", "our", ``first_person_words``) no quotation gives a speaker is the
statement's author, never the last party the text named: a government statement opens on its author
("The United States condemns X. ... We remain committed to supporting Y": the United States, not X).
The author is the subject of the text's first sentence when that is a state, a government or a
coalition (``AUTHOR_KINDS``); with any other first subject, or none, the pronoun names no one."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from conflictkg.nlp import coref
from conflictkg.nlp.events.possessed import STATE_KINDS
from conflictkg.nlp.events.state import Actor, DocState, Mention
from conflictkg.nlp.syntax import SUBJ, first_child

AUTHOR_KINDS = STATE_KINDS | {"coalition"}


def fallback(
    st: DocState,
    tok: Token,
    resolve: Callable[[Token], Actor | None],
    org_of: Callable[[Mention], str | None],
) -> Actor | None:
    """The last resort for a pronoun: a first person's author, else the last actor named before."""
    if tok.lower_ in st.lex.group("first_person_words"):
        return author(st, tok, resolve)
    last = coref.last_actor_before(st.mentions, tok.i, org_of)
    return (last, 0.6, None) if last else None


def author(st: DocState, tok: Token, resolve: Callable[[Token], Actor | None]) -> Actor | None:
    """The state, government or coalition that is the subject of the text's first sentence."""
    first = next(iter(tok.doc.sents))
    subj = first_child(first.root, SUBJ)
    if subj is None or tok.sent.start == first.start:
        return None
    got = resolve(subj)
    if got is None or st.actors.get(got[0], {}).get("kind") not in AUTHOR_KINDS:
        return None
    return (got[0], 0.5, got[2])
