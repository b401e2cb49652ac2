"""Acts a compound subject does together, told by a noun: "Egypt and Israel held talks in Cairo",
"Turkey and Azerbaijan conducted joint military exercises". A non-violent lexicon noun whose partner
is its 'with' complement (talks, a summit, a dialogue, exercises), the object of a light verb
("hold", "conduct", "launch") and naming no partner of its own, is done by the verb's coordinated
subjects with each other, as "X and Y met" is (a reciprocal reading, events/finder.py). Talks with a
partner named ("held talks with Y") keep it; fights are left to the rules of sides. French reads the
same ("le Hamas et Israël ont entamé des négociations au Caire": 'avec', ``partner_preps``; round
frmiss89)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.syntax import OBJ, SUBJ, first_child, prep_args

_SIDED = frozenset({"FIGHT", "ASSAULT", "CAPTURE"})  # two sides, not partners: sides.py and the like


def _subject(st: DocState, tok: Token) -> Token | None:
    """The coordinated subject of the light verb taking the partnered noun ``tok``, or None."""
    frame = st.frames.get(tok.i)
    p = frame.pred if frame is not None and frame.nominal else None
    partners = st.lex.group("relation_partner_preps") | st.lex.group("partner_preps")  # with, avec
    if p is None or p.type in _SIDED or not partners & set(p.target) or tok.dep_ not in OBJ:
        return None
    if tok.head.lemma_.lower() not in st.lex.group("light"):
        return None
    if any(prep in p.target for prep, _c in prep_args(tok)):
        return None  # "held talks with Y": the partner is named
    subj = first_child(tok.head, SUBJ)
    return subj if subj is not None and subj.conjuncts else None


def joint_nominal(st: DocState, tok: Token) -> bool:
    """Whether the noun ``tok`` is done together by the coordinated subject of its light verb."""
    return _subject(st, tok) is not None


def joint_subjects(st: DocState, tok: Token) -> list[Actor]:
    """The actors of that coordinated subject, when two or more are named, else none."""
    subj = _subject(st, tok)
    out = each_actor(st, (subj, *subj.conjuncts)) if subj is not None else []
    return out if len(out) >= 2 else []


def each_actor(st: DocState, toks: Iterable[Token]) -> list[Actor]:
    """The distinct actors the coordinated ``toks`` name, in order (also events/conjoined_agents.py)."""
    out: list[Actor] = []
    for t in toks:
        got = np_actor(st, t, 1)
        if got is not None and got[0] not in {a[0] for a in out}:
            out.append(got)
    return out
