"""Round 42: PLOVER actors (issue 14). Nationalities of two words the parser splits ("South Sudanese",
"North Korean") are read as one; a state's demonym before a people ("Bosnian Serbs", "Iraqi Kurds")
names that people's community in the state, whose forces are an armed group of it; a demonym noun
before a force noun ("Croat forces") gives the force its country."""

from unit._extract import events


def test_a_two_word_nationality_is_one() -> None:
    assert events("South Sudanese troops attacked the town.", "en") == {
        ("South Sudan People's Defence Forces", "FIGHT", None, "asserted")
    }
    assert events("North Korean troops shelled the village.", "en") == {
        ("Military Forces of North Korea", "FIGHT", None, "asserted")
    }


def test_a_state_demonym_before_a_people_names_a_community_of_that_state() -> None:
    assert events("Bosnian Serb troops shelled the town.", "en") == {
        ("Unidentified Armed Group (Bosnia and Herzegovina)", "FIGHT", None, "asserted")
    }
    assert events("Bosnian Serbs pulled out of Gorazde.", "en") == {
        ("Bosnian Serbs", "RETREAT", None, "asserted")
    }
    assert events("Iraqi Kurds rallied in Erbil to demand independence from Iraq.", "en") == {
        ("Iraqi Kurds", "PROTEST", "Iraq", "asserted")
    }


def test_a_demonym_noun_before_a_force_noun() -> None:
    assert events("Croat forces shelled the village.", "en") == {
        ("Military Forces of Croatia", "FIGHT", None, "asserted")
    }
    assert events("The police opened an investigation into abuses committed by Croat forces.", "en") == {
        ("Police Forces of Croatia", "INVESTIGATE", "Military Forces of Croatia", "asserted")
    }
    assert events("The Macedonian army shelled the hills.", "en") == {
        ("Military Forces of North Macedonia", "FIGHT", None, "asserted")
    }


def test_the_receiver_of_an_act_given_or_agreed_is_its_target() -> None:
    assert events("Ethiopia agreed to open its airspace to NATO.", "en") == {
        ("Ethiopia", "AGREE", "NATO", "asserted")
    }
    assert events("Mali agreed to hand over the prisoners to France.", "en") == {
        ("Mali", "AGREE", "France", "asserted")
    }
    assert events("Egypt refused admittance to Sudanese refugees.", "en") == {
        ("Egypt", "REJECT", "Civilians (Sudan)", "asserted")
    }
    # a verb of going: where to is a place, no receiver
    assert events("Kenya agreed to return to Geneva for talks.", "en") == {
        ("Kenya", "AGREE", None, "asserted")
    }


def test_a_border_opened_to_people_lets_them_in() -> None:
    assert events("Chad reopened the border to Sudanese refugees.", "en") == {
        ("Chad", "AID", "Civilians (Sudan)", "asserted")
    }
    assert events("Chad reopened the border on Monday.", "en") == set()


def test_opposition_candidates_are_the_opposition() -> None:
    assert events("Kenya threatened to ban opposition candidates from the elections.", "en") == {
        ("Kenya", "THREATEN", "Opposition (Kenya)", "asserted")
    }


def test_a_people_qualifying_a_group_noun_is_no_actor_of_its_own() -> None:
    assert events("Police arrested Tamil rebels in Colombo.", "en") == {
        ("Police Forces of Sri Lanka", "COERCE", "Unidentified Armed Group (Sri Lanka)", "asserted")
    }
    assert events("Uighur protesters marched in Urumqi.", "en") == {
        ("Protesters (China)", "PROTEST", None, "asserted")
    }


def test_whom_a_refusal_defies_is_its_target() -> None:
    assert events("Kenya refused to pull back its troops despite calls from the African Union.", "en") == {
        ("Kenya", "REJECT", "African Union", "asserted")
    }
    assert events("Kenya rejected the plan despite Uganda's pressure.", "en") == {
        ("Kenya", "REJECT", "Uganda", "asserted")
    }
    assert events("Kenya refused to withdraw its troops despite the rain.", "en") == {
        ("Kenya", "REJECT", None, "asserted")
    }
