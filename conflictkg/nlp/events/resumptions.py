"""Resumptions: "les frappes françaises ont repris lundi près de Gao", "les combats ont repris à
Alep entre X et Y". A verb of resuming (``resumption_verbs``: "reprendre", which else reads as
retaking a place) whose subject is a lexicon event noun and which takes no object tells that the
event goes on again: the verb is no event of its own, and the noun stands as it does with "avoir
lieu" (its arguments and the verb's place are the event's). A verb with its particle may resume
("Fighting goes on in Douma between X and Y": "go on"; round ucdp83b)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ, SUBJ, first_child

PARTICLE_DEPS = frozenset({"prt", "compound:prt"})


def resumption_reading(st: DocState, f: Frame) -> Frame | None:
    """None when ``f`` is a resuming verb whose subject is an event noun, else ``f``."""
    if f.nominal or f.noun is not None or f.tok.lemma_.lower() not in st.lex.group("resumption_verbs"):
        return f
    subj = first_child(f.tok, SUBJ)  # not "ont repris Douentza": taken back
    if (noun := _coordinated_noun(f.tok, subj)) is not None:
        # "le dialogue entre le gouvernement et l'opposition a repris": the parser makes the second
        # side the subject of a verb it coordinates with the noun, which is what resumes
        return None if _resumable(st, noun) and first_child(f.tok, OBJ) is None else f
    return None if subj is not None and _resumable(st, subj) and resumed(st, subj) else f


def _resumable(st: DocState, noun: Token) -> bool:
    """An event noun, or a noun of talks or work no event of its own (``resumed_nouns``: "le
    dialogue a repris à Bamako")."""
    lemma = noun.lemma_.lower()
    return lemma in st.lex.nouns or lemma in st.lex.group("resumed_nouns")


def _coordinated_noun(verb: Token, subj: Token | None) -> Token | None:
    """The noun the parser coordinates a verb with, before the verb and its subject: a verb is no
    conjunct of a noun, the noun is its subject."""
    head = verb.head
    if (
        verb.dep_ != "conj"
        or head.pos_ != "NOUN"
        or head.i >= verb.i
        or (subj is not None and subj.i < head.i)
    ):
        return None
    return head


def resumed(st: DocState, noun: Token) -> bool:
    """ "les combats ont repris": the event noun is the subject of a resuming verb with no object."""
    verb = noun.head
    if noun.dep_ not in SUBJ or not _resuming(verb, st.lex.group("resumption_verbs")):
        return False
    return first_child(verb, OBJ) is None


def _resuming(verb: Token, verbs: frozenset[str]) -> bool:
    """A resuming verb, alone or with its particle ("Fighting goes on in X": "go on")."""
    lemma = verb.lemma_.lower()
    particles = [c.lower_ for c in verb.children if c.dep_ in PARTICLE_DEPS]
    return lemma in verbs or any(f"{lemma} {p}" in verbs for p in particles)
