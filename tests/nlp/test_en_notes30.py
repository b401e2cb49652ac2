"""English notes and news (issue 14), round 30: sentences of our own, as exact (actor, type, target,
place) rows."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weapon that falls, lands or goes off: the attack of whoever fired or planted it
        ("Two mortar shells fell on a market in Aleppo on Tuesday.",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Aleppo")}),
        ("Several rockets landed near the airport in Kandahar.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", None, "Kandahār")}),
        ("A roadside bomb went off near a checkpoint in Marib.",
         {("Unidentified Armed Group (Yemen)", "ASSAULT", None, "Ma'rib")}),
        # anything else that falls, lands or goes off is no attack; a town falls to someone
        ("The aid plane landed in Kandahar on Tuesday.", set()),
        ("The price of bread fell in Aleppo.", set()),
        ("The fire alarm went off in a school in Marib.", set()),
        ("Kidal fell to the rebels on Sunday.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
    ],
)  # fmt: skip
def test_weapons_that_land(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shells, mortars, missiles fired with no author named: the unnamed armed group's attack
        ("Shells were fired at Kandahar.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", None, "Kandahār")}),
        ("Mortar shells were fired at Aleppo.",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Aleppo")}),
        ("Two missiles were fired at Kandahar.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", None, "Kandahār")}),
    ],
)  # fmt: skip
def test_weapons_fired_with_no_author(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject the parser hung on the fronted place, the verb tagged as a participle
        ("On 3 May 2020, in Hermosillo, Sonora, about 60 nurses protested outside the hospital.",
         {("Protesters (Mexico)", "PROTEST", None, "Hermosillo")}),
        ("In Kano, Nigeria, about 200 traders protested against new taxes.",
         {("Protesters (Nigeria)", "PROTEST", None, "Kano")}),
    ],
)  # fmt: skip
def test_subject_after_a_fronted_place(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces a state's name or demonym qualifies, with a kind of force, are its military
        ("US special forces raided a Taliban compound near Kandahar.",
         {("Military Forces of the United States", "FIGHT", "Taliban", "Kandahār")}),
        ("US forces killed two militants in Ghazni.",
         {("Military Forces of the United States", "FIGHT", "Unidentified Armed Group (Afghanistan)",
           "Ghazni")}),
        ("Kenyan ground forces killed ten al Shabaab fighters near Kismayo.",
         {("Military Forces of Kenya", "FIGHT", "Al-Shabaab", "Kismayo")}),
        # 'rebel' is no kind of state force
        ("Syrian rebel forces attacked an army base near Aleppo.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Aleppo")}),
    ],
)  # fmt: skip
def test_forces_of_a_named_state(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lower-case event noun the tagger read as a name; people holding it are protesters
        ("Nurses held a sit-in outside the ministry in Kabul.",
         {("Protesters (Afghanistan)", "PROTEST", None, "Kabul")}),
        ("Teachers staged a sit-in in Bamako.", {("Protesters (Mali)", "PROTEST", None, "Bamako")}),
        # an event noun hung as a clause or an adverb on a verb with no subject is that subject
        ("Shelling by Afghan security forces struck a bazaar in Kunduz.",
         {("Military Forces of Afghanistan", "FIGHT", None, "Kunduz")}),
        ("On Sunday, heavy shelling by government forces hit a hospital in Idlib.",
         {("Syrian Arab Army", "FIGHT", None, "Idlib")}),
        ("Reported on 2 May, shelling by the army hit a school in Kunduz.",
         {("Military Forces of Afghanistan", "FIGHT", None, "Kunduz")}),
    ],
)  # fmt: skip
def test_misread_event_nouns(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people named by what they do are civilians: a mob attacking them is mob violence
        ("A mob attacked a hawker in Jos.",
         {("Rioters (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Jos")}),
        ("A mob attacked two motorcyclists in Jos.",
         {("Rioters (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Jos")}),
        ("Gunmen shot a motorist dead near Kaduna.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kaduna")}),
        # a common noun after the names of a fronted place starts the subject
        ("On 5 June, in Gao, Mali, armed men ambushed a convoy of traders.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Gao")}),
        ("On 5 June, in Kidal, Mali, jihadists attacked a checkpoint of the army.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Kidal")}),
    ],
)  # fmt: skip
def test_mob_violence_and_fronted_places(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a strike a state's name qualifies is that state's
        ("A US drone strike killed three al Qaeda militants in Shabwa province.",
         {("United States", "FIGHT", "Al-Qaeda", "Shabwah")}),
        ("A Turkish drone strike hit a convoy near Sirte.", {("Turkey", "FIGHT", None, "Sirte")}),
        # of two subjects after a fronted place, the one nearest the verb
        ("On 2 June, in Tijuana, Baja California, about 80 nurses demonstrated to demand masks.",
         {("Protesters (Mexico)", "PROTEST", None, "Tijuana")}),
        # land an owner holds is property seized, no territory taken
        ("Israeli forces seized Palestinian-owned land near Nablus.",
         {("Israel Defense Forces", "COERCE", None, "Nablus")}),
    ],
)  # fmt: skip
def test_strikes_subjects_and_owned_land(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
