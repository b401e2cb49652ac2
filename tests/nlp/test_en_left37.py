"""English round 37: news-wire and note leftovers (issue 14): subjects the parser hangs on their verb
as compounds, verbs coordinated on one object, a regime's snipers, motorcades, pots and boos, road
blockades, looting and property wrecked."""

from unit._extract import en_rows as rows


def test_a_compound_before_its_verb_is_its_subject() -> None:
    assert rows("On 7 June 2021, a regime sniper shot and killed a farmer in Idlib.") == {
        ("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Idlib")
    }


def test_snipers_of_a_state_are_its_forces() -> None:
    assert rows("Regime snipers killed two men in Homs.") == {
        ("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Homs")
    }
    assert rows("Syrian snipers killed a woman in Daraa.") == {
        ("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Dar‘ā")
    }
    # a sniper of no one named stays an unidentified armed group
    assert rows("A sniper killed a man in Homs.") == {
        ("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "Homs")
    }


def test_verbs_coordinated_on_one_object_are_one_act() -> None:
    assert rows("Unknown gunmen shot and killed a trader in Maiduguri.") == {
        ("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Maiduguri")
    }
    assert rows("Soldiers shot and killed two protesters in Mandalay.") == {
        ("Tatmadaw", "COERCE", "Protesters (Myanmar)", "Mandalay")
    }


def test_a_motorcade_held_is_a_protest() -> None:
    assert rows("Taxi drivers held a motorcade in Recife to demand lower fuel prices.") == {
        ("Protesters (Brazil)", "PROTEST", None, "Recife")
    }
    assert rows("The president's motorcade arrived in Goma on Tuesday.") == set()


def test_pots_banged_and_officials_booed_are_protests() -> None:
    assert rows("Residents banged pots against the president in Recife.") == {
        ("Protesters (Brazil)", "PROTEST", None, "Recife")
    }
    assert rows("The health minister was booed by a crowd in Lusaka.") == {
        ("Protesters (Zambia)", "PROTEST", None, "Lusaka")
    }
    # a referee booed at a match: no protest
    assert rows("Fans booed the referee in the stadium in Cairo.") == set()


def test_road_blockades_and_blocked_bridges_are_protests() -> None:
    assert rows("Farmers staged a road blockade near Agartala.") == {
        ("Protesters (India)", "PROTEST", None, "Agartala")
    }
    assert rows("Truck drivers erected blockades on the main highway near Santa Cruz.") == {
        ("Protesters (Bolivia)", "PROTEST", None, "Santa Cruz de la Sierra")
    }
    assert rows("Workers blocked a bridge in Kinshasa to demand unpaid wages.") == {
        ("Protesters (Democratic Republic of Congo)", "PROTEST", None, "Kinshasa")
    }


def test_looters_emptying_shops_riot() -> None:
    assert rows("Looters emptied shops in Goma.") == {
        ("Rioters (Democratic Republic of Congo)", "PROTEST", None, "Goma")
    }
    assert rows("Shoppers emptied stores of rice in Manila.") == set()


def test_property_wrecked_is_property_destruction() -> None:
    assert rows("Militiamen destroyed six houses in Bujumbura.") == {
        ("Unidentified Communal Militia (Burundi)", "COERCE", None, "Bujumbura")
    }
    assert rows("Fighters destroyed the school in Kidal.") == {
        ("Unidentified Armed Group (Mali)", "COERCE", None, "Kidal")
    }
    # a party's equipment destroyed: a fight with that party
    assert rows("Rebels destroyed an army tank near Goma.") == {
        (
            "Unidentified Armed Group (Democratic Republic of Congo)",
            "FIGHT",
            "Armed Forces of the Democratic Republic of the Congo",
            "Goma",
        )
    }
    assert rows("Arsonists set fire to a car in Athens.") == {
        ("Unidentified Armed Group (Greece)", "COERCE", None, "Athens")
    }


def test_dwellers_turning_on_a_wrongdoer_are_a_mob() -> None:
    assert rows("Villagers attacked a robber in Kisumu.") == {
        ("Rioters (Kenya)", "ASSAULT", "Civilians (Kenya)", "Kisumu")
    }
    assert rows("Villagers beat a suspected robber to death in Kakamega.") == {
        ("Rioters (Kenya)", "ASSAULT", "Civilians (Kenya)", "Kakamega")
    }
    assert rows("A mob of villagers beat two suspected robbers in Kisii.") == {
        ("Rioters (Kenya)", "ASSAULT", "Civilians (Kenya)", "Kisii")
    }
    # villagers attacking soldiers are no mob justice
    assert rows("Villagers attacked soldiers in Kisumu.") == {
        ("Unidentified Armed Group (Kenya)", "FIGHT", "Military Forces of Kenya", "Kisumu")
    }


def test_criminals_arrested_with_no_agent_are_the_polices_arrest() -> None:
    assert rows("A notorious drug lord was arrested in Culiacan on Friday.") == {
        ("Police Forces of Mexico", "COERCE", None, "Culiacán")
    }


def test_leaders_of_gangs_hold_no_state_office() -> None:
    # round case63: an unnamed gang is the unidentified armed group, its leader one of them
    assert rows("A gang leader was arrested in Port-au-Prince.") == {
        ("Police Forces of Haiti", "COERCE", "Unidentified Armed Group (Haiti)", "Port-au-Prince")
    }
    assert rows("Security forces arrested the leader of a drug gang in Tegucigalpa.") == {
        ("Police Forces of Honduras", "COERCE", "Unidentified Armed Group (Honduras)", "Tegucigalpa")
    }


def test_fighting_erupting_between_two_sides() -> None:
    assert rows("Clashes erupted between the army and the Taliban in Kunduz.") == {
        ("Military Forces of Afghanistan", "FIGHT", "Taliban", "Kunduz"),
        ("Taliban", "FIGHT", "Military Forces of Afghanistan", "Kunduz"),
    }
    assert rows("Fighting erupted between the army and rebels in Goma.") == {
        (
            "Armed Forces of the Democratic Republic of the Congo",
            "FIGHT",
            "Unidentified Armed Group (Democratic Republic of Congo)",
            "Goma",
        ),
        (
            "Unidentified Armed Group (Democratic Republic of Congo)",
            "FIGHT",
            "Armed Forces of the Democratic Republic of the Congo",
            "Goma",
        ),
    }
    assert rows("A fire erupted in a market in Kano.") == set()


def test_a_drive_by_is_a_shooting() -> None:
    assert rows("On 3 May 2021, a shopkeeper and his son died after a drive-by shooting in Celaya.") == {
        ("Unidentified Armed Group (Mexico)", "ASSAULT", "Civilians (Mexico)", "Celaya")
    }


def test_a_body_found_with_marks_of_violence_is_a_killing() -> None:
    assert rows(
        "On 3 May 2021, a dead body with gunshot wounds was found floating in a canal in Irapuato."
    ) == {("Unidentified Armed Group (Mexico)", "ASSAULT", None, "Irapuato")}
    # a body with no marks told, or found by someone: no attack told
    assert rows("A body was found on a beach in Durban.") == set()
    assert rows("Police found the bodies of two men in Irapuato.") == set()


def test_a_town_freed_is_taken() -> None:
    assert rows("The army freed the town of Konna from the jihadists.") == {
        ("Malian Armed Forces", "CAPTURE", None, "Konna")
    }
    assert rows("Troops freed three hostages in a raid near Gao.") == set()


def test_an_attack_noun_under_its_verb_is_told_once() -> None:
    assert rows(
        "On 6 May 2021, in Caruaru, Pernambuco, a woman was wounded in a drive-by shooting by two armed men."
    ) == {("Unidentified Armed Group (Brazil)", "ASSAULT", "Civilians (Brazil)", "Caruaru")}


def test_the_dead_of_an_attack_are_its_victims() -> None:
    assert rows("At least 30 civilians died in a Taliban attack on a wedding party in Kunduz province.") == {
        ("Taliban", "ASSAULT", "Civilians (Afghanistan)", "Kunduz")
    }
    assert rows("Five people died in a road accident in Kano.") == set()


def test_a_bomb_ripping_through_a_place_attacks_it() -> None:
    assert rows("A car bomb ripped through a busy market in Azaz, killing at least 15 people.") == {
        ("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "I‘zāz")
    }
    assert rows("A storm ripped through the coastal town of Beira.") == set()


def test_people_named_by_their_trade_killed_in_a_toll_are_civilians() -> None:
    assert rows("Gunmen attacked a bus near Mopti, killing five passengers.") == {
        ("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Mopti"),
        ("Unidentified Armed Group (Mali)", "FIGHT", None, "Mopti"),
    }


def test_looters_breaking_into_shops_riot() -> None:
    assert rows("Looters broke into a supermarket in Johannesburg on Monday.") == {
        ("Rioters (South Africa)", "PROTEST", None, "Johannesburg")
    }
    assert rows("Firefighters broke into the burning warehouse in Lagos.") == set()
    # the shop broken into on the way to a killing is the killing's setting
    assert rows("Gunmen broke into a shop in Kano and killed the owner.") == {
        ("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kano")
    }
