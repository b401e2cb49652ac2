"""The winner of an election named by what he became ("céder le pouvoir au nouveau président",
"le président élu"): a definite phrase of ``winner_phrases`` with no name is the person the article
told was elected before it, the passive subject of an ``election_verbs`` verb ("Mohamed Morsi a été
élu président"). With no such person, or two different ones, it names no one."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

_DEFINITE = ("le", "la", "l'", "l’", "au", "du")


def elected_winners(
    finder: Any, doc: Doc, mentions: list[dict[str, Any]], covered: dict[int, int], add: Any
) -> None:
    """Add the elected person as the actor of each winner phrase after his election."""
    phrases = [p.split() for p in finder.lex.group("winner_phrases")]
    verbs = finder.lex.group("election_verbs")
    elected = [m for m in mentions if m["kind"] == "person" and _elected(doc[m["head"]], verbs)]
    if len({m["actor"] for m in elected}) != 1:
        return
    first = elected[0]
    entry = finder.kb.get(first["actor"]) or finder.kb.discover(first["text"], kind="person")
    for t in doc:
        if t.i > first["end"] and t.i not in covered and (span := _phrase(t, phrases)) is not None:
            add(span, t, entry)


def _elected(t: Token, verbs: frozenset[str]) -> bool:
    return t.dep_ == "nsubj:pass" and t.head.lemma_.lower() in verbs


def _phrase(t: Token, phrases: list[list[str]]) -> list[Token] | None:
    """The winner phrase whose noun is ``t``, after a definite article ("au nouveau président")."""
    if t.pos_ != "NOUN":
        return None
    for words in phrases:
        for k, w in enumerate(words):
            start = t.i - k
            span = list(t.doc[max(0, start) : start + len(words)])
            if start < 1 or len(span) != len(words) or w not in (t.lower_, t.lemma_.lower()):
                continue
            same = all(w2 in (x.lower_, x.lemma_.lower()) for w2, x in zip(words, span, strict=True))
            if same and t.doc[start - 1].lower_ in _DEFINITE:
                return span
    return None
