"""Distance phrases: a name measured off ("à environ 30 km au sud de Y", "30 miles from Y") is a
reference point, not where the thing told happens."""

from __future__ import annotations

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.state import DocState

DISTANCE_UNITS = shared_words("distance_units")
_REACH = 6  # words between a distance unit and the place it is measured from ("km au sud de")


def measured_off(st: DocState, i: int) -> bool:
    """Whether the name at ``i`` closes a distance phrase: a number and a unit a few words before
    it, no comma between."""
    sent = st.doc[i].sent
    for j in range(i - 1, max(sent.start, i - _REACH) - 1, -1):
        t = st.doc[j]
        if t.is_punct:
            return False
        if t.lower_ in DISTANCE_UNITS or t.lemma_.lower() in DISTANCE_UNITS:
            return j > sent.start and st.doc[j - 1].like_num
    return False
