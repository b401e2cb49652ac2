"""French war reporting (issue 14), round 48: shapes round 47 found and left, in sentences of our
own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
FARDC = "Armed Forces of the Democratic Republic of the Congo"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # grenades with no tear-gas or stun complement: an attack, as other weapons thrown or fired
        ("Des rebelles ont lancé des grenades contre une patrouille de l'armée près de Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
        ("Des inconnus ont lancé une grenade contre un poste de police à Mogadiscio.",
         {("Unidentified Armed Group (Somalia)", "FIGHT", "Police Forces of Somalia", "Mogadishu")}),
        ("Des islamistes ont tiré des grenades sur des soldats tchadiens à Kidal.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Chadian Armed Forces", "Kidal")}),
        # agentless: the unnamed armed group's
        ("Des grenades ont été lancées sur un marché de Bangui.",
         {("Unidentified Armed Group (Central African Republic)", "FIGHT", None, "Bangui")}),
        # tear-gas and stun grenades stay force against people
        ("Les gendarmes ont tiré des grenades assourdissantes sur les étudiants à Abidjan.",
         {("Police Forces of Ivory Coast", "COERCE", "Civilians (Ivory Coast)", "Abidjan")}),
    ],
)  # fmt: skip
def test_grenades(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "leur" before the verb is its indirect object, never its subject: the one ambushed or
        # threatened, the subject of the sentence before
        ("Les jihadistes ont attaqué Gao. L'armée leur a tendu une embuscade.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Gao"),
          ("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", None)}),
        ("Des rebelles ont incendié un village près de Bunia. Les soldats congolais leur ont tendu "
         "une embuscade.",
         {("Unidentified Armed Group (Democratic Republic of Congo)", "FIGHT", None, "Bunia"),
          (FARDC, "FIGHT", "Unidentified Armed Group (Democratic Republic of Congo)", None)}),
        ("Les talibans ont attaqué Kandahar. L'armée afghane leur a lancé un ultimatum.",
         {("Taliban", "FIGHT", None, "Kandahār"),
          ("Military Forces of Afghanistan", "THREATEN", "Taliban", None)}),
        ("Les islamistes ont pris Douentza. Le gouvernement malien leur a adressé un ultimatum.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Douentza"),
          ("Mali", "THREATEN", "Unidentified Armed Group (Mali)", None)}),
    ],
)  # fmt: skip
def test_dative_clitic_targets(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name set off by commas after a role noun names its holder: the one acted on, not the
        # state its demonym names
        ("L'arrestation de l'ancien ministre malien, Moussa Keita, par les militaires a surpris Bamako.",
         {("Malian Armed Forces", "COERCE", "Moussa Keita", None)}),
        ("Les militaires ont arrêté l'ancien ministre malien, Moussa Keita, à Bamako.",
         {("Malian Armed Forces", "COERCE", "Moussa Keita", "Bamako")}),
        ("Les soldats ont arrêté le président, Amadou Sanogo, à Bamako.",
         {("Malian Armed Forces", "COERCE", "Amadou Sanogo", "Bamako")}),
        # the place the parser hung on the name is the verb's
        ("Des inconnus ont tué le gouverneur de la province, Abdul Karim, près de Kandahar.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Abdul Karim", "Kandahār")}),
    ],
)  # fmt: skip
def test_apposed_holders(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agent phrase the parser reads as a second subject is the event noun's agent
        ("L'enlèvement du maire de Gao, Ali Touré, par des hommes armés a inquiété la population.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Ali Touré", None)}),
        ("L'assassinat du gouverneur, Abdul Karim, par des talibans a choqué Kaboul.",
         {("Taliban", "ASSAULT", "Abdul Karim", None)}),
    ],
)  # fmt: skip
def test_agents_read_as_subjects(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # protesters who gather protest, as with "se rassembler"; ministers or residents meeting do not;
        # a protest at a state's mission is aimed at that state
        ("Des manifestants se sont réunis mardi devant le consulat du Japon à Canton.",
         {("Protesters (China)", "PROTEST", "Japan", "Guangzhou")}),
        ("Des centaines de manifestants se sont réunis devant l'ambassade de France à Bamako.",
         {("Protesters (Mali)", "PROTEST", "France", "Bamako")}),
        ("Des manifestants se sont rassemblés devant l'ambassade américaine au Caire.",
         {("Protesters (Egypt)", "PROTEST", "United States", "Cairo")}),
        ("Des manifestants se sont réunis devant le parlement à Dakar.",
         {("Protesters (Senegal)", "PROTEST", None, "Dakar")}),
        ("Les ministres de la Cédéao se sont réunis à Abuja.", set()),
        ("Des habitants se sont réunis devant la mairie de Gao.", set()),
    ],
)  # fmt: skip
def test_protesters_gathered(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
