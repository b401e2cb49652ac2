"""``lexicon_gaps``: predicates of sentences with an actor or a place but no event, on invented text."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.nlp


def _gaps(texts: list[str], lang: str, top: int = 20) -> set[tuple[str, str, str, int, str | None]]:
    try:
        from conflictkg.nlp.gaps import lexicon_gaps
    except ImportError:  # before the package move
        from conflictkg.nlp.gaps import lexicon_gaps
    return {(g.lemma, g.kind, g.frame, g.count, g.known) for g in lexicon_gaps(texts, lang, top)}


def test_french_verbs_reflexives_and_prepositional_nouns() -> None:
    texts = [
        "L'armée malienne a survolé Gao.",
        "L'armée malienne a survolé Kidal hier.",
        "Les rebelles se sont installés à Kidal.",
        "Le boycott contre Israël s'est poursuivi.",
        "Les rebelles ont attaqué Gao.",  # an event: no gap
        "Il pleut.",  # no actor, no place: no gap
    ]
    assert _gaps(texts, "fr") == {
        ("survoler", "verb", "survoler", 2, None),
        ("installer", "verb", "s'installer", 1, None),
        ("boycott", "noun", "boycott contre", 1, None),
        ("poursuivre", "verb", "se poursuivre", 1, "FIGHT"),  # known, but a boycott is no fight
    }


def test_english_gaps_skip_events_and_reporting_verbs() -> None:
    texts = [
        "Hamas mocked Israel.",
        "The Taliban mocked the government in Kabul.",
        "Hamas opened fire on Israeli soldiers.",  # an event: no gap
        "The boycott against Israel continued in Paris.",
        "Hamas said nothing.",  # a reporting verb alone: left out
        "It rained.",
    ]
    assert _gaps(texts, "en") == {
        ("mock", "verb", "mock", 2, None),
        ("boycott", "noun", "boycott against", 1, None),
        ("continue", "verb", "continue", 1, None),
    }


def test_top_keeps_the_most_frequent_with_an_example() -> None:
    from conflictkg.nlp.gaps import lexicon_gaps

    texts = ["Hamas mocked Israel.", "The Taliban mocked the government in Kabul.", "Hamas praised nobody."]
    (gap,) = lexicon_gaps(texts, "en", top=1)
    assert (gap.frame, gap.count, gap.example) == ("mock", 2, "Hamas mocked Israel.")
