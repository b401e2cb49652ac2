"""The crowd a violent or coercive act meets when its object is a gathering noun ("dispersed a rally",
"tiré sur le cortège"): the protesters holding it, as ACLED names them whoever called it ("a rally by
students"), or the crowd nouns of no protest told (``coerced_crowd_nouns``: "contre la foule").

A procession or gathering a rite's word qualifies ("opened fire on a Muharram procession", "a Ram
Navami procession": ``rite_modifiers``, nlp/events/offences.rite) holds no protest: those in it are
civilians."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import generic_id
from conflictkg.nlp.events.offences import rite
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.events.stoppages import work_stoppage


def protest_crowd(st: DocState, c: Token) -> Actor | None:
    """A protest noun ("a rally", "the march") coerced: its protesters."""
    noun = st.lex.nouns.get("stoppage" if work_stoppage(st, c) else c.lemma_.lower())  # "a strike by doctors"
    crowd = noun.passive_actor if noun is not None and noun.type == "PROTEST" else None
    if c.lemma_.lower() in st.lex.group("coerced_crowd_nouns") and c.i not in st.covered:
        crowd = "protesters"  # "contre la foule", "à l'encontre du cortège": no one named
    if crowd is not None and rite(st, c):
        crowd = "civilians"  # "fired on a Shia procession": the mourners, no protesters
    return (generic_id(st, crowd, st.doc._.country), 0.6, None) if crowd is not None else None
