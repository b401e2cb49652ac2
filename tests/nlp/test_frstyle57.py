"""French wire copy of the 2012 wars in Syria, Mali and Afghanistan (issue 14, round frstyle57), in
sentences of our own in the AFP / Le Monde / RFI register: long sentences with incises, sources
("selon l'OSDH", "a-t-on appris de source sécuritaire"), tolls, sieges, hostage-takings, suicide and
roadside bombs, drone strikes, counter-offensives and towns changing hands, told as exact
(actor, type, target, place) rows; and sentences of analysis, history and diplomacy that tell no
event."""

from __future__ import annotations

import pytest
from unit._battery import wire_rows
from unit._extract import events
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
SAA = "Syrian Arab Army"
FSA = "Free Syrian Army"
CIV_S = "Civilians (Syria)"
UAG_S = "Unidentified Armed Group (Syria)"
POL_S = "Police Forces of Syria"
MNLA = "National Movement for the Liberation of Azawad"
MUJAO = "Movement for Unity and Jihad in West Africa"
AD = "Ansar Dine"
AQIM = "Al-Qaeda in the Islamic Maghreb"
FAMA = "Malian Armed Forces"
FRA = "French Armed Forces"
CIV_M = "Civilians (Mali)"
UAG_M = "Unidentified Armed Group (Mali)"
TAL = "Taliban"
ANA = "Military Forces of Afghanistan"
POL_A = "Police Forces of Afghanistan"
USM = "Military Forces of the United States"
CIV_A = "Civilians (Afghanistan)"
UAG_A = "Unidentified Armed Group (Afghanistan)"


test_battery_2012_wire = wire_rows(
    [
        ("Au moins 18 soldats ont été tués dans l'explosion d'une voiture piégée devant un "
         "bâtiment des services de renseignement à Deir ez-Zor, selon l'OSDH.",
         {(UAG_S, "FIGHT", SAA, "Deir ez-Zor")}),
        ("Des combattants de l'Armée syrienne libre ont enlevé 48 pèlerins iraniens dans la "
         "banlieue de Damas.",
         {(FSA, "ASSAULT", "Civilians (Iran)", "Damascus")}),
        ("Onze pèlerins chiites libanais ont été enlevés mardi dans la province d'Alep par un "
         "groupe rebelle.",
         {(UAG_S, "ASSAULT", "Civilians (Lebanon)", "Aleppo")}),
        ("Le cessez-le-feu prévu par le plan Annan a été violé dès jeudi matin par les forces "
         "gouvernementales, qui ont bombardé Homs, selon l'opposition.",
         {(SAA, "FIGHT", None, "Homs")}),
        ("Les troupes syriennes ont repris vendredi le contrôle du quartier de Baba Amr, après "
         "près d'un mois de siège.",
         {(SAA, "CAPTURE", None, "Baba Amr")}),
        ("'Les forces du régime assiègent depuis trois semaines la vieille ville de Homs, où "
         "quelque 800 familles sont prises au piège.",
         {(SAA, "FIGHT", None, "Homs")}),
        ("Des affrontements entre l'armée et les rebelles ont fait au moins dix morts dimanche à "
         "Rastane, selon l'OSDH.",
         {(SAA, "FIGHT", UAG_S, "Ar Rastan"), (UAG_S, "FIGHT", SAA, "Ar Rastan")}),
        ("Les rebelles se sont retirés du quartier de Baba Amr face à l'avancée des troupes "
         "gouvernementales.",
         {(UAG_S, "RETREAT", None, "Baba Amr")}),
        ("Les combattants rebelles ont attaqué à l'aube l'aéroport militaire de Taftanaz, dans la "
         "province d'Idleb, selon l'OSDH.",
         {(UAG_S, "FIGHT", None, "Taftanāz")}),
        ("'Des combats acharnés opposaient toujours jeudi soir les rebelles aux forces "
         "gouvernementales dans le quartier de Midane, à Damas.",
         {(SAA, "FIGHT", UAG_S, "Midan"), (UAG_S, "FIGHT", SAA, "Midan")}),
        ("La télévision officielle a annoncé que des « groupes terroristes armés » avaient tué "
         "quinze membres des forces de l'ordre à Idleb.",
         {(UAG_S, "FIGHT", POL_S, "Idlib")}),
        ("C'est à Tall Kalakh, près de la frontière libanaise, que l'armée a mené mardi ses "
         "opérations les plus meurtrières, tuant quatorze civils selon des militants.",
         {(SAA, "ASSAULT", CIV_S, "Tallkalakh")}),
        ("Les forces de sécurité ont arrêté des dizaines de manifestants lors d'une opération de "
         "ratissage à Deraa.",
         {("Protesters (Syria)", "PROTEST", None, "Dar‘ā"),
          (POL_S, "COERCE", "Protesters (Syria)", "Dar‘ā")}),
        ("Un obus de mortier tiré par les rebelles s'est abattu sur une école de Damas, tuant "
         "quatre élèves.",
         {(UAG_S, "ASSAULT", CIV_S, "Damascus")}),
        ("Les troupes gouvernementales ont pris d'assaut jeudi le village de Treimsa, près de "
         "Hama, où plus de 150 personnes auraient été tuées selon l'opposition.",
         {(SAA, "FIGHT", None, "Tremseh")}),
        ("Les soldats français de l'opération Serval ont repris l'aéroport de Gao samedi, avec "
         "l'appui de l'armée malienne.",
         {(FRA, "CAPTURE", None, "Gao")}),
        ("'Aqmi a exécuté un otage français, a affirmé un porte-parole du groupe à une agence "
         "mauritanienne.",
         {(AQIM, "ASSAULT", "Civilians (France)", None)}),
        ("'Des centaines de soldats tchadiens sont arrivés à Kidal pour sécuriser la ville aux "
         "côtés des forces françaises.",
         {("Chadian Armed Forces", "MOBILIZE", None, "Kidal")}),
        ("Les rebelles touareg ont affirmé avoir pris la base militaire d'Amachach, près de "
         "Tessalit, après plusieurs semaines de siège.",
         {(UAG_M, "CAPTURE", None, "Amachach")}),
        ("La Cédéao a annoncé l'envoi de 3 300 soldats au Mali, sous commandement nigérian.",
         {("ECOWAS", "MOBILIZE", None, "Mali")}),
        ("Des islamistes armés ont amputé la main d'un voleur présumé sur une place publique de "
         "Gao.",
         {("Islamist Militia (Mali)", "ASSAULT", CIV_M, "Gao")}),
        ("Les combattants d'Ansar Dine ont fui Tombouctou à l'approche des troupes "
         "franco-maliennes.",
         {(AD, "RETREAT", None, "Timbuktu")}),
        ("L'armée malienne a été accusée par Human Rights Watch d'avoir exécuté sommairement des "
         "civils touareg à Sévaré.",
         {("Human Rights Watch", "ACCUSE", FAMA, "Sévaré")}),
        ("'Les militaires putschistes ont arrêté dans la nuit le Premier ministre Cheick Modibo "
         "Diarra à Bamako.",
         {(FAMA, "COERCE", "Cheick Modibo Diarra", "Bamako")}),
        ("'Un hélicoptère français a été touché par des tirs près de Konna, et son pilote "
         "mortellement blessé.",
         {(UAG_M, "FIGHT", FRA, "Konna")}),
        ("Au moins cinq civils ont été tués par l'explosion d'une mine au passage de leur "
         "véhicule près de Douentza.",
         {(UAG_M, "ASSAULT", CIV_M, "Douentza")}),
        ("'Des éléments du Mujao ont attaqué dans la nuit un poste de gendarmerie à Gao, tuant "
         "deux gendarmes, a-t-on appris de source sécuritaire.",
         {(MUJAO, "FIGHT", "Police Forces of Mali", "Gao")}),
        ("Les hommes d'Ansar Dine ont saccagé à coups de pioche les mausolées de Tombouctou, sous "
         "les yeux des habitants.",
         {(AD, "COERCE", None, "Timbuktu")}),
        ("'Sept otages étrangers ont été enlevés par des hommes armés dans un hôtel de Hombori.",
         {(UAG_M, "ASSAULT", "Civilians (International)", "Hombori")}),
        ("'Les soldats maliens ont repris lundi le contrôle de la ville de Konna, perdue quatre "
         "jours plus tôt face aux islamistes.",
         {(FAMA, "CAPTURE", None, "Konna")}),
        ("Quatre soldats de l'Isaf ont été tués jeudi par l'explosion d'une bombe artisanale au "
         "passage de leur véhicule dans l'est de l'Afghanistan, a annoncé la force de l'Otan.",
         {(UAG_A, "FIGHT", "ISAF", "Afghanistan")}),
        ("Une bombe artisanale a frappé un convoi de l'Otan dans la province de Kandahar, tuant "
         "deux soldats américains.",
         {(UAG_A, "FIGHT", "NATO", "Kandahār")}),
        ("'Un drone américain a tué quatre insurgés présumés dans la province de Paktia, selon un "
         "responsable local.",
         {(USM, "FIGHT", UAG_A, "Paktiyā")}),
        ("Un kamikaze s'est fait exploser au milieu d'une foule rassemblée pour des funérailles "
         "dans la province de Kunduz, tuant 22 personnes, selon la police.",
         {(UAG_A, "ASSAULT", CIV_A, "Kunduz")}),
        ("Les forces afghanes et de l'Otan ont tué douze insurgés lors d'une opération nocturne "
         "dans la province de Ghazni, a indiqué le ministère de l'Intérieur.",
         {(ANA, "FIGHT", UAG_A, "Ghaznī"), ("NATO", "FIGHT", UAG_A, "Ghaznī"),
          (ANA, "COOPERATE", "NATO", "Ghaznī")}),
        ("'Une attaque des talibans contre un poste de police du district de Sangin a fait cinq "
         "morts parmi les policiers.",
         {(TAL, "FIGHT", POL_A, "Sangīn")}),
        ("Des insurgés ont tiré des roquettes sur la base de Bagram, sans faire de victimes, a "
         "indiqué l'Isaf.",
         {(UAG_A, "FIGHT", None, "Bagram Air Base")}),
        ("'Les talibans ont enlevé une vingtaine de civils qui se rendaient à une fête dans la "
         "province de Ghazni.",
         {(TAL, "ASSAULT", CIV_A, "Ghaznī")}),
        ("Deux soldats français ont été tués samedi par un insurgé portant un uniforme de l'armée "
         "afghane dans la province de Kapisa.",
         {(UAG_A, "FIGHT", FRA, "Kāpīsā")}),
        ("Des centaines d'étudiants ont manifesté à Jalalabad contre un film anti-islam, brûlant "
         "des effigies du président américain.",
         {("Protesters (Afghanistan)", "PROTEST", None, "Jalālābād")}),
        ("'Un attentat à la bicyclette piégée a tué trois policiers dans un marché de Kandahar.",
         {(UAG_A, "FIGHT", POL_A, "Kandahār")}),
        ("'Le chef de la police de la province de Kunduz a été tué par un kamikaze dans une "
         "mosquée.",
         {(UAG_A, "FIGHT", POL_A, "Kunduz")}),
        ("Les talibans ont exécuté publiquement une jeune femme accusée d'adultère dans la "
         "province de Parwan.",
         {(TAL, "ASSAULT", CIV_A, "Parwān")}),
        ("L'armée afghane a lancé une offensive contre les insurgés dans la vallée de Tagab, avec "
         "le soutien aérien de l'Isaf.",
         {(ANA, "FIGHT", UAG_A, "Tagāb")}),
        ("La police afghane a arrêté un kamikaze présumé qui s'apprêtait à attaquer un bâtiment "
         "gouvernemental à Kaboul.",
         {(POL_A, "COERCE", UAG_A, "Kabul"), (UAG_A, "FIGHT", None, "Kabul")}),
        ("Un soldat de l'Otan a été tué dimanche dans une attaque d'insurgés dans le sud de "
         "l'Afghanistan, a annoncé l'Isaf sans préciser sa nationalité.",
         {(UAG_A, "FIGHT", "NATO", "Afghanistan")}),
        ("Les insurgés ont tendu une embuscade à une patrouille de l'armée afghane dans la "
         "province de Wardak, tuant sept soldats.",
         {(UAG_A, "FIGHT", ANA, "Wardak")}),
        ("Lashkar Gah, 2 juin (AFP) — Trois civils ont été tués par une bombe artisanale au bord "
         "d'une route.",
         {(UAG_A, "ASSAULT", CIV_A, "Lashkar Gāh")}),
        ("'Les soldats afghans ont repris le contrôle du district de Waygal, tombé aux mains des "
         "talibans la semaine dernière.",
         # round frstyle83: retaken from the Taliban it had fallen to, the army's capture's target
         {(ANA, "CAPTURE", TAL, "Waygal"), (TAL, "CAPTURE", None, "Waygal")}),
        ("'Une frappe de drone américain a tué cinq combattants du réseau Haqqani dans le "
         "Waziristan du Nord.",
         {(USM, "FIGHT", "Haqqani Network", "North Waziristan")}),
        ("Les talibans ont affirmé avoir abattu un hélicoptère de l'Otan dans la province de "
         "Logar.",
         {(TAL, "FIGHT", "NATO", "Lōgar")}),
        ("Le conflit syrien, qui a débuté en mars 2011, s'est peu à peu transformé en guerre "
         "civile.",
         set()),
        ("Pour de nombreux analystes, l'intervention française au Mali risque de s'enliser faute "
         "d'un soutien africain rapide.",
         set()),
        ("'Le nord du Mali, vaste comme la France et la Belgique réunies, est en grande partie "
         "désertique.",
         set()),
        ("L'Afghanistan compte environ 130 000 soldats étrangers, dont 90 000 Américains, selon "
         "les chiffres de l'Otan.",
         set()),
        ("'La conférence des « Amis de la Syrie » doit se tenir à Paris le 6 juillet.",
         set()),
        ("Le Mali, ancienne colonie française, a accédé à l'indépendance en 1960.",
         set()),
        ("'La ville de Homs, troisième du pays, comptait environ 800 000 habitants avant le début "
         "du soulèvement.",
         set()),
        ("Selon des experts, les islamistes disposent d'importants stocks d'armes provenant des "
         "arsenaux libyens.",
         set()),
        ("Le représentant spécial de l'ONU doit présenter son rapport au Conseil de sécurité à la "
         "fin du mois.",
         set()),
        ("'Les observateurs estiment que le scrutin présidentiel afghan de 2014 sera un test "
         "crucial pour la stabilité du pays.",
         set()),
        ("Le prix du pain a doublé à Alep depuis le début de l'été, selon des habitants.",
         set()),
        ("'La saison des combats reprend traditionnellement au printemps en Afghanistan, lorsque "
         "la neige fond dans les cols.",
         set()),
        ("Le gouvernement de transition malien a nommé un nouveau chef d'état-major des armées.",
         set()),
        ("'Des milliers de Maliens ont fui vers la Mauritanie depuis janvier, selon le HCR.",
         set()),
        ("L'émissaire international Lakhdar Brahimi a jugé la situation « extrêmement mauvaise » "
         "et « en train de se détériorer ».",
         set()),
        ("'Une vidéo diffusée sur internet montre des combattants rebelles posant devant un char "
         "capturé.",
         set()),
        ("Le général Mustafa al-Cheikh a fait défection et s'est réfugié en Turquie, selon un "
         "responsable de l'ASL.",
         set()),
    ],
)  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a source phrase ("selon des militants") tells who reports, never whom the act hit: the
        # civilians killed stay civilians, not protesters
        ("L'armée a tué quatorze civils à Homs, selon des militants.",
         {(SAA, "ASSAULT", CIV_S, "Homs")}),
        ("L'armée a bombardé Homs, tuant quatorze civils, selon des militants locaux.",
         {(SAA, "ASSAULT", CIV_S, "Homs"), (SAA, "FIGHT", None, "Homs")}),
        # near miss: protesters killed by the police are still a repression
        ("La police a tué trois manifestants à Homs, selon des militants.",
         {(POL_S, "COERCE", "Protesters (Syria)", "Homs")}),
    ],
)  # fmt: skip
def test_source_is_no_patient(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "au moins N X" before a weekday: the counted noun is the verb's object
        ("Les bombardements ont tué au moins 60 civils mercredi à Idleb.",
         {(UAG_S, "ASSAULT", CIV_S, "Idlib")}),
        ("Une frappe a tué au moins huit civils lundi dans la province de Kapisa.",
         {(UAG_A, "ASSAULT", CIV_A, "Kāpīsā")}),
        # near miss: a duration counted so is no patient
        ("Les bombardements ont duré au moins trois heures mercredi à Idleb.", set()),
    ],
)  # fmt: skip
def test_counted_objects(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a landmark noun with an indefinite article names no landmark: at its complement's town
        ("Des islamistes ont fouetté un homme sur une place publique de Gao.",
         {(UAG_M, "ASSAULT", CIV_M, "Gao")}),
        # near miss: a definite one stays a landmark of its own
        ("Des manifestants se sont rassemblés sur la place Tahrir au Caire.",
         {("Protesters (Egypt)", "PROTEST", None, "place Tahrir")}),
        # the entrance or the exit of a town is at the town, as its gates are
        ("Un attentat a visé un poste de l'armée malienne à l'entrée de Gao.",
         {(UAG_M, "FIGHT", FAMA, "Gao")}),
        ("Les rebelles ont attaqué un poste de l'armée à la sortie de Kidal.",
         {(UAG_M, "FIGHT", FAMA, "Kidal")}),
        # near miss: an agreement's entry into force is no place
        ("L'entrée en vigueur de l'accord a été saluée à Bamako.", set()),
        # hostages taken among hotel clients are civilians
        ("Les talibans ont pris en otage vingt clients dans un hôtel de Kaboul.",
         {(TAL, "ASSAULT", CIV_A, "Kabul")}),
    ],
)  # fmt: skip
def test_squares_and_clients(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_about_to_attack_is_hypothetical() -> None:
    # "s'apprêter à" an attack: only about to happen, as "tenter de"
    got = events("La police afghane a arrêté un homme qui s'apprêtait à attaquer un bâtiment à Kaboul.", "fr")
    assert (UAG_A, "FIGHT", None, "hypothetical") in got
    # near miss: an attack done stays asserted
    done = events("La police afghane a arrêté un homme qui a attaqué un bâtiment à Kaboul.", "fr")
    assert (UAG_A, "FIGHT", None, "asserted") in done
