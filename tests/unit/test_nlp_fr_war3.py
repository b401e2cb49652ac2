"""French war reporting (issue 14): places qualified by a country, territory changing hands and
one-sided violence in wire-style sentences of our own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit.test_nlp_fr_war import rows

pytestmark = pytest.mark.nlp

IRQ_ARMED, MLI_ARMED = "Unidentified Armed Group (Iraq)", "Unidentified Armed Group (Mali)"
Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a nationality adjective keeps a region in its country: Iraqi Kurdistan is not Iran's Kordestān
        ("Une bombe a tué une trentaine de personnes à Erbil, dans le Kurdistan irakien.",
         {(IRQ_ARMED, "ASSAULT", "Civilians (Iraq)", "Erbil")}),
        ("Une voiture piégée a explosé dans le Kurdistan irakien, faisant neuf morts.",
         {(IRQ_ARMED, "ASSAULT", "Civilians (Iraq)", "Iraq")}),
        ("Les troupes françaises se sont retirées de la province afghane de Kapisa.",
         {("French Armed Forces", "RETREAT", None, "Kāpīsā")}),
        # "X, dans le nord de Y": X is the place, the region only says where it lies
        ("Des islamistes ont saccagé des tombeaux à Tombouctou, dans le nord du Mali.",
         {(MLI_ARMED, "FIGHT", None, "Timbuktu")}),
        ("Les insurgés ont attaqué un convoi à Kandahar, dans le sud de l'Afghanistan.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", None, "Kandahār")}),
    ],
)  # fmt: skip
def test_a_country_adjective_or_region_places_the_town(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
