"""English round 32: news-wire snippets (not ACLED notes) by ACLED sub-event type."""

from unit._extract import en_rows as rows

ARMED = "Unidentified Armed Group"


def test_unnamed_territory_taken_is_a_capture_with_no_place() -> None:
    assert rows("Syrian troops regained control of the town from rebels.") == {
        ("Syrian Arab Army", "CAPTURE", f"{ARMED} (Syria)", None)  # en66b: the army fights at home
    }


def test_a_base_taken_somewhere_in_a_state_is_no_capture_of_the_state() -> None:
    # the army's base: taken from the army (en45, events/held_ground.py), still no capture of the state
    taken = {(f"{ARMED} (Nigeria)", "CAPTURE", "Nigerian Armed Forces", None)}
    assert rows("Militants overran an army base in Borno state.") == taken


def test_a_direction_after_the_town_leaves_the_capture_alone() -> None:
    assert rows("Rebels took the town to the north of Gao.") == {(f"{ARMED} (Mali)", "CAPTURE", None, "Gao")}


def test_south_asian_protests() -> None:
    assert rows("Traders observed a bandh in Imphal.") == {("Protesters (India)", "PROTEST", None, "Imphal")}
    assert rows("Students burnt an effigy of the governor in Patna.") == {
        ("Protesters (India)", "PROTEST", None, "Patna")
    }


def test_a_bare_number_taking_to_the_streets_protests() -> None:
    crowd = {("Protesters (Lebanon)", "PROTEST", None, None)}
    assert rows("Hundreds took to the streets of Beirut.") == crowd


def test_an_agentless_grenade_is_the_unnamed_groups() -> None:
    assert rows("A grenade was thrown at a bar in Bujumbura.") == {
        (f"{ARMED} (Burundi)", "FIGHT", None, "Bujumbura")
    }


def test_hacked_to_death() -> None:
    assert rows("Two farmers were hacked to death in Benue state.") == {
        (f"{ARMED} (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Benue")
    }


def test_herdsmen_are_a_communal_militia() -> None:
    assert rows("Herdsmen killed three farmers in Benue state on Sunday.") == {
        ("Unidentified Communal Militia (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Benue")
    }


def test_a_clash_noun_between_a_crowd_and_police_is_a_riot() -> None:
    assert rows("Clashes between protesters and police left 30 injured in Tbilisi.") == {
        ("Rioters (Georgia)", "PROTEST", "Police Forces of Georgia", "Tbilisi")
    }


def test_protesters_killed_when_police_fired_on_a_crowd() -> None:
    assert rows("At least five protesters were killed when police fired on a crowd in Abuja.") == {
        ("Police Forces of Nigeria", "COERCE", "Protesters (Nigeria)", "Abuja")
    }


def test_a_rally_blocked_by_police() -> None:
    assert rows("The rally was blocked by police in Harare.") == {
        ("Police Forces of Zimbabwe", "COERCE", "Protesters (Zimbabwe)", "Harare"),
        ("Protesters (Zimbabwe)", "PROTEST", None, "Harare"),
    }


def test_a_game_won_is_no_assault() -> None:
    assert rows("Kenya beat Uganda 3-1 in the regional cup final in Nairobi.") == set()
    assert rows("Sri Lanka beat India by four wickets on Friday.") == set()
    assert rows("Nepal were beaten by Oman in the final of the regional cup.") == set()


def test_a_word_of_a_name_is_no_game() -> None:
    # "League" in the party's name: a man beaten to death, not a match lost
    expected = {("Unidentified Armed Group (Bangladesh)", "ASSAULT", "Civilians (Bangladesh)", "Khulna")}
    assert rows("A worker of the Democratic League was beaten to death by rivals in Khulna.") == expected


def test_an_ordinary_crime_is_no_conflict_event() -> None:
    assert rows("Police arrested two men for drunk driving near Nakuru.") == set()
    assert rows("A shopkeeper was shot dead in a robbery in Durban.") == set()


def test_a_mob_punishing_a_theft_is_still_mob_violence() -> None:
    assert rows("A mob lynched a man for stealing a goat in Kisumu.") == {
        ("Rioters (Kenya)", "ASSAULT", "Civilians (Kenya)", "Kisumu")
    }


def test_a_crowd_set_beside_a_fronted_place_protests() -> None:
    text = "On 3 June 2021, in Arequipa, Peru, a group of street vendors protested to demand a new market."
    assert rows(text) == {("Protesters (Peru)", "PROTEST", None, "Arequipa")}


def test_a_missile_intercepted_is_disrupted_weapons_use() -> None:
    assert rows("Saudi air defences intercepted a ballistic missile fired at Riyadh.") == {
        ("Saudi Arabia", "COERCE", None, "Riyadh")
    }
    assert rows("Police intercepted a truck carrying cannabis near Tangier.") == set()
