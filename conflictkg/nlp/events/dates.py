"""The date expression of an event: the date words of its sentence near its predicate."""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.state import (
    DocState,
)
from conflictkg.nlp.syntax import (
    governors,
)

AMBIGUOUS_MONTHS = shared_words("ambiguous_month_words")  # "may" the verb, "mar" the noun


def _is_date_word(st: DocState, t: Token) -> bool:
    from conflictkg.nlp.dates import MONTHS, WEEKDAYS

    low = t.lower_
    return (
        low in WEEKDAYS or (low in MONTHS and (t.pos_ != "VERB") and low not in AMBIGUOUS_MONTHS)
        or low in st.lex.group("date_words")
        or t.ent_type_ == "DATE"
        or (t.like_num and len(t) == 4 and t.text.startswith(("19", "20")))
    )  # fmt: skip


def _date_text(st: DocState, t: Token) -> str:
    if t.ent_type_ == "DATE":
        for e in st.doc.ents:
            if e.start <= t.i < e.end:
                return e.text
    ids = [x.i for x in t.subtree if not x.is_punct and x.dep_ not in ("acl", "acl:relcl", "relcl", "conj")]
    ids = [i for i in ids if abs(i - t.i) <= 3]
    lo, hi = min(ids), max(ids)
    return st.doc[lo : hi + 1].text


def _date_expr(st: DocState, tok: Token, sent: Span) -> str | None:
    for c in tok.children:
        for t in (c, *c.children):
            if _is_date_word(st, t) and not t.is_punct:
                return _date_text(st, t)
    for g in governors(tok):
        for c in g.children:
            for t in (c, *c.children):
                if _is_date_word(st, t) and not t.is_punct:
                    return _date_text(st, t)
    return None
