"""UCDP GED headlines (issue 14, round 42): the eval's pure functions, and English monitor-style
headlines of our own as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

from conflictkg.model import Actor
from eval.ucdp_headlines import actor_fits, fitting_types, group_rows, load_names, side_names, split_headlines

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


def test_a_cell_splits_into_its_headlines() -> None:
    assert split_headlines('Raids on a town; "Shelling goes on" ; ;') == [
        "Raids on a town",
        "Shelling goes on",
    ]
    assert split_headlines("") == []


def test_one_headline_gathers_its_rows_once() -> None:
    r1 = {"id": "1", "source_headline": "A;B"}
    r2 = {"id": "2", "source_headline": "B"}
    assert group_rows([r1, r2, r1]) == {"A": [r1], "B": [r1, r2]}


def test_ucdp_names_map_to_ours() -> None:
    names = load_names()
    assert side_names("Government of Syria", names) >= {"military forces of syria", "syrian arab army"}
    insurgents = side_names("Syrian insurgents", names)
    assert {"rebel groups syria", "unidentified armed group syria"} <= insurgents
    # a side lists its groups with ", "; an unlisted group matches our actor of that name
    assert side_names("Ahrar al-Sham, SDF", names) == side_names("Ahrar al-Sham", names) | side_names(
        "SDF", names
    )
    assert actor_fits(Actor(id="a", name="Syrian Democratic Forces"), side_names("SDF", names))
    assert actor_fits(
        Actor(id="b", name="X", aliases=["Jaysh al-Islam"]), side_names("Jaysh al-Islam", names)
    )
    assert not actor_fits(Actor(id="c", name="Islamic State"), side_names("SDF", names))
    assert not actor_fits(None, side_names("SDF", names))


def test_fitting_types_follow_the_kind_of_violence() -> None:
    assert fitting_types([{"type_of_violence": "3"}]) == {"ASSAULT"}
    assert fitting_types([{"type_of_violence": "1"}, {"type_of_violence": "3"}]) == {
        "FIGHT",
        "ASSAULT",
        "CAPTURE",
    }


UAG_SYR = "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces advancing somewhere, or over someone, fight there
        ("Government troops advanced in the countryside of Hama.",
         {("Syrian Arab Army", "FIGHT", None, "Ḩamāh")}),
        ("Kurdish fighters advanced over the Islamic State near Kobani.",
         {("Syrian Democratic Forces", "FIGHT", "Islamic State", "‘Ayn al ‘Arab")}),  # case81
        # the controller's subject of "continue advancing" is the force
        ("The militants continue advancing on Mosul.",
         {("Unidentified Armed Group (Iraq)", "FIGHT", None, "Mosul")}),
        # the noun: its actor after "for" or "by", or the subject of a light verb ("achieve")
        ("New advances for the rebels in the Idlib countryside.", {(UAG_SYR, "FIGHT", None, "Idlib")}),
        ("The army achieved a new advancement near Homs.", {("Syrian Arab Army", "FIGHT", None, "Homs")}),
        # no force, no advance: money, prices, talks; nor does anyone but a force arrive
        ("The board paid the fees in advance.", set()),
        ("Oil prices advanced in Baghdad on Monday.", set()),
        ("The minister hopes to advance the talks in Geneva.", set()),
        ("Farmers continue arriving in Aleppo.", set()),
        # an advance told with no place is no fight of its own
        ("Villagers left the valley as the militants advanced.", set()),
    ],
)  # fmt: skip
def test_forces_advance(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verbless headline opening on "shelling" (tagged as a gerund) is the shelling noun
        ("Heavy shelling on Aleppo.", {(UAG_SYR, "FIGHT", None, "Aleppo")}),
        ("Intense shelling on the town of Douma.", {(UAG_SYR, "FIGHT", None, "Dūmā")}),
        # a gerund clause before its sentence's subject stays the subject's act
        ("Shelling the village, the soldiers killed two rebels.",
         {("Military Forces", "FIGHT", "Unidentified Armed Group", None),
          ("Military Forces", "FIGHT", None, None)}),
    ],
)  # fmt: skip
def test_headline_shelling(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
