"""Control told as gained: a control verb (``control_verbs``) tells who holds a place, a claim and no
event ("ISIS controls the town of X"); but one whose object is counted as newly held
(``gained_control_marks`` before its noun: "control 2 new villages", "control more positions") or
whose holding is told complete (``completive_adverbs`` on the verb: "control the town almost
entirely") tells territory taken, as "take control of" does: the lexicon verb ``seize`` is read
instead (CAPTURE, requiring a place). Negated or passive, it stays the claim."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ, first_child, is_passive

TAKE = "seize"  # the lexicon verb read instead


def gained_control(st: DocState, tok: Token) -> Frame | None:
    """The capture frame of a control verb whose object is newly or completely held, else None."""
    if tok.pos_ != "VERB" or TAKE not in st.lex.verbs:
        return None
    if tok.lemma_.lower() not in st.lex.group("control_verbs"):
        return None
    if is_passive(tok) or any(c.dep_ == "neg" for c in tok.children):
        return None
    held = first_child(tok, OBJ)
    if held is None:
        return None
    marks = st.lex.group("gained_control_marks")
    counted = any(t.lower_ in marks for t in held.subtree if t.i < held.i)
    adverbs = st.lex.group("completive_adverbs")
    complete = any(c.dep_ == "advmod" and c.lower_ in adverbs for c in tok.children)
    return Frame(tok, st.lex.verbs[TAKE]) if counted or complete else None
