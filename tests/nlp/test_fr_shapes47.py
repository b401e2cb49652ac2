"""French shapes left alone in earlier rounds (issue 14), round frleft47: sentences of our own, as
exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "des gaz" the parser glues into one determiner of the people gassed: the gas is the object
        ("La police a utilisé des gaz lacrymogènes contre les manifestants à Bamako.",
         {("Police Forces of Mali", "COERCE", "Protesters (Mali)", "Bamako"),
          ("Protesters (Mali)", "PROTEST", None, "Bamako")}),
        ("La police a lancé des gaz lacrymogènes sur les manifestants à Niamey.",
         {("Police Forces of Niger", "COERCE", "Protesters (Niger)", "Niamey"),
          ("Protesters (Niger)", "PROTEST", None, "Niamey")}),
        ("Les policiers ont tiré des gaz lacrymogènes contre la foule à Conakry.",
         {("Police Forces of Guinea", "COERCE", "Protesters (Guinea)", "Conakry"),
          ("Protesters (Guinea)", "PROTEST", None, "Conakry")}),
        # tear-gas grenades are tear gas
        ("La police a lancé des grenades lacrymogènes contre les étudiants à Abidjan.",
         {("Police Forces of Ivory Coast", "COERCE", "Civilians (Ivory Coast)", "Abidjan")}),
        ("Les gendarmes ont tiré des grenades lacrymogènes sur la foule à Lomé.",
         {("Police Forces of Togo", "COERCE", "Protesters (Togo)", "Lomé"),
          ("Protesters (Togo)", "PROTEST", None, "Lomé")}),
    ],
)  # fmt: skip
def test_tear_gas_used_on_people(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a road or a bridge blocked by people is a protest (CAMEO 144, obstruct passage)
        ("Des manifestants ont bloqué la route entre Bamako et Kati.",
         {("Protesters (Mali)", "PROTEST", None, None)}),
        ("Des jeunes en colère ont bloqué le pont à Niamey.",
         {("Protesters (Niger)", "PROTEST", None, "Niamey")}),
        ("Des habitants ont barré la route nationale près de Kayes.",
         {("Protesters (Mali)", "PROTEST", None, "Kayes")}),
        # forces closing a road protest nothing; a resolution blocked stays a rejection
        ("L'armée a bloqué la route de Gao.", set()),
        ("La Russie a bloqué la résolution.", {("Russia", "REJECT", None, None)}),
    ],
)  # fmt: skip
def test_blocked_roads_are_protests(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name apposed to the arrested one's title names who was arrested; "par X" arrests
        ("L'arrestation de l'ancien Premier ministre, Jean Dupont, par la police a choqué le pays.",
         {("Police Forces", "COERCE", "Jean Dupont", None)}),
        ("L'arrestation de l'ancien ministre, Ibrahim Sow, par les gendarmes a surpris Bamako.",
         {("Police Forces of Mali", "COERCE", "Ibrahim Sow", None)}),
        ("La police a annoncé l'arrestation de l'ancien ministre, Ibrahim Sow, à Bamako.",
         {("Police Forces of Mali", "COERCE", "Ibrahim Sow", "Bamako")}),
        # the agent the parser hangs on the arrested one's name is the arrest's
        ("L'arrestation du journaliste Amadou Ba par la police a choqué Dakar.",
         {("Police Forces of Senegal", "COERCE", "Amadou Ba", None)}),
    ],
)  # fmt: skip
def test_nominal_arrest_of_a_named_person(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "leur" before the verb is to them: the ones reproached, named in the sentence before
        ("Les rebelles ont pris Gao. Les habitants leur reprochent des pillages.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Gao"),
          ("Civilians (Mali)", "ACCUSE", "Unidentified Armed Group (Mali)", None)}),
        ("Les soldats maliens sont arrivés à Gao. Les habitants leur reprochent des exactions.",
         {("Malian Armed Forces", "MOBILIZE", None, "Gao"),
          ("Civilians (Mali)", "ACCUSE", "Malian Armed Forces", None)}),
        ("Le président Amadou Toumani Touré est arrivé à Gao. Les habitants lui reprochent son inaction.",
         {("Civilians (Mali)", "ACCUSE", "Amadou Toumani Touré", None)}),
        # "leur" (to them) is never one person named alone
        ("Koffi Mensah est arrivé à Lomé. Les étudiants leur reprochent leur silence.", set()),
        ("Koffi Mensah est arrivé à Lomé. Les étudiants lui reprochent son silence.",
         {("Civilians (Togo)", "ACCUSE", "Koffi Mensah", None)}),
        ("Ils versent une taxe au parti de Koffi Mensah à Lomé. Les étudiants leur reprochent aussi leur "
         "silence.", set()),
        # no one named before: no one reproached, no event
        ("Les habitants leur reprochent de ne pas les protéger.", set()),
        ("Les habitants reprochent à l'armée de ne pas les protéger.",
         {("Civilians", "ACCUSE", "Military Forces", None)}),
    ],
)  # fmt: skip
def test_reproach_to_them(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun after a preposition is the one person named before, not the subject
        ("Les policiers ont arrêté Amadou Traoré. La police a ouvert le feu sur lui.",
         {("Police Forces", "COERCE", "Amadou Traoré", None),
          ("Police Forces", "FIGHT", "Amadou Traoré", None)}),
        ("Le colonel Ali Diallo a été arrêté à Bamako. Des soldats l'ont frappé.",
         {("Mali", "COERCE", "Ali Diallo", "Bamako"), ("Malian Armed Forces", "FIGHT", "Ali Diallo", None)}),
        # a collective "groupe de N" acts as its members
        ("Un groupe de jeunes a manifesté devant la préfecture de Bamako.",
         {("Protesters (Mali)", "PROTEST", None, "Bamako")}),
        ("Un groupe de femmes a manifesté lundi à Dakar.",
         {("Protesters (Senegal)", "PROTEST", None, "Dakar")}),
        # villages attacked are where, not whom
        ("Les rebelles ont attaqué deux villages près de Kidal.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Kidal")}),
        ("Des jihadistes ont attaqué trois villages dans la région de Mopti.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Mopti")}),
    ],
)  # fmt: skip
def test_shapes_that_already_hold(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # trades and ordinary people are the country's civilians, its protesters when they protest
        ("Des chauffeurs de taxi ont bloqué les principaux axes de Dakar pour protester contre la hausse "
         "du prix de l'essence.", {("Protesters (Senegal)", "PROTEST", None, None)}),
        ("Des pêcheurs ont manifesté devant le port de Nouakchott.",
         {("Protesters (Mauritania)", "PROTEST", None, "Nouakchott")}),
        ("Des éleveurs ont été tués par des hommes armés près de Mopti.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Mopti")}),
        ("Des hommes armés ont enlevé trois marchands près de Gao.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Gao")}),
        ("Les citoyens ont voté dimanche à Bamako.", set()),
    ],
)  # fmt: skip
def test_trades_are_civilians(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
