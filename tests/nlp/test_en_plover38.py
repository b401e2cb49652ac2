"""English round 38: event types beyond fighting (issue 14, PLOVER), second pass: what another's
words say someone must do is a demand whatever the act (REQUEST), and a group noun located in a
country ("rebels in Mali") is that country's generic group, not a group named."""

from unit._extract import events


def test_an_obligation_told_by_another_is_a_demand_whatever_the_act() -> None:
    assert events("Kenya said Uganda must return the stolen cattle.", "en") == {
        ("Kenya", "REQUEST", "Uganda", "asserted")
    }
    assert events("Egypt said Ethiopia must not fill the dam before an agreement.", "en") == {
        ("Egypt", "REQUEST", "Ethiopia", "asserted")
    }
    assert events("Ghana must pay its debts, Togo said.", "en") == {("Togo", "REQUEST", "Ghana", "asserted")}


def test_an_obligation_of_ones_own_or_with_no_speaker_is_no_demand() -> None:
    assert events("Kenya said it must act quickly against the militants.", "en") == set()
    assert events("Uganda must return the stolen cattle.", "en") == set()
    # a passive obligation names no one who must act
    assert events("Kenya said the cattle must be returned to Uganda.", "en") == set()


def test_a_group_in_a_country_is_that_countrys_generic_group() -> None:
    assert events("Rebels in Ivory Coast dismissed an appeal from President Gbagbo.", "en") == {
        ("Unidentified Armed Group (Ivory Coast)", "REJECT", "Gbagbo", "asserted")
    }
    assert events("Rebels in Mali on Tuesday blocked roads into Bamako.", "en") == {
        ("Unidentified Armed Group (Mali)", "PROTEST", None, "asserted")
    }
    # a group named inside the phrase stays that group
    assert events("Fighters of the MNLA attacked the army in Mali.", "en") == {
        ("National Movement for the Liberation of Azawad", "FIGHT", "Malian Armed Forces", "asserted")
    }


def test_a_group_of_a_people_in_a_country_is_not_that_countrys_group() -> None:
    # an ethnic qualifier tells who they are; the country only where they are
    assert events("Turkey said its troops had killed five Kurdish militants in northern Syria.", "en") == {
        ("Turkey", "FIGHT", None, "asserted")
    }


def test_refugees_are_civilians_and_the_opposition_a_group_of_its_country() -> None:
    assert events("The UN will provide food aid to refugees in Chad.", "en") == {
        ("United Nations", "AGREE", "Civilians (Chad)", "asserted")
    }
    # round case63: detainees are civilians, as prisoners are ("the release of the prisoners")
    assert events("Opposition groups in Kenya demanded the release of the detainees.", "en") == {
        ("Opposition (Kenya)", "REQUEST", "Civilians (Kenya)", "asserted")
    }


def test_country_short_names_and_demonyms() -> None:
    assert events("Austria suspended military aid to Bosnia.", "en") == {
        ("Austria", "SANCTION", "Bosnia and Herzegovina", "asserted")
    }
    assert events("Fijian rebels attacked the army.", "en") == {
        ("Unidentified Armed Group (Fiji)", "FIGHT", "Military Forces of Fiji", "asserted")
    }
    # a people of a state named with its ethnicity stays its own actor
    assert events("Bosnian Serbs demanded a truce.", "en") == {("Bosnian Serbs", "REQUEST", None, "asserted")}


def test_a_protest_lodged_with_a_state_is_an_accusation() -> None:
    assert events("Japan lodged an official protest with China over the incursion.", "en") == {
        ("Japan", "ACCUSE", "China", "asserted")
    }
    assert events("Peru filed a complaint with Chile.", "en") == {("Peru", "ACCUSE", "Chile", "asserted")}
    # a crowd's protest stays a protest
    assert events("Residents lodged a protest at the district office.", "en") == {
        ("Civilians", "PROTEST", None, "asserted")
    }
