"""French violence by unnamed and generic attackers (issue 14), round 23, on sentences of our own:
exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row, en_rows
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cleft after a source ("selon la police, ce sont deux hommes ... qui"): the source names
        # no group; "l'avocat" is the lawyer the text named before
        ("Meurtre de Karim Diallo, avocat de Sadou Traoré. Selon la police, ce sont deux hommes à "
         "bord d'un scooter qui ont ouvert le feu sur l'avocat à Gao.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Karim Diallo", "Gao")}),
        # the noun with the name in the same phrase first, then alone
        ("Le juge Ahmad Karimi a été tué lundi à Kandahar. Des hommes armés avaient déjà ouvert le "
         "feu sur le juge en mai.",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Ahmad Karimi", "Kandahār"),
          ("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Ahmad Karimi", None)}),
        ("Le gouverneur de la province, Tooryalai Wesa, a été blessé à Kandahar. Deux hommes armés "
         "ont tiré sur le gouverneur mardi.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Tooryalai Wesa", "Kandahār")}),
        # a lawyer the text never named: civilians
        ("Selon la police, deux hommes à moto ont ouvert le feu sur un avocat à Gao.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Gao")}),
    ],
)  # fmt: skip
def test_unnamed_attackers_on_a_person_named_before(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle coordinated with a passive is passive too: its patient acts in neither
        ("L'institut culturel français de Bamako a été saccagé et incendié dimanche.", set()),
        ("Des soldats syriens ont été capturés puis exécutés près d'Alep.",
         {("Unidentified Armed Group (Syria)", "ASSAULT", "Syrian Arab Army", "Aleppo")}),
        ("Deux policiers ont été attaqués et blessés à Kidal.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Police Forces of Mali", "Kidal")}),
        # the agent may hang on either verb
        ("L'école du village a été saccagée et incendiée par des hommes armés près de Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Gao")}),
        # a participle on a noun has that noun for its patient: no person near it was attacked
        ("Selon eux, M. Dupont, directeur de l'hôtel incendié dans la nuit à Gao, a quitté le pays.",
         set()),
    ],
)  # fmt: skip
def test_a_passive_patient_is_never_the_actor(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # ACLED's own generic names: Islamist militias and journalists, their country from the
        # nationality adjective, else from the place
        ("Des militants islamistes irakiens ont enlevé trois journalistes roumains à Bagdad.", "fr",
         {("Islamist Militia (Iraq)", "ASSAULT", "Journalists (Romania)", "Baghdad")}),
        ("Deux journalistes ont été enlevés à Alep samedi.", "fr",
         {("Unidentified Armed Group (Syria)", "ASSAULT", "Journalists (Syria)", "Aleppo")}),
        ("Des combattants islamistes ont abattu deux soldats maliens près de Gao.", "fr",
         {("Islamist Militia (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
        ("Islamist militants killed two journalists in Mogadishu.", "en",
         {("Islamist Militia (Somalia)", "ASSAULT", "Journalists (Somalia)", "Mogadishu")}),
        # other unarmed victims stay civilians
        ("Trois travailleurs humanitaires ont été enlevés près de Tombouctou.", "fr",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Timbuktu")}),
    ],
)  # fmt: skip
def test_islamist_militias_and_journalists(text: str, lang: str, expected: set[Row]) -> None:
    assert (rows(text) if lang == "fr" else en_rows(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite repeat of a group is the one named with its country before
        ("Trois journalistes roumains ont été enlevés en Irak. Des militants islamistes ont ensuite "
         "abattu les journalistes près de Bagdad.",
         {("Unidentified Armed Group (Iraq)", "ASSAULT", "Journalists (Romania)", "Iraq"),
          ("Islamist Militia (Iraq)", "ASSAULT", "Journalists (Romania)", "Baghdad")}),
        # the families of the hostages are not the hostages: civilians of their country
        ("Deux otages français ont été enlevés près de Gao. Les familles des otages ont manifesté "
         "à Paris.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (France)", "Gao"),
          ("Protesters (France)", "PROTEST", None, "Paris")}),
    ],
)  # fmt: skip
def test_definite_repeats_and_kin(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # protesters who attack are rioters (ACLED's violent demonstration); westerners and
        # foreigners of no one nationality are ACLED's "Civilians (International)"; an attack on
        # civilians is one-sided violence (ASSAULT)
        ("Des manifestants ont défilé à Lomé. Ils s'en sont ensuite pris aux occidentaux vivant au Togo.",
         {("Protesters (Togo)", "PROTEST", None, "Lomé"),
          ("Rioters (Togo)", "ASSAULT", "Civilians (International)", None)}),
        ("Des manifestants ont attaqué des étrangers à Niamey.",
         {("Rioters (Niger)", "ASSAULT", "Civilians (International)", "Niamey")}),
        ("Des émeutiers s'en sont pris aux Nigériens vivant à Lomé.",
         {("Rioters (Togo)", "ASSAULT", "Civilians (Niger)", "Lomé")}),
        # protesters who only march stay protesters
        ("Des manifestants ont défilé à Bamako.", {("Protesters (Mali)", "PROTEST", None, "Bamako")}),
    ],
)  # fmt: skip
def test_violent_protesters_and_foreigners(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
