"""The place a verb's compass adverb measures from: "regime forces advance north of Aleppo", "the
factions advance west of Hama". The parser hangs the compass word (``near_words``) on the verb as an
adverb and the place on it as its "of" complement, so the verb governs no place of its own: the one
the adverb names is where the event is (as "north of Aleppo" is for a noun, nlp/events/places.py).
An event noun that is the subject of a verb telling no event of its own ("clashes continue south of
Aleppo") takes the place of that verb's compass adverb the same way."""

from __future__ import annotations

from typing import Any

from conflictkg.nlp.events.places import place_np, within_after
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import SUBJ, prep_args

_ADVERB_DEPS = frozenset({"advmod", "npadvmod"})


def compass_place(st: DocState, f: Frame) -> dict[str, Any] | None:
    """The place a compass adverb on the event's verb is measured from."""
    near, of = st.lex.group("near_words"), st.lex.group("of_preps")
    verbs = [f.tok]
    head = f.tok.head
    if f.nominal and f.tok.dep_ in SUBJ and head.pos_ == "VERB" and head.i not in st.frames:
        verbs.append(head)  # "clashes continue south of Aleppo"
    adverbs = [c for v in verbs for c in v.children if c.dep_ in _ADVERB_DEPS and c.lower_ in near]
    for adverb in adverbs:
        for prep, noun in prep_args(adverb):
            got = place_np(st, noun) if prep in of else None
            if got is not None:
                return within_after(st, noun, got)
    return None
