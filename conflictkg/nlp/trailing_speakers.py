"""A speaker after the sentence's act, misparsed: in "Soldiers raped a dozen women in a village near
Bentiu, the United Nations said in a report" the parser may make the act's object the first of two
subjects of the reporting verb ("women ... said"), the act hanging on the reporting verb as its clause
or the reporting verb on the act. A reporting verb (the lexicon's ``reporting``) with two subjects, the
second set off by a comma, the first after an act verb that is the reporting verb's head or clause
before it and that has no object, is read again: the first subject is the act's object, the act the
reporting verb's clause, the reporting verb the root, as the parser reads the sentence with no "in a
report"."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.syntax import OBJ

_SUBJECT = "nsubj"
_CLAUSE = "ccomp"


def trailing_speakers(doc: Doc, lex: Lexicon) -> None:
    """Hang each misread act's object back on the act, and the act under its reporting verb."""
    for v in doc:
        if v.lemma_.lower() not in lex.group("reporting") or v.pos_ != "VERB":
            continue
        subjects = [c for c in v.children if c.dep_ == _SUBJECT]
        if len(subjects) != 2:
            continue
        first, speaker = subjects
        act = _act(v, first)
        set_off = speaker.left_edge.i > 0 and doc[speaker.left_edge.i - 1].text == ","
        if act is None or not set_off or first.i > speaker.i or any(c.dep_ in OBJ for c in act.children):
            continue
        _rehang(act, v, first)


def _act(verb: Token, first: Token) -> Token | None:
    """The verb of the act before the first subject: the reporting verb's head (the root), or its
    clause."""
    act: Token | None = None
    if verb.dep_ == _CLAUSE and verb.head.dep_ == "ROOT" and verb.head.i < first.i:
        act = verb.head
    elif verb.dep_ == "ROOT":
        act = next((c for c in verb.children if c.dep_ == _CLAUSE and c.i < first.i), None)
    else:
        return None
    return act if act is not None and act.pos_ == "VERB" else None


def _rehang(act: Token, verb: Token, obj: Token) -> None:
    obj.head, obj.dep_ = act, "dobj"
    if act.dep_ == "ROOT":
        verb.head, verb.dep_ = verb, "ROOT"
        act.head, act.dep_ = verb, _CLAUSE
