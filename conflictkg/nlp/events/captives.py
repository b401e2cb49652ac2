"""Captives freed with no one named ("les otages ont été libérés jeudi"): hostages are freed by who
held them. A release needs no agent when its passive subject is a noun of ``captive_nouns`` (hostages,
captives; not prisoners or a journalist freed on bail, whom a state holds): the actor of the last
assault told on those very people (their abduction), else of the last abduction told, else the
unidentified armed group of the article's country. Any other people freed with no agent ("the
passengers were released") are freed by who assaulted (abducted) people of that noun before in the
article."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Predicate
from conflictkg.nlp.events.actors import DEFINITE, generic_id, np_actor
from conflictkg.nlp.events.jailbreaks import without_jailbreaks
from conflictkg.nlp.events.state import Actor, DocState, EventRecord
from conflictkg.nlp.syntax import OBJ, SUBJ_PASS, determined, first_child


def captors(st: DocState, verb: Token, p: Predicate) -> Actor | None:
    """Who freed the captives an agentless release tells, or None when they are no captives."""
    held = first_child(verb, SUBJ_PASS)
    if p.type != "CONCEDE" or held is None:
        return None
    assaults = [e for e in reversed(st.done) if e["type"] == "ASSAULT" and e["actor"]]
    abductions = abduction_words(st)
    taken = [e for e in assaults if st.doc[e["pred"]].lemma_.lower() in abductions]
    if held.lemma_.lower() not in st.lex.group("captive_nouns"):
        # "gunmen abducted 15 passengers ... the passengers were released": the people taken before
        again = [e for e in assaults if determined(held, DEFINITE) and _taken_noun(st, e, held)]
        return (str(again[0]["actor"]), 0.6, None) if again else None
    freed = np_actor(st, held)
    same = [e for e in assaults if freed is not None and e["target"] == freed[0]]
    told = next(iter(same or taken), None)  # on those very people, else the last abduction told
    if told is not None:
        return (str(told["actor"]), 0.6, None)
    return (generic_id(st, "armed", st.doc._.country), 0.55, None)


def _taken_noun(st: DocState, e: EventRecord, held: Token) -> bool:
    """Whether the assault ``e`` took people named by the noun of ``held`` (its object, or its
    passive subject)."""
    verb = st.doc[e["pred"]]
    return any(c.dep_ in OBJ | SUBJ_PASS and c.lemma_.lower() == held.lemma_.lower() for c in verb.children)


def abduction_words(st: DocState) -> set[str]:
    """The verbs and nouns of taking people (``people_taken``), and the ones they are read as
    ("enlever")."""
    words = {**st.lex.verbs, **st.lex.nouns}
    taking = {w for w, p in words.items() if p.people_taken is not None}
    return taking | {p.people_taken for p in words.values() if p.people_taken}


def freed_victims(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` with the civilians a release frees given their captors' country when the text
        gives them none ("Boko Haram abducted 30 girls ... The girls were released"): the civilians
        their captors assaulted before, else of the captors' own country; and without the releases an attack
    achieved (nlp/events/jailbreaks.py)."""
    return without_jailbreaks(st, [_of_captors(st, e) for e in events])  # "..., libérant 500 détenus"


def _of_captors(st: DocState, e: EventRecord) -> EventRecord:
    freed = st.actors.get(e["target"] or "")
    if e["type"] != "CONCEDE" or freed is None or freed.get("group") != "civilians" or freed.get("country"):
        return e
    for told in reversed(st.done):  # the civilians the captors took ("in Mali"), else their own country
        victims = st.actors.get(told["target"] or "", {})
        if told["type"] == "ASSAULT" and told["actor"] == e["actor"] and victims.get("group") == "civilians":
            return {**e, "target": told["target"]} if victims.get("country") else e
    country = st.actors.get(e["actor"], {}).get("country")
    return {**e, "target": generic_id(st, "civilians", country)} if country else e
