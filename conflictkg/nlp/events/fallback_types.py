"""The classifier's type for a sentence the rules found no predicate in (nlp/event_types.py), unless
its subject is a court: "The Supreme Court upheld the tax demand against a telecom company", "the
High Court quashed the order against X". A court's ruling is told with verbs no lexicon knows
("upheld", "quashed", "stayed"), and the bag of words of its dispute ("demand", "against") reads as
a protest or an attack; a court (``court_nouns``, the head of the root's subject) does neither.
Nor does a sentence about a game (a word of ``sport_words`` or ``sport_player_nouns``, no name): "India's
batsmen struck three centuries ..., and the visitors lodged a protest with the match referee", whose
rules found only a game (round protest82). Nor a sentence whose main verb, or the verb it governs
("will continue to support"), is a lexicon verb of another type that the rules read and left
without an event: "We will continue to support their efforts against Daesh" is no protest (round
enreal83). Nor is a protest a statement (a sentence whose main verb is a ``reporting`` verb) with no
word of conflict at all: no lexicon verb or noun of a violent or protest type, no group noun of the
generic classes ("the envoy announced money to restore the old palace"; round engold88).
Other sentences need no such word ("They also used clubs, knives and crowbars": a riot), nor does a
violent type ("the OSCE observed 24 shots involving small arms near X": a fight)."""

from __future__ import annotations

from spacy.tokens import Span

from conflictkg.nlp.event_types import sentence_type
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import SUBJ


def fallback_type(st: DocState, sent: Span) -> tuple[str, float] | None:
    """The classifier's confident type for ``sent``, or None when a court is its subject."""
    subj = next((c for c in sent.root.children if c.dep_ in SUBJ), None)
    if subj is not None and subj.lemma_.lower() in st.lex.group("court_nouns"):
        return None
    game = st.lex.group("sport_words") | st.lex.group("sport_player_nouns")
    if any(t.lemma_.lower() in game and t.pos_ != "PROPN" for t in sent):
        return None
    typed = sentence_type(sent)
    statement = sent.root.lemma_.lower() in st.lex.group("reporting")
    if typed is not None and typed[0] == "PROTEST" and statement and not _conflict_word(st, sent):
        return None
    main = [sent.root, *(c for c in sent.root.children if c.dep_ == "xcomp")]
    # a verb-and-noun entry ("lodged a protest with X": ACCUSE) leaves the noun's own sense to the classifier
    known = {st.frames[t.i].pred.type for t in main if t.i in st.frames and st.frames[t.i].noun is None}
    # one family: the classifier's ASSAULT agrees with a FIGHT verb, its FIGHT with a capture verb the
    # rules left without an event ("captured 2 operatives": people, no place taken)
    violent = {"FIGHT", "ASSAULT", "CAPTURE", "COERCE"}
    if typed is not None and known and typed[0] not in known and not {typed[0], *known} <= violent:
        return None
    return typed


CONFLICT_TYPES = frozenset({"FIGHT", "ASSAULT", "CAPTURE", "COERCE", "PROTEST"})


def _conflict_word(st: DocState, sent: Span) -> bool:
    """Whether a word of ``sent`` is a lexicon verb or noun of a conflict type, or a generic group noun."""
    lex = st.lex
    for t in sent:
        lemma = t.lemma_.lower()
        pred = lex.verbs.get(lemma) or lex.nouns.get(lemma)
        group = lemma in lex.generic and t.pos_ == "NOUN"  # not "the National Museum"
        if (pred is not None and pred.type in CONFLICT_TYPES) or group:
            return True
    return False
