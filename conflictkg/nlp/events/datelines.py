"""Datelines: "Homs, 6 février — Les troupes syriennes ont tiré sur des quartiers", "KABOUL, 12 mars
(AFP) - ...". A wire story opens with the town it is filed from and the day (dateline_dashes close
it). What the story's first sentence tells on the ground, placed nowhere by the sentence itself,
happened there; the sentences after it carry that place on as carried_places does."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.places import place_np
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.wire_datelines import MAX_DATELINE, dateline

DASHES = shared_words("dateline_dashes")


def dateline_place(st: DocState, e: EventRecord) -> dict[str, Any] | None:
    """The place of the dateline opening the paragraph of ``e``'s sentence, when that sentence is
    the first of the story after it (the parser may cut the dateline into sentences of its own)."""
    sent = st.doc[e["pred"]].sent
    first = _paragraph_start(st.doc, sent.start)
    line = _dateline([t for t in st.doc[first : first + MAX_DATELINE + 2] if not t.is_space])
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
    """The town's name and the closing dash of a dateline: name, comma, date, dash, or a town in
    capitals with its agency in brackets ("BEIRUT (AP) -"; nlp/wire_datelines.py)."""
    got = dateline(toks)
    if got is None or toks[0].pos_ != "PROPN":
        return None
    return toks[0], toks[got[1]]
