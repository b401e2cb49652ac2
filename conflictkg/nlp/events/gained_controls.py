"""Control told as gained: a control verb (``control_verbs``) tells who holds a place, a claim and no
event ("ISIS controls the town of X"); but one whose object is counted as newly held
(``gained_control_marks`` before its noun: "control 2 new villages", "control more positions") or
whose holding is told complete (``completive_adverbs`` on the verb: "control the town almost
entirely") tells territory taken, as "take control of" does: the lexicon verb ``seize`` is read
instead (CAPTURE, requiring a place). So does one whose object is counted by a number ("control 9
villages since the start of the operation"; not a share of a whole, ``share_nouns``: "control 40
percent of the country"), and one joined to a verb of pushing forward (``gained_control_links``:
"advance and control the road", "attack X and control it"), and one whose object is one more place
told by an indefinite article ("the factions control a checkpoint"; not "a third of the country",
nor a place told by its complement, "a village of X"), or one of a series told by an ordinal
("control the first village east of X", "the 18th area": a word or number with an ordinal ending;
"the last town of ISIS": ``gained_control_marks``), and one heading a headline in the present ("SDF
control al-Mansoura town": events/headline_controls.py). Negated or passive, it stays the claim."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.headline_controls import headline_control
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
    counted = any(t.lower_ in marks or _ordinal(st, t) for t in held.subtree if t.i < held.i)
    counted = counted or _numbered(st, held) or _one_more(st, held)
    adverbs = st.lex.group("completive_adverbs")
    complete = any(c.dep_ == "advmod" and c.lower_ in adverbs for c in tok.children)
    pushed = _pushed_forward(st, tok) or headline_control(st, tok)
    return Frame(tok, st.lex.verbs[TAKE]) if counted or complete or pushed else None


def _ordinal(st: DocState, tok: Token) -> bool:
    """An ordinal before the place ("control the first village", "the 18th area"): one more taken."""
    ordinal = tok.dep_ == "amod" and tok.like_num and not tok.is_digit
    return ordinal and tok.lower_[-2:] in st.lex.group("ordinal_endings")


def _numbered(st: DocState, held: Token) -> bool:
    """Whether ``held`` is counted by a number ("9 villages", "two hills"), not a share ("40 percent")."""
    if held.lemma_.lower() in st.lex.group("share_nouns") or held.lower_ in st.lex.group("share_nouns"):
        return False
    return any(c.dep_ == "nummod" and c.like_num for c in held.children)


def _one_more(st: DocState, held: Token) -> bool:
    """Whether ``held`` is one place more, told by an indefinite article ("control a checkpoint"),
    not a share of a whole ("a third of the country")."""
    if held.lemma_.lower() in st.lex.group("share_nouns") or any(
        c.dep_ == "prep" and c.lower_ in st.lex.group("of_preps") for c in held.children
    ):
        return False
    return any(c.dep_ == "det" and "Ind" in c.morph.get("Definite", []) for c in held.children)


def _pushed_forward(st: DocState, tok: Token) -> bool:
    """Whether the control verb ``tok`` is joined to a verb of pushing forward ("advance and control")."""
    links = st.lex.group("gained_control_links")
    joined = [*tok.conjuncts, tok.head] if tok.dep_ == "conj" else list(tok.conjuncts)
    return any(v.pos_ == "VERB" and v.lemma_.lower() in links for v in joined)
