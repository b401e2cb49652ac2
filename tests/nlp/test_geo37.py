"""Places, round 37 (issue 14 item 4): subdivisions under their French names, a kind written with
the name ("district de Nawa"), curated district seats and villages, a MISC name of proper nouns
kept whole, the capital of the actor's own country as a place (not a target), whom a person serves
(not a site hit), an IED as a weapon; sentences of our own, as exact (actor, type, target, place)."""

from __future__ import annotations

import pytest
from unit._extract import en_rows, fr_rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

FRENCH: list[tuple[str, set[Row]]] = [
    # a province under its French name (pycountry's French catalogue)
    (
        "Au Baloutchistan, des insurgés ont tué mardi quatre policiers.",
        {("Unidentified Armed Group (Pakistan)", "FIGHT", "Police Forces of Pakistan", "Balochistan")},
    ),
    (
        "Des rebelles baloutches ont attaqué un gazoduc dans la province du Baloutchistan.",
        {("Unidentified Armed Group (Pakistan)", "FIGHT", None, "Balochistan")},
    ),
    # the kind written before the name, as the curated name writes it after ("Nawa district")
    (
        "Les soldats britanniques ont attaqué des talibans dans le district de Nawa, dans le Helmand.",
        {("Military Forces of the United Kingdom", "FIGHT", "Taliban", "Nawa-i-Barakzayi")},
    ),
    (
        "Une patrouille britannique a été visée par les talibans dans le district de Nawa.",
        {("Taliban", "FIGHT", "Military Forces of the United Kingdom", "Nawa-i-Barakzayi")},
    ),
    # a district the GeoNames towns lack
    (
        "Des talibans ont tué trois policiers afghans dans le district d'Andar, province de Ghazni.",
        {("Taliban", "FIGHT", "Police Forces of Afghanistan", "Andar")},
    ),
    # a name NER calls MISC, all proper nouns: kept whole, never its first word alone (Madinah, Saudi
    # Arabia); unknown, it is placed in the country it is said to lie in
    (
        "Les rebelles ont pris d'assaut Madinat Al Nour, dans le nord de la Syrie.",
        {("Unidentified Armed Group (Syria)", "FIGHT", None, "Syria")},
    ),
    # the capital of the actor's own country is where it acts, not its target
    (
        "Des obus sont tombés mardi sur la capitale libyenne.",
        {("Unidentified Armed Group (Libya)", "FIGHT", None, "Tripoli")},
    ),
    (
        "Des miliciens libyens ont attaqué la capitale libyenne dans la nuit.",
        {("Unidentified Communal Militia (Libya)", "FIGHT", None, "Tripoli")},
    ),
    # ... a foreign state's capital still has that state as target
    (
        "L'aviation israélienne a bombardé la capitale syrienne dimanche.",
        {("Israel Defense Forces", "FIGHT", "Syria", "Damascus")},
    ),
    # whom a person serves is no site: the place is where the abduction happened
    (
        "Le consul d'Algérie et quatre de ses adjoints ont été enlevés à Gao par le MUJAO.",
        {("Movement for Unity and Jihad in West Africa", "ASSAULT", "Algeria", "Gao")},
    ),
    # a site's own place is still taken ("un hôtel de Kaboul")
    (
        "Des hommes armés ont attaqué un hôtel de Kaboul.",
        {("Unidentified Armed Group (Afghanistan)", "FIGHT", None, "Kabul")},
    ),
    # "près d'un marché de X", the site parsed as the verb's object: placed by its complement
    (
        "Une voiture piégée a explosé près d'un marché de Kirkouk, tuant six civils.",
        {("Unidentified Armed Group (Iraq)", "ASSAULT", "Civilians (Iraq)", "Kirkuk")},
    ),
    (
        "Une bombe a explosé près d'une mosquée de Bagdad.",
        {("Unidentified Armed Group (Iraq)", "ASSAULT", None, "Baghdad")},
    ),
    # ... the local official's place is still his ("le gouverneur de Kandahar")
    (
        "Le gouverneur de Kandahar a été tué par des talibans.",
        {("Taliban", "FIGHT", "Afghanistan", "Kandahār")},
    ),
    # the same name as an object: unknown, no place rather than Saudi Arabia's Madinah
    (
        "Les rebelles ont attaqué Madinat Al Nour, au nord de la Syrie.",
        {("Unidentified Armed Group (Syria)", "FIGHT", None, None)},
    ),
    # places each with its own preposition: one event at each, neither within the other
    (
        "Les jihadistes ont attaqué à Tombouctou et à Gao des postes de l'armée.",
        {
            ("Unidentified Armed Group (Mali)", "FIGHT", None, "Timbuktu"),
            ("Unidentified Armed Group (Mali)", "FIGHT", None, "Gao"),
        },
    ),
    (
        "Des combats ont opposé mardi l'armée aux rebelles à Tombouctou et à Gao.",
        {
            ("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Timbuktu"),
            ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Timbuktu"),
            ("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Gao"),
            ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao"),
        },
    ),
    # a withdrawal is placed where the troops leave, not where it is announced
    (
        "Le président a confirmé à Paris le retrait d'Afghanistan des soldats français avant l'hiver.",
        {("French Armed Forces", "RETREAT", None, "Afghanistan")},
    ),
    # an apposition that is a place noun describes the place: never the target's owner
    (
        "L'aviation française a bombardé les positions des jihadistes dans l'Adrar des Ifoghas, "
        "un massif du nord-est du Mali.",
        {("French Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Adrar des Ifoghas")},
    ),
    # a site a group holds ("les bastions rebelles") is placed by its complement, as any site hit
    (
        "L'aviation syrienne a pilonné les bastions rebelles de la province d'Idleb.",
        {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Idlib")},
    ),
    # ... whose owner named there is no place
    (
        "Les soldats ont pilonné les bastions d'AQMI.",
        {("Military Forces", "FIGHT", "Al-Qaeda in the Islamic Maghreb", None)},
    ),
    # an IED is a weapon, never a named actor: the unnamed armed group of the place
    (
        "Un IED a tué trois soldats américains dans la province de Kandahar.",
        {
            (
                "Unidentified Armed Group (Afghanistan)",
                "FIGHT",
                "Military Forces of the United States",
                "Kandahār",
            )
        },
    ),
    # French names of towns still go to the town, not to their region
    (
        "Samedi, des ravisseurs ont enlevé deux touristes belges près de Tombouctou.",
        {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Belgium)", "Timbuktu")},
    ),
    (
        "Des affrontements entre l'armée malienne et les islamistes ont éclaté à Ansongo, au sud de Gao.",
        {
            ("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Ansongo"),
            ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Ansongo"),
        },
    ),
    (
        "L'armée syrienne a pilonné Halfaya, une ville de la province de Hama.",
        {("Syrian Arab Army", "FIGHT", None, "Ḩalfāyā")},
    ),
]

ENGLISH: list[tuple[str, set[Row]]] = [
    # a state's name where a town bears it only inside a longer name (Ciudad Guerrero)
    (
        "On 6 May 2020, gunmen shot dead 4 people in Guerrero state.",
        {("Unidentified Armed Group (Mexico)", "ASSAULT", "Civilians (Mexico)", "Guerrero")},
    ),
    (
        "On 6 May 2020, gunmen shot dead 4 people in Chilpancingo, Guerrero, Mexico.",
        {("Unidentified Armed Group (Mexico)", "ASSAULT", "Civilians (Mexico)", "Chilpancingo")},
    ),
    # a town of the hint's state, not its namesake city 700 km away (Vijayapura)
    (
        "On 6 May 2020, Maoists killed 2 policemen in Bijapur, Chhattisgarh.",
        {("Communist Party of India (Maoist)", "FIGHT", "Police Forces of India", "Bījāpur")},
    ),
    # "Nawa district" with its province and country after it
    (
        "On 6 May 2020, Taliban fighters attacked a police post in Nawa district, Helmand, Afghanistan.",
        {("Taliban", "FIGHT", "Police Forces of Afghanistan", "Nawa-i-Barakzayi")},
    ),
    # curated places the GeoNames towns lack
    (
        "On 6 May 2020, Boko Haram fighters killed 6 herders in Jere LGA, Borno.",
        {("Boko Haram", "ASSAULT", "Civilians (Nigeria)", "Jere")},
    ),
    (
        "On 6 May 2020, Boko Haram fighters killed 6 herders at Kawuri, Borno, Nigeria.",
        {("Boko Haram", "ASSAULT", "Civilians (Nigeria)", "Kawuri")},
    ),
    (
        "On 6 May 2020, FARDC soldiers clashed with Raia Mutomboki militiamen in Minova, South Kivu.",
        {("Armed Forces of the Democratic Republic of the Congo", "FIGHT", "Raia Mutomboki", "Minova")},
    ),
    (
        "On 6 May 2020, an IED struck a police pick-up in Andar district, Ghazni, killing 2 policemen.",
        {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Police Forces of Afghanistan", "Andar")},
    ),
    (
        "On 6 May 2020, M23 rebels shelled FARDC positions near Kitchanga, North Kivu.",
        {("M23", "FIGHT", "Armed Forces of the Democratic Republic of the Congo", "Kitchanga")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRENCH)
def test_french_places(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_places(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected
