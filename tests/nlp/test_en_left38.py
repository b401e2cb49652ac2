"""English round 38: news-wire and note leftovers (issue 14): allies on one side of a clash, two
demonyms on one force noun, work crews demolishing, snipers shooting dead at the start of a
sentence, hostages taken and freed, the warring parties of a fight told before, a weapon's toll,
a demonym on the weapon of an attack noun."""

from unit._extract import en_news_rows as news
from unit._extract import en_rows as rows


def test_subjects_clashing_with_a_partner_are_one_side() -> None:
    assert rows("Afghan forces and NATO troops clashed with the Taliban in Kunduz.") == {
        ("Military Forces of Afghanistan", "FIGHT", "Taliban", "Kunduz"),
        ("NATO", "FIGHT", "Taliban", "Kunduz"),
        # one side: partners (nlp/events/joint_sides.py, round re3d75)
        ("Military Forces of Afghanistan", "COOPERATE", "NATO", "Kunduz"),
    }
    # with no partner named, the subjects are the two sides
    assert rows("The army and the RSF clashed in Omdurman.") == {
        ("Rapid Support Forces", "FIGHT", "Sudanese Armed Forces", "Omdurman"),
        ("Sudanese Armed Forces", "FIGHT", "Rapid Support Forces", "Omdurman"),
    }


def test_a_state_conjoined_to_a_demonym_names_its_forces() -> None:
    assert rows("Afghan and US forces raided a Taliban compound in Helmand.") == {
        ("Military Forces of Afghanistan", "FIGHT", "Taliban", "Helmand"),
        ("Military Forces of the United States", "FIGHT", "Taliban", "Helmand"),
    }
    assert rows("Malian and French forces killed 20 jihadists near Menaka.") == {
        ("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Ménaka"),
        ("French Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Ménaka"),
    }


def test_work_crews_demolishing_are_at_work() -> None:
    assert rows("Municipal workers demolished an old bridge near Lagos.") == set()
    assert rows("Construction crews dismantled the market stalls in Accra.") == set()
    # who demolishes matters: armed men destroying houses still coerce
    assert rows("Militiamen destroyed six houses in Djugu.") == {
        ("Unidentified Communal Militia (Democratic Republic of Congo)", "COERCE", None, "Djugu")
    }


def test_a_sniper_shooting_dead_at_the_start_of_a_sentence() -> None:
    assert rows("A sniper shot dead a woman in Homs.") == {
        ("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "Homs")
    }
    assert rows("A regime sniper shot dead a boy in Daraa.") == {
        ("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Dar‘ā")
    }


def test_hostages_taken_and_freed() -> None:
    assert rows("The Taliban freed the hostages in Ghazni.") == {
        ("Taliban", "CONCEDE", "Civilians (Afghanistan)", "Ghazni")
    }
    assert rows("Kidnappers freed two hostages in Zamfara.") == {
        ("Unidentified Armed Group (Nigeria)", "CONCEDE", "Civilians (Nigeria)", "Zamfara")
    }
    assert rows("Militants took two engineers hostage near Kirkuk.") == {
        ("Unidentified Armed Group (Iraq)", "ASSAULT", "Civilians (Iraq)", "Kirkuk")
    }
    assert rows("Gunmen took 20 hostages in a hotel in Bamako.") == {
        ("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Bamako")
    }


def test_the_warring_parties_are_the_sides_of_the_fight_told() -> None:
    assert rows("The army clashed with the RSF in Omdurman. Both sides agreed a truce on Sunday.") == {
        ("Sudanese Armed Forces", "FIGHT", "Rapid Support Forces", "Omdurman"),
        ("Sudanese Armed Forces", "AGREE", "Rapid Support Forces", None),
        ("Rapid Support Forces", "AGREE", "Sudanese Armed Forces", None),
    }
    # with no fight told, the warring parties are the country's military and its unnamed armed group
    # (case54, nlp/events/both_sides.py); "both sides" with none told still name no one
    assert rows("The warring parties agreed a ceasefire in Sudan.") == {
        ("Sudanese Armed Forces", "AGREE", "Unidentified Armed Group (Sudan)", "Sudan"),
        ("Unidentified Armed Group (Sudan)", "AGREE", "Sudanese Armed Forces", "Sudan"),
    }
    assert rows("Both sides agreed a ceasefire in Sudan.") == set()


def test_the_toll_of_a_weapon_hitting_a_site_is_its_attack_on_civilians() -> None:
    assert news("A missile hit a market in El Obeid, killing 15 civilians.") == {
        ("Unidentified Armed Group (Sudan)", "FIGHT", None, "El Obeid"),
        ("Unidentified Armed Group (Sudan)", "ASSAULT", "Civilians (Sudan)", "El Obeid"),
    }


def test_a_demonym_on_the_weapon_of_an_attack_noun_names_its_author() -> None:
    assert news("A Russian missile strike on a shopping centre in Kremenchuk killed 18 people.") == {
        ("Russia", "ASSAULT", "Civilians (Ukraine)", "Kremenchuk")
    }


def test_an_attack_on_a_convoy_is_on_whom_it_carries() -> None:
    assert rows("The governor's motorcade was attacked near Maiduguri on Monday.") == {
        ("Unidentified Armed Group (Nigeria)", "FIGHT", "Nigeria", "Maiduguri")
    }
    assert rows("Gunmen attacked the minister's convoy near Maiduguri on Monday.") == {
        ("Unidentified Armed Group (Nigeria)", "FIGHT", "Nigeria", "Maiduguri")
    }
    assert news("Resistance fighters ambushed a military convoy near Mandalay.") == {
        ("Unidentified Armed Group (Myanmar)", "FIGHT", "Tatmadaw", "Mandalay")
    }


def test_wire_sentences_of_round_38() -> None:
    assert news("Hamas released four Israeli hostages in Gaza on Saturday.") == {
        ("Hamas", "CONCEDE", "Civilians (Israel)", "Gaza")
    }
    assert news("Ukrainian forces shot down 30 Russian drones over the Kyiv region.") == {
        ("Armed Forces of Ukraine", "COERCE", "Russian Armed Forces", "Kyiv")  # round 40: the airspace
    }
    assert news(
        "Sudanese army artillery shelled neighbourhoods of Omdurman on Tuesday, killing 12 civilians."
    ) == {
        ("Sudanese Armed Forces", "FIGHT", None, "Omdurman"),
        ("Sudanese Armed Forces", "ASSAULT", "Civilians (Sudan)", "Omdurman"),
    }
