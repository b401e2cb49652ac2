"""Subjects the French parser swallows into a fronted source phrase: in "Selon des sources locales,
des hommes armés ont enlevé vingt femmes" it may hang "des hommes armés" on "sources" as a bare
``nmod``, so the verb has no subject and the abduction is lost. A complement with no preposition of
its own, right after the comma that closes a fronted source phrase (``source_preps_of_report``:
"selon", "d'après") and before a finite verb with no subject, is that verb's subject: it is hung on
the verb (``nsubj:pass`` when the verb is passive). Run by ``ckg_fronted_places``."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.nlp.fronted_subjects import top_word

NOMINAL = frozenset({"NOUN", "PROPN"})
SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj", "expl:subj"})
BARE_DEPS = frozenset({"nmod", "appos", "conj", "dep"})  # how the parser hangs the swallowed subject
PASSIVE_AUX = "aux:pass"


def fronted_sources(doc: Doc, preps: frozenset[str]) -> None:
    """Give back its subject to every verb whose fronted source phrase took it."""
    for tok in doc:
        if tok.dep_ == "case" and _opens_source(tok, preps):
            _repair(doc, tok.head)


def _opens_source(tok: Token, preps: frozenset[str]) -> bool:
    if tok.lower_ in preps:
        return True
    before = tok.doc[tok.i - 1] if tok.i > tok.sent.start else None
    return before is not None and (before.lower_ + tok.lower_).replace("’", "'") in preps


def _repair(doc: Doc, source: Token) -> None:
    verb = source.head
    if not source.dep_.startswith("obl") or verb.pos_ not in ("VERB", "AUX") or verb.i < source.i:
        return
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return
    comma = next((t for t in reversed(doc[source.i : verb.i]) if t.text == ","), None)
    if comma is None or comma.i + 1 >= verb.i:
        return
    end = next(t.i for t in doc[comma.i + 1 : verb.i + 1] if t.i == verb.i or t.head.i == verb.i)
    noun = top_word(doc, comma.i + 1, end)  # up to the verb's auxiliaries and clitics
    if noun is None or noun.pos_ not in NOMINAL or noun.dep_ not in BARE_DEPS:
        return
    if any(c.dep_ == "case" for c in noun.children) or not _under(noun, source):
        return
    noun.head = verb
    noun.dep_ = "nsubj:pass" if any(c.dep_ == PASSIVE_AUX for c in verb.children) else "nsubj"


def _under(noun: Token, source: Token) -> bool:
    return any(a.i == source.i for a in noun.ancestors)
