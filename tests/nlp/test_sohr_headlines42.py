"""UCDP GED headlines (issue 14, round 42): the eval's pure functions, and English monitor-style
headlines of our own as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest

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
