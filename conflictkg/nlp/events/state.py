"""What the event finder knows while it reads one document, and the shapes of what it finds.

One ``DocState`` per document: the finder's functions take it as their first argument, so no
per-document value outlives its document or leaks between the documents of a batch.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NotRequired, TypedDict

from spacy.tokens import Doc, Token

from conflictkg.knowledge.kb import KnowledgeBase
from conflictkg.knowledge.lexicon import Lexicon, Predicate

PLACE_ENTS = frozenset({"LOC", "GPE", "FAC"})
SUBORDINATE_INF = frozenset({"xcomp", "advcl", "acl", "conj", "ccomp"})
_WEAK_TYPES = frozenset({"SUPPORT", "AID", "COOPERATE"})
PURPOSE_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT"})  # what a protest is held for
THREAT_CAMEO = "13"  # CAMEO root of a threat, for THREATEN events the rules make of other readings
PROPERTY_CAMEO = "171"  # seize or damage property: "seized a vehicle", "ont détruit des mausolées"
# the kinds of an armed party (a fight, not an assault, is against one)
FIGHTING_KINDS = frozenset({"armed_group", "militia", "military", "police", "igo", "coalition"})

Actor = tuple[str, float, str | None]  # actor id, confidence, person it was found through


class Mention(TypedDict):
    """An actor mention (from ``nlp/mentions.py``): tokens ``start``..``end`` of the doc."""

    start: int
    end: int
    head: int
    actor: str  # the actor's id
    kind: str  # the actor's kind
    org: str | None  # a person's organisation
    role: str | None
    demonym: bool
    text: str
    discovered: NotRequired[bool]  # the actor was discovered in this document (not in the KB)
    inner: NotRequired[bool]  # inside a larger mention
    anaphor: NotRequired[bool]  # "the militants": maybe the armed group told before


class EventRecord(TypedDict):
    """An event found in a doc; the extractor turns it into an ``Event``."""

    type: str
    cameo: str | None
    actor: str
    via: str | None  # the person the actor was found through
    target: str | None
    modality: str
    pred: int  # the predicate's token index
    pred_text: str
    nominal: bool
    sent_start: int
    sent_end: int
    place: dict[str, Any] | None  # a place reference for the gazetteer
    date_expr: str | None
    confidence: float
    unnamed: NotRequired[bool]  # a capture of territory the text does not name ("took the town")
    venue: NotRequired[bool]  # talks: the place is where they are held, not whose the target is
    unplaced: NotRequired[bool]  # acts a document records: no home-country place by default


class Frame:
    """One predicate occurrence in a sentence."""

    def __init__(self, tok: Token, pred: Predicate, noun: Token | None = None, nominal: bool = False) -> None:
        self.tok = tok
        self.pred = pred
        self.noun = noun  # the object noun of a verb_object entry ("prendre le contrôle")
        self.nominal = nominal


@dataclass
class DocState:
    """The document being read, its actor mentions, and what has been found so far."""

    doc: Doc
    lex: Lexicon
    kb: KnowledgeBase
    mentions: list[Mention]  # sorted by start token
    actors: dict[str, dict[str, Any]]  # id → actor record; generic actors are added while reading
    covered: dict[int, Mention] = field(default_factory=dict)  # token index → its mention
    defaulted: set[int] = field(default_factory=set)  # predicates whose actor is the passive_actor default
    active: set[int] = field(default_factory=set)  # participles that are the sentence's active main verb
    done: list[EventRecord] = field(default_factory=list)  # the events found so far
    claims: list[dict[str, Any]] = field(default_factory=list)  # the control claims found so far
    prev: int | None = None  # start of the previous sentence
    frames: dict[int, Frame] = field(default_factory=dict)  # the current sentence's, by token index
    locatives: dict[int, tuple[int, ...]] = field(default_factory=dict)  # sentence start → locative_nouns

    @classmethod
    def start(
        cls, doc: Doc, lex: Lexicon, kb: KnowledgeBase, mentions: list[Mention],
        actors: dict[str, dict[str, Any]],
    ) -> DocState:  # fmt: skip
        state = cls(doc, lex, kb, sorted(mentions, key=lambda m: m["start"]), actors)
        for m in state.mentions:
            for i in range(m["start"], m["end"]):
                state.covered[i] = m
        return state


# a noun phrase → the place reference it names, if any (the place readers of events/landmarks.py)
PlaceResolver = Callable[[DocState, Token], "dict[str, Any] | None"]
