"""English round 31: agentless weapons fired at something that names no actor and no place."""

from unit._extract import en_rows as rows

ARMED = "Unidentified Armed Group"


def test_weapons_fired_at_a_facility_are_an_attack() -> None:
    assert rows("Three mortar shells were fired at the harbour.") == {(ARMED, "FIGHT", None, None)}


def test_weapons_fired_into_the_air_are_no_attack() -> None:
    assert rows("Several missiles were fired into the sky.") == set()


def test_a_fight_naming_both_sides_is_the_event_its_toll_is_not() -> None:
    sides = {
        ("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Mopti"),
        ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Mopti"),
    }
    assert rows("Clashes between soldiers and jihadists left eight dead near Mopti.") == sides
    assert rows("Fighting between the army and rebels killed three villagers in Mopti.") == sides


def test_an_attack_with_one_author_keeps_its_toll() -> None:
    assert rows("An attack by rebels killed three soldiers in Mopti.") == {
        ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Mopti")
    }


def test_a_group_loyal_to_someone_is_theirs() -> None:
    assert rows("Tribal gunmen attacked units loyal to Khalifa Haftar near Sirte.") == {
        ("Unidentified Armed Group (Libya)", "FIGHT", "Libyan National Army", "Sirte")
    }
