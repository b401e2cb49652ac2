"""Background told in a relative clause: "the Houthis, who have attacked shipping in the Red Sea since
November, vowed to retaliate". A verb heading a relative clause on a noun, with a complement of
``span_start_preps`` ("since November", "since 2014"), tells what has gone on for a while, the
background of the sentence's news, no event of its own (round case85). A relative clause dated by a
day ("who attacked a tanker on Monday") tells one, and so does a main clause ("the Houthis have
attacked ships since November")."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import RELATIVE, prep_args


def since_background(st: DocState, e: EventRecord) -> bool:
    """Whether the event's verb heads a relative clause with a "since" complement."""
    tok = st.doc[e["pred"]]
    if e["nominal"] or tok.dep_ not in RELATIVE or tok.pos_ not in ("VERB", "AUX"):
        return False
    since = st.lex.group("span_start_preps")
    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(prep in since for v in verbs for prep, _ in prep_args(v))
