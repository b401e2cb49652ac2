"""Whose word an event is told on: a fact a third party states is reported, one its own actor
states is asserted. The speaker may be a reporting verb's subject that names no actor ("a indiqué
un officier", "des témoins ont affirmé que") or a source phrase ("selon l'OSDH", "d'après un
responsable"; the lexicon's ``source_preps_of_report``)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.events.tree import contains
from conflictkg.nlp.syntax import SUBJ, first_child, governors, prep_args

AFTERTHOUGHTS = frozenset({"parataxis", "advcl"})  # how a reporting verb after its content hangs


def told_by(st: DocState, tok: Token, speaker: Actor | None, actors: list[Actor]) -> str:
    """ "asserted" when the event's own actor tells it (or no one is said to), else "reported"."""
    if speaker is not None:
        return "asserted" if any(a[0] == speaker[0] for a in actors) else "reported"
    sources = _sources(st, tok)
    if not sources:
        return "asserted"
    named = {got[0] for s in sources if (got := np_actor(st, s)) is not None}
    return "asserted" if any(a[0] in named for a in actors) else "reported"


def _sources(st: DocState, tok: Token) -> list[Token]:
    reporting = st.lex.group("reporting")
    source_preps = st.lex.group("source_preps_of_report")
    out: list[Token] = []
    heads = [tok]
    for g in governors(tok):
        if g.pos_ in ("VERB", "AUX") and g.lemma_.lower() in reporting:
            subj = first_child(g, SUBJ)
            if subj is not None and not contains(subj, tok):
                out.append(subj)  # "a indiqué un officier", "un officier a indiqué que"
            break
        heads.append(g)
    out += [c for h in heads for prep, c in prep_args(h) if prep in source_preps]
    # "X a repris Konna, a indiqué un officier": the reporting verb hung after the clause it tells
    after = [c for h in heads for c in h.children if c.i > tok.i and c.dep_ in AFTERTHOUGHTS]
    told = [c for c in after if c.pos_ in ("VERB", "AUX") and c.lemma_.lower() in reporting]
    return out + [s for c in told if (s := first_child(c, SUBJ)) is not None]
