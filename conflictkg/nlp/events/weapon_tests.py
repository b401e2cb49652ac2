"""Weapons fired that attack no one: missiles fired into open waters ("North Korea fired two ballistic
missiles into the sea", "Iran test-fired cruise missiles into the Gulf of Oman"), a weapons test, a show
of force (PLOVER MOBILIZE, CAMEO 15) when the fire is aimed at nothing else (lexicon ``test_waters``);
and what is fired without lethal force (``nonlethal_means``: "coast guard vessels fired water cannon at
a supply boat"), force short of weapons (COERCE, CAMEO 175), unless it is fired at a crowd, which the
repression rules read (nlp/events/repression.py; round case89)."""

from __future__ import annotations

from dataclasses import replace

from conflictkg.nlp.events.dates import is_date_word
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ, prep_args

SHOW_TYPE, SHOW_CAMEO = "MOBILIZE", "15"
FORCE_TYPE, FORCE_CAMEO = "COERCE", "175"
_CROWD_CLASSES = frozenset({"protesters", "rioters", "civilians"})
_INTO = "into"


def weapon_test(st: DocState, f: Frame) -> Frame:
    """The show-of-force frame of a weapon fired into open waters and at nothing else, else ``f``."""
    if f.nominal or f.pred.type != "FIGHT":
        return f
    waters = st.lex.group("test_waters")
    fired = [c for c in f.tok.children if c.dep_ in OBJ]  # "fired two missiles into the sea" on the noun
    args = [a for t in (f.tok, *fired) for a in prep_args(t)]
    if not any(prep == _INTO and c.lemma_.lower() in waters for prep, c in args):
        return f
    if any(
        prep in f.pred.target and c.lemma_.lower() not in waters and not is_date_word(st, c)
        for prep, c in args
    ):
        return f  # "fired missiles into the sea and at the island": an attack still
    pred = replace(f.pred, type=SHOW_TYPE, cameo=SHOW_CAMEO, target=(), requires_target=False)
    return Frame(f.tok, pred, noun=f.noun)


def nonlethal_fire(st: DocState, f: Frame) -> Frame:
    """The coercion frame of a nonlethal means fired at anyone but a crowd, else ``f``."""
    if f.nominal or f.pred.type != "FIGHT":
        return f
    means = st.lex.group("nonlethal_means")
    fired = [t for c in f.tok.children if c.dep_ in OBJ for t in c.subtree]
    if not any(t.lemma_.lower() in means for t in fired):
        return f
    if any(t.lemma_.lower() in st.lex.group("chemical_agents") for t in fired):
        return f  # "dropped chlorine gas on X": a chemical weapon
    hit = [c for prep, c in prep_args(f.tok) if prep in f.pred.target]
    if not hit or any(
        c.pos_ == "PRON" or st.lex.generic.get(c.lemma_.lower()) in _CROWD_CLASSES for c in hit
    ):
        return f  # "fired tear gas at protesters": the crowd met, read with the protest; "at them": people
    return Frame(f.tok, replace(f.pred, type=FORCE_TYPE, cameo=FORCE_CAMEO), noun=f.noun)
