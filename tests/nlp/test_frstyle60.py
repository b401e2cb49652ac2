"""French wire copy of several theatres (issue 14, round frstyle60), in sentences of our own (AFP, RFI,
Le Monde register): Sahel, DR Congo, Central African Republic, Syria, Ukraine, Haiti, Sudan, Yemen,
Colombia. The forms: a subject the parser hangs on a fronted source phrase ("Selon des sources locales,
des hommes armés ont enlevé ..."), an object after a weekday ("ont attaqué mercredi la ville de X"),
"autour de X", a fight noun's own toll counted among civilians ("les bombardements ont fait douze
morts parmi les civils"), a subject that suffers the attack its verb names ("est tombé dans une
embuscade", "a essuyé des tirs", "a subi une attaque"), "la cité minière de X", a toll with a weekday
after it ("a fait huit morts dimanche sur un marché de X"), foreign missionaries as civilians; each
with a near sentence the rule must leave alone."""

from __future__ import annotations

import pytest
from unit._battery import wire_rows
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


# the battery sentences the extractor gets exactly right (the rest are listed in the round's report)
BATTERY: list[tuple[str, set[Row]]] = [
    (
        "Un convoi de l'armée malienne est tombé mardi dans une embuscade tendue par des jihadistes près "
        "de Boni, a-t-on appris de source sécuritaire.",
        {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Boni")},
    ),
    (
        "L'attaque du JNIM contre le camp militaire de Djibo a fait au moins quarante morts parmi les "
        "soldats, selon une source locale.",
        {("Jama'at Nusrat al-Islam wal-Muslimin", "FIGHT", "Armed Forces of Burkina Faso", "Djibo")},
    ),
    (
        "Selon des sources locales, des hommes armés ont enlevé jeudi une vingtaine de femmes près "
        "d'Arbinda.",
        {("Unidentified Armed Group (Burkina Faso)", "ASSAULT", "Civilians (Burkina Faso)", "Aribinda")},
    ),
    (
        "Dix-sept soldats nigériens ont été tués par des jihadistes de l'État islamique près de la "
        "frontière malienne, a annoncé le ministère de la Défense.",
        {("Islamic State", "FIGHT", "Niger Armed Forces", None)},
    ),
    (
        "Les rebelles du M23 se sont emparés de la cité minière de Rubaya, a-t-on appris auprès de la "
        "société civile locale.",
        {("M23", "CAPTURE", None, "Rubaya")},
    ),
    (
        "La prise de Bunagana par le M23 a poussé des milliers d'habitants à fuir vers l'Ouganda.",
        {("M23", "CAPTURE", None, "Bunagana")},
    ),
    (
        "Les FARDC et les rebelles du M23 se sont affrontés toute la journée de lundi autour de Sake.",
        {
            ("Armed Forces of the Democratic Republic of the Congo", "FIGHT", "M23", "Sake"),
            ("M23", "FIGHT", "Armed Forces of the Democratic Republic of the Congo", "Sake"),
        },
    ),
    (
        "Les rebelles de la CPC ont attaqué mercredi la ville de Bangassou, selon la Minusca.",
        {("Coalition of Patriots for Change", "FIGHT", None, "Bangassou")},
    ),
    (
        "Les forces armées centrafricaines ont repris le contrôle de Bambari, d'après un porte-parole du "
        "gouvernement.",
        {("Central African Armed Forces", "CAPTURE", None, "Bambari")},
    ),
    (
        "Une patrouille de la Minusca a essuyé des tirs près de Kaga-Bandoro, sans faire de victimes.",
        {("Unidentified Armed Group (Central African Republic)", "FIGHT", "MINUSCA", "Kaga-Bandoro")},
    ),
    (
        "Les bombardements de l'aviation russe sur Idleb ont fait douze morts parmi les civils, selon "
        "l'OSDH.",
        {
            ("Russian Armed Forces", "ASSAULT", "Civilians (Syria)", "Idlib"),
            ("Russian Armed Forces", "FIGHT", None, "Idlib"),
        },
    ),
    (
        "Des centaines de personnes ont manifesté vendredi à Soueïda contre le pouvoir, scandant des "
        "slogans hostiles au président.",
        {("Protesters (Syria)", "PROTEST", None, "As-Suwayda")},
    ),
    (
        "Une frappe de missile russe a tué cinq civils à Kharkiv dans la nuit de mardi à mercredi, selon "
        "le gouverneur régional.",
        {("Russia", "ASSAULT", "Civilians (Ukraine)", "Kharkiv")},
    ),
    (
        "L'armée ukrainienne a affirmé avoir repoussé une attaque russe près de Bakhmout.",
        {("Armed Forces of Ukraine", "FIGHT", "Russia", "Bakhmut")},
    ),
    (
        "Des drones ukrainiens ont visé une raffinerie dans la région de Belgorod, selon les autorités "
        "russes.",
        {("Armed Forces of Ukraine", "FIGHT", None, "Belgorod")},
    ),
    (
        "Des membres d'un gang ont enlevé samedi un groupe de missionnaires américains à "
        "Croix-des-Bouquets, selon la police.",
        {("Unidentified Armed Group (Haiti)", "ASSAULT", "Civilians (United States)", "Croix-des-Bouquets")},
    ),
    (
        "Des milliers de manifestants ont défilé à Port-au-Prince pour réclamer la démission du Premier "
        "ministre.",
        {("Protesters (Haiti)", "PROTEST", None, "Port-au-Prince")},
    ),
    (
        "La police a dispersé à coups de gaz lacrymogène une manifestation devant le palais national à "
        "Port-au-Prince.",
        {
            ("Police Forces of Haiti", "COERCE", "Protesters (Haiti)", "Port-au-Prince"),
            ("Protesters (Haiti)", "PROTEST", None, "Port-au-Prince"),
        },
    ),
    (
        "L'armée soudanaise a bombardé des positions des FSR à Khartoum, faisant plusieurs morts selon "
        "des habitants.",
        {("Sudanese Armed Forces", "FIGHT", "Rapid Support Forces", "Khartoum")},
    ),
    (
        "De violents combats ont éclaté samedi à El-Facher, faisant 120 morts, a indiqué un comité de "
        "médecins.",
        {("Unidentified Armed Group (Sudan)", "FIGHT", None, "El Fasher")},
    ),
    (
        "Les rebelles houthis ont revendiqué l'attaque de drones contre un navire marchand en mer Rouge.",
        {("Houthis", "FIGHT", None, "Red Sea")},
    ),
    (
        "Des guérilleros de l'ELN ont tendu une embuscade à une patrouille militaire dans le département "
        "d'Arauca, tuant trois soldats.",
        {("National Liberation Army (Colombia)", "FIGHT", "Military Forces of Colombia", "Arauca")},
    ),
    (
        "Deux policiers ont été tués par des dissidents des FARC dans le Cauca, a annoncé le ministre de "
        "la Défense.",
        {
            (
                "Revolutionary Armed Forces of Colombia Dissident Faction",
                "FIGHT",
                "Police Forces of Colombia",
                "Cauca",
            )
        },
    ),
    (
        "Des centaines de paysans ont manifesté à Bogota contre l'arrachage forcé des plantations de coca.",
        {("Protesters (Colombia)", "PROTEST", None, "Bogotá")},
    ),
]


test_wire_battery = wire_rows(BATTERY)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition after the source is no subject when the verb has its own
        (
            "Selon l'OSDH, une ONG basée à Londres, l'armée a bombardé Alep.",
            {("Syrian Arab Army", "FIGHT", None, "Aleppo")},
        ),
        # "D'après X, Y ...": the subject given back all the same
        (
            "D'après des témoins, des soldats ont été tués à Djibo.",
            {("Unidentified Armed Group (Burkina Faso)", "FIGHT", "Armed Forces of Burkina Faso", "Djibo")},
        ),
        # a weekday then a preposition: no object to give back
        (
            "Les rebelles ont attaqué mercredi à Bangassou.",
            {("Unidentified Armed Group (Central African Republic)", "FIGHT", None, "Bangassou")},
        ),
        (
            "Des milliers de personnes ont manifesté vendredi la veille du scrutin à Bangui.",
            {("Protesters (Central African Republic)", "PROTEST", None, "Bangui")},
        ),
        # "tourner autour du pot" is no place and no event
        ("Les rebelles ont tourné autour du pot pendant des semaines à Goma.", set()),
        # dead counted among rebels: no assault on civilians
        (
            "Les bombardements de l'aviation russe sur Idleb ont fait douze morts parmi les rebelles.",
            {("Russian Armed Forces", "FIGHT", "Unidentified Armed Group (Syria)", "Idlib")},
        ),
        # a defeat or a crisis suffered is no attack; a town fallen into hands stays a capture
        ("L'équipe a essuyé une défaite à Gao.", set()),
        ("Le pays a subi une crise économique.", set()),
        (
            "Gao est tombée aux mains des rebelles.",
            {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Gao")},
        ),
        # warning shots fired are no attack suffered
        ("Des soldats ont effectué des tirs de sommation à Gao.", set()),
        # a toll with a weekday after it: the place after the weekday is the attack's
        (
            "Des combats ont fait trente morts mardi dans un quartier de Goma.",
            {("Unidentified Armed Group (Democratic Republic of Congo)", "FIGHT", None, "Goma")},
        ),
        (
            "Des hommes armés ont enlevé deux missionnaires italiens près de Bangui.",
            {
                (
                    "Unidentified Armed Group (Central African Republic)",
                    "ASSAULT",
                    "Civilians (Italy)",
                    "Bangui",
                )
            },
        ),
        # a "cité" with no town named is no place of its own
        (
            "Les rebelles ont attaqué une cité universitaire à Goma.",
            {("Unidentified Armed Group (Democratic Republic of Congo)", "FIGHT", None, "Goma")},
        ),
    ],
)
def test_near_sentences(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_attack_suffered_with_no_author() -> None:
    """ "est tombé dans une embuscade", "a subi une attaque": the subject is the target."""
    assert rows("Un convoi de l'armée malienne est tombé dans une embuscade près de Boni.") == {
        ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Boni")
    }
    assert rows("Une patrouille de l'armée a échappé à des tirs près de Boni.") == {
        ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Boni")
    }
