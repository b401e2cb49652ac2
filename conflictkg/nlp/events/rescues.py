"""Captives freed by state forces: "l'armée a libéré sept otages", "sept élèves enlevés à Kaduna ont
été libérés par l'armée". A verb that frees people (one whose ``people_taken`` reading is a release)
whose taker is a state force (its subject, or its passive agent) and whose freed are captives (a noun
of ``captive_nouns``, or people a participle of abduction qualifies: "des élèves enlevés") tells a
rescue: no concession of the army (who never held them) and no town liberated. Prisoners a state
frees ("l'armée a libéré des prisonniers") stay its concession."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.abductions import state_force
from conflictkg.nlp.events.captives import abduction_words
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import AGENT, OBJ, SUBJ, SUBJ_PASS, first_child, prep_args


def rescue_reading(st: DocState, f: Frame) -> Frame | None:
    """None when the verbal frame ``f`` tells state forces freeing captives, else ``f``."""
    release = f.pred.people_taken
    if f.nominal or release is None or st.lex.verbs.get(release) is None:
        return f
    if st.lex.verbs[release].type != "CONCEDE":
        return f
    freed = [c for c in f.tok.children if c.dep_ in OBJ or c.dep_ in SUBJ_PASS]
    if not any(_captive(st, c) for c in freed):
        return f
    return None if any(state_force(st, t) for t in _takers(st, f.tok)) else f


def _takers(st: DocState, verb: Token) -> list[Token]:
    """The subject of ``verb``, or the noun of its passive agent ("par l'armée")."""
    agents = [c for p, c in prep_args(verb) if p in st.lex.group("agent_preps")]
    agents += [c for c in verb.children if c.dep_ in AGENT or _par_oblique(st, c)]
    subject = first_child(verb, SUBJ)
    return [subject, *agents] if subject is not None else agents


def _par_oblique(st: DocState, noun: Token) -> bool:
    """ "libérés par l'armée": the French agent the parser hangs as an oblique."""
    preps = st.lex.group("agent_preps")
    return noun.dep_.startswith("obl") and any(c.dep_ == "case" and c.lower_ in preps for c in noun.children)


def _captive(st: DocState, noun: Token) -> bool:
    """A captive noun, or people a participle of abduction qualifies ("des élèves enlevés")."""
    if noun.lemma_.lower() in st.lex.group("captive_nouns"):
        return True
    taking = abduction_words(st)
    return any(c.dep_ == "acl" and c.lemma_.lower() in taking for c in noun.children)
