"""Every party of a listed subject acts, also through a verb it governs: in "France and Iraq vowed to
defeat ISIL" or "the UK and Iraq are committed to defeating ISIL" the act has no subject of its own
and inherits one actor from the governing verb, the first of the list; the others act too. The
parser may also read the second item of a list as an apposition of the first, the rest as its
conjuncts ("Britain, the Global Coalition and Jordan will defeat Daesh"): an
apposition that has conjuncts is a list, not another name of the first item. A protest's crowd is
left to nlp/events/crowds.py. The parties of a list fighting one enemy cooperate
(nlp/events/joint_sides.py)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.joint_sides import joint_sides
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.events.subjects import subject_group
from conflictkg.nlp.syntax import SUBJ, SUBJ_PASS

CONTROL_LINKS = frozenset({"xcomp", "pcomp", "prep", "acomp", "advcl", "conj"})
MAX_STEPS = 4
CROWD_TYPES = frozenset({"PROTEST"})  # who protests is the crowd's (nlp/events/crowds.py)


def listed_controllers(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` of one sentence, each followed by its copies for the other parties of its list."""
    out = list(events)
    for e in events:
        if e["nominal"] or not e["actor"]:
            continue
        if e["type"] in CROWD_TYPES:
            continue
        pred = st.doc[e["pred"]]
        subj = _subject(pred)
        # a list that is the verb's own subject is read by verb_subjects unless the parser opened it
        # with an apposition
        if subj is None or not _listed(subj, apposed_only=subj.head.i == pred.i):
            continue
        group = subject_group(st, subj)
        if e["actor"] not in {a[0] for a in group}:
            continue
        for actor, _, via in group:
            if actor in (e["actor"], e["target"]):
                continue
            told = (e["type"], actor, e["target"])
            if not any((o["type"], o["actor"], o["target"]) == told for o in out):
                out.append({**e, "actor": actor, "via": via})
    return joint_sides(st, out, listed_subject)


def listed_subject(pred: Token) -> Token | None:
    """The list that is the subject of the verb or of the verb governing it, else None."""
    subj = _subject(pred)
    return subj if subj is not None and _listed(subj) else None


def _subject(pred: Token) -> Token | None:
    """The verb's own subject, or that of the verb it is governed by (no passive agent's)."""
    t = pred
    for _ in range(MAX_STEPS + 1):
        subj = next((c for c in t.children if c.dep_ in SUBJ or c.dep_ in SUBJ_PASS), None)
        if subj is not None:
            return subj
        if any(c.dep_ == "agent" for c in t.children) or t.dep_ not in CONTROL_LINKS or t.head.i == t.i:
            return None
        t = t.head
    return None


def _listed(subj: Token, apposed_only: bool = False) -> bool:
    """The subject is a list: it has conjuncts, or an apposition that has some."""
    return any(
        (c.dep_ == "conj" and not apposed_only)
        or (c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children))
        for c in subj.children
    )
