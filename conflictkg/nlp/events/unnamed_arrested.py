"""People an arrest noun names without naming who they are: "la police a annoncé l'arrestation de
trois suspects", "l'arrestation d'un ancien officier du régime". A nominal event whose target must be
a person (``person_target``) stands with no target when its 'de' complement is a common noun of people
(``suspect_nouns``, civilian, office, force and group nouns), the people arrested told though no
actor, as the verb's "a arrêté un ancien officier" does. The parser may hang that complement on a
locative put between ("l'arrestation dans la province de Lattaquié d'un ancien officier"): a second
'de' complement of the place noun, after its name (round frmiss89)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import FRENCH_OF
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import prep_args

PEOPLE_GROUPS = (
    "suspect_nouns",
    "civilian_nouns",
    "unarmed_person_nouns",
    "office_nouns",
    "state_force_nouns",
)


def _people(st: DocState, tok: Token) -> bool:
    """A common noun of people ("trois suspects", "un ancien officier"), no actor of its own."""
    if tok.pos_ != "NOUN" or tok.i in st.covered:
        return False
    lemma = tok.lemma_.lower()
    return any(lemma in st.lex.group(g) for g in PEOPLE_GROUPS) or lemma in st.lex.generic


def unnamed_people(st: DocState, f: Frame) -> bool:
    """The arrest noun of ``f`` names the people it takes in a common noun 'de' complement."""
    if not f.nominal or not f.pred.person_target:
        return False
    of = st.lex.group("of_preps") | FRENCH_OF
    tok = f.tok
    if any(prep in of and _people(st, c) for prep, c in prep_args(tok)):
        return True
    places = st.lex.group("place_preps")
    for prep, loc in prep_args(tok.head):  # "l'arrestation dans la province de X d'un officier"
        if prep not in places or loc.i < tok.i:
            continue
        outer = [c for p, c in prep_args(loc) if p in of]
        if len(outer) >= 2 and outer[0].pos_ == "PROPN" and _people(st, outer[1]):
            return True
    return False
