"""Leftovers of the case84 battery (issue 14, round casemiss84b): general rules for known misses, each
with the battery sentence (moved into tests/nlp/test_case84.py's battery), a second sentence of our own
and near sentences the rule must not fire on.

- A civilian building a foreign state's demonym names (``named_civil_site_nouns``: "the Saudi hospital in
  El Fasher", "the Turkish school in Mogadishu"), hit in another country the article is about, is a
  building there, not that state hit (nlp/events/named_sites.py); the article's own state's building
  ("a Ukrainian hospital in Kharkiv") and a state's own facility ("a Saudi oil facility") stay the
  state's."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

RSF = "Rapid Support Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the battery sentence (case84)
            "A drone attack blamed on the Rapid Support Forces hit the Saudi hospital in El Fasher, killing "
            "nine patients, the World Health Organization said.",
            {(RSF, "ASSAULT", "Civilians (Sudan)", "El Fasher"), (RSF, "FIGHT", None, "El Fasher")},
        ),
        (  # a second sentence of our own
            "Al-Shabaab fighters attacked the Turkish school in Mogadishu, killing two teachers.",
            {
                ("Al-Shabaab", "ASSAULT", "Civilians (Somalia)", "Mogadishu"),
                ("Al-Shabaab", "FIGHT", None, "Mogadishu"),
            },
        ),
        (  # near: the article's own state's hospital stays the state's
            "Russian missiles hit a Ukrainian hospital in Kharkiv.",
            {("Russia", "FIGHT", "Ukraine", "Kharkiv")},
        ),
        (  # near: a state's own facility is no civilian building
            "Houthi drones struck a Saudi oil facility in Abqaiq.",
            {("Houthis", "FIGHT", "Saudi Arabia", "Abqaiq")},
        ),
    ],
)
def test_foreign_named_sites(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
