"""Backers named by a list after the noun that says they back someone: "the regime and its backers,
notably Russia", "Assad and his allies, including Russia and Iran", "the junta's supporters such as
Wagner". A noun the lexicon reads as backing (a SUPPORT noun with ``appositive``: 'backer', 'ally')
whose owner is a possessive names each party in apposition to it ("notably Russia"), after one of
``listed_member_preps`` ("including Russia and Iran") or as its own modifier ("their Hezbollah allies",
"its Russian backers") as a backer of that owner: one SUPPORT each,
when no event of the sentence already joins the two. The owner is the possessive's own actor, or,
for a pronoun on a noun coordinated with another ("the regime and its backers"), the actor that noun
names. A list of no actor ("its allies, notably in the Gulf"), or a noun with no owner ("backers,
including Russia"), tells nothing."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from conflictkg.nlp.events.actors import mention_actor, np_actor
from conflictkg.nlp.events.nominal_records import nominal_record
from conflictkg.nlp.events.state import DocState, EventRecord

SUPPORT_CAMEO = "05"  # as the noun 'backer'


def listed_backers(st: DocState, sent: Span, events: list[EventRecord]) -> list[EventRecord]:
    """The SUPPORT events ``sent`` tells by a backing noun's list of named backers."""
    out: list[EventRecord] = []
    for tok in sent:
        pred = st.lex.nouns.get(tok.lemma_.lower()) if tok.pos_ == "NOUN" else None
        if pred is None or pred.type != "SUPPORT" or not pred.appositive:
            continue
        owner = _owner(st, tok)
        if owner is None:
            continue
        for member in _members(st, tok):
            m = st.covered.get(member.i)  # "its Russian allies": the demonym's state
            named = mention_actor(st, m, 0.6) if m is not None and m["demonym"] else None
            got = np_actor(st, member) or named
            if got is None or got[0] == owner or _told(got[0], owner, [*events, *out]):
                continue
            out.append(nominal_record(st, sent, tok, ("SUPPORT", SUPPORT_CAMEO), got[0], owner))
    return out


def _owner(st: DocState, noun: Token) -> str | None:
    """Whom the backers back: the possessive's actor; a pronoun's, the noun ours is coordinated with."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.pos_ == "PRON" and noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        got = np_actor(st, noun.head)
    else:
        got = np_actor(st, poss)
    return got[0] if got is not None else None


def _members(st: DocState, noun: Token) -> Iterator[Token]:
    """The parties listed on the noun: in apposition, after a listing preposition or as its modifier
    (a name or a demonym); and their conjuncts."""
    preps = st.lex.group("listed_member_preps")
    for c in noun.children:
        if c.dep_ in ("compound", "amod") and c.i < noun.i:
            yield c
        elif c.dep_ == "appos":
            yield c
            yield from c.conjuncts
        elif c.dep_ == "prep" and c.lower_ in preps:
            for o in (g for g in c.children if g.dep_ == "pobj"):
                yield o
                yield from o.conjuncts


def _told(actor: str, target: str, events: list[EventRecord]) -> bool:
    return any({e["actor"], e["target"]} == {actor, target} for e in events)
