"""A list of names opening a sentence as its subject: in "Le MNLA, Ansar Dine et le Mujao ont attaqué
Gao" the French parser breaks the list, making the first name the root, the verb a relative clause
and a middle name an oblique of it, so the last name alone acts and the middle one becomes its target.
Three noun phrases or more, set off by commas with "et" before the last, right before the verb (only
auxiliaries, clitics or adverbs between), are its subject: one side, the first name the verb's subject
and the others its conjuncts. Run by ``ckg_loose_subjects`` (nlp/loose_subjects.py)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from conflictkg.nlp.apposed_subjects import BEFORE_VERB, NOMINAL

_IN_NAME = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM"})  # words of a bare noun phrase
_MIN_ITEMS = 3


def listed_subjects(doc: Doc) -> None:
    for sent in doc.sents:
        found = _listed(sent)
        if found is not None:
            _rewire(doc, *found)


def _listed(sent: Span) -> tuple[list[Span], list[Token], Token] | None:
    """Each listed phrase, the commas and the coordinator between them, and the verb."""
    doc = sent.doc
    verb = next((t for t in sent if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    while verb.pos_ == "AUX" and verb.i + 1 < sent.end and doc[verb.i + 1].pos_ in BEFORE_VERB | {"VERB"}:
        verb = doc[verb.i + 1]  # past the auxiliaries and clitics to the main verb
    if verb.pos_ != "VERB":
        return None
    first_aux = verb.i
    while first_aux > sent.start and doc[first_aux - 1].pos_ in BEFORE_VERB:
        first_aux -= 1
    phrases: list[Span] = []
    marks: list[Token] = []
    start = sent.start
    for i in range(sent.start, first_aux + 1):
        if i < first_aux and doc[i].text != "," and doc[i].lower_ != "et":
            continue
        if not _bare_phrase(doc[start:i]):
            return None
        phrases.append(doc[start:i])
        if i < first_aux:
            marks.append(doc[i])
        start = i + 1
    if len(phrases) < _MIN_ITEMS or marks[-1].lower_ != "et" or any(m.text != "," for m in marks[:-1]):
        return None
    return phrases, marks, verb


def _bare_phrase(words: Span) -> bool:
    """A noun phrase with no preposition and no clause, which has a noun or a name."""
    return all(t.pos_ in _IN_NAME for t in words) and any(t.pos_ in NOMINAL for t in words)


def _head(phrase: Span) -> Token:
    return next(t for t in phrase if t.pos_ in NOMINAL)


def _rewire(doc: Doc, phrases: list[Span], marks: list[Token], verb: Token) -> None:
    listed = range(phrases[0].start, phrases[-1].end)
    if verb.head.i in listed:
        verb.head, verb.dep_ = verb, "ROOT"
    for t in doc[verb.i + 1 : verb.sent.end]:  # what hung on a listed word after the verb is the verb's
        if t.head.i in listed:
            t.head = verb
    heads = [_head(p) for p in phrases]
    for phrase, head in zip(phrases, heads, strict=True):
        for t in phrase:
            if t.i != head.i and not phrase.start <= t.head.i < phrase.end:
                t.head = head
    heads[0].head, heads[0].dep_ = verb, "nsubj"
    for head, mark in zip(heads[1:], marks, strict=True):
        head.head, head.dep_ = heads[0], "conj"
        mark.head, mark.dep_ = head, "cc" if mark.lower_ == "et" else "punct"
