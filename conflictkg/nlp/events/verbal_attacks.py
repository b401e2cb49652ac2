"""Verbal attacks: "the opposition leader attacked the government in parliament", "the minister
attacked the opposition in a speech". A verb of attack (``verbal_attack_verbs``) done in or at a venue
of speech (``speech_venue_nouns``: a parliament, a speech, a press conference, an interview), in, at
or during it (``speech_venue_preps``, not "after his speech"), on the verb or on its object, attacks
with words: the "criticize" reading (ACCUSE), no fight, unless a force (``force_classes``) attacks."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ, SUBJ, first_child, prep_args

CRITICISM = "criticize"  # the lexicon verb read instead


def verbal_reading(st: DocState, f: Frame) -> Frame:
    """The criticism frame of an attack verb spoken in a venue of speech, else ``f``."""
    if f.nominal or f.noun is not None or f.pred.type != "FIGHT" or CRITICISM not in st.lex.verbs:
        return f
    if f.tok.lemma_.lower() not in st.lex.group("verbal_attack_verbs"):
        return f
    subj = first_child(f.tok, SUBJ)
    if subj is not None and st.lex.generic.get(subj.lemma_.lower()) in st.lex.group("force_classes"):
        return f  # "gunmen attacked lawmakers in parliament": a force's attack is one
    venues, preps = st.lex.group("speech_venue_nouns"), st.lex.group("speech_venue_preps")
    holders = [f.tok, *(c for c in f.tok.children if c.dep_ in OBJ)]
    if not any(p in preps and g.lemma_.lower() in venues for h in holders for p, g in prep_args(h)):
        return f
    return Frame(f.tok, st.lex.verbs[CRITICISM])
