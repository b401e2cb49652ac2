"""Known misses of the English batteries (issue 14, round casemiss86): general rules for families of
them, each with the battery sentence (moved from KNOWN_MISSES into its file's BATTERY), a second sentence
of our own and a near sentence the rule must not fire on. This round's family: places.

- Waters that border several countries are curated places of no country ("Red Sea", "Lake Chad":
  data/places/curated.toml): a place, and no sign of a country (knowledge/gazetteer.py
  ``countries_of_name``); "the Red Sea" no longer makes Sudan the article's country through its Red Sea
  state.
- A first-level subdivision with no namesake town is placed at its centre (admin_centres.tsv: Sabah,
  Sarawak), so a town bearing its name only as another ("Sabak Bernam", also "Sabah") is not meant.
- "X in Y state", "X, Y": a town found inside the region named with it stays, however far it lies from
  the region's centre (knowledge/near_places.py); it is no longer traded for a smaller namesake nearer
  that centre.
- "in Kabul's Shakardara district": a place noun's possessive names the place the named unit lies in, the
  event's place when the gazetteer lacks the unit (nlp/events/place_containers.py); it is no finer place
  (nlp/region_towns.py): a known district stays.
- A reporting verb after the act with two subjects ("Soldiers raped a dozen women ..., the United Nations
  said in a report": the parser makes "women" a subject of "said"): the first is the act's object, the
  act the reporting verb's clause (nlp/trailing_speakers.py, from nlp/town_adjectives.retag_words)."""

from __future__ import annotations

import pytest
from unit._extract import Row, facts
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

IAG_AF = "Unidentified Armed Group (Afghanistan)"
SSPDF = "South Sudan People's Defence Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the battery sentences (case85, case82)
        ("American and British warplanes struck Houthi targets around the port city of Hodeidah overnight. "
         "The rebels, who have attacked shipping in the Red Sea since November, vowed to retaliate.",
         {("Military Forces of the United Kingdom", "FIGHT", "Houthis", "Al Ḩudaydah"),
          ("Military Forces of the United States", "FIGHT", "Houthis", "Al Ḩudaydah")}),
        ("The Islamic State West Africa Province has set up a new base on the islands of Lake Chad, Borno "
         "state governor Babagana Zulum told journalists.",
         {("Islamic State West Africa Province", "MOBILIZE", None, "Lake Chad")}),
        # a second sentence of our own
        ("Houthi drones struck the port of Hodeidah on Tuesday, a week after the group seized a cargo ship "
         "in the Red Sea.",
         {("Houthis", "FIGHT", None, "Al Ḩudaydah")}),
        ("Jihadists attacked an army post on an island of Lake Chad, killing five soldiers.",
         {("Unidentified Armed Group (Chad)", "FIGHT", "Chadian Armed Forces", "Lake Chad")}),
        # near: Sudan's Red Sea state, named with its kind, is still Sudan's
        ("Police fired tear gas at protesters in the capital of Red Sea state on Monday.",
         {("Police Forces of Sudan", "COERCE", "Protesters (Sudan)", "Red Sea"),
          ("Protesters (Sudan)", "PROTEST", None, "Red Sea")}),
    ],
)  # fmt: skip
def test_shared_waters(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the battery sentences (case82, case85)
        ("Abu Sayyaf militants kidnapped three Indonesian fishermen off the coast of Sabah, a Philippine "
         "military spokesman said.",
         {("Abu Sayyaf", "ASSAULT", "Civilians (Indonesia)", "Sabah")}),
        ("Abu Sayyaf gunmen, who have for decades financed themselves through kidnapping for ransom, seized "
         "three Indonesian fishermen off the coast of Sabah, the Malaysian police said.",
         {("Abu Sayyaf", "ASSAULT", "Civilians (Indonesia)", "Sabah")}),
        # a second sentence of our own
        ("Militants raided a seaside resort in Sabah on Sunday and seized two tourists.",
         {("Unidentified Armed Group (Malaysia)", "ASSAULT", "Civilians (Malaysia)", "Sabah")}),
        # near: the town named by its own name stays the town
        ("Police arrested three men in Sabak Bernam on Sunday.",
         {("Police Forces of Malaysia", "COERCE", "Civilians (Malaysia)", "Sabak Bernam")}),
    ],
)  # fmt: skip
def test_states_with_no_namesake_town(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def _places(text: str) -> set[tuple[str, int | None]]:
    return {(loc.name, loc.geonames_id) for loc in facts(text, "en").locations}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the battery sentence (case83): Taxco de Alarcón, the town of Guerrero, not Taxco el Viejo
        ("An angry crowd burned alive a man suspected of kidnapping a child in the town of Taxco in Guerrero "
         "state, the state prosecutor said.",
         {("Taxco de Alarcón", 3516225)}),
        # a second sentence of our own: the town of Petatlán (21,659), not the hamlet (888) of that name
        ("Gunmen killed three police officers in Petatlán, Guerrero, on Monday.", {("Petatlán", 3992842)}),
        # near: the Taxco of Tabasco, the one inside the state named, not Guerrero's bigger town
        ("An angry crowd beat to death a suspected thief in the town of Taxco in Tabasco state, police said.",
         {("Taxco", 8858716)}),
    ],
)  # fmt: skip
def test_towns_inside_the_region_named(text: str, expected: set[tuple[str, int | None]]) -> None:
    assert _places(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the battery sentence (case81)
        ("Worshippers leaving Friday prayers at a mosque in Kabul's Shakardara district were attacked by "
         "armed men, a Taliban spokesman said.",
         {(IAG_AF, "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
        # a second sentence of our own
        ("Gunmen killed three policemen in Kandahar's Qalacha district on Monday.",
         {(IAG_AF, "FIGHT", "Police Forces of Afghanistan", "Kandahār")}),
        # near: a district the gazetteer knows is the place, not the province that owns it
        ("Gunmen killed three policemen in Kandahar's Zhari district on Monday.",
         {(IAG_AF, "FIGHT", "Police Forces of Afghanistan", "Zhari")}),
        ("Gunmen attacked a mosque in Ghazni's Andar district.", {(IAG_AF, "FIGHT", None, "Andar")}),
    ],
)  # fmt: skip
def test_districts_of_a_possessive_place(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the battery sentence (case82): "women" read as a subject of "said"
        ("Soldiers raped at least a dozen women in a village near Bentiu, the United Nations Mission in "
         "South Sudan said in a report.",
         {(SSPDF, "ASSAULT", "Civilians (South Sudan)", "Bentiu")}),
        # a second sentence of our own: "said" the root, "killed" its clause, "women" again its subject
        ("Soldiers killed at least a dozen women in a village near Bentiu, the United Nations said in a "
         "report.",
         {(SSPDF, "ASSAULT", "Civilians (South Sudan)", "Bentiu")}),
        # near: an act with no object before the speaker keeps its reading
        ("The army withdrew from the town near Bentiu, the governor said in a statement.",
         {(SSPDF, "RETREAT", None, "town near Bentiu")}),
    ],
)  # fmt: skip
def test_objects_read_as_the_speakers_subjects(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
