"""A capture told as the aim of another act is hypothetical (nlp/modality.py purpose_infinitive):
"une contre-offensive pour reprendre X" says what the army wants, not that X changed hands."""

from __future__ import annotations

import pytest

from conflictkg.model import ArticleFacts

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str]


def _captures(text: str, lang: str) -> set[Row]:
    from conflictkg.nlp.extractor import NLPExtractor
    from conflictkg.sources.documents import RawDocument

    doc = RawDocument(origin="t.txt", text=text, published="2012-10-16", language=lang)
    (facts,) = list(NLPExtractor().extract([doc]))
    assert isinstance(facts, ArticleFacts)
    names = {a.id: a.name for a in facts.actors}
    places = {loc.id: loc.name for loc in facts.locations}
    return {
        (names[e.actor_id], e.type, places.get(e.location_id or ""), e.modality)
        for e in facts.events
        if e.type == "CAPTURE"
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("L'armée malienne a lancé une contre-offensive pour reprendre Konna.", "fr",
         {("Malian Armed Forces", "CAPTURE", "Konna", "hypothetical")}),
        ("The army launched an offensive to retake Konna.", "en",
         {("Malian Armed Forces", "CAPTURE", "Konna", "hypothetical")}),
        # done, not aimed at: asserted
        ("The army managed to retake Konna from the rebels.", "en",
         {("Malian Armed Forces", "CAPTURE", "Konna", "asserted")}),
        ("Samedi, les soldats maliens ont repris Konna aux islamistes.", "fr",
         {("Malian Armed Forces", "CAPTURE", "Konna", "asserted")}),
    ],
)  # fmt: skip
def test_a_capture_aimed_at_is_hypothetical(text: str, lang: str, expected: set[Row]) -> None:
    assert _captures(text, lang) == expected
