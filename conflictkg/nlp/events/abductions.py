"""People seized: a capture verb whose object is people ("gunmen seized two aid workers") abducts
them, read as the lexicon verb its ``people_taken`` names (an ASSAULT of CAMEO 181); state forces
taking people arrest them, read as the verb its ``people_arrested`` names (a COERCE), fighters
too ("l'armée a capturé trois jihadistes"). On a noun ("a annoncé la capture de trois jihadistes")
the people are its "de" complement, the taker its agent or the subject of the verb carrying it, and
both names are nouns ("enlèvement", "arrestation"). Who was taken may be a relative pronoun's
antecedent ("a journalist who was taken by gunmen"), or, for a passive participle with no subject of
its own ("disappeared after being taken by gunmen"), the subject of the clause it depends on; the
taker of a passive is its agent."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Predicate
from conflictkg.nlp.events.attack_words import antecedent
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.name_spans import counted_thing
from conflictkg.nlp.syntax import AGENT, OBJ, SUBJ, SUBJ_PASS, first_child, prep_args

GOVERNED = frozenset({"pcomp", "advcl", "xcomp"})  # "after being taken", "before being taken"


def taken_people(st: DocState, f: Frame) -> Frame | None:
    """The abduction frame of a capture verb whose object (or passive subject) is people, else None:
    territory taken stays a CAPTURE, property seized a COERCE."""
    name = f.pred.people_taken
    if name is None:
        return None
    words = st.lex.nouns if f.nominal else st.lex.verbs
    if f.nominal:
        taken = [c for prep, c in prep_args(f.tok) if prep in st.lex.group("of_preps")]
        agent = next((c for p, c in prep_args(f.tok) if p in st.lex.group("agent_preps")), None)
        carrier = f.tok.head if f.tok.dep_ in OBJ else None  # "l'armée a annoncé la capture de X"
        taker = agent or (first_child(carrier, SUBJ) if carrier is not None else None)
    else:
        taken = [antecedent(c) for c in f.tok.children if c.dep_ in OBJ or c.dep_ in SUBJ_PASS]
        taken = taken or _governing_subjects(f.tok)
        taker = first_child(f.tok, SUBJ) or _agent_noun(f.tok)
    if state_force(st, taker) and any(people_noun(st, c, fighters=True) for c in taken):
        arrest = f.pred.people_arrested  # an arrest (its ``people_arrested`` word)
        if arrest is None and _release(words, name):  # "l'armée a libéré des prisonniers": no town taken
            return Frame(f.tok, words[name], nominal=f.nominal)
        return Frame(f.tok, words[arrest], nominal=f.nominal) if arrest in words else None
    if name not in words or not any(people_noun(st, c) for c in taken):
        return None
    return Frame(f.tok, words[name], nominal=f.nominal)


def _release(words: dict[str, Predicate], name: str) -> bool:
    """The people reading of a verb that frees them ("libérer": "relâcher"), a concession."""
    return name in words and words[name].type == "CONCEDE"


def _agent_noun(verb: Token) -> Token | None:
    """The agent of a passive: "by X" (its object) or a French "obl:agent" (the noun itself)."""
    agent = first_child(verb, AGENT)
    if agent is None or agent.pos_ != "ADP":
        return agent
    return next((c for c in agent.children if c.dep_ == "pobj"), None)


def _governing_subjects(verb: Token) -> list[Token]:
    """ "an activist who disappeared after being taken": a passive participle with no subject of its
    own, under a preposition or as a clause, takes the subject of the verb it depends on."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return []
    head = verb.head.head if verb.dep_ == "pcomp" else verb.head if verb.dep_ in GOVERNED else None
    if head is None or head.pos_ not in ("VERB", "AUX"):
        return []
    return [antecedent(c) for c in head.children if c.dep_ in SUBJ or c.dep_ in SUBJ_PASS]


def state_force(st: DocState, subj: Token | None) -> bool:
    """ "police seized two men", "the army captured three suspects": an arrest, not an abduction."""
    if subj is None:
        return False
    lemma = subj.lemma_.lower()  # "security forces": the group its modifier makes it ("security force")
    pairs = [f"{c.lemma_.lower()} {lemma}" for c in subj.children if c.dep_ in ("amod", "compound")]
    if any(st.lex.generic.get(w) in st.lex.group("arresting_classes") for w in (*pairs, lemma)):
        return True
    phrase = " ".join(t.lower_ for t in subj.subtree)
    if any(f" {w} " in f" {phrase} " for w in st.lex.group("state_force_words")):
        return True
    # "la coalition a capturé un chef taliban": a group the mentions made a state force's class
    m = st.covered.get(subj.i)
    group = st.actors.get(m["actor"], {}).get("group") if m is not None else None
    return group is not None and group in st.lex.group("arresting_classes")


def people_noun(st: DocState, noun: Token, fighters: bool = False) -> bool:
    """ "three fishermen", "two aid workers", "a journalist": a noun of civilians or of a generic
    class of people (``abductee_classes``) or a role's holder (``roles``); with ``fighters``, of any
    generic group ("jihadistes"); a name titled by one ("freed opposition leader Aung San Suu Kyi")."""
    if noun.pos_ == "PROPN":  # "opposition leader X", "the dissident X": a name a people noun titles
        return any(
            c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" and people_noun(st, c) for c in noun.children
        )
    if noun.pos_ != "NOUN":
        return False
    noun = counted_thing(noun, st.lex) or noun  # "une centaine de prisonniers": the people counted
    lemma = noun.lemma_.lower()
    if lemma in st.lex.group("civilian_nouns") or noun.lower_ in st.lex.group("civilian_nouns"):
        return True
    if fighters and (lemma in st.lex.generic or noun.lower_ in st.lex.generic):
        return True
    if lemma in st.lex.roles:  # "three student leaders", "a village chief": people holding a role
        return True
    classes = st.lex.group("abductee_classes")
    return st.lex.generic.get(lemma) in classes or st.lex.generic.get(noun.lower_) in classes
