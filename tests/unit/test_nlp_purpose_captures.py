"""A capture told as the aim of another act is hypothetical (nlp/modality.py purpose_infinitive):
"une contre-offensive pour reprendre X" says what the army wants, not that X changed hands."""

from __future__ import annotations

import pytest
from unit._extract import NEWS_PUBLISHED, modal_rows
from unit._extract import Modal as Row

pytestmark = pytest.mark.nlp


def _captures(text: str, lang: str) -> set[Row]:
    return modal_rows(text, lang, NEWS_PUBLISHED, only="CAPTURE")


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
