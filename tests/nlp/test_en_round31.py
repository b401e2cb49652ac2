"""English round 31: agentless weapons fired at something that names no actor and no place."""

from unit._extract import en_rows as rows

ARMED = "Unidentified Armed Group"


def test_weapons_fired_at_a_facility_are_an_attack() -> None:
    assert rows("Three mortar shells were fired at the harbour.") == {(ARMED, "FIGHT", None, None)}


def test_weapons_fired_into_the_air_are_no_attack() -> None:
    assert rows("Several missiles were fired into the sky.") == set()
