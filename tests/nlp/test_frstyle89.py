"""French copy in the register of the French national, regional and weekly press (Le Figaro,
Libération, Le Parisien, Ouest-France, Sud Ouest, La Croix, 20 Minutes, L'Express, Le Point, Courrier
international, Mediapart), its « International » and « Diplomatie » pages, on New Caledonia, Haiti
(Viv Ansanm), Mozambique (Cabo Delgado), Burkina Faso, Niger, Chad, the Central African Republic
(Wagner), the DR Congo (the M23), Ethiopia (Fano), Myanmar, Afghanistan, Taiwan, North Korea,
Colombia (the ELN), Mexico (cartels), Ukraine, Georgia and South Sudan (issue 14, round frstyle89), in
sentences of our own: "selon nos informations", "d'après l'ONG", quotes ("« Nous avons repoussé les
assaillants », a déclaré ..."), "a martelé", nominal recalls ("L'attaque, revendiquée par le JNIM,"),
the past historic, apposed participles ("Touché par des tirs de gangs, ..."), negations ("n'a fait
aucune victime"), the journalistic conditional ("auraient exécuté"), sanctions, arms deliveries, aid,
summits and talks, expulsions, threats, arrests, towns taken, protests and riots; and six sentences
that tell no conflict event (rugby, the stock market, a recipe, a festival, the pension reform in the
Senate, the weather).

The rules of the round, each with a near sentence it must leave alone: a subdivision the clause names
is finer than the country fronted before it ("En Colombie, ... dans le département d'Arauca": Arauca;
nlp/region_towns.finer_than); a causative of ordering ("la junte a fait arrêter un journaliste") makes
the ordered act done to an object the causer's (nlp/causative_arcs.py, nlp/events/causatives.py);
talks told by a reciprocal verb keep their venue ("se sont rencontrés mardi à Riyad";
nlp/events/finder.py); Kim Jong-un stands for North Korea (knowledge base).

Battery at the start of the round: 24 of 40 gave the rows below (and 6 of the 6 sentences of no conflict
event none); after: 29 of 40 (and 6 of 6).
"""

from __future__ import annotations

import pytest
from unit._battery import wire_misses, wire_rows
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

BATTERY: list[tuple[str, set[Row]]] = [
    (
        (
            "Selon nos informations, les gangs de la coalition Viv Ansanm ont attaqué dans la nuit de"
            " lundi à mardi le commissariat de Mirebalais, tuant deux policiers."
        ),
        {("Viv Ansanm", "FIGHT", "Police Forces of Haiti", "Mirebalais")},
    ),
    (
        (
            "Des émeutiers ont incendié dans la nuit plusieurs commerces et une gendarmerie à Nouméa,"
            " en Nouvelle-Calédonie, où le couvre-feu a été prolongé."
        ),
        {("Rioters (New Caledonia)", "PROTEST", None, "Nouméa")},
    ),
    (
        (
            "Dans la province du Cabo Delgado, des insurgés liés à l'État islamique ont décapité six "
            "villageois près de Macomia, d'après l'ONG Human Rights Watch."
        ),
        {("Islamic State", "ASSAULT", "Civilians (Mozambique)", "Macomia")},
    ),
    (
        (
            "Les forces rwandaises déployées au Mozambique ont repris lundi aux insurgés la ville de "
            "Mocimboa da Praia, a annoncé Kigali."
        ),
        {("Rwanda Defence Force", "CAPTURE", "Unidentified Armed Group (Mozambique)", "Mocímboa da Praia")},
    ),
    (
        (
            "L'attaque, revendiquée par le JNIM, a visé dimanche un détachement de l'armée burkinabè "
            "près de Djibo, faisant plusieurs dizaines de morts."
        ),
        {("Jama'at Nusrat al-Islam wal-Muslimin", "FIGHT", "Armed Forces of Burkina Faso", "Djibo")},
    ),
    (
        (
            "À Ouagadougou, la junte a fait arrêter un journaliste qui avait critiqué la conduite des"
            " opérations, selon Reporters sans frontières."
        ),
        {("Burkina Faso", "COERCE", "Journalists (Burkina Faso)", "Ouagadougou")},
    ),
    (
        (
            "Des mercenaires de Wagner auraient exécuté une vingtaine de civils dans un village près "
            "de Bambari, en Centrafrique, selon l'ONU."
        ),
        {("Wagner Group", "ASSAULT", "Civilians (Central African Republic)", "Bambari")},
    ),
    (
        (
            "Les rebelles du M23 se sont emparés mardi de la ville de Sake, aux portes de Goma, après"
            " de violents combats avec l'armée congolaise."
        ),
        {
            ("M23", "CAPTURE", "Armed Forces of the Democratic Republic of the Congo", "Sake"),
            ("M23", "FIGHT", "Armed Forces of the Democratic Republic of the Congo", "Sake"),
        },
    ),
    (
        (
            "Washington a imposé des sanctions à un ministre rwandais accusé de soutenir le M23 dans "
            "l'est de la RDC."
        ),
        {("United States", "SANCTION", "Rwanda", None)},
    ),
    (
        (
            "En Éthiopie, des frappes de drones de l'armée fédérale ont tué au moins trente civils "
            "dans la région Amhara, selon des témoins."
        ),
        {("Ethiopian National Defense Force", "ASSAULT", "Civilians (Ethiopia)", "Amhara")},
    ),
    (
        (
            "En Birmanie, la junte a bombardé une école dans l'État de Sagaing, tuant quinze élèves, "
            "selon le gouvernement d'unité nationale."
        ),
        {("Myanmar", "ASSAULT", "Civilians (Myanmar)", "Sagaing"), ("Myanmar", "FIGHT", None, "Sagaing")},
    ),
    (
        ("L'Armée d'Arakan a conquis le quartier général militaire de la junte à Paletwa, dans l'État Chin."),
        {("Arakan Army", "CAPTURE", None, "Paletwa")},
    ),
    (
        (
            "Au moins six personnes ont été tuées lundi dans l'explosion d'une bombe visant un "
            "minibus chiite à Kaboul, un attentat revendiqué par l'État islamique."
        ),
        {("Islamic State", "ASSAULT", "Civilians (Afghanistan)", "Kabul")},
    ),
    (
        (
            "Un attentat-suicide, revendiqué par l'État islamique, a tué un ministre taliban à Kaboul"
            " mercredi."
        ),
        {("Islamic State", "FIGHT", "Taliban", "Kabul")},
    ),
    (
        (
            "Pyongyang a menacé Séoul de représailles après l'envoi de tracts de propagande par des "
            "militants sud-coréens."
        ),
        {("North Korea", "THREATEN", "South Korea", None)},
    ),
    (
        (
            "En Colombie, des guérilleros de l'ELN ont attaqué une base militaire dans le département"
            " d'Arauca, tuant deux soldats."
        ),
        {("National Liberation Army (Colombia)", "FIGHT", "Military Forces of Colombia", "Arauca")},
    ),
    (
        (
            "Le gouvernement colombien a suspendu les négociations de paix avec l'ELN après un "
            "attentat contre une base militaire."
        ),
        {("Colombia", "SANCTION", "National Liberation Army (Colombia)", None)},
    ),
    (
        (
            "Au Mexique, des hommes armés du cartel de Sinaloa ont tué huit personnes dans un bar de "
            "Culiacán, selon le parquet."
        ),
        {("Sinaloa Cartel", "ASSAULT", "Civilians (Mexico)", "Culiacán")},
    ),
    (
        (
            "La Marine mexicaine a arrêté à Culiacán un chef du cartel de Sinaloa, a annoncé le "
            "ministère de la Sécurité."
        ),
        {("Mexico", "COERCE", "Sinaloa Cartel", "Culiacán")},
    ),
    (
        (
            "Une frappe de missile russe a fait au moins quatorze morts dans le centre de Kryvyï Rih,"
            " ville natale de Volodymyr Zelensky."
        ),
        {("Russia", "FIGHT", None, "Kryvyy Rih")},
    ),
    (
        (
            "Le Japon a accordé une aide de 4,5 milliards de dollars à l'Ukraine, a annoncé le "
            "Premier ministre."
        ),
        {("Japan", "AID", "Ukraine", None)},
    ),
    (
        (
            "Vladimir Poutine et Kim Jong-un ont signé à Pyongyang un accord de défense mutuelle, a "
            "rapporté l'agence KCNA."
        ),
        {("North Korea", "AGREE", "Russia", "Pyongyang"), ("Russia", "AGREE", "North Korea", "Pyongyang")},
    ),
    (
        (
            "Des milliers de personnes ont manifesté samedi à Tbilissi contre la suspension des "
            "négociations d'adhésion à l'Union européenne."
        ),
        {("Protesters (Georgia)", "PROTEST", None, "Tbilisi")},
    ),
    (
        (
            "La police géorgienne a dispersé les manifestants à coups de canons à eau et de gaz "
            "lacrymogène devant le Parlement à Tbilissi."
        ),
        {
            ("Police Forces of Georgia", "COERCE", "Protesters (Georgia)", "Tbilisi"),
            ("Protesters (Georgia)", "PROTEST", None, "Tbilisi"),
        },
    ),
    (
        "Moscou a expulsé un diplomate britannique accusé d'espionnage, a annoncé le FSB.",
        {("Russia", "SANCTION", "United Kingdom", None)},
    ),
    (
        (
            "Les émissaires américains et russes se sont rencontrés mardi à Riyad pour discuter d'un "
            "cessez-le-feu en Ukraine."
        ),
        {("Russia", "CONSULT", "United States", "Riyadh"), ("United States", "CONSULT", "Russia", "Riyadh")},
    ),
    (
        (
            "Le bombardement russe de Kherson, le troisième en une semaine, n'a fait aucune victime, "
            "a assuré la mairie."
        ),
        {("Russia", "FIGHT", None, "Kherson")},
    ),
    (
        (
            "Des soldats nigériens ont été tués jeudi dans une embuscade tendue par des jihadistes "
            "près de Tillabéri."
        ),
        {("Unidentified Armed Group (Niger)", "FIGHT", "Niger Armed Forces", "Tillabéri")},
    ),
    (
        (
            "Au Soudan du Sud, des affrontements entre l'armée et l'Armée blanche ont éclaté à Nasir,"
            " dans l'État du Haut-Nil."
        ),
        {
            ("South Sudan People's Defence Forces", "FIGHT", "White Army", "Nasir"),
            ("White Army", "FIGHT", "South Sudan People's Defence Forces", "Nasir"),
        },
    ),
]

# the sentences that tell no conflict event, and give no row
QUIET: list[tuple[str, set[Row]]] = [
    (
        (
            "Le XV de France a battu l'Irlande 38-17 samedi au Stade de France, dans le Tournoi des "
            "Six Nations."
        ),
        set(),
    ),
    ("Le CAC 40 a clôturé en hausse de 1,2 % vendredi, porté par les valeurs du luxe.", set()),
    (
        (
            "Pour réussir la blanquette de veau, faites mijoter la viande deux heures à feu doux avec"
            " une carotte et un oignon."
        ),
        set(),
    ),
    (
        (
            "Le festival d'Avignon a ouvert samedi sa 78e édition avec une création de la metteuse en"
            " scène Julie Deliquet."
        ),
        set(),
    ),
    (
        (
            "Le Sénat a adopté dans la nuit la réforme des retraites, après des semaines de débats "
            "houleux entre la majorité et l'opposition."
        ),
        set(),
    ),
    (
        (
            "Météo-France a placé douze départements en vigilance orange aux orages pour la journée "
            "de dimanche."
        ),
        set(),
    ),
]

# the conflict sentences still missed, each with its right rows and why it is missed
KNOWN_MISSES: list[tuple[str, set[Row], str]] = [
    (
        (
            "« Nous avons repoussé les assaillants », a déclaré mardi le directeur de la Police "
            "nationale d'Haïti, après une attaque de gangs contre Kenscoff."
        ),
        {("Unidentified Armed Group (Haiti)", "FIGHT", "Police Forces of Haiti", "Kenscoff")},
        (
            "the quoted 'we' ('« Nous avons repoussé les assaillants », a déclaré ... le directeur de"
            " la Police nationale d'Haïti') is not read as the police who met the gangs' attack on "
            "Kenscoff"
        ),
    ),
    (
        (
            "Touché par des tirs de gangs, un hélicoptère de la police haïtienne a dû se poser en "
            "urgence à Port-au-Prince, a appris Le Nouvelliste."
        ),
        {("Unidentified Armed Group (Haiti)", "FIGHT", "Police Forces of Haiti", "Port-au-Prince")},
        (
            "the target of the fire told in a participle set off before the subject ('Touché par des "
            "tirs de gangs, un hélicoptère de la police haïtienne') is not the owner of the thing hit"
        ),
    ),
    (
        (
            "Le 16 février, les rebelles du M23 entrèrent dans Bukavu sans rencontrer de résistance, "
            "l'armée congolaise ayant fui la veille."
        ),
        {
            ("Armed Forces of the Democratic Republic of the Congo", "RETREAT", None, "Bukavu"),
            ("M23", "CAPTURE", None, "Bukavu"),
        },
        (
            "a flight told in an absolute participle clause ('l'armée congolaise ayant fui la "
            "veille') is no retreat"
        ),
    ),
    (
        (
            "Au Tchad, l'armée a repoussé une attaque de Boko Haram contre une base militaire sur une"
            " île du lac Tchad, a indiqué la présidence."
        ),
        {("Chadian Armed Forces", "FIGHT", "Boko Haram", "Lake Chad")},
        (
            "the lake ('sur une île du lac Tchad') is no place the event is put at: the fronted "
            "country ('Au Tchad,') wins"
        ),
    ),
    (
        (
            "« Nous ne quitterons pas Goma », a martelé le porte-parole du M23, alors que Kinshasa "
            "exige le retrait des rebelles."
        ),
        {("DR Congo", "REQUEST", "M23", None)},
        (
            "the rebels whose withdrawal is demanded ('le retrait des rebelles') are not the group "
            "the sentence named before ('le porte-parole du M23')"
        ),
    ),
    (
        (
            "Les miliciens Fano ont pris le contrôle de la ville de Lalibela après le retrait des "
            "forces fédérales, a rapporté l'AFP."
        ),
        {
            ("Ethiopian National Defense Force", "RETREAT", None, "Lalibela"),
            ("Fano", "CAPTURE", None, "Lalibela"),
        },
        ("a retreat told as a noun after 'après' ('après le retrait des forces fédérales') is no event"),
    ),
    (
        (
            "La Chine a mené lundi des manœuvres militaires d'ampleur autour de Taïwan, qualifiées de"
            " « provocation » par Taipei."
        ),
        {("China", "MOBILIZE", None, "Taiwan"), ("Taiwan", "ACCUSE", "China", None)},
        (
            "'mener des manœuvres militaires autour de Taïwan' is no mobilisation, and the participle"
            " of blame ('qualifiées de « provocation » par Taipei') gives no accusation"
        ),
    ),
    (
        (
            "Selon Séoul, la Corée du Nord aurait envoyé plusieurs milliers de soldats combattre aux "
            "côtés de la Russie dans la région de Koursk."
        ),
        {("North Korea", "MOBILIZE", None, "Kursk"), ("North Korea", "SUPPORT", "Russia", "Kursk")},
        (
            "troops sent to fight beside an ally ('envoyé ... des soldats combattre aux côtés de la "
            "Russie') are read as a fight with no target, not as support of Russia"
        ),
    ),
    (
        (
            "Les forces ukrainiennes ont abattu un avion d'alerte russe A-50 dans la région de "
            "Krasnodar, a affirmé le renseignement militaire ukrainien."
        ),
        {("Armed Forces of Ukraine", "FIGHT", "Russian Armed Forces", "Krasnodar")},
        (
            "the aircraft's model ('un avion d'alerte russe A-50') is read as the place, not the "
            "region after it"
        ),
    ),
    (
        (
            "Paris a annoncé la livraison de nouveaux canons Caesar à l'Ukraine, lors d'une visite de"
            " Sébastien Lecornu à Kiev."
        ),
        {("France", "AID", "Ukraine", None), ("France", "CONSULT", "Ukraine", "Kyiv")},
        (
            "a delivery told as a noun in the object of 'annoncer' ('a annoncé la livraison de "
            "nouveaux canons Caesar à l'Ukraine') is no aid"
        ),
    ),
    (
        (
            "Touchés par des jets de pierres, trois gendarmes ont été blessés mardi soir à Dumbéa "
            "lors d'affrontements avec des émeutiers, a indiqué le haut-commissariat."
        ),
        {("Rioters (New Caledonia)", "PROTEST", "Police Forces of France", "Dumbéa")},
        (
            "the gendarmes wounded in clashes with rioters ('trois gendarmes ont été blessés ... lors"
            " d'affrontements avec des émeutiers') are read as an armed group fighting the rioters, "
            "not as the police facing a riot"
        ),
    ),
]


test_wire_battery = wire_rows(BATTERY)
test_quiet_sentences = wire_rows(QUIET)
test_known_misses = wire_misses(KNOWN_MISSES)


def test_battery_size() -> None:
    assert len(BATTERY) + len(KNOWN_MISSES) == 40
    assert len(QUIET) == 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subdivision named in the clause is finer than the country fronted before it ...
        ("En Colombie, des guérilleros de l'ELN ont attaqué une base militaire dans le département "
         "d'Arauca, tuant deux soldats.",
         {("National Liberation Army (Colombia)", "FIGHT", "Military Forces of Colombia", "Arauca")}),
        ("Au Nigeria, des hommes armés ont tué dix villageois dans l'État de Zamfara.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Zamfara")}),
        ("Au Pérou, des manifestants ont bloqué une route dans la région d'Apurímac.",
         {("Protesters (Peru)", "PROTEST", None, "Apurímac")}),
        # ... while a fronted town stays finer than the state the clause names
        ("À Maiduguri, des insurgés ont attaqué un marché dans l'État de Borno.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Maiduguri")}),
        # North Korea's leader stands for his state ...
        ("Vladimir Poutine et Kim Jong-un ont signé à Pyongyang un accord de défense mutuelle.",
         {("North Korea", "AGREE", "Russia", "Pyongyang"), ("Russia", "AGREE", "North Korea", "Pyongyang")}),
        ("Kim Jong-un a menacé Séoul de représailles nucléaires, selon l'agence KCNA.",
         {("North Korea", "THREATEN", "South Korea", None)}),
        # ... another Kim is no one's stand-in
        ("Le défenseur sud-coréen Kim Min-jae a signé samedi au Bayern Munich.", set()),
    ],
)  # fmt: skip
def test_rules_and_near_sentences(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act ordered by a causative, done to the embedded verb's object, is the causer's ...
        ("À Ouagadougou, la junte a fait arrêter un journaliste qui avait critiqué la conduite des "
         "opérations, selon Reporters sans frontières.",
         {("Burkina Faso", "COERCE", "Journalists (Burkina Faso)", "Ouagadougou")}),
        ("Les talibans ont fait exécuter en public deux hommes à Ghazni.",
         {("Taliban", "ASSAULT", "Civilians (Afghanistan)", "Ghazni")}),
        # ... while a causative of no lexicon act, or of no conflict, gives none
        ("Le ministre a fait savoir que les négociations reprendraient.", set()),
        ("Le gouverneur a fait fermer les écoles de Goma.", set()),
    ],
)  # fmt: skip
def test_causatives(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks told by a reciprocal verb are held where the clause says ...
        ("Les émissaires américains et russes se sont rencontrés mardi à Riyad pour discuter d'un "
         "cessez-le-feu en Ukraine.",
         {("Russia", "CONSULT", "United States", "Riyadh"),
          ("United States", "CONSULT", "Russia", "Riyadh")}),
        ("La France et l'Allemagne se sont rencontrées mardi à Genève.",
         {("France", "CONSULT", "Germany", "Geneva"), ("Germany", "CONSULT", "France", "Geneva")}),
        # ... and the country they talk about is no venue
        ("Washington et Moscou se sont rencontrés pour discuter de la guerre en Ukraine.",
         {("Russia", "CONSULT", "United States", None), ("United States", "CONSULT", "Russia", None)}),
    ],
)  # fmt: skip
def test_reciprocal_venues(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
