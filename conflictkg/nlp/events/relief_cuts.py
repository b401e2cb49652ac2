"""What a sanction verb cuts, and when it needs no receiver (PLOVER SANCTION, CAMEO 16).

A needs_object verb ("suspend", "halt", "end") reads its object's own lemma; the aid may also be
the object's modifier ("ended mediation efforts", "halted aid shipments") or the 'of' complement of
a portion of it (portion_nouns: "froze part of its aid programme"). Help an actor gives
(relief_nouns: "suspended food deliveries in X", "halted aid") cut is a sanction by its giver even
with no receiver named; a link or an agreement suspended ("suspended flights") still needs one."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.promised_gifts import aimed_threat, own_act_promised
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.events.unnamed_arrested import unnamed_people
from conflictkg.nlp.syntax import OBJ, SUBJ_PASS


def _objects(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in OBJ or c.dep_ in SUBJ_PASS]


def cut_heads(st: DocState, tok: Token) -> list[Token]:
    """The nouns of what ``tok`` acts on: its objects, the 'of' complement of a portion object."""
    out: list[Token] = []
    for o in _objects(tok):
        out.append(o)
        if o.lemma_.lower() in st.lex.group("portion_nouns"):
            out += [g for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children]
    return out


def cut_words(st: DocState, tok: Token) -> set[str]:
    """Lemmas of what ``tok`` acts on and of their noun modifiers ("mediation efforts")."""
    heads = cut_heads(st, tok)
    mods = [m for h in heads for m in h.children if m.dep_ == "compound"]
    return {t.lemma_.lower() for t in (*heads, *mods)}


def relief_cut(st: DocState, f: Frame) -> bool:
    """A sanction verb cutting help its actor gives ("suspended aid deliveries"): no receiver needed."""
    if f.pred.type != "SANCTION" or f.nominal:
        return False
    return bool(cut_words(st, f.tok) & st.lex.group("relief_nouns"))


def receiverless(st: DocState, f: Frame) -> bool:
    """An act that stands with no target: a withdrawal promised, an attack promised (a threat), help cut,
    people arrested though no actor ("l'arrestation de trois suspects", events/unnamed_arrested.py)."""
    return own_act_promised(st, f) or aimed_threat(st, f) or relief_cut(st, f) or unnamed_people(st, f)
