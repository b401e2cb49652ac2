"""A past participle opening the sentence, set off by a comma ("Tués par balles, trois soldats ont été
retrouvés ...", "Enlevés en avril, les otages ..."): the parser makes the participle the root of the
sentence and hangs the main clause on it, so the clause's verb has no governor an event is read from
and the participle no noun to qualify.

The ``ckg_fronted_participles`` component (after the parser) gives the sentence its main verb back:
the first verb after the comma with a subject of its own after the comma becomes the root, and the
participle qualifies that subject as an adnominal clause, as it does when it follows the noun ("trois
soldats, tués par balles, ont été ..."). What the participle governed after the comma is the main
verb's. It also gives a participle set off after a person's name back to that name
(nlp/apposed_participles.py)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from conflictkg.nlp.apposed_participles import apposed_to_names

_SUBJ = frozenset({"nsubj", "nsubj:pass"})


def fronted_participles() -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        for sent in list(doc.sents):
            _repair(sent)
            apposed_to_names(sent)
        return doc

    return component


def _repair(sent: Span) -> None:
    part = sent[0]
    if part.pos_ != "VERB" or "Part" not in part.morph.get("VerbForm", []):
        return
    if "Past" not in part.morph.get("Tense", []) or part.dep_ == "acl":
        return
    comma = next((t for t in sent if t.text == "," and t.i > part.i), None)
    if comma is None:
        return
    if part.dep_ != "ROOT":  # hung on the main verb as an oblique or a clause: "Enlevés par X, ..."
        held = _subject(part.head, comma) if part.head.i > comma.i else None
        if held is not None:
            part.head, part.dep_ = held, "acl"
        return
    main = next((t for t in sent if t.i > comma.i and t.pos_ in ("VERB", "AUX") and _subject(t, comma)), None)
    if main is None or main.head != part:
        return
    subj = _subject(main, comma)
    assert subj is not None
    rest = [c for c in part.children if c.i > comma.i and c != main]
    main.head, main.dep_ = main, "ROOT"
    part.head, part.dep_ = subj, "acl"
    for c in rest:
        c.head = main


def _subject(verb: Token, comma: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJ and c.left_edge.i > comma.i), None)
