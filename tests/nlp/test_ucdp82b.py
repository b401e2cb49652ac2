"""English SOHR-style headlines, round ucdp82b (issue 14): the government's camp told by an
allegiance adjective ("gunmen loyal to the regime", "militiamen loyal to the government") is the
state's forces, as "pro-government militias" are; a government a mention names stays that mention's;
"Turkey-backed" and "Ankara-backed" militants are the Syrian National Army, as the KB names them;
a fight resumed "in the countryside of X between A and B" is fought by A and B."""

from __future__ import annotations

import pytest
from unit._extract import rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

SAA = "Syrian Arab Army"
SNA = "Syrian National Army"
PUBLISHED = "2017-05-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The forces loyal to the regime capture a hill near Tadmur",
         {(SAA, "CAPTURE", None, "hill near Tadmur")}),
        ("Militiamen loyal to the government shell a village near Tafas", {(SAA, "FIGHT", None, "Ţafas")}),
        ("Clashes erupt near Tadmur between IS and the gunmen loyal to the regime",
         {("Islamic State", "FIGHT", SAA, "Tadmur"), (SAA, "FIGHT", "Islamic State", "Tadmur")}),
    ],
)  # fmt: skip
def test_loyal_to_the_government(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a government some mention names is that mention's, not the bare government's camp
        ("Forces loyal to the Assad regime shell a village near Tafas", {("Syria", "FIGHT", None, "Ţafas")}),
    ],
)  # fmt: skip
def test_named_government_stays_its_mention(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Turkey-backed militants attack a checkpoint of the SDF near Ain Issa",
        "Ankara-backed militants attack a checkpoint of the SDF near Ain Issa",
    ],
)
def test_turkish_backed_militants_are_the_sna(text: str) -> None:
    assert (SNA, "FIGHT", "Syrian Democratic Forces", "‘Ayn ‘Īsá") in rows(text, "en", PUBLISHED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the sides deep in the place of the verb the fight noun is the subject of
        ("Clashes continue in the town of Tafas between ISIS and Jaysh al-Islam",
         {("Islamic State", "FIGHT", "Jaysh al-Islam", "Ţafas"),
          ("Jaysh al-Islam", "FIGHT", "Islamic State", "Ţafas")}),
        ("Clashes continue in the northern farmlands of Hama between government troops and the rebels",
         {(SAA, "FIGHT", "Unidentified Armed Group (Syria)", "Ḩamāh"),
          ("Unidentified Armed Group (Syria)", "FIGHT", SAA, "Ḩamāh")}),
        ("Heavy fighting erupts in the village of Tafas between ISIS militants and the rebels",
         {("Islamic State", "FIGHT", "Unidentified Armed Group (Syria)", "Ţafas"),
          ("Unidentified Armed Group (Syria)", "FIGHT", "Islamic State", "Ţafas")}),
        # places on both sides of "between" are no sides
        ("Clashes continue in the town of Tafas near the road between Daraa and Nawa",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Ţafas")}),
    ],
)  # fmt: skip
def test_sides_inside_the_place_of_a_resumed_fight(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected
