"""Places, round 39 (issue 14 item 4): Malian villages the GeoNames data lacks (Moura, not the
Portuguese town), "un village près de Gao" placed at Gao, "X region" as the subdivision (a name the
tagger reads as a verb: "Sagaing"), a fronted address ("In Sinop, Mato Grosso, ...") whose state the
parser takes for the subject, a neighbourhood's far namesake, and a source's seat ("basé à
Londres") that is no sign of the article's country; sentences of our own, as exact tuples."""

from __future__ import annotations

import pytest
from unit._extract import en_rows, facts, fr_rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

CASES: list[tuple[str, str, set[Row]]] = [
    # a curated village of central Mali: not Moura in Alentejo
    (
        "fr",
        "Des jihadistes ont attaqué mardi un poste de l'armée malienne à Moura.",
        {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Moura")},
    ),
    (
        "en",
        "On 9 May 2020, JNIM militants attacked an army camp in Boulkessi.",
        {("Jama'at Nusrat al-Islam wal-Muslimin", "FIGHT", "Malian Armed Forces", "Boulkessi")},
    ),
    # an unnamed village near a town: the town, not a place called "village"
    (
        "fr",
        "Trois soldats maliens ont été tués jeudi dans une embuscade dans un village près de Gao.",
        {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")},
    ),
    # "Sagaing" tagged as a verb, written with its kind
    (
        "en",
        "On 9 May 2020, soldiers clashed with the Arakan Army in Sagaing region.",
        {("Tatmadaw", "FIGHT", "Arakan Army", "Sagaing")},
    ),
    # the neighbourhood of the fronted town, not São Paulo's Vila Mariana 1,600 km away
    (
        "en",
        "On 9 May 2020, in Sinop, Mato Grosso, a shopkeeper was shot dead in Vila Mariana neighborhood by "
        "two gunmen.",
        {("Unidentified Armed Group (Brazil)", "ASSAULT", "Civilians (Brazil)", "Vila Mariana")},
    ),
    # a comma chain whose state NER took for a person ("Parana", "Rio de Janeiro") still hints the town
    (
        "en",
        "On 9 May 2020, in Londrina, Parana, a taxi driver was shot dead in Cinco Conjuntos district by "
        "two gunmen.",
        {("Unidentified Armed Group (Brazil)", "ASSAULT", "Civilians (Brazil)", "Londrina")},
    ),
    (
        "en",
        "On 3 February 2021, in Sao Goncalo, Rio de Janeiro, officers of the military police clashed with "
        "drug traffickers in the Jardim Catarina community.",
        {("Police Forces of Brazil", "FIGHT", None, "São Gonçalo")},
    ),
    # the monitor's seat gives the actors no country
    (
        "fr",
        "Selon l'OSDH, basé à Londres, des rebelles ont attaqué mardi un barrage de l'armée.",
        {("Unidentified Armed Group", "FIGHT", "Military Forces", None)},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_rows(lang: str, text: str, expected: set[Row]) -> None:
    got = fr_rows(text) if lang == "fr" else en_rows(text)
    assert got == expected


PLACED: list[tuple[str, str, set[tuple[str, str, str, str | None, float | None]]]] = [
    # kind, country and coordinates: the region placed at its seat; the neighbourhood at its town
    (
        "en",
        "On 9 May 2020, gunmen killed 3 villagers in Mopti region.",
        {("ASSAULT", "Mopti", "region", "MLI", 14.4843)},
    ),
    (
        "en",
        "On 9 May 2020, in Sinop, Mato Grosso, a shopkeeper was shot dead in Vila Mariana neighborhood by "
        "two gunmen.",
        {("ASSAULT", "Vila Mariana", "district", "BRA", -11.86417)},
    ),
    (
        "fr",
        "Des jihadistes ont attaqué mardi un poste de l'armée malienne à Moura.",
        {("FIGHT", "Moura", "village", "MLI", 14.1)},
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PLACED)
def test_placed(lang: str, text: str, expected: set[tuple[str, str, str, str | None, float | None]]) -> None:
    f = facts(text, lang, "2020-05-10")
    locs = {loc.id: loc for loc in f.locations}
    got = {
        (e.type, locs[e.location_id].name, locs[e.location_id].kind, locs[e.location_id].country,
         locs[e.location_id].lat)
        for e in f.events if e.location_id
    }  # fmt: skip
    assert got == expected
