"""A coalition named by its enemy: "the coalition against ISIL", "the Global Coalition against
Daesh", "an alliance against the junta". A noun of ``alliance_nouns`` that names an actor and whose
preposition of ``alliance_target_preps`` governs another actor (or a list of them: "against ISIL and
al-Qaeda") tells that the coalition fights each of them: one FIGHT each, the coalition acting, when no
event of the sentence already joins the two. A noun that names no actor ("an alliance against
terrorism", "a coalition of the willing") or whose enemy is no actor tells nothing."""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.listed_backers import listed_backers
from conflictkg.nlp.events.nominal_records import nominal_record
from conflictkg.nlp.events.paired_wars import paired_wars
from conflictkg.nlp.events.state import DocState, EventRecord

FIGHT_CAMEO = "19"  # as the nouns 'war' and 'campaign'


def named_sides(st: DocState, sent: Span, events: list[EventRecord]) -> list[EventRecord]:
    """The fights a noun phrase tells by naming its sides: a war by its two hyphenated sides ("the
    Iran-Iraq war": nlp/events/paired_wars.py), a coalition by its enemy; and the backing a backer
    noun tells by listing its backers (nlp/events/listed_backers.py)."""
    wars = paired_wars(st, sent, events)
    wars += alliances_against(st, sent, [*events, *wars])
    return wars + listed_backers(st, sent, [*events, *wars])  # "its backers, notably Russia"


def alliances_against(st: DocState, sent: Span, events: list[EventRecord]) -> list[EventRecord]:
    """The fights ``sent`` names by a coalition noun with its enemy after a preposition."""
    nouns, preps = st.lex.group("alliance_nouns"), st.lex.group("alliance_target_preps")
    out: list[EventRecord] = []
    for tok in sent:
        if tok.lemma_.lower() not in nouns or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        own = np_actor(st, tok)
        if own is None:
            continue
        for enemy in _enemies(st, tok, preps):
            if enemy == own[0] or _told((own[0], enemy), [*events, *out]):
                continue
            out.append(nominal_record(st, sent, tok, ("FIGHT", FIGHT_CAMEO), own[0], enemy))
    return out


def _enemies(st: DocState, noun: Token, preps: frozenset[str]) -> list[str]:
    """The actors the noun's own preposition governs, with their conjuncts ("against ISIL and AQ")."""
    out: list[str] = []
    for prep in noun.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for t in (obj, *obj.conjuncts):
                got = np_actor(st, t)
                if got is not None and got[0] not in out:
                    out.append(got[0])
    return out


def _told(sides: tuple[str, str], events: list[EventRecord]) -> bool:
    return any({e["actor"], e["target"]} == set(sides) for e in events)
