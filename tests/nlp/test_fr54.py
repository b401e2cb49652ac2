"""French news shapes (issue 14), round 54, in sentences of our own: a list of names as one subject,
a capital attacked, a town plundered."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
MNLA = "National Movement for the Liberation of Azawad"
MUJAO = "Movement for Unity and Jihad in West Africa"
AQIM = "Al-Qaeda in the Islamic Maghreb"
REBELS_MALI = "Unidentified Armed Group (Mali)"
REBELS_NIGER = "Unidentified Armed Group (Niger)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # three names or more, commas and "et", before the verb: one side, none the other's target
        ("Le MNLA, Ansar Dine et le Mujao ont attaqué Gao.",
         {(MNLA, "FIGHT", None, "Gao"), ("Ansar Dine", "FIGHT", None, "Gao"), (MUJAO, "FIGHT", None, "Gao")}),
        ("Le MNLA, Ansar Dine et AQMI ont attaqué l'armée malienne à Tombouctou.",
         {(MNLA, "FIGHT", "Malian Armed Forces", "Timbuktu"),
          ("Ansar Dine", "FIGHT", "Malian Armed Forces", "Timbuktu"),
          (AQIM, "FIGHT", "Malian Armed Forces", "Timbuktu"),
          # one side: each cooperates with the others (nlp/events/joint_sides.py, as in English)
          (MNLA, "COOPERATE", "Ansar Dine", "Timbuktu"), (MNLA, "COOPERATE", AQIM, "Timbuktu"),
          ("Ansar Dine", "COOPERATE", AQIM, "Timbuktu")}),
    ],
)  # fmt: skip
def test_listed_subjects(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same names listed as the object stay the targets of the one subject
        ("Le MNLA a attaqué Ansar Dine, AQMI et le Mujao à Gao.",
         {(MNLA, "FIGHT", "Ansar Dine", "Gao"), (MNLA, "FIGHT", AQIM, "Gao"), (MNLA, "FIGHT", MUJAO, "Gao")}),
        # a name with a phrase set off by commas is no list
        ("Le MNLA, un groupe rebelle touareg, a pris la ville de Ménaka.",
         {(MNLA, "CAPTURE", None, "Ménaka")}),
    ],
)  # fmt: skip
def test_listed_subjects_left(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital attacked is the place, as any town attacked, not its state as the target
        ("Les rebelles ont attaqué Niamey.", {(REBELS_NIGER, "FIGHT", None, "Niamey")}),
        ("Boko Haram a attaqué Niamey.", {("Boko Haram", "FIGHT", None, "Niamey")}),
        ("Des jihadistes ont bombardé Bamako.", {(REBELS_MALI, "FIGHT", None, "Bamako")}),
    ],
)  # fmt: skip
def test_capital_attacked(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the forces named in the capital stay the target
        ("Les rebelles ont attaqué l'armée nigérienne à Niamey.",
         {(REBELS_NIGER, "FIGHT", "Niger Armed Forces", "Niamey")}),
        # a capital only threatened with an attack stands for its state
        ("Boko Haram a menacé d'attaquer Niamey.", {("Boko Haram", "THREATEN", "Niger", None)}),
        # a capital accused still stands for its state
        ("Le Mali a accusé Niamey de soutenir les rebelles.", {("Mali", "ACCUSE", "Niger", None)}),
    ],
)  # fmt: skip
def test_capital_attacked_left(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town plundered is where the plundering happened
        ("Les rebelles ont pillé Gao.", {(REBELS_MALI, "COERCE", None, "Gao")}),
        ("Des rebelles ont saccagé Kidal.", {(REBELS_MALI, "FIGHT", None, "Kidal")}),
        # goods plundered name no place
        ("Les rebelles ont pillé des vivres.", {("Unidentified Armed Group", "COERCE", None, None)}),
    ],
)  # fmt: skip
def test_looted_towns(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # who orders an arrest is its actor, the one arrested its target
        ("Le procureur de Bamako a ordonné l'arrestation de Moussa Traoré.",
         {("Judiciary of Mali", "COERCE", "Moussa Traoré", None)}),
        ("Le parquet a ordonné l'arrestation du journaliste Moussa Traoré.",
         {("Judiciary", "COERCE", "Moussa Traoré", None)}),
        # an arrest told with no one ordering it stays the police's
        ("La police a arrêté Moussa Traoré à Bamako.",
         {("Police Forces of Mali", "COERCE", "Moussa Traoré", "Bamako")}),
    ],
)  # fmt: skip
def test_ordered_arrests(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym the recognizer misses, typed by its apposed armed group noun, is the attacker
        ("Le MPLS, un groupe rebelle tchadien, a attaqué Abéché.", {("MPLS", "FIGHT", None, "Abéché")}),
        # one typed as a party is no armed group, yet still the name that acts
        ("Le FPLS, un parti politique tchadien, a manifesté à Abéché.",
         {("FPLS", "PROTEST", None, "Abéché")}),
    ],
)  # fmt: skip
def test_apposed_acronyms(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
