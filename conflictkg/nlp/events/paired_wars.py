"""A war named by its two sides: "the Iran-Iraq war", "the Russia-Ukraine conflict", "the
Israel-Hamas war". A noun of ``paired_war_nouns`` whose modifiers hold two actors joined by a hyphen
("Iran", "-", "Iraq") is a fight between them (one FIGHT, the first named acting), when no event of
the sentence already joins the two. Two names without a hyphen ("the Iraq war") or a hyphen joining
words that name no actor ("the post-war order") tell no sides."""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.nominal_records import nominal_record
from conflictkg.nlp.events.state import DocState, EventRecord

FIGHT_CAMEO = "19"  # fight with small arms and light weapons (as the noun 'war')
HYPHENS = frozenset({"-", "–"})


def paired_wars(st: DocState, sent: Span, events: list[EventRecord]) -> list[EventRecord]:
    """The fights ``sent`` names by a war noun with its two sides hyphenated before it."""
    nouns = st.lex.group("paired_war_nouns")
    out: list[EventRecord] = []
    for tok in sent:
        if tok.lemma_.lower() not in nouns or tok.pos_ not in ("NOUN", "PROPN"):  # "the Iran-Iraq War"
            continue
        sides = _sides(st, tok)
        if sides is None or _told(sides, [*events, *out]):
            continue
        out.append(nominal_record(st, sent, tok, ("FIGHT", FIGHT_CAMEO), sides[0], sides[1]))
    return out


def _sides(st: DocState, noun: Token) -> tuple[str, str] | None:
    """The two actors hyphenated among the noun's modifiers ("Iran-Iraq war"), else none."""
    mods = [t for t in noun.doc[noun.left_edge.i : noun.i] if noun in t.ancestors]
    for a in mods:
        b = a.doc[a.i + 2] if a.i + 2 < noun.i else None
        if b is None or a.doc[a.i + 1].text not in HYPHENS or b not in mods:
            continue
        first, second = np_actor(st, a), np_actor(st, b)
        if first is not None and second is not None and first[0] != second[0]:
            return first[0], second[0]
    return None


def _told(sides: tuple[str, str], events: list[EventRecord]) -> bool:
    return any({e["actor"], e["target"]} == set(sides) for e in events)
