"""People seized: a capture verb whose object is people ("gunmen seized two aid workers") abducts
them, read as the lexicon verb its ``people_taken`` names (an ASSAULT of CAMEO 181); state forces
taking people arrest them, read as the verb its ``people_arrested`` names (a COERCE)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ, SUBJ, SUBJ_PASS, first_child


def taken_people(st: DocState, f: Frame) -> Frame | None:
    """The abduction frame of a capture verb whose object (or passive subject) is people, else None:
    territory taken stays a CAPTURE, property seized a COERCE."""
    name = f.pred.people_taken
    if name is None or f.nominal or name not in st.lex.verbs:
        return None
    taken = [c for c in f.tok.children if c.dep_ in OBJ or c.dep_ in SUBJ_PASS]
    if not any(_people(st, c) for c in taken):
        return None
    if _state_force(st, first_child(f.tok, SUBJ)):  # an arrest (its ``people_arrested`` verb)
        arrest = f.pred.people_arrested
        return Frame(f.tok, st.lex.verbs[arrest]) if arrest in st.lex.verbs else None
    return Frame(f.tok, st.lex.verbs[name])


def _state_force(st: DocState, subj: Token | None) -> bool:
    """ "police seized two men", "the army captured three suspects": an arrest, not an abduction."""
    if subj is None:
        return False
    if st.lex.generic.get(subj.lemma_.lower()) in st.lex.group("arresting_classes"):
        return True
    phrase = " ".join(t.lower_ for t in subj.subtree)
    return any(f" {w} " in f" {phrase} " for w in st.lex.group("state_force_words"))


def _people(st: DocState, noun: Token) -> bool:
    """ "three fishermen", "two aid workers", "a journalist": a noun of civilians or of a generic
    class of people (``abductee_classes``)."""
    if noun.pos_ != "NOUN":
        return False
    lemma = noun.lemma_.lower()
    if lemma in st.lex.group("civilian_nouns") or noun.lower_ in st.lex.group("civilian_nouns"):
        return True
    classes = st.lex.group("abductee_classes")
    return st.lex.generic.get(lemma) in classes or st.lex.generic.get(noun.lower_) in classes
