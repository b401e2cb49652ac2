"""Datelines: "Homs, 6 février — Les troupes syriennes ont tiré sur des quartiers", "KABOUL, 12 mars
(AFP) - ...". A wire story opens with the town it is filed from and the day (dateline_dashes close
it). What the story's first sentence tells on the ground, placed nowhere by the sentence itself,
happened there; the sentences after it carry that place on as carried_places does."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.dates import month_name
from conflictkg.nlp.events.places import place_np
from conflictkg.nlp.events.state import DocState, EventRecord

DASHES = shared_words("dateline_dashes")
_MAX_DATELINE = 10  # tokens: a town of a few words, a comma, a day and month, an agency in brackets


def dateline_place(st: DocState, e: EventRecord) -> dict[str, Any] | None:
    """The place of the dateline opening the paragraph of ``e``'s sentence, when that sentence is
    the first of the story after it (the parser may cut the dateline into sentences of its own)."""
    sent = st.doc[e["pred"]].sent
    first = _paragraph_start(st.doc, sent.start)
    line = _dateline([t for t in st.doc[first : first + _MAX_DATELINE + 2] if not t.is_space])
    if line is None:
        return None
    name, dash = line
    story = st.doc[dash.i + 1] if dash.i + 1 < len(st.doc) else dash
    if not (sent.start <= dash.i < sent.end or story.sent == sent):
        return None
    got = place_np(st, name)
    return {**got, "inferred": True} if got is not None and got.get("kind") != "country" else None


def _paragraph_start(doc: Doc, i: int) -> int:
    while i > 0 and "\n" not in doc[i - 1].text and "\n" not in doc[i - 1].whitespace_:
        i -= 1
    return i


def _dateline(toks: list[Token]) -> tuple[Token, Token] | None:
    """The town's name and the closing dash of a dateline: name, comma, date, dash."""
    if not toks or not toks[0].is_title or toks[0].pos_ != "PROPN":
        return None
    comma = next((k for k, t in enumerate(toks) if t.text == ","), None)
    dash = next((k for k, t in enumerate(toks) if k > (comma or 0) and t.text in DASHES), None)
    if comma is None or dash is None or not 0 < comma < dash - 1:
        return None
    if not all(t.is_title or t.text in ("-", "'") or t.is_lower for t in toks[:comma]):
        return None
    dated = toks[comma + 1 : dash]
    if not any(month_name(t) for t in dated) or not all(_date_part(t) for t in dated):
        return None
    return toks[0], toks[dash]


def _date_part(t: Token) -> bool:
    """A day, a month, a year, or the agency in brackets after them ("(AFP)")."""
    return t.like_num or month_name(t) or t.text in ("(", ")") or t.is_upper
