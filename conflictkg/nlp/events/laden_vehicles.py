"""Vehicle bombs told by the driving: "a militant rammed an explosives-laden truck into the base",
"a bomber drove a car packed with explosives into a checkpoint". A verb of ``laden_vehicle_verbs``
is a suicide or vehicle bombing (its lexicon entry) only when its object is a vehicle
(``laden_vehicle_nouns``) whose phrase names its charge (``vehicle_charge_words``: "explosives-laden",
"packed with explosives", "booby-trapped"), or when its subject names the charge or the bomber ("a
suicide car bomber rammed into a convoy", "a car bomb rammed a checkpoint", ``bombing_nouns``; round
case84); a vehicle driven or rammed with none is no attack (a road accident, a crash)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ, SUBJ

CLAUSES = frozenset({"relcl", "ccomp", "advcl"})  # "a car that had been parked near X": not its load


def unladen_vehicle(st: DocState, verb: Token) -> bool:
    """A verb of driving a vehicle whose object is no vehicle carrying a charge."""
    if verb.lemma_.lower() not in st.lex.group("laden_vehicle_verbs"):
        return False
    if any(_charged_driver(st, c) for c in verb.children if c.dep_ in SUBJ):
        return False  # "a suicide car bomber rammed into the convoy"
    return not any(_laden(st, c) for c in verb.children if c.dep_ in OBJ)


def _charged_driver(st: DocState, subj: Token) -> bool:
    """A subject that names the charge or the bomber ("a car bomb", "a suicide bomber")."""
    words = st.lex.group("vehicle_charge_words") | st.lex.group("bombing_nouns")
    return any(t.lemma_.lower() in words or t.lower_ in words for t in _phrase(subj))


def _laden(st: DocState, vehicle: Token) -> bool:
    if vehicle.lemma_.lower() not in st.lex.group("laden_vehicle_nouns"):
        return False
    charges = st.lex.group("vehicle_charge_words")
    return any(t.lemma_.lower() in charges or t.lower_ in charges for t in _phrase(vehicle))


def _phrase(tok: Token) -> list[Token]:
    out = [tok]
    for c in tok.children:
        if c.dep_ not in CLAUSES:
            out += _phrase(c)
    return out
