"""French sentences of round 31 (issue 14): calls on a broken list of parties, local offices killed,
as exact (actor, type, target, place) rows of sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the infinitive hung on a middle party the parser takes for a bare modifier of the verb
        ("Le Hamas appelle l'Égypte, la Jordanie et le Qatar à agir.",
         {("Hamas", "REQUEST", "Egypt", None), ("Hamas", "REQUEST", "Jordan", None),
          ("Hamas", "REQUEST", "Qatar", None)}),  # each party called on (round 34)
        ("L'opposition malienne appelle l'ONU, l'Union européenne et la France à intervenir.",
         {("Opposition (Mali)", "REQUEST", t, None)
          for t in ("United Nations", "European Union", "France")}),  # each party (round frreal72)
        # a date set off by commas is no party, and the call stands
        ("L'opposition malienne appelle l'ONU, lundi, à intervenir.",
         {("Opposition (Mali)", "REQUEST", "United Nations", None)}),
    ],
)  # fmt: skip
def test_calls_on_a_broken_list(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a local office killed with no holder named stands for the state, as a minister does; the
        # place its complement names is where
        ("Les talibans ont tué le gouverneur de Kandahar.",
         {("Taliban", "FIGHT", "Afghanistan", "Kandahār")}),
        ("Le gouverneur de la province de Kandahar a été tué par les talibans.",
         {("Taliban", "FIGHT", "Afghanistan", "Kandahār")}),
    ],
)  # fmt: skip
def test_local_offices_killed(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site an attack is aimed at, placed by its 'de' complement: the attack's place
        ("Une attaque des talibans contre un hôtel de Kaboul a fait 20 morts.",
         {("Taliban", "FIGHT", None, "Kabul")}),
        ("Les talibans ont attaqué un hôtel de Kaboul.",
         {("Taliban", "FIGHT", None, "Kabul")}),
        # a hyphenated attack noun, as subject or in a relative clause
        ("L'attentat-suicide a tué dix personnes à Kaboul.",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
    ],
)  # fmt: skip
def test_sites_hit(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a conditional the tagger reads as an adjective is a verb again; its ultimatum a threat
        ("Les ravisseurs exécuteraient les otages à moins que le gouvernement italien retire ses soldats.",
         {("Unidentified Armed Group (Italy)", "THREATEN", "Italy", None)}),
    ],
)  # fmt: skip
def test_conditional_ultimatums(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
