"""English round 39: PLOVER target actors (issue 14, third pass). The one an event acts on may be
named inside what it is about rather than as its object: the agent of the act a predicate takes
("rejected the proposal by X"), the other side of a relation noun ("talks with X"), and the party a
protest's purpose or cause addresses ("to demand reforms from X", "against a ruling by X")."""

from unit._extract import events


def test_the_agent_of_the_act_taken_is_the_target() -> None:
    assert events("Kenya rejected the proposal by Uganda for talks.", "en") == {
        ("Kenya", "REJECT", "Uganda", "asserted")
    }
    assert events("Police opened an investigation into abuses by the army.", "en") == {
        ("Police Forces", "INVESTIGATE", "Military Forces", "asserted")
    }
    # the agent of the participle describing the act
    assert events("Police opened an investigation into killings committed by the army.", "en") == {
        ("Police Forces", "INVESTIGATE", "Military Forces", "asserted")
    }
    assert events("Le Mali a rejeté la proposition faite par l'Algérie.", "fr") == {
        ("Mali", "REJECT", "Algeria", "asserted")
    }


def test_the_other_side_of_a_relation_noun_is_the_target() -> None:
    assert events("Kenya rejected talks with al-Shabaab.", "en") == {
        ("Kenya", "REJECT", "Al-Shabaab", "asserted")
    }
    assert events("Mali demanded a ceasefire with the rebels.", "en") == {
        ("Mali", "REQUEST", "Unidentified Armed Group (Mali)", "asserted")
    }


def test_the_party_a_protest_addresses_is_its_target() -> None:
    assert events(
        "Thousands of Kurds demonstrated in Ankara calling for independence from Turkey.", "en"
    ) == {("Protesters (Turkey)", "PROTEST", "Turkey", "asserted")}
    assert events(
        "Workers blocked roads in Accra to press their demands for higher wages from the government.", "en"
    ) == {("Protesters (Ghana)", "PROTEST", "Ghana", "asserted")}
    assert events("Students rallied in Dhaka against a ruling by the Supreme Court.", "en") == {
        ("Protesters (Bangladesh)", "PROTEST", "Supreme Court", "asserted")
    }
    assert events("Des étudiants ont manifesté à Dakar contre une loi votée par le gouvernement.", "fr") == {
        ("Protesters (Senegal)", "PROTEST", "Senegal", "asserted")
    }


def test_a_protest_whose_purpose_names_no_one_has_no_target() -> None:
    assert events("Protesters marched in Nairobi to demand electoral reforms.", "en") == {
        ("Protesters (Kenya)", "PROTEST", None, "asserted")
    }


def test_a_name_qualifying_a_possessed_noun_is_the_other_side() -> None:
    assert events("Kenya urged its African Union partners to act.", "en") == {
        ("Kenya", "REQUEST", "African Union", "asserted")
    }
    assert events("Kenya demanded that its African Union partners reject the plan.", "en") == {
        ("Kenya", "REQUEST", "African Union", "asserted")
    }
    assert events("Kenya urged its partners to act.", "en") == {("Kenya", "REQUEST", None, "asserted")}


def test_a_count_after_up_to_is_the_object() -> None:
    assert events("Rebels kidnapped up to 16 Chinese civilian engineers.", "en") == {
        ("Unidentified Armed Group (China)", "ASSAULT", "Civilians (China)", "asserted")
    }


def test_a_states_official_name_and_its_acronym_name_it() -> None:
    assert events("Japan accused the DPRK of firing a missile.", "en") == {
        ("Japan", "ACCUSE", "North Korea", "asserted")
    }
    assert events(
        "Washington demanded that Democratic People's Republic of Korea end its missile tests.",
        "en",
    ) == {("United States", "REQUEST", "North Korea", "asserted")}


def test_people_counted_in_dozens_keep_their_demonym() -> None:
    assert events("Police in Kenya tortured dozens of Somali refugees.", "en") == {
        ("Police Forces of Kenya", "ASSAULT", "Civilians (Somalia)", "asserted")
    }
    assert events("Police in Kenya arrested hundreds of Somali refugees.", "en") == {
        ("Police Forces of Kenya", "COERCE", "Civilians (Somalia)", "asserted")
    }
