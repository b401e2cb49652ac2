"""Deaths and damage an accident caused, told with a violent verb: no attacker.

"floods killed 40 people", "a gas explosion destroyed a block of flats": the subject is a disaster or
an accident (``accident_causes``, a word of the subject or of its modifiers, or a modifier and the
subject as one phrase: 'gas explosion'), unless a weapon modifies it ('artillery fire'); so is a
passive's agent ("victims killed by the plane crash"). "Three workers were killed when a boiler
exploded": the clause of time of an agentless passive tells the accident (its subject one, or its verb
one of ``accident_verbs``), or its 'in' phrase does ("five people were killed in a fire"). A vehicle
or its driver as the subject ("a speeding truck killed three pedestrians", "a drunk driver killed two
people") is a road accident, unless the vehicle's phrase names its charge ("an explosives-laden
truck"; nlp/events/laden_vehicles.py) or its clause a weapon ("their vehicle hit a landmine").
"""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import SUBJ, first_child, is_passive, prep_args

MODIFIER_DEPS = ("compound", "amod")
ACCIDENT_PREPS = frozenset({"in", "during"})
POBJ = frozenset({"pobj"})


def accident_subject(st: DocState, subj: Token) -> bool:
    """A subject that names a disaster or an accident, not an attacker."""
    causes = st.lex.group("accident_causes")
    if road_user(st, subj):
        return True
    modifiers = [c for c in subj.children if c.dep_ in MODIFIER_DEPS]
    if any(m.lemma_.lower() in st.lex.group("weapon_subjects") for m in modifiers):
        return False  # "artillery fire pounded X", "a mortar blast": weapons, no accident
    if any(t.lemma_.lower() in causes or t.lower_ in causes for t in (subj, *modifiers)):
        return True
    return any(f"{m.lemma_.lower()} {subj.lemma_.lower()}" in causes for m in modifiers)


def accident_clause(st: DocState, verb: Token) -> bool:
    """The adverbial clause of an agentless passive, or its 'in' phrase, tells an accident ('were
    killed when a boiler exploded', 'in a fire'); not the cause an act answers ('protested after a
    gas leak killed 11 people')."""
    if not is_passive(verb):
        return False
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if agent is not None:  # "victims killed by the plane crash": the agent is the accident
        cause = first_child(agent, POBJ)
        return cause is not None and accident_subject(st, cause)
    if any(prep in ACCIDENT_PREPS and accident_subject(st, n) for prep, n in prep_args(verb)):
        return True  # "five people were killed in a fire", "in floods"
    accidents = st.lex.group("accident_verbs")
    for clause in (c for c in verb.children if c.dep_ == "advcl" and c.i > verb.i):
        subj = first_child(clause, SUBJ)
        if clause.lemma_.lower() in accidents or (subj is not None and accident_subject(st, subj)):
            return True
        if subj is not None and _vehicle_mishap(st, clause, subj):
            return True  # "were killed when their bus fell into a gorge"
    return False


def road_user(st: DocState, subj: Token) -> bool:
    """A vehicle (``laden_vehicle_nouns``) or a driver (``road_user_nouns``) carrying no charge, the
    subject of a violent verb."""
    nouns = st.lex.group("laden_vehicle_nouns") | st.lex.group("road_user_nouns")
    pred = st.lex.verbs.get(subj.head.lemma_.lower())
    if subj.lemma_.lower() not in nouns or pred is None or pred.type not in VIOLENT_TYPES:
        return False  # "taxi drivers protested", "truckers blocked the road": no accident
    charges = st.lex.group("vehicle_charge_words")
    if any(t.lower_ in charges for t in subj.subtree):
        return False
    # "their vehicle hit a landmine": a weapon in the clause makes it an attack
    weapons = st.lex.group("weapon_subjects") | charges | st.lex.group("laid_charge_nouns")  # "a mine"
    return not any(t.lemma_.lower() in weapons or t.lower_ in weapons for t in subj.head.subtree)


def _vehicle_mishap(st: DocState, clause: Token, subj: Token) -> bool:
    """A vehicle falling, rolling or veering (``vehicle_mishap_verbs``), with no object: a road accident."""
    if clause.lemma_.lower() not in st.lex.group("vehicle_mishap_verbs") or any(
        c.dep_ == "dobj" for c in clause.children
    ):
        return False
    return subj.lemma_.lower() in st.lex.group("laden_vehicle_nouns")
