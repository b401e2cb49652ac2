"""Weapons that land: "two rockets landed near the airport", "mortar shells fell on Aleppo", "a
landmine went off near Kandahar". A projectile or a charge that falls, lands or goes off is an
attack by whoever fired or planted it (the unnamed armed group when the text names nobody); anything
else that falls or lands is no event.

A lexicon verb with ``weapons_only`` is an event only when its subject is a weapon (a noun of
``weapon_subjects``); one with a ``weapon_reading`` ("fall", a capture when a town falls to
someone) is read as the verb that names when its own reading does not hold and its subject is a
weapon."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import SUBJ, first_child, is_passive, prep_args


def weapon_subject(st: DocState, tok: Token) -> bool:
    """The subject of the verb ``tok`` is a weapon ("rockets", "a mortar shell", "an IED")."""
    subj = first_child(tok, SUBJ)
    return subj is not None and subj.lemma_.lower() in st.lex.group("weapon_subjects")


def weapon_agent(st: DocState, tok: Token) -> bool:
    """ "a soldier was hit by gunfire", "touchés par des tirs de mortier": the passive agent of the
    verb ``tok`` is a weapon or its fire (``weapon_subjects``, ``attack_subjects``)."""
    if not is_passive(tok):
        return False
    arms = st.lex.group("weapon_subjects") | st.lex.group("attack_subjects")
    agents = st.lex.group("agent_preps")
    return any(prep in agents and c.lemma_.lower() in arms for prep, c in prep_args(tok))


def weapon_frame(st: DocState, f: Frame) -> Frame | None:
    """The frame of the verb the predicate's ``weapon_reading`` names, when its subject is a weapon."""
    name = f.pred.weapon_reading
    if name is None or f.nominal or name not in st.lex.verbs or not weapon_subject(st, f.tok):
        return None
    return Frame(f.tok, st.lex.verbs[name])
