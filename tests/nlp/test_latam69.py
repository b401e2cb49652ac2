"""Latin America and the Philippines (issue 14, round latam69).

Criminal and armed groups ACLED codes by name are in the knowledge base under ACLED's name (or the
full name of its "ABBR: Full Name"), so that the text's "members of the CJNG" and an imported record
meet on one node: Mexican cartels, Brazilian factions, Central American maras, Colombian groups,
Venezuelan colectivos, Philippine fronts. Unnamed gunmen stay the unidentified armed group of the
place's country. A suffix word names the kind of subdivision ("Bolivar state": Venezuela's, Colombia's
Bolívar being a department), and a town curated under its GeoNames id keeps its own name from a city
abroad that bears it only as another name (El Callao of Venezuela, not Callao of Peru)."""

from __future__ import annotations

import pytest
from unit._extract import SNIPPETS_PUBLISHED, en_rows, placed

from conflictkg.knowledge.gazetteer import Gazetteer
from conflictkg.structured.resolver import Resolver

pytestmark = pytest.mark.nlp

CJNG, PHL_ARMY = "Jalisco New Generation Cartel", "Military Forces of the Philippines"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 4 June 2021, in Celaya, Guanajuato, members of the CJNG attacked a bar and killed three men.",
         {(CJNG, "FIGHT", None, "Celaya"), (CJNG, "ASSAULT", "Civilians (Mexico)", "Celaya")}),
        ("On 4 June 2021, in Culiacan, Sinaloa, soldiers clashed with gunmen of the Sinaloa Cartel.",
         {("Military Forces of Mexico", "FIGHT", "Sinaloa Cartel", "Culiacán")}),
        ("On 4 June 2021, in Reynosa, Tamaulipas, the Gulf Cartel fought the Cartel del Noreste for control "
         "of a neighbourhood.", {("Gulf Cartel", "FIGHT", "Northeast Cartel", "Reynosa")}),
        ("On 4 June 2021, in Sao Goncalo, Rio de Janeiro, traffickers of the Comando Vermelho invaded a "
         "favela held by the TCP.", {("Red Command", "FIGHT", "Pure Third Command", "São Gonçalo")}),
        ("On 4 June 2021, in Apartado, Antioquia, soldiers killed two members of the Clan del Golfo in a "
         "firefight.", {("Military Forces of Colombia", "FIGHT", "Gulf Clan", "Apartadó")}),
        ("On 4 June 2021, in Petare, Miranda state, armed colectivos fired at residents who were queuing "
         "for fuel.", {("Colectivos", "ASSAULT", "Civilians (Venezuela)", "Petare")}),
        ("On 4 June 2021, troops clashed with NPA rebels in Bayawan, Negros Oriental.",
         {(PHL_ARMY, "FIGHT", "New People's Army", "Bayawan")}),
        ("On 4 June 2021, BIFF gunmen ambushed a military patrol in Datu Piang, Maguindanao.",
         {("Bangsamoro Islamic Freedom Fighters", "FIGHT", PHL_ARMY, "Datu Piang")}),
        # no group named: the unidentified armed group of the place's country
        ("On 4 June 2021, in Chilapa, Guerrero, unidentified gunmen shot dead a taxi driver.",
         {("Unidentified Armed Group (Mexico)", "ASSAULT", "Civilians (Mexico)", "Chilapa de Álvarez")}),
    ],
)  # fmt: skip
def test_named_groups(text: str, expected: set[tuple[str, ...]]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("acled", "name"),
    [
        ("CJNG: Jalisco New Generation Cartel", CJNG),
        ("ELN: National Liberation Army", "National Liberation Army (Colombia)"),
        ("CV: Red Command", "Red Command"),
        ("Los Zetas Gang", "Los Zetas Gang"),
        ("NPA: New People's Army", "New People's Army"),
        ("BIFF: Bangsamoro Islamic Freedom Fighters", "Bangsamoro Islamic Freedom Fighters"),
    ],
)
def test_acled_names_meet_the_text(acled: str, name: str) -> None:
    actor = Resolver(gazetteer=False).acled_actor(acled, "armed_group", None)
    assert (actor.name, actor.kind) == (name, "armed_group")
    assert actor.country is not None


@pytest.mark.parametrize(
    ("name", "countries"),
    [
        ("Bolivar state", {"VEN"}),
        ("Bolivar department", {"COL"}),
        ("Bolivar province", {"ECU"}),
        ("Amazonas department", {"COL"}),
        # "region" names any kind: every country keeps its Bolívar; one country only: unchanged
        ("Bolivar region", {"VEN", "COL", "ECU"}),
        ("Guerrero state", {"MEX"}),
    ],
)
def test_suffix_names_the_kind_of_subdivision(name: str, countries: set[str]) -> None:
    assert Gazetteer.load().countries_of_name(name) == countries


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 4 June 2021, in El Callao, Bolivar state, gunmen shot dead two miners.",
         {("ASSAULT", "El Callao", "VEN")}),
        ("On 4 June 2021, gunmen shot dead two miners in El Callao.", {("ASSAULT", "El Callao", "VEN")}),
        # Peru's port, by its own name or in an article about Peru
        ("On 4 June 2021, police arrested a man in Callao, Lima.", {("COERCE", "Callao", "PER")}),
        ("On 4 June 2021, Peruvian police arrested two men in El Callao.", {("COERCE", "Callao", "PER")}),
    ],
)  # fmt: skip
def test_el_callao(text: str, expected: set[tuple[str, ...]]) -> None:
    assert placed(text, "en", SNIPPETS_PUBLISHED) == expected
