"""Which place of its clause an event takes when the one its predicate governs is only a reference
point ("à X, à 30 km au sud de Y": X), or when it governs none but its subject's dwellers are named
after one ("hundreds of Eastleigh residents demonstrated": Eastleigh)."""

from __future__ import annotations

from typing import Any

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.places import _event_place, _name_text, _place_np, _sentence_place
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import SUBJ, SUBJ_PASS

DISTANCE_UNITS = shared_words("distance_units")
_REACH = 6  # words between a distance unit and the place it is measured from ("km au sud de")


def event_place(st: DocState, f: Frame) -> dict[str, Any] | None:
    """The place of the event ``f`` tells (see ``places._event_place``), with a place measured off
    another ("40km north of Gorom-Gorom") yielding to a place the clause names outright."""
    got = _event_place(st, f)
    if got is None:
        return _dwellers_place(st, f)
    if _measured_off(st, got["start"]):
        other = _sentence_place(st, f, skip=got["start"])
        if other is not None and other.get("start") is not None and not _measured_off(st, other["start"]):
            return other
    return got


def _measured_off(st: DocState, i: int) -> bool:
    """Whether the name at ``i`` closes a distance phrase ("à environ 30 km au sud de Y", "30 miles
    from Y"): a number and a unit a few words before it, no comma between."""
    sent = st.doc[i].sent
    for j in range(i - 1, max(sent.start, i - _REACH) - 1, -1):
        t = st.doc[j]
        if t.is_punct:
            return False
        if t.lower_ in DISTANCE_UNITS or t.lemma_.lower() in DISTANCE_UNITS:
            return j > sent.start and st.doc[j - 1].like_num
    return False


def _dwellers_place(st: DocState, f: Frame) -> dict[str, Any] | None:
    """ "hundreds of Eastleigh residents (Kamukunji, Nairobi) demonstrated": the name a dweller noun of
    the subject is qualified by is where they act; the bracket after it says where that place lies."""
    dwellers = st.lex.group("dweller_nouns")
    for c in f.tok.children:
        if c.dep_ not in SUBJ and c.dep_ not in SUBJ_PASS:
            continue
        for node in c.subtree:
            if node.lemma_.lower() not in dwellers:
                continue
            names = [n for n in node.children if n.dep_ == "compound" and n.pos_ == "PROPN" and n.i < node.i]
            got = _place_np(st, names[0]) if names else None
            if got is None:
                continue
            appos = [a for a in node.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.i > node.i]
            if appos and not got.get("alt"):
                got["alt"] = _name_text(st, appos[0])
                inner = [a for a in appos[0].children if a.dep_ == "appos" and a.pos_ == "PROPN"]
                got["alt2"] = got.get("alt2") or (_name_text(st, inner[0]) if inner else None)
            got["inferred"] = True
            return got
    return None
