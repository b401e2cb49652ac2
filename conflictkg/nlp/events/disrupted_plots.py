"""Plots disrupted: "police foiled a planned attack on a procession", "thwarted a terror plot", "foiled a
plan to bomb the embassy". A foiling verb (``foiling_verbs``) whose object is a plot (``plot_nouns``) or
an attack a plan word qualifies (``planned_attack_modifiers``: planned, plotted, imminent) stopped an
attack before it was made: no fight by whoever foils it, but ACLED's disrupted weapons use (COERCE,
CAMEO 170, as a bomb defused), with no target. An attack or an incursion thwarted with no plan word
("thwarted a Houthi incursion on the front") stays the fight of the verb's own lexicon entry, as ACLED
codes the repelled assaults of a front line."""

from __future__ import annotations

from dataclasses import replace

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ

DISRUPTED_TYPE, DISRUPTED_CAMEO = "COERCE", "170"


def plot_reading(st: DocState, f: Frame) -> Frame:
    """The disrupted-weapons frame of a foiling verb whose object is a plot, else ``f``."""
    lex = st.lex
    if f.nominal or f.pred.type != "FIGHT" or f.tok.lemma_.lower() not in lex.group("foiling_verbs"):
        return f
    plots, planned = lex.group("plot_nouns"), lex.group("planned_attack_modifiers")
    for obj in (c for c in f.tok.children if c.dep_ in OBJ):
        words = {obj.lemma_.lower()} | {m.lower_ for m in obj.children if m.dep_ in ("amod", "compound")}
        if obj.lemma_.lower() in plots or words & planned:
            pred = replace(f.pred, type=DISRUPTED_TYPE, cameo=DISRUPTED_CAMEO, target=(), needs_object=())
            return Frame(f.tok, pred, noun=f.noun)
    return f
