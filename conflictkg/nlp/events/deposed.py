"""A deposed office holder ("le président déchu", "the ousted president"): the person last named in
that office and deposed (with a deposed adjective, or as who a deposing verb removed: "le président
X a été destitué"), never the state or the government the office otherwise stands for."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import HOLDER_DEPS, mention_actor
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.syntax import OBJ, SUBJ, SUBJ_PASS

MARK_DEPS = frozenset({"amod", "acl"})  # "le président déchu", "le président destitué"


def is_deposed(st: DocState, tok: Token) -> bool:
    """An office noun marked deposed ("le président déchu", "l'ancien président renversé")."""
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in st.lex.roles and _marked(st, tok)


def deposed_holder(st: DocState, tok: Token) -> Actor | None:
    """The person a deposed office noun stands for: the last one named in the same office who was
    deposed (the noun's own name first: "le président déchu X"); None when the article named none
    (no actor, not the state)."""
    role = st.lex.roles.get(tok.lemma_.lower())
    for prev in reversed(st.doc[: tok.i + 1]):
        if prev.pos_ not in ("NOUN", "PROPN") or st.lex.roles.get(prev.lemma_.lower()) != role:
            continue
        if not (_marked(st, prev) or _removed(st, prev)) or _former(st, prev) > _former(st, tok):
            continue  # "l'ancien président X, renversé en 1997": not "le président déchu"
        named = [c for c in prev.children if c.dep_ in HOLDER_DEPS]
        for t in (*named, *(g for c in named for g in c.children if g.dep_ in HOLDER_DEPS)):
            m = st.covered.get(t.i)
            if m is not None and m["kind"] == "person":
                return mention_actor(st, m, 0.6)
    return None


def _marked(st: DocState, tok: Token) -> bool:
    words = st.lex.group("deposed_words")
    return any(c.dep_ in MARK_DEPS and (c.lemma_.lower() in words or c.lower_ in words) for c in tok.children)


def _former(st: DocState, tok: Token) -> bool:
    """ "l'ancien président", "the former president": an office held before."""
    return any(c.dep_ == "amod" and c.lemma_.lower() in st.lex.group("former_words") for c in tok.children)


def _removed(st: DocState, tok: Token) -> bool:
    """The office's holder is who a deposing verb removed ("le président X a été destitué"; the
    parser may hang the title on the name, the name on the verb)."""
    words = st.lex.group("deposed_words")
    name = tok.head if tok.dep_ in SUBJ and tok.head.pos_ == "PROPN" else tok
    head = name.head
    return name.dep_ in OBJ | SUBJ_PASS and head.lemma_.lower() in words and head.pos_ in ("VERB", "ADJ")
