"""French wire copy of more theatres (issue 14, round frstyle63), in sentences of our own (AFP, RFI,
France 24, Jeune Afrique register): Burkina Faso (VDP), Niger, Nigeria (Boko Haram, ISWAP, bandits),
Mozambique, Ethiopia (Tigray, Fano), Libya, Iraq, Lebanon and Israel, Afghanistan, Gaza, Ukraine
(drone strikes), Haiti (gangs). The forms: verbless headlines ("Mali : au moins 20 morts dans une
attaque contre X"), participial incises, "a revendiqué", "a été abattu", "a essuyé", "ont pris
d'assaut", "sont tombés aux mains de", "a été visé par", "enlevés puis relâchés par", "des échanges
de tirs", "une attaque-suicide", "un engin explosif improvisé", "dans la nuit de samedi à dimanche".
The rules of the round, each with a near sentence it must leave alone: the dead heading a verbless
headline count the attack they died in; an exchange of fire is a two-sided fight; fire claimed is
the claimer's attack; an agent after two coordinated passive participles is the first one's too;
gangs and bandits are armed groups."""

from __future__ import annotations

import pytest
from unit._battery import wire_misses, wire_rows
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


# the battery sentences the extractor gets exactly right
BATTERY: list[tuple[str, set[Row]]] = [
    (
        "Burkina Faso : au moins 25 morts dans une attaque contre des VDP près de Djibo",
        {
            (
                "Unidentified Armed Group (Burkina Faso)",
                "FIGHT",
                "Volunteers for the Defence of the Homeland",
                "Djibo",
            )
        },
    ),
    (
        (
            "Des jihadistes ont pris d'assaut dimanche un poste des Volontaires pour la défense de la "
            "patrie à Arbinda, tuant une dizaine de supplétifs."
        ),
        {
            (
                "Unidentified Armed Group (Burkina Faso)",
                "FIGHT",
                "Volunteers for the Defence of the Homeland",
                "Aribinda",
            )
        },
    ),
    (
        (
            "Un convoi de l'armée nigérienne a essuyé des tirs dans la nuit de samedi à dimanche près "
            "de Diffa."
        ),
        {("Unidentified Armed Group (Niger)", "FIGHT", "Niger Armed Forces", "Diffa")},
    ),
    (
        (
            "Quatre soldats nigériens ont été tués par un engin explosif improvisé au passage de leur "
            "véhicule près de Tillabéri."
        ),
        {("Unidentified Armed Group (Niger)", "FIGHT", "Niger Armed Forces", "Tillabéri")},
    ),
    (
        ("Des combattants de Boko Haram ont enlevé une trentaine d'élèves dans un lycée de l'État de Borno."),
        {("Boko Haram", "ASSAULT", "Civilians (Nigeria)", "Borno")},
    ),
    (
        ("L'Iswap a revendiqué l'attaque contre une base militaire à Monguno, dans le nord-est du Nigeria."),
        {("Islamic State West Africa Province", "FIGHT", "Nigerian Armed Forces", "Monguno")},
    ),
    (
        (
            "Une vingtaine de fidèles enlevés dimanche dans une église près de Kaduna ont été "
            "libérés, a indiqué la police."
        ),
        {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kaduna")},
    ),
    (
        (
            "Une attaque-suicide perpétrée par une femme kamikaze a fait douze morts sur un marché de "
            "Maiduguri."
        ),
        {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Maiduguri")},
    ),
    (
        (
            "Mozambique : des insurgés jihadistes ont pris d'assaut la ville de Palma, dans la "
            "province du Cabo Delgado."
        ),
        {("Unidentified Armed Group (Mozambique)", "FIGHT", None, "Palma")},
    ),
    (
        "Mocimboa da Praia est tombée aux mains des insurgés après plusieurs jours de combats.",
        {("Unidentified Armed Group (Mozambique)", "CAPTURE", None, "Mocímboa da Praia")},
    ),
    (
        "Éthiopie : l'armée fédérale et les forces tigréennes s'affrontent près de Mekele",
        {
            ("Ethiopian National Defense Force", "FIGHT", "Tigray People's Liberation Front", "Mek'ele"),
            ("Tigray People's Liberation Front", "FIGHT", "Ethiopian National Defense Force", "Mek'ele"),
        },
    ),
    (
        (
            "Des miliciens Fano ont pris le contrôle de la ville de Lalibela, dans la région Amhara, "
            "selon des habitants."
        ),
        {("Fano", "CAPTURE", None, "Lalibela")},
    ),
    (
        (
            "Les forces du maréchal Haftar ont bombardé l'aéroport de Mitiga, à Tripoli, dans la nuit "
            "de lundi à mardi."
        ),
        {("Libyan National Army", "FIGHT", None, "Mitiga International Airport")},
    ),
    (
        (
            "L'armée israélienne a frappé des positions du Hezbollah dans le sud du Liban, en riposte "
            "à des tirs de roquettes."
        ),
        {("Israel Defense Forces", "FIGHT", "Hezbollah", "Lebanon")},
    ),
    (
        ("Afghanistan : un attentat-suicide contre une mosquée chiite fait au moins 30 morts à Kandahar"),
        {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Kandahār")},
    ),
    (
        ("Un hélicoptère de l'armée afghane a été abattu par les talibans dans la province de Helmand."),
        {("Taliban", "FIGHT", "Military Forces of Afghanistan", "Helmand")},
    ),
    (
        (
            "Des frappes israéliennes sur Khan Younès ont tué au moins quinze Palestiniens, selon la "
            "défense civile de Gaza."
        ),
        {("Israel", "ASSAULT", "Civilians (Palestine)", "Khān Yūnis")},
    ),
    (
        "La branche armée du Hamas a revendiqué des tirs de roquettes vers Ashkelon.",
        {("Hamas", "FIGHT", None, "Ashkelon")},
    ),
    (
        "Ukraine : une attaque de drones russes fait deux morts à Odessa",
        {("Russia", "ASSAULT", "Civilians (Ukraine)", "Odesa")},
    ),
    (
        (
            "Des drones russes ont frappé des infrastructures énergétiques à Kharkiv dans la nuit de "
            "samedi à dimanche, privant d'électricité des milliers de foyers."
        ),
        {("Russian Armed Forces", "FIGHT", None, "Kharkiv")},
    ),
    (
        ("Haïti : des gangs ont pris d'assaut le commissariat de Cabaret, au nord de Port-au-Prince"),
        {("Unidentified Armed Group (Haiti)", "FIGHT", "Police Forces of Haiti", "Cabaret")},
    ),
    (
        ("Des échanges de tirs entre la police et des membres de gangs ont éclaté jeudi à Pétion-Ville."),
        {
            ("Police Forces of Haiti", "FIGHT", "Unidentified Armed Group (Haiti)", "Pétionville"),
            ("Unidentified Armed Group (Haiti)", "FIGHT", "Police Forces of Haiti", "Pétionville"),
        },
    ),
    (
        "Plusieurs villages du nord du Burkina sont tombés aux mains des jihadistes du JNIM.",
        {("Jama'at Nusrat al-Islam wal-Muslimin", "CAPTURE", None, None)},
    ),
    (
        "Mali : au moins 20 morts dans une attaque contre un camp militaire à Boulkessi",
        {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Boulkessi")},
    ),
    (
        "Trois otages israéliens retenus à Gaza ont été libérés par le Hamas dimanche.",
        {("Hamas", "CONCEDE", "Civilians (Israel)", "Gaza")},
    ),
    (
        "Des militaires ont renversé le président Mohamed Bazoum à Niamey.",
        {("Niger Armed Forces", "COERCE", "Niger", "Niamey")},
    ),
    (
        (
            "L'État islamique au Sahel a revendiqué l'attaque contre une patrouille de l'armée "
            "nigérienne près de Tillabéri."
        ),
        {("Islamic State Sahel Province", "FIGHT", "Niger Armed Forces", "Tillabéri")},
    ),
    (
        (
            "Une frappe de drone de l'armée éthiopienne a tué une trentaine de civils sur un marché "
            "de la région Amhara."
        ),
        {("Ethiopian National Defense Force", "ASSAULT", "Civilians (Ethiopia)", "Amhara")},
    ),
    (
        "Des Koglweogo ont été accusés d'avoir tué six civils dans un village près de Kaya.",
        {("Koglweogo", "ASSAULT", "Civilians (Burkina Faso)", "Kaya")},
    ),
    (
        (
            "Deux religieuses enlevées par un gang à Port-au-Prince ont été libérées mardi, a annoncé "
            "leur congrégation."
        ),
        {("Unidentified Armed Group (Haiti)", "ASSAULT", "Civilians (Haiti)", "Port-au-Prince")},
    ),
    (
        ("Sept agents de santé ont été enlevés puis relâchés par des hommes armés dans la région de Tahoua."),
        {  # round frstyle72: "des hommes armés" read through the participle are the armed group that
            # releases them too (CONCEDE), as "Les otages enlevés par l'ELN ont été libérés"
            ("Unidentified Armed Group (Niger)", "ASSAULT", "Civilians (Niger)", "Tahoua"),
            ("Unidentified Armed Group (Niger)", "CONCEDE", "Civilians (Niger)", "Tahoua"),
        },
    ),
    (  # round frplace66: the subdivision after "l'État de" (nlp/subdivision_names.py)
        (
            "Dans l'État de Zamfara, des bandits armés ont tué une quarantaine de villageois dans la "
            "nuit de vendredi à samedi."
        ),
        {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Zamfara")},
    ),
    # known misses of the round, read right since site69 (a base housing forces is theirs; a barracks
    # with a demonym is its state's armed forces)
    (
        (
            "Une base abritant des soldats américains a été visée par des roquettes dans l'ouest de "
            "l'Irak, sans faire de victimes."
        ),
        {("Unidentified Armed Group (Iraq)", "FIGHT", "Military Forces of the United States", "Iraq")},
    ),
    (
        ("Le Hezbollah a revendiqué des tirs de roquettes contre une caserne israélienne près de Metula."),
        {("Hezbollah", "FIGHT", "Israel Defense Forces", "Metula")},
    ),
    (
        "Irak : deux soldats tués dans une attaque de l'État islamique près de Kirkouk",
        {("Islamic State", "FIGHT", "Iraqi Security Forces", "Kirkuk")},
    ),
    (
        (
            "Les talibans ont pris le contrôle de Kunduz, la première capitale provinciale à tomber "
            "depuis le début de leur offensive."
        ),
        {("Taliban", "CAPTURE", None, "Kunduz")},
    ),
]


# the battery sentences still missed, each with why (strict: a fix must move it to BATTERY)
KNOWN_MISSES: list[tuple[str, set[Row], str]] = [
    (
        "Cabo Delgado : des villages incendiés par des insurgés près de Macomia",
        {("Unidentified Armed Group (Mozambique)", "ASSAULT", "Civilians (Mozambique)", "Macomia")},
        "villages burnt are told as a fight, not an assault on civilians",
    ),
    (
        "Libye : des échanges de tirs entre milices rivales à Tripoli font au moins trois morts",
        {("Unidentified Armed Group (Libya)", "FIGHT", "Unidentified Armed Group (Libya)", "Tripoli")},
        "'entre milices rivales' names both sides with one plural noun",
    ),
    (
        ("La défense antiaérienne ukrainienne a abattu 40 drones lancés par la Russie au cours de la nuit."),
        {("Armed Forces of Ukraine", "FIGHT", "Russia", None)},
        "the drones' launcher ('lancés par la Russie') is not the target",
    ),
    (
        (
            "Des soldats burkinabè, appuyés par des VDP, ont repoussé une attaque jihadiste contre la "
            "ville de Djibo."
        ),
        {
            ("Armed Forces of Burkina Faso", "FIGHT", "Unidentified Armed Group (Burkina Faso)", "Djibo"),
            ("Volunteers for the Defence of the Homeland", "AID", "Armed Forces of Burkina Faso", None),
        },
        "the attack repelled keeps neither its 'contre' place nor its author",
    ),
]


test_wire_battery = wire_rows(BATTERY)
test_known_misses = wire_misses(KNOWN_MISSES)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the dead heading a verbless headline: the attack they died in is told done, with its toll
        (
            "Nigeria : au moins 12 morts lors d'une attaque contre une église à Kaduna",
            {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kaduna")},
        ),
        (
            "Au moins 20 morts dans une attaque contre des soldats à Boulkessi",
            {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Boulkessi")},
        ),
        # dead in an accident: no attack
        ("Au moins 12 morts dans un accident de la route à Kaduna", set()),
        # an exchange of fire between two sides is their fight; an exchange of prisoners is none
        (
            "Des échanges de tirs entre les soldats et les rebelles ont eu lieu près de Gao.",
            {
                ("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Gao"),
                ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao"),
            },
        ),
        ("Un échange de prisonniers entre l'armée et les rebelles a eu lieu à Gao.", set()),
        ("Les deux pays ont eu un échange de vues à Gao.", set()),
        # fire claimed is the claimer's attack; fire denounced is only the accusation
        (
            "Le Hezbollah a revendiqué des tirs de roquettes contre Metula.",
            {("Hezbollah", "FIGHT", None, "Metula")},
        ),
        (
            "Le Hezbollah a dénoncé des tirs de roquettes contre Metula.",
            {("Hezbollah", "ACCUSE", None, None)},
        ),
        # an agent after two coordinated passive participles is the first one's too ...
        (
            "Sept infirmiers ont été enlevés puis relâchés par des hommes armés près de Tahoua.",
            {("Unidentified Armed Group (Niger)", "ASSAULT", "Civilians (Niger)", "Tahoua")},
        ),
        # ... not when the second has its own auxiliaries: the army only released them
        (
            "Sept infirmiers ont été enlevés puis ont été relâchés par l'armée près de Tahoua.",
            {("Unidentified Armed Group (Niger)", "ASSAULT", "Civilians (Niger)", "Tahoua")},
        ),
        # a gang or bandits are an armed group; a street gang playing football does nothing
        (
            "Des bandits ont tué trois villageois près de Gusau.",
            {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Gusau")},
        ),
        ("Le gang de la rue a joué au football à Port-au-Prince.", set()),
    ],
)
def test_rules_and_near_sentences(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
