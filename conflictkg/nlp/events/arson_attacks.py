"""An attack noun an arson word qualifies ("carried out an arson attack on X", "an incendiary
attack"): property destruction, as the arson verbs ("torch", "set fire to") are, not a fight."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, Frame

ARSON_NOUN = "arson attack"  # the lexicon noun read in place of the attack noun


def arson_attack(st: DocState, tok: Token) -> bool:
    """``tok`` is one of ``arson_head_nouns`` with one of ``arson_modifiers`` on it."""
    lex = st.lex
    if tok.lemma_.lower() not in lex.group("arson_head_nouns"):
        return False
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "nmod")}
    return bool(mods & lex.group("arson_modifiers")) and ARSON_NOUN in lex.nouns


def arson_idiom(st: DocState, frame: Frame) -> Frame:
    """ "launched an incendiary attack on X": a verb_object idiom whose noun is an arson attack is
    read with the arson noun's type."""
    if frame.noun is None or frame.nominal or not arson_attack(st, frame.noun):
        return frame
    arson = st.lex.nouns[ARSON_NOUN]
    pred = replace(frame.pred, type=arson.type, cameo=arson.cameo, civilian_type=arson.civilian_type)
    return Frame(frame.tok, pred, noun=frame.noun)
