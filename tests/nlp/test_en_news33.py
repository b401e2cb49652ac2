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
