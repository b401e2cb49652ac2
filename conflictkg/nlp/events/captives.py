"""Captives freed with no one named ("les otages ont été libérés jeudi"): hostages are freed by who
held them. A release needs no agent when its passive subject is a noun of ``captive_nouns`` (hostages,
captives; not prisoners or a journalist freed on bail, whom a state holds): the actor of the last
assault told on those very people (their abduction), else of the last abduction told, else the
unidentified armed group of the article's country."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Predicate
from conflictkg.nlp.events.actors import _generic, _np_actor
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.syntax import SUBJ_PASS, first_child


def captors(st: DocState, verb: Token, p: Predicate) -> Actor | None:
    """Who freed the captives an agentless release tells, or None when they are no captives."""
    held = first_child(verb, SUBJ_PASS)
    if p.type != "CONCEDE" or held is None or held.lemma_.lower() not in st.lex.group("captive_nouns"):
        return None
    freed = _np_actor(st, held)
    assaults = [e for e in reversed(st.done) if e["type"] == "ASSAULT" and e["actor"]]
    same = [e for e in assaults if freed is not None and e["target"] == freed[0]]
    abductions = _abduction_words(st)
    taken = [e for e in assaults if st.doc[e["pred"]].lemma_.lower() in abductions]
    told = next(iter(same or taken), None)  # on those very people, else the last abduction told
    if told is not None:
        return (str(told["actor"]), 0.6, None)
    return (_generic(st, "armed", st.doc._.country), 0.55, None)


def _abduction_words(st: DocState) -> set[str]:
    """The verbs and nouns of taking people (``people_taken``), and the ones they are read as
    ("enlever")."""
    words = {**st.lex.verbs, **st.lex.nouns}
    taking = {w for w, p in words.items() if p.people_taken is not None}
    return taking | {p.people_taken for p in words.values() if p.people_taken}
