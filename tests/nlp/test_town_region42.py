"""A town named with its region wins over a state whose longer name holds the town's name (issue 14,
places): "in Salvador, Bahia" is the Brazilian city, not El Salvador, while "Salvador" alone and
"San Salvador" keep their readings."""

from __future__ import annotations

import pytest
from unit._extract import facts

pytestmark = pytest.mark.nlp


Row = tuple[str, str | None, str | None, str | None]


def _placed(text: str) -> set[Row]:
    f = facts(text, "en")
    actors = {a.id: a.name for a in f.actors}
    places = {p.id: (p.name, p.country) for p in f.locations}
    return {(e.type, actors.get(e.actor_id), *places.get(e.location_id, (None, None))) for e in f.events}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters marched in Salvador, Bahia, on Monday.",
         {("PROTEST", "Protesters (Brazil)", "Salvador", "BRA")}),
        ("Protesters marched in San Salvador on Monday.",
         {("PROTEST", "Protesters (El Salvador)", "San Salvador", "SLV")}),
        ("Protesters marched in Salvador on Monday.",
         {("PROTEST", "Protesters (El Salvador)", "El Salvador", "SLV")}),
    ],
)  # fmt: skip
def test_town_with_its_region(text: str, expected: set[Row]) -> None:
    assert _placed(text) == expected
