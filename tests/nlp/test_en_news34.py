"""English round 34: news-wire phrasal verbs, agentless arson, people of no named group acted on
(issue 14, news-wire snippets)."""

from unit._extract import en_rows as rows


def test_gunned_down_is_a_shooting() -> None:
    assert rows("A local councillor was gunned down outside his home in Acapulco.") == {
        ("Unidentified Armed Group (Mexico)", "ASSAULT", "Civilians (Mexico)", "Acapulco de Juárez")
    }


def test_workers_downing_tools_and_truckers_on_strike() -> None:
    assert rows("Miners downed tools in Rustenburg.") == {
        ("Protesters (South Africa)", "PROTEST", None, "Rustenburg")
    }
    assert rows("Hundreds of truckers went on strike in Sao Paulo over fuel prices.") == {
        ("Protesters (Brazil)", "PROTEST", None, "São Paulo")
    }


def test_a_gherao_is_a_protest() -> None:
    # the lemmatizer gives 'gheraoed' an e it never had
    assert rows("Students gheraoed the office of the vice-chancellor in Kolkata.") == {
        ("Protesters (India)", "PROTEST", None, "Kolkata")
    }


def test_taken_into_custody_is_an_arrest() -> None:
    assert rows("Two journalists were taken into custody in Bujumbura.") == {
        ("Police Forces of Burundi", "COERCE", "Journalists (Burundi)", "Bujumbura")
    }


def test_agentless_arson_of_property() -> None:
    assert rows("Houses were torched in Jos.") == {
        ("Unidentified Armed Group (Nigeria)", "COERCE", None, "Jos")
    }
    assert rows("Several shops were set on fire in Kisumu.") == {
        ("Unidentified Armed Group (Kenya)", "COERCE", None, "Kisumu")
    }
    # property of the state is still property: the arson stands
    assert rows("Government offices were set ablaze in Jos.") == {
        ("Unidentified Armed Group (Nigeria)", "COERCE", "Nigeria", "Jos")
    }


def test_a_role_held_outside_the_state_is_no_state() -> None:
    assert rows("The opposition leader was arrested in Kampala on Tuesday.") == {
        ("Police Forces of Uganda", "COERCE", None, "Kampala")
    }
    # no state, but one of the civilians (civilian_role_modifiers, round enmiss83b), as ACLED codes them
    assert rows("A village chief was kidnapped from his home in Tillaberi on Sunday night.") == {
        ("Unidentified Armed Group (Niger)", "ASSAULT", "Civilians (Niger)", "Tillabéri")
    }


def test_forces_driven_out_of_a_place_lose_it() -> None:
    assert rows("Troops drove out Boko Haram fighters from Gwoza.") == {
        ("Nigerian Armed Forces", "CAPTURE", "Boko Haram", "Gwoza"),
        ("Nigerian Armed Forces", "FIGHT", "Boko Haram", "Gwoza"),
    }
    # "out of" is one preposition of two words
    assert rows("Rebels were driven out of Bunia by the army on Friday.") == {
        (
            "Armed Forces of the Democratic Republic of the Congo",
            "CAPTURE",
            "Unidentified Armed Group (Democratic Republic of Congo)",
            "Bunia",
        ),
        (
            "Armed Forces of the Democratic Republic of the Congo",
            "FIGHT",
            "Unidentified Armed Group (Democratic Republic of Congo)",
            "Bunia",
        ),
    }


def test_deaths_in_an_accident_are_no_attack() -> None:
    assert rows("A gas explosion destroyed a block of flats in Lagos, killing five.") == set()
    assert rows("Three workers were killed when a boiler exploded at a factory in Surat.") == set()
    assert rows("Two children were killed when a wall collapsed in Mumbai.") == set()
    assert rows("Five soldiers were killed when a roadside bomb exploded near Gao.") == {
        ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")
    }


def test_a_march_of_forces_is_no_protest() -> None:
    assert rows("The army will march on Republic Day in New Delhi.") == set()
    assert rows("Thousands marched in Nairobi on Friday.") == {
        ("Protesters (Kenya)", "PROTEST", None, "Nairobi")
    }


def test_were_gang_raped_is_a_passive_verb() -> None:
    # the parser makes "were" the head and the participle its adjective complement
    assert rows("Two girls were gang-raped by militiamen near Bunia on Sunday.") == {
        (
            "Unidentified Communal Militia (Democratic Republic of Congo)",
            "ASSAULT",
            "Civilians (Democratic Republic of Congo)",
            "Bunia",
        )
    }


def test_a_lathi_charge_is_force_against_a_crowd() -> None:
    assert rows("Police lathi-charged the crowd in Patna on Monday.") == {
        ("Police Forces of India", "COERCE", "Civilians (India)", "Patna")
    }
    assert rows("Protesters were lathi-charged in Patna.") == {
        ("Police Forces of India", "COERCE", "Protesters (India)", "Patna")
    }


def test_people_clashing_with_state_forces_riot() -> None:
    assert rows("Stone-pelting youths clashed with security forces in Baramulla.") == {
        ("Rioters (India)", "PROTEST", "Police Forces of India", "Bāramūla")
    }
    assert rows("Clashes between youths and police erupted in Kisumu.") == {
        ("Rioters (Kenya)", "PROTEST", "Police Forces of Kenya", "Kisumu")
    }
    # two armed sides still fight, and so do armed men or people exchanging fire
    assert rows("Soldiers clashed with rebels in Goma.") == {
        (
            "Armed Forces of the Democratic Republic of the Congo",
            "FIGHT",
            "Unidentified Armed Group (Democratic Republic of Congo)",
            "Goma",
        )
    }
    assert rows("Armed men clashed with police in Kisumu.") == {
        ("Unidentified Armed Group (Kenya)", "FIGHT", "Police Forces of Kenya", "Kisumu")
    }
    assert rows("Villagers exchanged fire with police in Kisumu.") == {
        ("Unidentified Armed Group (Kenya)", "FIGHT", "Police Forces of Kenya", "Kisumu")
    }


def test_a_date_after_on_is_no_call_on_someone() -> None:
    # "called ... on Monday": the bandh is the protest, not a call on anyone
    assert rows("Opposition parties called a bandh in Kolkata on Monday.") == {
        ("Protesters (India)", "PROTEST", None, "Kolkata")
    }


def test_fire_of_a_weapon_is_an_attack_a_fire_is_not() -> None:
    assert rows("Artillery fire pounded residential areas of Donetsk on Thursday.") == {
        ("Unidentified Armed Group (Ukraine)", "FIGHT", None, "Donetsk")
    }
    assert rows("Five people were killed in a fire at a market in Onitsha.") == set()
    assert rows("Ten people were killed in floods in Assam.") == set()
