"""French wire copy of the 2012 wars in Syria, Mali and Afghanistan (issue 14, round frstyle53),
in sentences of our own in the Wikinews register: shelling and tolls, rebel captures, coups and
sanctions, suicide and insider attacks, told in the passé composé, the présent de narration, the
passive, nominals, reported speech and datelines, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._battery import wire_rows
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
SAA = "Syrian Arab Army"
FSA = "Free Syrian Army"
SYR = "Syria"
CIV_S = "Civilians (Syria)"
UAG_S = "Unidentified Armed Group (Syria)"
MNLA = "National Movement for the Liberation of Azawad"
MUJAO = "Movement for Unity and Jihad in West Africa"
AD = "Ansar Dine"
FAMA = "Malian Armed Forces"
TAL = "Taliban"
ANA = "Military Forces of Afghanistan"
CIV_A = "Civilians (Afghanistan)"
CIV_M = "Civilians (Mali)"
UAG_A = "Unidentified Armed Group (Afghanistan)"
DARAA = "Dar‘ā"
HAMA = "Ḩamāh"


test_battery_2012 = wire_rows(
    [
        ("L'armée syrienne a bombardé lundi le quartier de Baba Amr à Homs.",
         {(SAA, "FIGHT", None, "Baba Amr")}),
        ("Les forces gouvernementales syriennes pilonnent depuis l'aube plusieurs quartiers "
         "d'Alep.",
         {(SAA, "FIGHT", None, "Aleppo")}),
        ("Au moins 40 personnes ont été tuées jeudi dans le bombardement de Deraa par l'armée, "
         "selon l'Observatoire syrien des droits de l'homme.",
         {(SAA, "FIGHT", None, DARAA)}),
        ("Le quartier de Khaldiyé, à Homs, a été bombardé par les chars de l'armée syrienne.",
         {(SAA, "FIGHT", None, "Khaldiyeh")}),
        ("Selon l'OSDH, au moins 23 civils ont été tués par des tirs de l'armée à Idleb.",
         {(SAA, "ASSAULT", CIV_S, "Idlib")}),
        ("L'aviation du régime a bombardé mercredi un quartier rebelle d'Alep.",
         {(SAA, "FIGHT", None, "Aleppo")}),
        ("Le pilonnage de Homs par l'armée syrienne se poursuit pour le dixième jour consécutif.",
         {(SAA, "FIGHT", None, "Homs")}),
        ("Quinze personnes, dont trois enfants, ont péri dans le bombardement d'un marché de "
         "Deraa.",
         {(UAG_S, "ASSAULT", CIV_S, DARAA)}),
        ("L'Armée syrienne libre a attaqué un poste de contrôle de l'armée près de Deraa.",
         {(FSA, "FIGHT", SAA, DARAA)}),
        ("L'ASL a pris jeudi le contrôle du poste frontalier de Bab al-Hawa.",
         {(FSA, "CAPTURE", None, "Bab al-Hawa border crossing")}),
        ("La prise du poste-frontière d'Al-Boukamal par l'Armée syrienne libre a été confirmée par"
         " l'OSDH.",
         {(FSA, "CAPTURE", None, "Ālbū Kamāl")}),
        ("Les rebelles ont tué douze soldats lors d'une embuscade près de Hama, a affirmé l'OSDH.",
         {(UAG_S, "FIGHT", SAA, HAMA)}),
        ("Des combats opposent depuis mardi l'Armée syrienne libre aux troupes gouvernementales "
         "dans le quartier de Salaheddine à Alep.",
         {(FSA, "FIGHT", SAA, "Salaheddine"), (SAA, "FIGHT", FSA, "Salaheddine")}),
        ("L'attaque de l'ASL contre un aéroport militaire près d'Alep a fait au moins dix morts "
         "parmi les soldats.",
         {(FSA, "FIGHT", SAA, "Aleppo")}),
        ("Un général syrien a été tué par des insurgés à Damas, selon l'agence officielle Sana.",
         {(UAG_S, "FIGHT", SAA, "Damascus")}),
        ("Les insurgés affirment avoir abattu un hélicoptère de l'armée au-dessus de Deir ez-Zor.",
         {(UAG_S, "FIGHT", SAA, "Deir ez-Zor")}),
        ("Le Premier ministre syrien Riad Hijab a fait défection et s'est réfugié en Jordanie.",
         set()),
        ("Le général Manaf Tlass a fait défection, a annoncé mardi un proche de sa famille.",
         set()),
        ("Kofi Annan a rencontré Bachar el-Assad à Damas pour discuter de son plan de paix.",
         {("United Nations", "CONSULT", SYR, "Damascus")}),
        ("Les observateurs de l'ONU ont suspendu leurs patrouilles en raison de la violence.",
         set()),
        ("L'Union européenne a adopté de nouvelles sanctions contre le régime de Damas.",
         {("European Union", "SANCTION", SYR, None)}),
        ("Washington a gelé les avoirs de plusieurs dirigeants syriens.",
         {("United States", "SANCTION", SYR, None)}),
        ("La Ligue arabe a suspendu la Syrie de ses instances.",
         {("Arab League", "SANCTION", SYR, None)}),
        ("Des milliers de manifestants ont défilé vendredi à Hama pour réclamer la chute du "
         "régime.",
         {("Protesters (Syria)", "PROTEST", SYR, HAMA)}),
        ("Les forces de sécurité ont ouvert le feu sur des manifestants à Deraa, tuant six "
         "personnes.",
         {("Police Forces of Syria", "COERCE", "Protesters (Syria)", DARAA)}),
        ("Un attentat à la voiture piégée a tué au moins 27 personnes à Damas samedi.",
         {(UAG_S, "ASSAULT", CIV_S, "Damascus")}),
        ("Les rebelles touareg du MNLA ont pris le contrôle de Kidal vendredi.",
         {(MNLA, "CAPTURE", None, "Kidal")}),
        ("Les islamistes d'Ansar Dine ont détruit plusieurs mausolées de saints musulmans à "
         "Tombouctou.",
         {(AD, "COERCE", None, "Timbuktu")}),
        ("La destruction des mausolées de Tombouctou par Ansar Dine a été condamnée par l'Unesco.",
         {(AD, "COERCE", None, "Timbuktu"), ("Unesco", "ACCUSE", AD, None)}),
        ("Le MUJAO a chassé le MNLA de Gao après de violents combats.",
         {(MUJAO, "CAPTURE", MNLA, "Gao"), (MUJAO, "FIGHT", MNLA, "Gao")}),
        ("Des combats ont opposé mercredi à Gao les combattants du MUJAO à ceux du MNLA.",
         {(MUJAO, "FIGHT", MNLA, "Gao"), (MNLA, "FIGHT", MUJAO, "Gao")}),
        ("Le MUJAO s'est emparé de Douentza samedi, sans rencontrer de résistance.",
         {(MUJAO, "CAPTURE", None, "Douentza")}),
        ("Les putschistes ont annoncé la dissolution des institutions et la suspension de la "
         "Constitution.",
         set()),
        ("La junte du capitaine Sanogo a arrêté plusieurs ministres du gouvernement déchu à "
         "Bamako.",
         {(FAMA, "COERCE", "Mali", "Bamako")}),
        ("Le capitaine Amadou Sanogo a accepté de rendre le pouvoir aux civils.",
         {(FAMA, "CONCEDE", CIV_M, None)}),
        ("La Cédéao a imposé un embargo diplomatique et financier à la junte malienne.",
         {("ECOWAS", "SANCTION", "Mali", None)}),
        ("La CEDEAO menace d'envoyer une force militaire au Mali pour reprendre le Nord.",
         {("ECOWAS", "THREATEN", "Mali", None)}),
        ("La France a demandé au Conseil de sécurité d'autoriser une intervention militaire "
         "africaine au Mali.",
         {("France", "REQUEST", "UN Security Council", "Mali")}),
        ("Un couple non marié a été lapidé à mort par des islamistes à Aguelhok.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", CIV_M, "Aguelhok")}),
        ("L'armée malienne a abandonné ses positions à Kidal face à l'avancée des rebelles.",
         {(FAMA, "RETREAT", None, "Kidal")}),
        ("Le MUJAO a enlevé sept diplomates algériens au consulat d'Algérie à Gao.",
         {(MUJAO, "ASSAULT", "Algeria", "Gao")}),
        ("Kaboul, 15 avril — Des talibans ont lancé une série d'attaques coordonnées contre le "
         "quartier des ambassades.",
         {(TAL, "FIGHT", None, "Kabul")}),
        ("Un kamikaze s'est fait exploser devant une base de l'Otan à Kandahar, tuant trois "
         "civils.",
         {(UAG_A, "ASSAULT", CIV_A, "Kandahār")}),
        ("L'attentat suicide, revendiqué par les talibans, a fait au moins douze morts à Kaboul.",
         {(TAL, "ASSAULT", CIV_A, "Kabul")}),
        ("Les talibans ont revendiqué l'attaque contre l'hôtel Spozhmai, près de Kaboul.",
         {(TAL, "FIGHT", None, "Kabul")}),
        ("Une frappe aérienne de l'Otan a tué dix-huit civils dans la province de Logar, selon les"
         " autorités afghanes.",
         {("NATO", "ASSAULT", CIV_A, "Lōgar")}),
        ("Un soldat afghan a ouvert le feu sur des militaires français dans la vallée de Tagab, en"
         " tuant quatre.",
         {(ANA, "FIGHT", "French Armed Forces", "Tagāb")}),
        ("Cette nouvelle attaque d'initiés porte à 51 le nombre de soldats de l'Otan tués cette "
         "année par des membres des forces afghanes.",
         {(ANA, "FIGHT", "NATO", None)}),
        ("Un soldat américain a tué seize villageois dans la province de Kandahar.",
         {("Military Forces of the United States", "ASSAULT", CIV_A, "Kandahār")}),
        ("Des milliers d'Afghans ont manifesté contre l'autodafé de corans sur la base de Bagram.",
         {("Protesters (Afghanistan)", "PROTEST", None, "Bagram Air Base")}),
        ("Le président Hamid Karzaï a condamné la frappe et exigé des explications de l'Otan.",
         {("Afghanistan", "ACCUSE", None, None), ("Afghanistan", "REQUEST", "NATO", None)}),
        ("Les talibans ont suspendu les négociations de paix avec les États-Unis.",
         {(TAL, "SANCTION", "United States", None)}),
        ("Les policiers afghans ont arrêté trois kamikazes présumés à Jalalabad.",
         {("Police Forces of Afghanistan", "COERCE", UAG_A, "Jalālābād")}),
        ("Six soldats britanniques ont été tués par l'explosion d'une bombe artisanale dans le "
         "Helmand.",
         {(UAG_A, "FIGHT", "Military Forces of the United Kingdom", "Helmand")}),
        ("Un attentat contre une mosquée de Kaboul a fait 56 morts lors de la fête de l'Achoura.",
         {(UAG_A, "ASSAULT", CIV_A, "Kabul")}),
        ("Gao a été prise par les rebelles du MNLA et les islamistes d'Ansar Dine.",
         {(AD, "CAPTURE", None, "Gao"), (MNLA, "CAPTURE", None, "Gao")}),
        ("Kandahar, 11 mars — Un soldat américain a tué seize villageois dans leurs maisons.",
         {("Military Forces of the United States", "ASSAULT", CIV_A, "Kandahār")}),
        ("Deraa, 25 avril — Les forces de sécurité ont tiré sur la foule, tuant onze personnes.",
         {("Police Forces of Syria", "ASSAULT", CIV_S, DARAA)}),

    ],
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a toll of unnamed people on an act with a target counts that act's victims
        ("Les forces de sécurité ont ouvert le feu sur des manifestants à Hama, tuant quatre personnes.",
         {("Police Forces of Syria", "COERCE", "Protesters (Syria)", HAMA)}),
        # near miss: named victims of their own beside the act's target are a second event
        ("Les soldats ont attaqué les rebelles à Gao, tuant deux civils.",
         {(FAMA, "FIGHT", "Unidentified Armed Group (Mali)", "Gao"), (FAMA, "ASSAULT", CIV_M, "Gao")}),
    ],
)  # fmt: skip
def test_one_act_with_its_toll(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline opening the paragraph places its first sentence's ground events
        ("Kaboul, 15 avril — Des talibans ont attaqué le quartier des ambassades.",
         {(TAL, "FIGHT", None, "Kabul")}),
        ("Deir ez-Zor, 3 mai (AFP) — Les rebelles ont attaqué un convoi de l'armée.",
         {(UAG_S, "FIGHT", SAA, "Deir ez-Zor")}),
        # near miss: a place of the sentence's own wins over the dateline's
        ("Beyrouth, 12 mars — L'armée syrienne a bombardé Homs.",
         {(SAA, "FIGHT", None, "Homs")}),
        # near miss: no date before the dash, no dateline
        ("Homs, ville martyre — Les troupes syriennes ont bombardé des quartiers résidentiels.",
         {(SAA, "FIGHT", None, None)}),
    ],
)  # fmt: skip
def test_datelines(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the site an attack noun's complement names is placed by its own complement
        ("Quinze personnes ont péri dans le bombardement d'un marché de Deraa.",
         {(UAG_S, "ASSAULT", CIV_S, DARAA)}),
        ("Dix personnes ont été tuées dans le bombardement d'un hôpital de Homs.",
         {(UAG_S, "ASSAULT", CIV_S, "Homs")}),
        # coordinated passive agents each act
        ("Gao a été prise par les rebelles du MNLA et les islamistes d'Ansar Dine.",
         {(MNLA, "CAPTURE", None, "Gao"), (AD, "CAPTURE", None, "Gao")}),
        ("Le poste a été attaqué par le MNLA et le MUJAO.",
         {(MNLA, "FIGHT", None, None), (MUJAO, "FIGHT", None, None)}),
        # near miss: a source after the agent is no second agent
        ("Le poste a été attaqué par le MNLA près de Gao, selon Ansar Dine.",
         {(MNLA, "FIGHT", None, "Gao")}),
        # people named by a demonym the tagger reads as a name protest as the country's protesters
        ("Des milliers d'Afghans ont manifesté à Kaboul.",
         {("Protesters (Afghanistan)", "PROTEST", None, "Kabul")}),
        ("Des milliers de Pakistanais ont manifesté à Lahore.",
         {("Protesters (Pakistan)", "PROTEST", None, "Lahore")}),
        # near miss: the state itself protesting stays the state
        ("Le Pakistan a protesté contre la frappe à Islamabad.",
         {("Pakistan", "PROTEST", None, "Islamabad")}),
    ],
)  # fmt: skip
def test_sites_agents_and_peoples(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
