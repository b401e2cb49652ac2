"""English news snippets by ACLED sub-event type (issue 14, CASE 2021 task 2), on snippets of our own:
exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lemmatizer cuts 'raped' and 'raping' to 'rap': the lexicon verb with a silent e is meant
        (
            "Soldiers raped women in a village in Kasai.",
            {
                (
                    "Armed Forces of the Democratic Republic of the Congo",
                    "ASSAULT",
                    "Civilians (Democratic Republic of Congo)",
                    "Kasaï",
                )
            },
        ),
        (
            "A girl was raped by armed men in Darfur.",
            {("Unidentified Armed Group (Sudan)", "ASSAULT", "Civilians (Sudan)", "Darfur")},
        ),
        (
            "Rebels were raping women in villages around Goma, witnesses said.",
            {
                (
                    "Unidentified Armed Group (Democratic Republic of Congo)",
                    "ASSAULT",
                    "Civilians (Democratic Republic of Congo)",
                    "Goma",
                )
            },
        ),
        # assaulting civilians is an assault, a post of the police a fight
        (
            "Gunmen sexually assaulted two women in Bunia.",
            {
                (
                    "Unidentified Armed Group (Democratic Republic of Congo)",
                    "ASSAULT",
                    "Civilians (Democratic Republic of Congo)",
                    "Bunia",
                )
            },
        ),
        (
            "Militants assaulted a police post in Kunar.",
            {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Police Forces of Afghanistan", "Kunaṟ")},
        ),
        ("The rapper performed in Lagos.", set()),
    ],
)
def test_sexual_violence(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a base or headquarters established is a group's move (ACLED: headquarters or base established)
        (
            "Islamic State established a base in the town of Sirte.",
            {("Islamic State", "MOBILIZE", None, "Sirte")},
        ),
        ("Al-Shabaab set up a new headquarters in Jilib.", {("Al-Shabaab", "MOBILIZE", None, "Jilib")}),
        ("Boko Haram has established camps near Gwoza.", {("Boko Haram", "MOBILIZE", None, "Gwoza")}),
        # 'set up' anything else is no base
        ("The government set up a committee to investigate the killings.", set()),
    ],
)
def test_bases_established(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # state forces shooting, beating or killing protesters repress a protest (CAMEO 175)
        (
            "Police fired live bullets at protesters in Khartoum, killing two.",
            {("Police Forces of Sudan", "COERCE", "Protesters (Sudan)", "Khartoum")},
        ),
        (
            "Soldiers killed five demonstrators in Conakry.",
            {("Military Forces of Guinea", "COERCE", "Protesters (Guinea)", "Conakry")},
        ),
        # the victims told as protesters are no bystanders
        (
            "Three protesters were shot dead by police in Lagos on Tuesday.",
            {("Police Forces of Nigeria", "COERCE", "Protesters (Nigeria)", "Lagos")},
        ),
        (
            "Police beat protesting students with batons in Dhaka.",
            {("Police Forces of Bangladesh", "COERCE", "Protesters (Bangladesh)", "Dhaka")},
        ),
        # villagers are civilians; militants killing protesters attack them, the protesters they are
        # (ACLED's "Protesters (X)" as the victims of an attack)
        (
            "Police killed three villagers in Lagos.",
            {("Police Forces of Nigeria", "ASSAULT", "Civilians (Nigeria)", "Lagos")},
        ),
        (
            "Militants killed three protesters in Peshawar.",
            {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Protesters (Pakistan)", "Peshawar")},
        ),
    ],
)
def test_force_against_protesters(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arson and vandalism destroy property (ACLED: looting/property destruction; CAMEO 171)
        (
            "Militants torched a school in Shopian overnight.",
            {("Unidentified Armed Group (India)", "COERCE", None, "Shopian")},
        ),
        (
            "Gunmen set fire to vehicles in Gadchiroli.",
            {("Unidentified Armed Group (India)", "COERCE", None, "Garhchiroli")},
        ),
        (
            "Soldiers burned down houses in Kauru, Nigeria.",
            {("Nigerian Armed Forces", "COERCE", None, "Kauru")},
        ),
        # ... by protesters, or by people rioting, it is a violent demonstration by rioters
        (
            "Angry demonstrators set fire to a police post in Kinshasa.",
            {
                (
                    "Rioters (Democratic Republic of Congo)",
                    "PROTEST",
                    "Police Forces of the Democratic Republic of Congo",
                    "Kinshasa",
                )
            },
        ),
        (
            "Rioting students torched buses in Dhaka after the accident.",
            {("Rioters (Bangladesh)", "PROTEST", None, "Dhaka")},
        ),
        # as is protesters fighting the police
        (
            "Protesters pelted police with stones in Srinagar.",
            {("Rioters (India)", "PROTEST", "Police Forces of India", "Srinagar")},
        ),
        # people burned by a mob are assaulted (mob violence)
        (
            "A mob burned two women alive in Nyamira.",
            {("Rioters (Kenya)", "ASSAULT", "Civilians (Kenya)", "Nyamira")},
        ),
    ],
)
def test_arson_and_riots(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town abandoned, ceded, handed over or left to a side is that side's (non-violent transfer)
        (
            "Government troops abandoned the town of Dolo to the rebels.",
            {("Unidentified Armed Group (Ethiopia)", "CAPTURE", None, "Dolo")},
        ),
        (
            "French troops handed over Kapisa province to the Afghan army.",
            {("Military Forces of Afghanistan", "CAPTURE", "French Armed Forces", "Kāpīsā")},
        ),
        # the parser may read 'to Y' as a dative
        (
            "NATO handed over security control of Bamiyan province to Afghan forces.",
            {("Military Forces of Afghanistan", "CAPTURE", "NATO", "Bāmyān")},
        ),
        (
            "The army ceded the town of Konna to the rebels.",
            {("Unidentified Armed Group (Mali)", "CAPTURE", "Malian Armed Forces", "Konna")},
        ),
        (
            "Ethiopian troops withdrew from Baidoa, leaving the town to al-Shabaab.",
            {
                ("Ethiopian National Defense Force", "RETREAT", None, "Baidoa"),
                ("Al-Shabaab", "CAPTURE", None, "Baidoa"),
            },
        ),
        # no place, or no one it goes to: no transfer
        ("The government abandoned its plan to raise taxes.", set()),
        ("The minister left the country to attend a summit.", set()),
        ("The rebels left the decision to the council.", set()),
    ],
)
def test_territory_handed_over(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a grenade thrown at someone attacks them (ACLED: grenade)
        (
            "Militants hurled a grenade at a CRPF patrol in Anantnag.",
            {("Unidentified Armed Group (India)", "FIGHT", "CRPF", "Anantnag")},
        ),
        (
            "An attacker lobbed a grenade at a church in Garissa.",
            {("Unidentified Armed Group (Kenya)", "FIGHT", None, "Garissa")},
        ),
        # wounding is a toll verb as killing is
        (
            "A grenade attack on a police station in Srinagar wounded five policemen.",
            {("Unidentified Armed Group (India)", "FIGHT", "Police Forces of India", "Srinagar")},
        ),
        # ... and a toll goes on through its conjuncts ("killing X and injuring Y": one toll)
        (
            "Army shells hit two villages near Donetsk, killing three civilians and injuring seven.",
            {
                ("Armed Forces of Ukraine", "FIGHT", None, "Donetsk"),
                ("Armed Forces of Ukraine", "ASSAULT", "Civilians (Ukraine)", "Donetsk"),
            },
        ),
    ],
)
def test_grenades_and_wounds(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # burning tyres is rioting
        ("Youths in Kano burnt tyres on the main road.", {("Rioters (Nigeria)", "PROTEST", None, "Kano")}),
        # what unnamed gunmen burn after the attack told is that attack's, no event of its own
        (
            "Gunmen stormed a police post in Dori and killed two officers. The gunmen then burned the post.",
            # the storming, coordinated with the killing in the same place, is that one attack
            {("Unidentified Armed Group (Burkina Faso)", "FIGHT", "Police Forces of Burkina Faso", "Dori")},
        ),
    ],
)
def test_tyres_and_spoils(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # disasters and accidents kill with no attacker (CASE 2021: natural / man-made disasters)
        ("Floods killed 40 people in Assam after days of heavy rain.", set()),
        ("A blaze in a garment factory in Dhaka killed 30 workers.", set()),
        ("A gas cylinder explosion at a restaurant in Karachi killed four people.", set()),
        ("An earthquake struck northern Pakistan, killing 12 people.", set()),
        # an explosion or a mine with no such cause is still an attack
        (
            "An explosion at a market in Baghdad killed 25 people.",
            {("Unidentified Armed Group (Iraq)", "ASSAULT", "Civilians (Iraq)", "Baghdad")},
        ),
        (
            "A landmine killed two children in Kandahar.",
            {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Kandahār")},
        ),
    ],
)
def test_disasters_are_no_attacks(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'retook' is left as written by the lemmatizer: the prefix and the lemma of 'took'
        (
            "Iraqi forces retook Ramadi from Islamic State fighters.",
            {("Iraqi Security Forces", "CAPTURE", "Islamic State", "Ramadi")},
        ),
        (
            "The rebels retook the town of Kidal.",
            {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")},
        ),
        ("Soldiers retook positions around Gwoza.", {("Nigerian Armed Forces", "CAPTURE", None, "Gwoza")}),
        # a town regained is taken back
        ("Nigerian troops regained Gwoza.", {("Nigerian Armed Forces", "CAPTURE", None, "Gwoza")}),
        ("He retold the story.", set()),
    ],
)
def test_towns_retaken(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a chemical used against a side attacks it (ACLED: chemical weapon; CAMEO 2042)
        (
            "Government forces used chlorine gas against rebels in Douma, activists said.",
            {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Dūmā")},
        ),
        # barrels or bombs dropped on a place strike it from the air
        (
            "Syrian helicopters dropped barrels filled with chlorine on Kafr Zita.",
            {("Syrian Arab Army", "FIGHT", None, "Kafr Zaytā")},
        ),
        ("Aircraft dropped leaflets on Aleppo.", set()),
        ("Villagers used the gas to cook.", set()),
    ],
)
def test_chemical_weapons_and_barrels(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
