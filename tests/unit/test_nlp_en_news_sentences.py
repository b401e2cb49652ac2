"""English news sentences (issue 14), on sentences of our own in the style of wire copy rather than
ACLED notes: exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import NEWS_PUBLISHED, Row, facts
from unit._extract import en_news_rows as rows

pytestmark = pytest.mark.nlp


def countries(text: str) -> set[str | None]:
    f = facts(text, "en", NEWS_PUBLISHED)
    return {loc.country for loc in f.locations}


ARMED = "Unidentified Armed Group"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Konna is Mali's (a curated town), not an Irish hamlet that has the name as an alias: the
        # government's troops and the militants take Mali for their country
        (
            "Government troops recaptured the town of Konna from Islamist fighters.",
            {("Malian Armed Forces", "CAPTURE", "Islamist Militia (Mali)", "Konna")},
        ),
        ("Rebels seized the village of Conna.", {(ARMED, "CAPTURE", None, "Conna")}),
        # a country named gives the town its country
        ("Malian troops recaptured the town of Konna.", {("Malian Armed Forces", "CAPTURE", None, "Konna")}),
    ],
)
def test_no_foreign_hamlet_without_a_hint(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_an_unhinted_town_has_no_country() -> None:
    assert countries("Rebels seized the village of Conna.") == {None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bomber is an unnamed armed group; a capital after "in" is where it happened, though the
        # mentions read it as its state
        (
            "A suicide bomber blew himself up outside a NATO base in Kabul, killing six people.",
            {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Kabul")},
        ),
        (
            "A bomber killed twelve people at a market in Maiduguri.",
            {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Maiduguri")},
        ),
        # claiming an attack is the claimer's attack (the French side codes "ont revendiqué l'attaque")
        ("The Taliban claimed responsibility for the attack.", {("Taliban", "FIGHT", None, None)}),
        # ... unless the article told the attack before: that one, its author now named
        (
            "A suicide bomber blew himself up outside a NATO base in Kabul, killing six people. "
            "The Taliban claimed responsibility for the attack.",
            {("Taliban", "ASSAULT", "Civilians (Afghanistan)", "Kabul")},
        ),
        (
            "Al-Shabaab claimed responsibility for the bombing in Mogadishu.",
            {("Al-Shabaab", "FIGHT", None, "Mogadishu")},
        ),
    ],
)
def test_bombers_and_claimed_attacks(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "X fell to Y", "fell into the hands of Y": Y took X
        (
            "Konna fell into the hands of Islamist militants on Thursday.",
            {("Islamist Militia (Mali)", "CAPTURE", None, "Konna")},
        ),
        (
            "The city of Ramadi fell to Islamic State fighters.",
            {("Islamic State", "CAPTURE", None, "Ramadi")},
        ),
        # "the town" that fell is the one the sentence before names
        (
            "Fighting raged around the town of Saraqib. The town fell to rebels on Thursday.",
            {
                ("Unidentified Armed Group (Syria)", "FIGHT", None, "Saraqib"),
                ("Unidentified Armed Group (Syria)", "CAPTURE", None, "Saraqib"),
            },
        ),
        ("Oil prices fell to a record low.", set()),
        # an unnamed place taken ("the border crossing") lies where the sentence's other event is
        (
            "Syrian troops withdrew from the town of Azaz after rebels captured the border crossing.",
            {
                ("Syrian Arab Army", "RETREAT", None, "I‘zāz"),
                ("Unidentified Armed Group (Syria)", "CAPTURE", None, "I‘zāz"),
            },
        ),
    ],
)
def test_towns_that_fell(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the army" with no state named is the army of the country the places name; "rebel
        # positions" are the rebels' (an unnamed armed group of that country)
        (
            "The army shelled rebel positions around Aleppo.",
            {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Aleppo")},
        ),
        (
            "The army attacked militants near Maiduguri.",
            {("Nigerian Armed Forces", "FIGHT", "Unidentified Armed Group (Nigeria)", "Maiduguri")},
        ),
        # "rebel positions" after an armed group's attack: that group's
        (
            "HTS fighters attacked the town. The army shelled rebel positions around Idlib.",
            {
                ("Hayat Tahrir al-Sham", "FIGHT", None, None),
                ("Syrian Arab Army", "FIGHT", "Hayat Tahrir al-Sham", "Idlib"),
            },
        ),
        # "rebel fighters" are one group, named by its head
        (
            "Rebel fighters attacked an army checkpoint in Homs.",
            {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Homs")},
        ),
    ],
)
def test_the_army_of_the_places_named(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # civilians with no country of their own are those of the place it happened in
        (
            "A mob lynched a man suspected of cattle theft in Jharkhand",
            {("Rioters (India)", "ASSAULT", "Civilians (India)", "Jhārkhand")},
        ),
        (
            "Boko Haram fighters abducted dozens of girls from a school in Chibok",
            {("Boko Haram", "ASSAULT", "Civilians (Nigeria)", "Chibok")},
        ),
        # one protest told twice in a sentence is one event
        (
            "Farmers blocked the highway to protest against land acquisition.",
            {("Protesters", "PROTEST", None, None)},
        ),
        (
            "Students marched through the streets to protest against the fee hike in Dhaka.",
            {("Protesters (Bangladesh)", "PROTEST", None, "Dhaka")},
        ),
        # "a police camp", "a police post": the police's place, so the police are attacked
        (
            "Maoist rebels attacked a police camp in Chhattisgarh, killing five policemen.",
            {("Communist Party of India (Maoist)", "FIGHT", "Police Forces of India", "Chhattīsgarh")},
        ),
        (
            "Gunmen attacked a police post in Kidal.",
            {("Unidentified Armed Group (Mali)", "FIGHT", "Police Forces of Mali", "Kidal")},
        ),
    ],
)
def test_generic_groups_of_the_place(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a fight done to disperse protesters is the dispersal's means, not a fight of its own; tear
        # gas meets a protest (ACLED's protest with intervention), opening fire is lethal force
        (
            "Police fired tear gas to disperse protesters in Nairobi.",
            {
                ("Police Forces of Kenya", "COERCE", "Protesters (Kenya)", "Nairobi"),
                ("Protesters (Kenya)", "PROTEST", None, "Nairobi"),
            },
        ),
        (
            "Soldiers opened fire to disperse protesters in Khartoum.",
            {("Sudanese Armed Forces", "COERCE", "Protesters (Sudan)", "Khartoum")},
        ),
        # people who burn the police's station in protest are rioters in a violent demonstration
        # (ACLED; CAMEO 145); the protest is their motive
        (
            "Villagers torched the police station in protest at the killing.",
            {("Rioters", "PROTEST", "Police Forces", None)},
        ),
        (
            "Angry residents torched a police post in Kisumu in protest over the death of a boy.",
            {("Rioters (Kenya)", "PROTEST", "Police Forces of Kenya", "Kisumu")},
        ),
    ],
)
def test_protests_that_turn_violent(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a veto is a rejection (the French side codes "ont opposé leur veto" so), of what it names
        (
            "Russia and China vetoed a UN resolution on Syria.",
            {("Russia", "REJECT", "United Nations", "Syria"), ("China", "REJECT", "United Nations", "Syria")},
        ),
        ("The United States vetoed the draft resolution.", {("United States", "REJECT", None, None)}),
        # forces deployed "to X" are mobilized there
        ("France deployed 2,500 troops to Mali.", {("France", "MOBILIZE", None, "Mali")}),
        ("Chad deployed troops to northern Mali.", {("Chad", "MOBILIZE", None, "Mali")}),
    ],
)
def test_vetoes_and_deployments(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "recovered" territory is taken back; a factory, a town centre are territory
        (
            "LNA forces recovered the Ajdabiya industrial zone.",
            {("Libyan National Army", "CAPTURE", None, "Ajdabiya")},
        ),
        (
            "Rebel fighters overran a bomb-making factory in Sirte, Libya.",
            {("Unidentified Armed Group (Libya)", "CAPTURE", None, "Sirte")},
        ),
        # weapons recovered are no territory, even capitalised, but a seizure (ACLED's disrupted weapons
        # use; en36); bodies are nothing taken
        (
            "Troops recovered a General Purpose Machine Gun near Maiduguri, Nigeria.",
            {("Nigerian Armed Forces", "COERCE", None, "Maiduguri")},
        ),
        ("Troops recovered the bodies of two soldiers near Maiduguri, Nigeria.", set()),
    ],
)
def test_territory_recovered(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_misdecoded_quotes_and_no_break_spaces_are_read() -> None:
    """cp1252 quotes decoded as C1 controls and no-break spaces, as in ACLED's 2016 exports."""
    text = "The LNA took \u0093complete control\u0094 of the town of Saraqib\u00a0 in Idlib, Syria."
    assert rows(text) == {("Libyan National Army", "CAPTURE", None, "Saraqib")}


@pytest.mark.parametrize(
    ("expression", "published", "expected"),
    [
        # the time of day does not push a day of the article's own date a year back
        ("In the evening of 18 June", "2016-06-18", "2016-06-18"),
        ("on the morning of 17 June", "2016-06-18", "2016-06-17"),
        ("on 20 July", "2016-06-18", "2015-07-20"),
    ],
)
def test_a_day_with_its_time_of_day(expression: str, published: str, expected: str) -> None:
    from conflictkg.nlp import dates

    assert dates.resolve(expression, published, "en") == (expected, "day")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unknown name after "control of" is a place, not an organisation NER took it for
        (
            "Al Shabaab took control of Rab Dhuure after AMISOM forces pulled out.",
            {
                ("Al-Shabaab", "CAPTURE", None, "Rab Dhuure"),
                # the withdrawal before the capture was where it was (events/prior_places.py, round case87)
                ("African Union Transition Mission in Somalia", "RETREAT", None, "Rab Dhuure"),
            },
        ),
    ],
)
def test_unknown_places_under_control(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
