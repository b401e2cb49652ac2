"""French recall (issue 14), round 22, on sentences of our own: an unnamed attacker scoped by the
place of the attack when the text names no country; exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit.test_nlp_fr_war import Row, rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no country anywhere: the town where the massacre happened gives the unnamed group's
        ("Un massacre a fait cent morts à Houla.",
         {("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "Kafr Lāhā")}),
        ("Une explosion a fait douze morts à Gao.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Gao")}),
        ("Une tuerie a coûté la vie à huit villageois près de Kandahar.",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Kandahār")}),
        # no place and no country: nothing to scope a removal from office by
        ("Le président a été destitué par le Parlement.", set()),
    ],
)  # fmt: skip
def test_unnamed_attacker_takes_the_country_of_its_place(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
