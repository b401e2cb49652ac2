"""Places, round 38 (issue 14 item 4): an address written as a comma chain the parser reads as a list
("Bijapur, Chhattisgarh, India"), a unit named with its kind ("Bijapur district", "Konduga LGA") giving
way to the finer place before it, the actors' country as the prior for a town several countries
have ("Palma" beside Mozambican troops), a neighbour's border that is no party, "pénétrer dans" as
"entrer dans", and the article's country as the place of a ground event whose clause names none;
sentences of our own, as exact (actor, type, target, place)."""

from __future__ import annotations

import pytest
from unit._extract import en_rows, fr_rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

ENGLISH: list[tuple[str, set[Row]]] = [
    # a comma chain with no "and" is one place and the units it lies in (not Vijayapura, Karnataka)
    (
        "On 9 May 2020, Maoist insurgents ambushed a police patrol in Bijapur, Chhattisgarh, India.",
        {("Communist Party of India (Maoist)", "FIGHT", "Police Forces of India", "Bījāpur")},
    ),
    # the district's name without its kind word finds the hint's town
    (
        "On 9 May 2020, Maoists shot dead a villager in Bijapur district, Chhattisgarh.",
        {("Communist Party of India (Maoist)", "ASSAULT", "Civilians (India)", "Bījāpur")},
    ),
    # "X village, Y LGA, Z": the village, not the LGA's seat
    (
        "On 9 May 2020, suspected Boko Haram fighters killed 4 fishermen in Kawuri village, Konduga LGA, "
        "Borno, Nigeria.",
        {("Boko Haram", "ASSAULT", "Civilians (Nigeria)", "Kawuri")},
    ),
    (
        "On 9 May 2020, bandits abducted 7 farmers in Tsafe village, Tsafe LGA, Zamfara state.",
        {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Tsafe")},
    ),
    # a list with "and" stays a list: its first place, not a chain of hints
    (
        "On 9 May 2020, the army clashed with militants in Gao, Timbuktu and Kidal.",
        {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Gao")},
    ),
    # the actors' country decides between namesakes: Mozambique's Palma, not Mallorca's
    (
        "On 9 May 2020, gunmen raided a police station in Palma. Mozambican troops were sent to the area.",
        {
            ("Unidentified Armed Group (Mozambique)", "FIGHT", "Police Forces of Mozambique", "Palma"),
            ("Military Forces of Mozambique", "MOBILIZE", None, None),
        },
    ),
    # ... with no clue at all, the city
    (
        "On 9 May 2020, gunmen raided a police station in Palma.",
        {("Unidentified Armed Group (Spain)", "FIGHT", "Police Forces of Spain", "Palma")},
    ),
    # a neighbour's border names no party and no country of the attackers
    (
        "On 9 May 2020, Touareg fighters attacked a Malian army post near the Algerian border.",
        {("Unidentified Armed Group", "FIGHT", "Malian Armed Forces", None)},
    ),
]

FRENCH: list[tuple[str, set[Row]]] = [
    (
        "Des Touareg ont attaqué un poste de l'armée malienne près de la frontière algérienne.",
        {("Unidentified Armed Group", "FIGHT", "Malian Armed Forces", None)},
    ),
    (
        "Des Touareg armés ont tendu une embuscade à une patrouille près de la frontière nigérienne.",
        {("Unidentified Armed Group", "FIGHT", None, None)},
    ),
    # "pénétrer dans" as "entrer dans": forces entering a place
    (
        "Les soldats français et tchadiens ont pénétré mardi dans l'Adrar des Ifoghas.",
        {
            ("French Armed Forces", "CAPTURE", None, "Adrar des Ifoghas"),
            ("Chadian Armed Forces", "CAPTURE", None, "Adrar des Ifoghas"),
        },
    ),
    (
        "Des rebelles ont pénétré dans Kidal samedi.",
        {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")},
    ),
    ("L'eau a pénétré dans la cave.", set()),
    # a group's strongholds in a region: the region's country
    (
        "Les avions français ont frappé les bastions d'AQMI dans le nord du Mali.",
        {("French Armed Forces", "FIGHT", "Al-Qaeda in the Islamic Maghreb", "Mali")},
    ),
    (
        "Le retrait d'Afghanistan des soldats français a commencé mardi.",
        {("French Armed Forces", "RETREAT", None, "Afghanistan")},
    ),
    # the article's country, named as a place and once more, for a ground event placed nowhere
    (
        "Au Togo, la crise s'aggrave et le Togo reste divisé. "
        "Des manifestants ont dressé des barricades dimanche.",
        {("Rioters (Togo)", "PROTEST", None, "Togo")},
    ),
    (
        "Au Togo, la crise s'aggrave et le Togo reste divisé. Des jeunes ont affronté la police dimanche.",
        {("Rioters (Togo)", "PROTEST", "Police Forces of Togo", "Togo")},
    ),
    # ... not a statement
    (
        "Au Togo, la crise s'aggrave et le Togo reste divisé. "
        "L'opposition a demandé un nouveau scrutin dimanche.",
        {("Opposition (Togo)", "REQUEST", None, None)},
    ),
    # ... not when the country is named once only
    (
        "Le Togo traverse une crise. Des manifestants ont dressé des barricades dimanche.",
        {("Rioters (Togo)", "PROTEST", None, None)},
    ),
    ("Des manifestants ont dressé des barricades dimanche.", {("Rioters", "PROTEST", None, None)}),
    # a place in the clause still wins
    (
        "Au Népal, la police a arrêté des militants mardi. À Katmandou, des étudiants ont manifesté.",
        {
            ("Police Forces of Nepal", "COERCE", "Protesters (Nepal)", "Nepal"),
            ("Protesters (Nepal)", "PROTEST", None, "Kathmandu"),
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_places(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), FRENCH)
def test_french_places(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected
