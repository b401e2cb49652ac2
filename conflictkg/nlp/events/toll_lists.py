"""Verbless casualty lists that count no noun (issue 14): "Twelve killed, five wounded in Kabul",
"3 dead, 10 hurt in market blast in Quetta". A headline opening on a bare count of the dead or the
wounded (``toll_words``, ``wounded_words``) and listing two such counts names neither who was hit
nor who hit them: an attack at the place it names, by the unnamed armed group of the article's
country (or the author its attack noun names), on that country's civilians, as ACLED codes unnamed
victims. A list naming an accident or a disaster (``accident_causes``, a word or a modifier and its
noun) or a game (``sport_words``) tells no attack, not even the one an agentless participle of it
would; one after a violent event told before is that event's toll, and an attack of the sentence
that names its victims keeps them."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Span, Token

from conflictkg.knowledge.lexicon import Predicate
from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.actors import generic_id
from conflictkg.nlp.events.state import DocState, EventRecord, Frame

_LINKS = frozenset({",", "and", ";"})

Make = Callable[..., EventRecord]


def toll_list(st: DocState, sent: Span, make: Make, events: list[EventRecord]) -> list[EventRecord]:
    """``events``, the sentence's, as the attack a list of bare counts tells (``make``: finder._make)."""
    words = _counts(st, sent)
    if len(words) < 2:
        return events
    if _named_cause(st, sent):  # "Four killed, nine hurt in building collapse": the toll of no attack
        return [e for e in events if e["type"] not in VIOLENT_TYPES or e["target"] is not None]
    violent = [e for e in events if e["type"] in VIOLENT_TYPES]
    if any(e["target"] is not None for e in violent) or _told(st, sent):
        return events
    civilians = generic_id(st, "civilians", st.doc._.country)
    if violent:
        hit: EventRecord = {**violent[0], "type": "ASSAULT", "cameo": "18", "target": civilians}
        return [hit if e is violent[0] else e for e in events if e is violent[0] or e not in violent]
    unnamed = generic_id(st, "armed", st.doc._.country)
    frame = Frame(words[0], Predicate(type="ASSAULT", cameo="18", target=()), nominal=True)
    event = make(
        st, frame, sent, "ASSAULT", "18", (unnamed, 0.55, None), (civilians, 0.55, None), "asserted", 0.55
    )
    return [*events, event] if event["place"] is not None else events


def _told(st: DocState, sent: Span) -> bool:
    """Whether an attack was told before: the list is its toll."""
    return any(d["type"] in VIOLENT_TYPES and d["sent_start"] < sent.start_char for d in st.done)


def _counts(st: DocState, sent: Span) -> list[Token]:
    """The toll words of a list opening the sentence, each right after its bare count."""
    words = st.lex.group("toll_words") | st.lex.group("wounded_words")
    found = [
        t
        for t in sent
        if t.lower_ in words
        and t.i > sent.start
        and t.nbor(-1).like_num
        and (t.i - 1 == sent.start or t.nbor(-2).lower_ in _LINKS)
    ]
    return found if found and found[0].i == sent.start + 1 else []


def _named_cause(st: DocState, sent: Span) -> bool:
    """An accident, a disaster or a game named in the sentence: no attack."""
    causes = st.lex.group("accident_causes") | st.lex.group("sport_words")
    pairs = (f"{a.lower_} {b.lower_}" for a, b in pairwise(sent))  # "gas explosion"
    return any(t.lemma_.lower() in causes or t.lower_ in causes for t in sent) or any(
        p in causes for p in pairs
    )
