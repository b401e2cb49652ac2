"""English round 33: arrests told as nouns, agentless looting (issue 14, news-wire snippets)."""

from unit._extract import en_rows as rows


def test_an_arrest_noun_with_no_agent_is_the_polices() -> None:
    assert rows("The arrest of the opposition leader Bobi Wine sparked riots in Kampala.") == {
        ("Police Forces of Uganda", "COERCE", "Bobi Wine", "Kampala")
    }
    assert rows("Police carried out mass arrests in Minsk on Sunday.") == {
        ("Police Forces of Belarus", "COERCE", None, "Minsk")
    }


def test_an_arrest_noun_for_an_ordinary_crime_is_no_event() -> None:
    assert rows("The arrest of a man for theft in Leeds surprised neighbours.") == set()
    assert rows("Police made several arrests after a robbery in Ohio.") == set()


def test_property_looted_with_no_agent() -> None:
    assert rows("Shops were looted in Johannesburg on Monday.") == {
        ("Unidentified Armed Group (South Africa)", "COERCE", None, "Johannesburg")
    }
    assert rows("Several warehouses were ransacked in Beira overnight.") == {
        ("Unidentified Armed Group (Mozambique)", "COERCE", None, "Beira")
    }


def test_a_series_or_a_count_of_arrests() -> None:
    assert rows("Police made dozens of arrests in Khartoum.") == {
        ("Police Forces of Sudan", "COERCE", None, "Khartoum")
    }
    assert rows("A wave of arrests swept the capital Harare after the vote.") == {
        ("Police Forces of Zimbabwe", "COERCE", None, None)
    }


def test_a_detention_noun_and_a_noun_naming_a_kind_of_thing() -> None:
    assert rows("The detention of a prominent journalist in Cairo drew condemnation.") == {
        ("Police Forces of Egypt", "COERCE", "Journalists (Egypt)", "Cairo")
    }
    assert rows("A detention centre was built in Tripoli.") == set()
    assert rows("An arrest warrant was issued for the former president in Lima.") == set()


def test_the_possessor_of_an_arrest_is_the_one_held() -> None:
    assert rows("Police confirmed Navalny's arrest in Moscow.") == {
        ("Police Forces of Russia", "COERCE", None, "Moscow")
    }
    # told in passing, after the death it dates: no arrest of its own, and the man is not its agent
    assert rows("A detainee died under torture in Damascus after three years of his arrest.") == set()


def test_gang_raped_is_one_verb() -> None:
    assert rows("A woman was gang-raped by gunmen in Goma.") == {
        (
            "Unidentified Armed Group (Democratic Republic of Congo)",
            "ASSAULT",
            "Civilians (Democratic Republic of Congo)",
            "Goma",
        )
    }


def test_who_defuses_a_device_is_a_state_force() -> None:
    assert rows("Sappers defused a roadside bomb in Kandahar.") == {
        ("Military Forces of Afghanistan", "COERCE", None, "Kandahār")
    }
    assert rows("The bomb squad defused an explosive device in Quetta.") == {
        ("Police Forces of Pakistan", "COERCE", None, "Quetta")
    }
    assert rows("Firefighters defused a gas leak in Lyon.") == set()
