"""English round 39: news-wire and note leftovers (issue 14): office holders named by a capitalised
title ("President X", "Prime Minister X of Y", "Pakistani Prime Minister X"), a formal complaint
lodged with a forum against a state, people freed in a later sentence by who took them, with their
captors' country."""

from unit._extract import en_rows as rows
from unit._extract import facts


def _members(text: str) -> set[tuple[str, str, str | None]]:
    f = facts(text, "en", "2020-05-01")
    names = {a.id: a.name for a in f.actors}
    return {(names[m.person_id], names[m.org_id], m.role) for m in f.memberships}


def test_a_capitalised_title_keeps_the_name_a_person() -> None:
    # "Bush" alone is also a place name; after a title it is the office holder
    assert rows("President Bush accused Iran of arming militants in Iraq.") == {
        ("Bush", "ACCUSE", "Iran", "Iraq")
    }
    assert _members("President Bush accused Iran of arming militants in Iraq.") == set()


def test_an_office_of_a_state_makes_its_holder_a_member() -> None:
    text = "Prime Minister Nawaz Sharif of Pakistan accused India of shelling villages in Kashmir."
    assert rows(text) == {("Pakistan", "ACCUSE", "India", None)}
    assert _members(text) == {("Nawaz Sharif", "Pakistan", "minister")}
    text = "Pakistani Prime Minister Nawaz Sharif accused India of shelling villages."
    assert _members(text) == {("Nawaz Sharif", "Pakistan", "minister")}
    text = "President Ali Zardari of Pakistan condemned the drone strike."
    assert _members(text) == {("Ali Zardari", "Pakistan", "president")}


def test_a_complaint_lodged_with_a_forum_accuses_the_state_it_is_against() -> None:
    assert rows("Vietnam filed a complaint with the United Nations against China over the oil rig.") == {
        ("Vietnam", "ACCUSE", "China", None)
    }
    assert rows("The Philippines lodged a protest with the UN against China over the reef.") == {
        ("Philippines", "ACCUSE", "China", None)
    }


def test_people_taken_are_freed_later_by_their_captors() -> None:
    assert rows(
        "Gunmen abducted 15 passengers on the Kaduna-Abuja highway. The passengers were released on Sunday."
    ) == {
        ("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", None),
        ("Unidentified Armed Group (Nigeria)", "CONCEDE", "Civilians (Nigeria)", None),
    }
    # the freed are the civilians the captors took; a group's own country is no guess for them
    assert rows("Boko Haram abducted 30 girls in Borno. The girls were released after negotiations.") == {
        ("Boko Haram", "ASSAULT", "Civilians (Nigeria)", "Borno"),
        ("Boko Haram", "CONCEDE", "Civilians", None),
    }
    # people released with nobody taken before are no captives: a state may have held them
    assert rows("The passengers were released on Sunday.") == set()


def test_people_driven_from_a_place_are_coerced() -> None:
    assert rows("Soldiers evicted 200 villagers from their homes in Rakhine.") == {
        ("Tatmadaw", "COERCE", "Civilians (Myanmar)", "Rakhine")
    }
    assert rows("Police evicted residents from the camp in Mogadishu.") == {
        ("Police Forces of Somalia", "COERCE", "Civilians (Somalia)", "Mogadishu")
    }
    # armed men expelled from a town lose it; a diplomat expelled stays a sanction
    assert rows("The army expelled the rebels from Kidal.") == {
        ("Malian Armed Forces", "CAPTURE", "Unidentified Armed Group (Mali)", "Kidal")
    }
    assert rows("Mali expelled the French ambassador.") == {("Mali", "SANCTION", "France", None)}
    # flight alone, with no one driving anyone out, is no event
    assert rows("Thousands of residents fled Goma as the rebels advanced.") == set()


def test_weapons_brought_down_disrupt_their_launchers_use() -> None:
    assert rows("Ukrainian air defences shot down 20 Russian drones over Kyiv.") == {
        ("Armed Forces of Ukraine", "COERCE", "Russian Armed Forces", "Kyiv")  # round 40: the airspace
    }
    assert rows("Saudi air defences shot down a drone launched by the Houthis towards Abha.") == {
        ("Saudi Arabia", "COERCE", "Houthis", "Abha")
    }
    # no launcher named: no target
    assert rows("Israeli air defences downed two missiles over Haifa.") == {
        ("Israel Defense Forces", "COERCE", None, "Haifa")
    }
    # a manned aircraft shot down stays a fight (its owner: the state's forces, round sohr43)
    assert rows("Ukrainian forces shot down a Russian helicopter near Kharkiv.") == {
        ("Armed Forces of Ukraine", "FIGHT", "Russian Armed Forces", "Kharkiv")
    }


def test_myanmar_military_is_one_actor() -> None:
    assert rows("Burmese soldiers killed three villagers in Magway.") == {
        ("Tatmadaw", "ASSAULT", "Civilians (Myanmar)", "Magway")
    }
    assert rows("Junta troops torched a village in Sagaing.") == {("Tatmadaw", "COERCE", None, "Sagaing")}
    assert rows("Myanmar's military bombed a school in Sagaing.") == {("Tatmadaw", "FIGHT", None, "Sagaing")}


def test_who_planted_or_fired_a_weapon_used_it() -> None:
    assert rows("A roadside bomb planted by the Taliban exploded near Kandahar.") == {
        ("Taliban", "ASSAULT", None, "Kandahār")
    }
    assert rows("An IED planted by unknown armed men detonated near Marib, killing a truck driver.") == {
        ("Unidentified Armed Group (Yemen)", "ASSAULT", "Civilians (Yemen)", "Ma'rib")
    }
