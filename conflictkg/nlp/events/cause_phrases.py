"""A fight told as the cause of an act: "the United States closed its embassy in Kabul because of the
fighting", "schools closed in Goma due to the clashes". An event noun that is the object of a cause
preposition (``cause_preps``: "because", "due", "owing", with their "of" / "to") with no partner of
its own ("because of clashes with the army" keeps the clause subject as a side) is no act of the
clause's subject: nlp/events/actors.nominal_actor does not give it the subject. A subjectless -ing
participle that works as a preposition ("took X from Y following clashes") is passed over on the way up
to the clause that gives the fight its side; a verb of flight is no such preposition ("Tanzania took in
refugees fleeing clashes": the clashes are no side of the host's). An attack blamed on someone has them
for its author (``blame_preps``)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import SUBJ, first_child, prep_args


def told_as_cause(st: DocState, noun: Token) -> bool:
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    causes = st.lex.group("cause_preps")
    if prep.lower_ not in causes and not (prep.head.lower_ in causes and prep.head.dep_ == "prep"):
        return False
    partners = st.lex.group("fight_partner_preps")
    return not any(p in partners for p, _ in prep_args(noun))


def prepositional_participle(st: DocState, g: Token, noun: Token) -> bool:
    """ "following clashes": a subjectless -ing participle whose object is the event noun, none of
    ``flight_verbs`` ("fleeing clashes")."""
    object_of = noun.head.i == g.i and noun.dep_ in ("pobj", "dobj")
    flight = g.lemma_.lower() in st.lex.group("flight_verbs")
    return g.tag_ == "VBG" and object_of and first_child(g, SUBJ) is None and not flight


def blame_preps(st: DocState, tok: Token) -> frozenset[str]:
    """ "an attack attributed to X", "a bombing blamed on X": the prepositions naming whom the text
    holds the author (``blamed_preps``), on a participle of ``blaming_verbs`` qualifying a noun; a
    cause the text gives (round case87). None on any other word."""
    if tok.dep_ in ("acl", "amod") and tok.lemma_.lower() in st.lex.group("blaming_verbs"):
        return st.lex.group("blamed_preps")
    return frozenset()
