"""The place a verb's compass adverb measures from: "regime forces advance north of Aleppo", "the
factions advance west of Hama". The parser hangs the compass word (``near_words``) on the verb as an
adverb and the place on it as its "of" complement, so the verb governs no place of its own: the one
the adverb names is where the event is (as "north of Aleppo" is for a noun, nlp/events/places.py)."""

from __future__ import annotations

from typing import Any

from conflictkg.nlp.events.places import place_np, within_after
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import prep_args

_ADVERB_DEPS = frozenset({"advmod", "npadvmod"})


def compass_place(st: DocState, f: Frame) -> dict[str, Any] | None:
    """The place a compass adverb on the event's verb is measured from."""
    near, of = st.lex.group("near_words"), st.lex.group("of_preps")
    for adverb in (c for c in f.tok.children if c.dep_ in _ADVERB_DEPS and c.lower_ in near):
        for prep, noun in prep_args(adverb):
            got = place_np(st, noun) if prep in of else None
            if got is not None:
                return within_after(st, noun, got)
    return None
