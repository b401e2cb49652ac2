"""French wire copy of Burkina Faso, Niger, the Central African Republic, DR Congo (M23, ADF, Ituri),
Sudan (the army and the RSF, 2023), Haiti's gangs, Yemen, Iraq, Nigeria (Boko Haram, ISWAP),
Mozambique, Somalia and Ukraine (issue 14, round frstyle83), in sentences of our own (AFP, RFI, Le
Monde register): ambushes, kidnappings, improvised explosive devices, drone strikes, protests
dispersed, a curfew, towns retaken, ceasefire talks, sanctions and a court's sentence, in incises
("a-t-on appris", "selon une source sécuritaire"), passives, participles, nominal events ("la prise
d'El-Facher par", "des affrontements entre") and time phrases ("dans la nuit de vendredi à samedi");
and six sentences that tell no conflict event (sport, weather, economy).

The rules of the round, each with a near sentence it must leave alone: a noun a partitive article
opens right after a time phrase ("a mené mardi des frappes", "a tiré dans la nuit des missiles", "a
imposé dimanche de lourdes sanctions"), which the parser hangs on the time word or on the verb as an
oblique, is the verb's object, never the complement of a time noun that needs one ("ont manifesté
vendredi la veille des élections") nor after "être" or a reflexive ("est mort mardi des suites de
ses blessures"; nlp/timed_partitives.py, ``adjective_partitives``); the one the control of a town is
taken from ("a repris aux shebab le contrôle de Jowhar") is the capture's target, a country there
where it is ("le contrôle de Kidal au Mali"); missiles, rockets and shells launched on a place are a
fire ("a lancé des missiles sur Odessa"), a missile test none; a package or a train of sanctions is
the sanctions (``series_nouns``).
"""

from __future__ import annotations

import pytest
from unit._battery import wire_misses, wire_rows
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

# the conflict sentences the extractor gets exactly right
BATTERY: list[tuple[str, set[Row]]] = [
    (
        (
            "Burkina Faso : une quinzaine de soldats ont été tués dimanche dans une embuscade tendue par des "
            "jihadistes près de Djibo, dans le nord du pays, selon une source sécuritaire."
        ),
        {
            ("Unidentified Armed Group (Burkina Faso)", "FIGHT", "Armed Forces of Burkina Faso", "Djibo"),
        },
    ),
    (
        (
            "Burkina Faso : des hommes armés ont enlevé une cinquantaine de femmes jeudi aux environs "
            "d'Arbinda, a-t-on appris de sources locales."
        ),
        {
            ("Unidentified Armed Group (Burkina Faso)", "ASSAULT", "Civilians (Burkina Faso)", "Aribinda"),
        },
    ),
    (
        (
            "Niger : six militaires nigériens ont été tués mardi par l'explosion d'un engin explosif "
            "improvisé au passage de leur convoi dans la région de Tillabéri, a indiqué le ministère de la "
            "Défense."
        ),
        {
            ("Unidentified Armed Group (Niger)", "FIGHT", "Niger Armed Forces", "Tillabéri"),
        },
    ),
    (
        (
            "Niger : la Cédéao a imposé dimanche de lourdes sanctions économiques au Niger, quatre jours "
            "après le coup d'État contre le président Mohamed Bazoum."
        ),
        {
            ("ECOWAS", "SANCTION", "Niger", None),
        },
    ),
    (
        (
            "Centrafrique : un casque bleu de la Minusca a été tué vendredi dans une attaque contre un convoi"
            " de l'ONU près de Bangassou, a annoncé la mission."
        ),
        {
            ("Unidentified Armed Group (Central African Republic)", "FIGHT", "MINUSCA", "Bangassou"),
        },
    ),
    (
        (
            "Centrafrique : l'armée centrafricaine a repris jeudi le contrôle de la ville de Bambari, où les "
            "rebelles s'étaient retranchés depuis des semaines, a annoncé le gouvernement."
        ),
        {
            ("Central African Armed Forces", "CAPTURE", None, "Bambari"),
        },
    ),
    (
        (
            "Centrafrique : des rebelles ont attaqué dans la nuit de mercredi à jeudi une position des forces"
            " armées centrafricaines à Bouar, selon une source militaire."
        ),
        {
            (
                "Unidentified Armed Group (Central African Republic)",
                "FIGHT",
                "Central African Armed Forces",
                "Bouar",
            ),
        },
    ),
    (
        (
            "RDC : de violents affrontements entre les rebelles du M23 et l'armée congolaise ont éclaté jeudi"
            " près de Sake, à l'ouest de Goma, selon la société civile locale."
        ),
        {
            ("Armed Forces of the Democratic Republic of the Congo", "FIGHT", "M23", "Sake"),
            ("M23", "FIGHT", "Armed Forces of the Democratic Republic of the Congo", "Sake"),
        },
    ),
    (
        (
            "RDC : au moins quarante civils ont été massacrés dans la nuit de vendredi à samedi par des "
            "rebelles des ADF dans un village du territoire de Beni, a annoncé l'armée."
        ),
        {
            ("Allied Democratic Forces", "ASSAULT", "Civilians (Democratic Republic of Congo)", "Beni"),
        },
    ),
    (
        (
            "RDC : en Ituri, des miliciens de la CODECO ont attaqué dimanche un site de déplacés près de "
            "Djugu, tuant une vingtaine de personnes, selon une ONG."
        ),
        {
            ("CODECO", "ASSAULT", "Civilians (Democratic Republic of Congo)", "Djugu"),
        },
    ),
    (
        (
            "RDC : la cité de Bunagana, à la frontière ougandaise, est tombée lundi aux mains des rebelles du"
            " M23, a reconnu le porte-parole de l'armée."
        ),
        {
            ("M23", "CAPTURE", None, "Bunagana"),
        },
    ),
    (
        (
            "Soudan : l'armée soudanaise a mené mardi des frappes de drones contre des positions des FSR à "
            "Omdurman, a-t-on appris de sources militaires."
        ),
        {
            ("Sudanese Armed Forces", "FIGHT", "Rapid Support Forces", "Omdurman"),
        },
    ),
    (
        (
            "Soudan : l'armée soudanaise et les paramilitaires des FSR ont signé samedi à Djeddah un accord "
            "de cessez-le-feu d'une semaine, ont annoncé les médiateurs."
        ),
        {
            ("Rapid Support Forces", "AGREE", "Sudanese Armed Forces", "Jeddah"),
            ("Sudanese Armed Forces", "AGREE", "Rapid Support Forces", "Jeddah"),
        },
    ),
    (
        (
            "Soudan : la prise d'El-Facher par les paramilitaires des FSR a provoqué la fuite de dizaines de "
            "milliers d'habitants, selon l'ONU."
        ),
        {
            ("Rapid Support Forces", "CAPTURE", None, "El Fasher"),
        },
    ),
    (
        (
            "Yémen : les forces gouvernementales ont repoussé samedi une offensive des rebelles houthis au "
            "sud de Marib, a affirmé un responsable militaire."
        ),
        {
            ("Government of Yemen", "FIGHT", "Houthis", "Ma'rib"),
        },
    ),
    (
        (
            "Irak : deux kamikazes se sont fait exploser jeudi sur un marché bondé du centre de Bagdad, "
            "faisant au moins trente morts, a indiqué une source policière."
        ),
        {
            ("Unidentified Armed Group (Iraq)", "ASSAULT", "Civilians (Iraq)", "Baghdad"),
        },
    ),
    (
        (
            "Irak : les forces irakiennes ont repris lundi au groupe État islamique le contrôle de Tal Afar, "
            "a annoncé le Premier ministre."
        ),
        {
            ("Iraqi Security Forces", "CAPTURE", "Islamic State", "Tal Afar"),
        },
    ),
    (
        (
            "Irak : des manifestants ont bloqué dimanche les routes menant au port d'Oum Qasr pour protester "
            "contre le chômage, a-t-on appris de source policière."
        ),
        {
            ("Protesters (Iraq)", "PROTEST", None, "Umm Qaşr"),
        },
    ),
    (
        (
            "Nigeria : des combattants de Boko Haram ont enlevé mercredi plus de quatre-vingts élèves dans "
            "l'attaque d'une école de l'État de Borno, selon un responsable local."
        ),
        {
            ("Boko Haram", "ASSAULT", "Civilians (Nigeria)", "Borno"),
        },
    ),
    (
        (
            "Mozambique : des insurgés ont décapité une dizaine de villageois dans la nuit de samedi à "
            "dimanche près de Macomia, dans la province de Cabo Delgado, selon des sources locales."
        ),
        {
            ("Unidentified Armed Group (Mozambique)", "ASSAULT", "Civilians (Mozambique)", "Macomia"),
        },
    ),
    (
        (
            "Mozambique : l'attaque des insurgés contre la ville de Palma a fait des dizaines de morts parmi "
            "les civils, selon le gouvernement."
        ),
        {
            ("Unidentified Armed Group (Mozambique)", "ASSAULT", "Civilians (Mozambique)", "Palma"),
            ("Unidentified Armed Group (Mozambique)", "FIGHT", None, "Palma"),
        },
    ),
    (
        (
            "Somalie : des combattants shebab ont tendu mercredi une embuscade à un convoi de l'armée "
            "somalienne près de Jowhar, selon un officier."
        ),
        {
            ("Al-Shabaab", "FIGHT", "Somali National Army", "Jawhar"),
        },
    ),
    (
        (
            "Somalie : l'armée somalienne a repris lundi aux shebab la localité d'El Bur, a annoncé le "
            "ministre de l'Information."
        ),
        {
            ("Somali National Army", "CAPTURE", "Al-Shabaab", "Ceelbuur"),
        },
    ),
    (
        (
            "Ukraine : l'armée russe a lancé dans la nuit de lundi à mardi des dizaines de drones explosifs "
            "sur Kiev, a annoncé l'armée de l'air ukrainienne."
        ),
        {
            ("Russian Armed Forces", "FIGHT", "Ukraine", "Kyiv"),
        },
    ),
    (
        (
            "Ukraine : un missile russe s'est abattu samedi sur un immeuble résidentiel de Dnipro, tuant au "
            "moins vingt civils, selon les autorités régionales."
        ),
        {
            ("Russia", "ASSAULT", "Civilians (Ukraine)", "Dnipro"),
        },
    ),
    (
        ("Ukraine : l'Union européenne a adopté vendredi un douzième paquet de sanctions contre la Russie."),
        {
            ("European Union", "SANCTION", "Russia", None),
        },
    ),
    (
        (
            "Ukraine : des combats acharnés opposent depuis plusieurs jours les troupes russes aux soldats "
            "ukrainiens dans la ville de Bakhmout, a indiqué l'état-major."
        ),
        {
            ("Armed Forces of Ukraine", "FIGHT", "Russian Armed Forces", "Bakhmut"),
            ("Russian Armed Forces", "FIGHT", "Armed Forces of Ukraine", "Bakhmut"),
        },
    ),
    (
        "Soudan : les Forces de soutien rapide ont pris dimanche le contrôle de Wad Madani, chef-lieu de "
        "l'État d'Al-Jazira, selon des témoins.",
        {
            ("Rapid Support Forces", "CAPTURE", None, "Wad Medani"),
        },
    ),
    (
        "Somalie : les shebab ont revendiqué l'explosion d'un camion piégé samedi devant le ministère de "
        "l'Éducation à Mogadiscio, qui a fait plus de cent morts.",
        {
            ("Al-Shabaab", "ASSAULT", "Civilians (Somalia)", "Mogadishu"),
        },
    ),
    # a known miss until round frmiss86 (a sea or lake: nlp/events/water_bodies.py)
    (
        "Nigeria : l'armée nigériane a affirmé mardi avoir tué une trentaine de combattants de l'ISWAP "
        "lors d'une opération près du lac Tchad.",
        {
            ("Nigerian Armed Forces", "FIGHT", "Islamic State West Africa Province", "Lake Chad"),
        },
    ),
    # a known miss until round frmiss86 (a counted group noun: nlp/group_nouns.py)
    (
        "Yémen : des frappes aériennes de la coalition menée par l'Arabie saoudite ont tué au moins dix "
        "rebelles houthis dimanche dans la province de Marib, selon une source militaire.",
        {
            ("Saudi-led coalition", "FIGHT", "Houthis", "Ma’rib"),
        },
    ),
]

# the sentences that tell no conflict event, and give no row
QUIET: list[tuple[str, set[Row]]] = [
    # 'prendre le dessus' is no capture (idiom_take_objects, round frstyle86; territory_nouns, frmiss86)
    (
        ("Rugby : l'attaque irlandaise a pris le dessus sur la défense française samedi à Dublin."),
        set(),
    ),
    (
        ("Football : le Sénégal a battu le Cameroun deux buts à zéro samedi à Yaoundé en match amical."),
        set(),
    ),
    (
        (
            "Niger : des pluies diluviennes ont fait une trentaine de morts et des milliers de sinistrés dans"
            " la région de Maradi, selon la protection civile."
        ),
        set(),
    ),
    (
        (
            "Nigeria : la banque centrale a relevé mardi son taux directeur de deux points pour freiner "
            "l'inflation."
        ),
        set(),
    ),
    (
        (
            "RDC : le cours du cobalt a chuté de 20 % en un mois, inquiétant les exploitants miniers de "
            "Kolwezi."
        ),
        set(),
    ),
    (
        (
            "Ukraine : les exportations de céréales ont repris lundi depuis le port d'Odessa, a annoncé le "
            "ministère de l'Agriculture."
        ),
        set(),
    ),
]

# the sentences still missed (conflict or quiet), each with its right rows and why it is missed
KNOWN_MISSES: list[tuple[str, set[Row], str]] = [
    (
        (
            "Burkina Faso : le gouverneur de la région du Sahel a instauré mardi un couvre-feu nocturne dans "
            "la province du Soum après une série d'attaques."
        ),
        {
            ("Burkina Faso", "MOBILIZE", "Civilians (Burkina Faso)", "Soum"),
        },
        (
            "a curfew a governor (not the government) sets gives no MOBILIZE, and the province of Soum is"
            " not read as the place"
        ),
    ),
    (
        (
            "Burkina Faso : l'ONU a condamné lundi le massacre d'une centaine de villageois à Solenzo, dans "
            "l'ouest du pays."
        ),
        {
            ("Unidentified Armed Group (Burkina Faso)", "ASSAULT", "Civilians (Burkina Faso)", "Solenzo"),
            ("United Nations", "ACCUSE", "Unidentified Armed Group (Burkina Faso)", "Solenzo"),
        },
        (
            "the complement of 'massacre' ('d'une centaine de villageois') is not read as the victims, "
            "and the condemnation's target is taken from them instead of the unnamed killers"
        ),
    ),
    (
        (
            "Niger : des milliers de manifestants ont réclamé samedi à Niamey le départ des soldats français "
            "stationnés dans le pays."
        ),
        {
            ("Protesters (Niger)", "PROTEST", None, "Niamey"),
            ("Protesters (Niger)", "REQUEST", "French Armed Forces", "Niamey"),
        },
        (
            "a demand by protesters is not read as a protest too, and the target of 'le départ des "
            "soldats français' is not the soldiers"
        ),
    ),
    (
        (
            "Haïti : des membres d'un gang ont incendié lundi des dizaines de maisons dans le quartier de "
            "Carrefour-Feuilles, à Port-au-Prince, selon la police."
        ),
        {
            ("Unidentified Armed Group (Haiti)", "ASSAULT", "Civilians (Haiti)", "Carrefour-Feuilles"),
        },
        "houses a gang burns are not read as an assault on the civilians who live there",
    ),
    (
        (
            "Haïti : la police a dispersé mardi à coups de gaz lacrymogènes des manifestants qui réclamaient "
            "la démission du Premier ministre à Port-au-Prince."
        ),
        {
            ("Police Forces of Haiti", "COERCE", "Protesters (Haiti)", "Port-au-Prince"),
            ("Protesters (Haiti)", "PROTEST", "Haiti", "Port-au-Prince"),
        },
        (
            "the place 'à Port-au-Prince' at the end of the relative clause is not the dispersal's, and "
            "the protest's target is not read from 'la démission du Premier ministre'"
        ),
    ),
    (
        (
            "Haïti : le Conseil de sécurité de l'ONU a adopté vendredi des sanctions contre le chef de gang "
            "haïtien Jimmy Chérizier."
        ),
        {
            ("UN Security Council", "SANCTION", "Jimmy Chérizier", None),
        },
        "the sanctioned gang leader (no KB person) is lost and the demonym 'haïtien' becomes the target",
    ),
    (
        (
            "Yémen : les Houthis et le gouvernement yéménite ont entamé lundi à Genève des négociations sur "
            "un échange de prisonniers, sous l'égide de l'ONU."
        ),
        {
            ("Government of Yemen", "CONSULT", "Houthis", "Geneva"),
            ("Houthis", "CONSULT", "Government of Yemen", "Geneva"),
        },
        "'entamer des négociations' between two conjoined subjects gives no CONSULT",
    ),
    (
        (
            "Nigeria : un tribunal d'Abuja a condamné lundi à la prison à vie trois membres de Boko Haram "
            "pour un attentat contre une église."
        ),
        {
            ("Judiciary of Nigeria", "ACCUSE", "Boko Haram", "Abuja"),
        },
        (
            "the convicted 'trois membres de Boko Haram' are not read as the group, nor 'tribunal "
            "d'Abuja' as the place"
        ),
    ),
    (
        (
            "Ukraine : les forces ukrainiennes ont annoncé mardi la reprise du village de Robotyne, dans la "
            "région de Zaporijjia."
        ),
        {
            ("Armed Forces of Ukraine", "CAPTURE", None, "Robotyne"),
        },
        (
            "with 'dans la région de Zaporijjia' after it, the village named by 'la reprise du village "
            "de' under 'annoncer' is lost"
        ),
    ),
]


test_wire_battery = wire_rows(BATTERY)
test_quiet_sentences = wire_rows(QUIET)
test_known_misses = wire_misses(KNOWN_MISSES)


def test_battery_size() -> None:
    assert len(BATTERY) + len(QUIET) + len(KNOWN_MISSES) == 46
    assert sum(1 for _, expected, _ in KNOWN_MISSES if not expected) + len(QUIET) == 6


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partitive object after a time phrase, hung on the time word or on the verb as an oblique
        ("Mali : les jihadistes ont lancé dimanche de violentes attaques contre des postes de l'armée "
         "malienne près de Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
        ("Ukraine : l'armée russe a tiré dans la nuit de samedi à dimanche des missiles sur Kharkiv.",
         {("Russian Armed Forces", "FIGHT", None, "Kharkiv")}),
        # ... never after a verb that takes no such object, with "être" or reflexive ("des" is "de les")
        ("Centrafrique : des milliers de personnes ont manifesté vendredi la veille des élections à Bangui.",
         {("Protesters (Central African Republic)", "PROTEST", None, "Bangui")}),
        ("Nigeria : le soldat est mort mardi des suites de ses blessures à Maiduguri.", set()),
        ("RDC : les rebelles se sont retirés lundi des positions qu'ils tenaient près de Goma.",
         {("Unidentified Armed Group (Democratic Republic of Congo)", "RETREAT", None, "Goma")}),
        # the one a town's control is taken from ("reprendre à X le contrôle de"); a country there is where
        ("Somalie : l'armée somalienne a repris aux shebab le contrôle de Jowhar.",
         {("Somali National Army", "CAPTURE", "Al-Shabaab", "Jawhar")}),
        ("Mali : les rebelles ont pris le contrôle de Kidal au Mali.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        # missiles, rockets and shells launched on a place; a missile test names none
        ("Ukraine : les forces russes ont lancé des missiles sur Odessa.",
         {("Russian Armed Forces", "FIGHT", None, "Odesa")}),
        ("Corée du Nord : Pyongyang a lancé mardi un missile balistique en mer du Japon, a annoncé Séoul.",
         set()),
        # a package or a train of sanctions is the sanctions
        ("Les États-Unis ont adopté un nouveau train de sanctions contre l'Iran.",
         {("United States", "SANCTION", "Iran", None)}),
        ("L'Union européenne a adopté un paquet de mesures contre l'inflation.", set()),
        ("Ukraine : un train de marchandises a déraillé mardi près de Lviv.", set()),
    ],
)  # fmt: skip
def test_rules_and_near_sentences(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
