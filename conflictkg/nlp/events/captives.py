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
    taken = [e for e in assaults if _abduction(st, st.doc[e["pred"]].lemma_.lower())]
    told = next(iter(same or taken), None)  # on those very people, else the last abduction told
    if told is not None:
        return (str(told["actor"]), 0.6, None)
    return (_generic(st, "armed", st.doc._.country), 0.55, None)


def _abduction(st: DocState, lemma: str) -> bool:
    """A verb or noun of taking people (``people_taken``), or one read as such ("enlever")."""
    words = {**st.lex.verbs, **st.lex.nouns}
    readings = {w.people_taken for w in words.values() if w.people_taken}
    return lemma in readings or (lemma in words and words[lemma].people_taken is not None)
