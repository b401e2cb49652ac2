"""English round 36: news-wire leftovers (issue 14): forces clashing with people, recourse to force,
role holders picked up, arms laid down or recovered, a mob lynching."""

from unit._extract import en_rows as rows


def test_forces_clashing_with_people_is_their_riot() -> None:
    assert rows("Police clashed with residents of Soweto on Tuesday.") == {
        ("Rioters (South Africa)", "PROTEST", "Police Forces of South Africa", "Soweto")
    }
    assert rows("Police clashed with protesters in Lagos.") == {
        ("Rioters (Nigeria)", "PROTEST", "Police Forces of Nigeria", "Lagos")
    }
    # armed men are no people: a fight
    assert rows("Soldiers clashed with armed men in Tillaberi.") == {
        ("Niger Armed Forces", "FIGHT", "Unidentified Armed Group (Niger)", "Tillabéri")
    }


def test_resorting_to_force_is_using_it() -> None:
    assert rows("Police resorted to a lathi-charge on students in Patna.") == {
        ("Police Forces of India", "COERCE", "Civilians (India)", "Patna")
    }


def test_role_holders_picked_up_are_arrested() -> None:
    assert rows("Security forces picked up three student leaders in Srinagar.") == {
        ("Police Forces of India", "COERCE", None, "Srinagar")
    }
    assert rows("Gunmen seized three student leaders in Kano.") == {
        ("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kano")
    }


def test_arms_laid_down_are_a_surrender() -> None:
    assert rows("Forty fighters laid down their weapons in Beni.") == {
        ("Unidentified Armed Group (Democratic Republic of Congo)", "CONCEDE", None, "Beni")
    }
    assert rows("The workers laid down their tools in Durban.") == set()


def test_arms_recovered_are_seized_unless_stolen() -> None:
    assert rows("Security forces recovered explosives from a hideout in Kupwara.") == {
        ("Police Forces of India", "COERCE", None, "Kupwāra")
    }
    assert rows("Police recovered stolen weapons in Quetta.") == set()
    assert rows("Police recovered a stolen car in Nairobi.") == set()


def test_a_mob_lynching_is_the_rioters_assault() -> None:
    assert rows("A man died in a mob lynching in Alwar.") == {("Rioters (India)", "ASSAULT", None, "Alwar")}


def test_a_mob_attacking_a_wrongdoer_assaults_him() -> None:
    assert rows("A mob attacked a suspected thief in Kampala.") == {
        ("Rioters (Uganda)", "ASSAULT", "Civilians (Uganda)", "Kampala")
    }
    # property attacked: still a riot
    assert rows("A mob attacked a bus in Kampala.") == {("Rioters (Uganda)", "PROTEST", None, "Kampala")}


def test_tourists_kidnapped_are_civilians() -> None:
    assert rows("Gunmen kidnapped two foreign tourists near Timbuktu on Friday.") == {
        ("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (International)", "Timbuktu")
    }
    assert rows("Gunmen kidnapped four tourists in Sinai.") == {
        ("Unidentified Armed Group (Egypt)", "ASSAULT", "Civilians (Egypt)", "Sinai Peninsula")
    }
    assert rows("Tourists flocked to the beaches of Goa.") == set()
