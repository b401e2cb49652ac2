"""Where a headline's toll or attack is when a participle of striking names it: the object of a
verb of ``blast_struck_verbs`` that qualifies the attack ("40 killed by Russian airstrikes targeted
Idlib countryside", "9 killed or injured by rockets targeted Idlib": the attack's participle) or whose
subject the toll qualifies ("About 15 killed by shelling targeted the eastern Ghouta": the parser makes the
striking verb the root). Only an object that reads as a place counts ("targeted IS locations" names
none); the striking verb must hang on the event itself, its attack noun or its subject."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ, SUBJ

MEANS = frozenset({"pobj", "pcomp"})  # "by shells", "by shelling" (a gerund the parser reads as a verb)
QUALIFIERS = frozenset({"acl", "xcomp"})  # "shells targeted X", "shelling targeted X" (xcomp on the gerund)
PlaceOf = Callable[[DocState, Token], "dict[str, Any] | None"]


def struck_place(st: DocState, f: Frame, place_np: PlaceOf) -> dict[str, Any] | None:
    """The place object of a striking verb qualifying event ``f`` or its attack, or None."""
    struck = st.lex.group("blast_struck_verbs")
    tok = f.tok
    verbs = [tok, *(c for c in tok.children if c.dep_ == "conj")]  # "killed or wounded by shells"
    means = [c for v in verbs for a in v.children if a.dep_ == "agent" for c in a.children if c.dep_ in MEANS]
    hosts = [tok, *means] if f.nominal else means  # the attack noun itself, or the toll's agent
    found = [c for h in hosts for c in h.children if c.dep_ in QUALIFIERS and c.i > h.i]
    # "25 killed by X targeted Y": the toll, or the toll the attack noun is the agent of, qualifies
    # the striking verb's subject
    tolls = [tok, *([tok.head.head] if f.nominal and tok.head.dep_ == "agent" else [])]
    found += [t.head.head for t in tolls if t.dep_ == "acl" and t.head.dep_ in SUBJ and t.head.head.i > t.i]
    for verb in found:
        if verb.lemma_.lower() not in struck:
            continue
        got = first_place(st, (c for c in verb.children if c.dep_ in OBJ), place_np)
        if got is not None:
            return got
    return None


def first_place(st: DocState, candidates: Iterable[Token], place_np: PlaceOf) -> dict[str, Any] | None:
    """The place the first of ``candidates`` no actor covers names, told by inference, or None."""
    for c in candidates:
        if c.i in st.covered:
            continue
        got = place_np(st, c)
        if got is not None:
            got["inferred"] = True
            return got
    return None
