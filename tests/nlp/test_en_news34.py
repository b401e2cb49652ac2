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
    assert rows("A village chief was kidnapped from his home in Tillaberi on Sunday night.") == {
        ("Unidentified Armed Group (Niger)", "ASSAULT", None, "Tillabéri")
    }
