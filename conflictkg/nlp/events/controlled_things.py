"""Control of what is no territory: "police took control of the situation", "soldiers regained
control of the crowd". A verb taking the control noun (``control_verbs``: "take control of",
"regain control over") tells territory taken only when what is controlled may be ground: its
complement ("of", ``control_preps``) names a place, or is a noun of territory, of a place kind, of
the ground around a place (``surrounding_nouns``: "parts of X"), of a facility (``facility_nouns``:
"control of the power plant") or of a stronghold
(``control_nouns``), or counts some (a
share, "most of X"; a collective noun counts what its own "of" names, "a number of
checkpoints"). Any other common noun is a situation, a crowd or a riot brought under
control: no capture (round ucdp88)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.places import place_kind
from conflictkg.nlp.events.state import PLACE_ENTS, DocState, Frame
from conflictkg.nlp.syntax import prep_args

CONTROL_PREPS = shared_words("control_preps")  # "took control over X"


def controls_no_territory(st: DocState, f: Frame) -> bool:
    """Whether the capture frame ``f`` is control taken of something that is no ground."""
    if f.noun is None or f.noun.dep_ == "prt" or f.pred.type != "CAPTURE":
        return False
    if f.noun.lemma_.lower() not in st.lex.group("control_verbs"):
        return False
    of = st.lex.group("of_preps") | CONTROL_PREPS
    held = [c for h in (f.noun, f.tok) for prep, c in prep_args(h) if prep in of]
    return bool(held) and not any(_ground(st, t, of) for t in held)


def _ground(st: DocState, tok: Token, of: frozenset[str]) -> bool:
    """Whether ``tok`` (or a complement "of" it) may be ground: a place, territory, or a count of it."""
    if tok.pos_ != "NOUN":
        return True  # a name, a pronoun ("took control of it"), a share ("most of")
    lex = st.lex
    words = lex.group("territory_nouns") | lex.group("surrounding_nouns") | lex.group("control_nouns")
    words |= lex.group("share_nouns") | lex.group("facility_nouns")
    if tok.lemma_.lower() in words or tok.lower_ in words or place_kind(st, tok):
        return True
    if any(t.ent_type_ in PLACE_ENTS for left in tok.lefts for t in left.subtree):
        return True  # "the Palmyra desert"
    return any(_ground(st, c, of) for prep, c in prep_args(tok) if prep in of)
