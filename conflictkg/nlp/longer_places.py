"""A name that is a word of a longer place name the text writes out ("the Al Asad air base": not
Bashar al-Asad; "Camp Bastion", "Basel al-Assad airport"): the gazetteer knows the longer name as
written, so the words name the place (the event's scene), no actor and no target."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

_MAX_MORE = 3  # words a place name may add around the actor's ("air base", "Ain … airport")


def inside_longer_place(gazetteer: Any, span: Sequence[Token], entry: Any) -> bool:
    """Whether the words ``span`` (a person's name: a state's name inside a region's
    still tells its country) with up to three words around them, in one run without punctuation,
    are a place's own name or alias in the gazetteer."""
    if gazetteer is None or not span or entry.kind != "person":
        return False
    doc = span[0].doc
    first, last = span[0].i, span[-1].i
    lo = first
    while lo > 0 and first - lo < 1 and doc[lo - 1].pos_ == "PROPN":  # "Ain" of "Ain al-Asad"; no "The"
        lo -= 1
    hi = last
    while hi + 1 < len(doc) and hi - last < _MAX_MORE and not doc[hi + 1].is_punct:
        hi += 1
    for start in range(lo, first + 1):
        for end in range(hi, last - 1, -1):
            if (start, end) == (first, last):
                continue
            text = doc[start : end + 1].text
            hit = gazetteer.lookup(text)
            if hit is not None and hit.bears(text):
                return True
    return False
