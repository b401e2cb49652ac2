"""Events placed at the right spot (issue 14, round geo81), in headlines and notes of our own: an act
done on the ground that no other road places takes the place its sentence names outside any locative
phrase ("Mortar shells target Homs city cause casualties": the parser hangs the city on the toll noun),
a name NER misread or missed included when a place noun right after it calls it a place ("Saraqib
city counts its dead"); never where something was said, whence something came, a piece of a longer
name, nor the name a road or a border carries ("on the Kaduna-Abuja highway": between places, at none).
Both sides of one clash share the place."""

from __future__ import annotations

import pytest
from unit._extract import en_news_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a city hung on a toll noun or a verb's object, no preposition before it
        ("Mortar shells target Homs city cause casualties among civilians", "Homs"),
        ("Rocket fire on Idlib city outskirts wounds six people", "Idlib"),
        # a name NER reads as a person or misses, called a place by the noun after it
        ("Al-Mayadin city counts its dead after three days of air raids killed 40 civilians", "Al Mayādīn"),
        ("Khan Shaykhun city mourns 9 civilians killed by the regime shelling", "Khān Shaykhūn"),
        # a district the clause names after the place of the fight
        ("Police killed four Maoists in a shootout in the jungles of Narayanpur district, officials said.",
         "Nārāinpur"),
    ],
)  # fmt: skip
def test_place_named_outside_a_locative(text: str, place: str) -> None:
    assert {r[3] for r in rows(text)} == {place}


def test_both_sides_of_a_clash_share_the_loose_place() -> None:
    got = rows(
        "Four Maoists were killed in an exchange of fire with police in the forests of Sukma district "
        "on Friday."
    )
    assert {r[3] for r in got} == {"Sukma"} and len(got) == 2


@pytest.mark.parametrize(
    "text",
    [
        # where it was said
        "Rebels fought the army overnight, a spokesman said in Damascus",
        # whence: a place a 'from' phrase names, or the city noun a 'from' phrase heads
        "Hundreds of villagers rallied against the burial of a singer after her coffin came from Ankara.",
        "Shelling and clashes go on near the front and kill 3 fighters from Jableh city",
        # a road or a border runs between places: it is at none of them
        "Bandits abducted 12 travellers on the Kaduna-Zaria highway.",
        "Farmers kept up their sit-in at the Tikri border for a third week, a union leader said.",
    ],
)
def test_no_loose_place(text: str) -> None:
    got = rows(text)
    assert got and {r[3] for r in got} == {None}


def test_piece_of_a_longer_name_is_no_loose_place() -> None:
    got = rows("Jets of the coalition pounded Wadi wa ash Shaaf in a night raid, officials said.")
    assert "Shaaf" not in {r[3] for r in got}


@pytest.mark.parametrize(
    ("name", "place"),
    [
        ("Abu Rasin", "Abu Rasin"),  # a Syrian front town, not its Iranian namesake
        ("Zarkan", "Abu Rasin"),
        ("Ithriyah", "Ithriyah"),
        ("al-Dmir", "Aḑ Ḑumayr"),
        ("Reef Dimashq", "Rural Damascus"),
    ],
)
def test_syrian_places_known_with_no_country(name: str, place: str) -> None:
    from conflictkg.knowledge.gazetteer import Gazetteer

    hit = Gazetteer.load().lookup(name, None, "en")
    assert hit is not None and (hit.name, hit.country) == (place, "SYR")


def test_front_town_placed_in_a_headline() -> None:
    got = rows("Turkish drones strike SDF positions near Abu Rasin, killing two fighters")
    assert {r[3] for r in got} == {"Abu Rasin"}


def test_capture_kept_when_its_loose_place_is_unknown() -> None:
    # the unknown village a loose place would be is no reason to drop villages taken with no name
    got = rows("Two days after Umm Khazaf village’s massacre, regime forces control 4 villages north of it")
    assert got == {("Syrian Arab Army", "CAPTURE", None, None)}
