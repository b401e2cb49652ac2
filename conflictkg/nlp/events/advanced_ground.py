"""Forces advancing on ground the text does not resolve to a known place ("government troops advance
into two hamlets", "the militants advance in the hills east of the dam"): the advance (a fight verb
that ``requires_place``, forces only) is told all the same when its place or control preposition
(``place_preps``, ``destination_preps``, ``control_preps``) governs a place noun, a territory noun
or a name no actor mention covers, or when it is pushed against a party a mention names ("the
regime forces push forward at the expense of ISIS": a fight with it, wherever). A verb that no such ground
or party follows ("prices advance", "the army advances its plan", "the dollar advanced against the
euro") stays no event; capture verbs keep their own test (territory_taken.unnamed_territory)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.places import place_kind
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import prep_args


def advanced_ground(st: DocState, f: Frame) -> bool:
    """Whether the place-needing fight ``f`` (an advance) moves over ground."""
    if f.nominal or f.noun is not None or f.pred.type != "FIGHT" or not f.pred.forces_only:
        return False
    preps = st.lex.group("place_preps") | st.lex.group("destination_preps") | st.lex.group("control_preps")
    args = list(prep_args(f.tok))
    # "advance at the expense of ISIS", "advanced against the rebels": ground taken from a party named
    opposed = any(prep in f.pred.target and c.i in st.covered for prep, c in args)
    return opposed or any(prep in preps and _ground(st, c) for prep, c in args)


def _ground(st: DocState, tok: Token) -> bool:
    """A place or territory noun, or a name no actor mention covers."""
    if tok.pos_ == "PROPN":
        return tok.i not in st.covered
    if tok.pos_ != "NOUN":
        return False
    lemma = tok.lemma_.lower()
    territory = lemma in st.lex.place_nouns or lemma in st.lex.group("territory_nouns")
    return territory or bool(place_kind(st, tok))
