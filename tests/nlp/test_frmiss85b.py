"""Round frmiss85b (issue 14): relief goods an aid verb sends to a place ("l'ONU a acheminé de l'aide
humanitaire vers Gaza", "a envoyé un convoi humanitaire à Alep", "une vingtaine de camions d'aide
vers Rafah") help the civilians there (fr.json ``sent_aid_nouns``, ``aid_destination_preps``;
nlp/events/sent_aid.py); 'acheminer' such goods is an AID (verb_object). Reinforcements sent, or aid
sent nowhere named, stay no event.
"""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

CASES: list[tuple[str, set[Row]]] = [
    # the brief's miss: aid sent towards a place
    (
        "L'ONU a acheminé de l'aide humanitaire vers Gaza.",
        {("United Nations", "AID", "Civilians (Palestine)", "Gaza")},
    ),
    # ours: a humanitarian convoy sent, and trucks of aid counted
    (
        "La France a envoyé un convoi humanitaire à Alep.",
        {("France", "AID", "Civilians (Syria)", "Aleppo")},
    ),
    (
        "Gaza : l'Égypte a acheminé jeudi une vingtaine de camions d'aide vers Rafah.",
        {("Egypt", "AID", "Civilians (Palestine)", "Rafaḩ")},
    ),
    # a receiver named is the one helped
    (
        "Mali : l'ONU a acheminé de l'aide aux déplacés de Gao.",
        {("United Nations", "AID", "Civilians (Mali)", "Gao")},
    ),
    # near: reinforcements or bare trucks sent, aid sent nowhere named, arms sent to a town
    ("RDC : l'armée a acheminé des renforts vers Goma.", set()),
    ("Syrie : la Turquie a envoyé des camions vers Alep.", set()),
    ("L'ONU a acheminé de l'aide humanitaire.", set()),
    ("Syrie : la Russie a envoyé des armes à Alep.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rows(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
