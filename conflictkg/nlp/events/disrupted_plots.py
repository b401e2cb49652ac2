"""Plots disrupted: "police foiled a planned attack on a procession", "thwarted a terror plot", "foiled a
plan to bomb the embassy". A foiling verb (``foiling_verbs``) whose object is a plot (``plot_nouns``) or
an attack a plan word qualifies (``planned_attack_modifiers``: planned, plotted, imminent) stopped an
attack before it was made: no fight by whoever foils it, but ACLED's disrupted weapons use (COERCE,
CAMEO 170, as a bomb defused), with no target. An attack or an incursion thwarted with no plan word
("thwarted a Houthi incursion on the front") stays the fight of the verb's own lexicon entry, as ACLED
codes the repelled assaults of a front line.

The plot's own act is no event: an infinitive the parser hangs on the foiling verb right after its plot
object ("foiled a plot to bomb a church", "a plot by X militants to bomb a ferry terminal") is what
was planned, not an attack by whoever foiled it."""

from __future__ import annotations

from dataclasses import replace

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ

DISRUPTED_TYPE, DISRUPTED_CAMEO = "COERCE", "170"


def plot_reading(st: DocState, f: Frame) -> Frame | None:
    """The disrupted-weapons frame of a foiling verb whose object is a plot, None for the plot's own
    act, else ``f``."""
    lex = st.lex
    if _plotted_act(st, f):
        return None
    if f.nominal or f.pred.type != "FIGHT" or f.tok.lemma_.lower() not in lex.group("foiling_verbs"):
        return f
    plots, planned = lex.group("plot_nouns"), lex.group("planned_attack_modifiers")
    for obj in (c for c in f.tok.children if c.dep_ in OBJ):
        words = {obj.lemma_.lower()} | {m.lower_ for m in obj.children if m.dep_ in ("amod", "compound")}
        if obj.lemma_.lower() in plots or words & planned:
            pred = replace(f.pred, type=DISRUPTED_TYPE, cameo=DISRUPTED_CAMEO, target=(), needs_object=())
            return Frame(f.tok, pred, noun=f.noun)
    return f


def _plotted_act(st: DocState, f: Frame) -> bool:
    """An infinitive hung on a foiling verb right after the verb's plot object: the act planned."""
    tok, plots = f.tok, st.lex.group("plot_nouns")
    if f.nominal or tok.dep_ not in ("xcomp", "advcl") or not any(c.lower_ == "to" for c in tok.lefts):
        return False
    if tok.head.lemma_.lower() not in st.lex.group("foiling_verbs"):
        return False
    objs = [c for c in tok.head.children if c.dep_ in OBJ and c.lemma_.lower() in plots]
    return any(o.right_edge.i + 1 == tok.left_edge.i for o in objs)
