"""French war reporting, Syria/Iraq/Libya-style (issue 14), round 34: sentences of our own, as exact
(actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
SAA = "Syrian Arab Army"
SYR_ARMED = "Unidentified Armed Group (Syria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the armed party a fight's toll names is what the fight was against
        ("Selon l'OSDH, des combattants rebelles ont pris d'assaut une caserne à Deir ez-Zor, "
         "tuant 16 soldats.",
         {(SYR_ARMED, "FIGHT", SAA, "Deir ez-Zor")}),
        ("L'armée a bombardé la ville de Rastane, tuant dix militants.",
         {(SAA, "FIGHT", SYR_ARMED, "Ar Rastan")}),
        # ... the participle clause the parser hung on the object noun is the attack's toll all the same
        ("Les rebelles ont attaqué un convoi de l'armée près d'Alep, tuant six soldats.",
         {(SYR_ARMED, "FIGHT", SAA, "Aleppo")}),
        # the party a toll counts its dead among: an armed one is the target, civilians are assaulted
        ("Les rebelles ont attaqué un barrage près de Homs, faisant cinq morts parmi les soldats.",
         {(SYR_ARMED, "FIGHT", SAA, "Homs")}),
        ("Les forces loyales au colonel Kadhafi ont bombardé Misrata, faisant au moins huit morts parmi "
         "les civils.",
         {("Military Forces of Libya (1969-2011)", "FIGHT", None, "Misratah"),
          ("Military Forces of Libya (1969-2011)", "ASSAULT", "Civilians (Libya)", "Misratah")}),
        # a toll that names no one adds nothing
        ("L'armée a bombardé Homs, faisant au moins douze morts.", {(SAA, "FIGHT", None, "Homs")}),
        # a participle with no comma is the noun's own
        ("Des hommes armés ont attaqué un bus transportant des pèlerins chiites près de Bagdad.",
         {("Unidentified Armed Group (Iraq)", "FIGHT", None, "Baghdad")}),
    ],
)  # fmt: skip
def test_toll_names_the_target(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a singular present the tagger reads as an adjective or a noun heads its clause again
        ("L'armée syrienne pilonne Homs.", {(SAA, "FIGHT", None, "Homs")}),
        ("L'armée syrienne pilonne depuis lundi les quartiers rebelles de Homs.",
         {(SAA, "FIGHT", None, "Homs")}),
        ("L'armée syrienne assiège Homs.", {(SAA, "FIGHT", None, "Homs")}),
        # a verb spelt as a lexicon noun, when an object follows it
        ("L'armée attaque Homs.", {(SAA, "FIGHT", None, "Homs")}),
        # ... the noun stays a noun otherwise
        ("L'attaque suicide a tué dix soldats.",
         {("Unidentified Armed Group", "FIGHT", "Military Forces", None)}),
        ("La menace terroriste reste élevée.", set()),
    ],
)  # fmt: skip
def test_present_tense_misread(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country noun with a state's demonym is that state's territory: the place, not a target
        ("Un obus syrien est tombé sur le territoire turc, blessant deux soldats.",
         {("Syria", "FIGHT", "Military Forces of Turkey", "Turkey")}),
        ("Des obus tirés depuis la Syrie se sont abattus sur le territoire turc, tuant cinq civils.",
         {("Unidentified Armed Group (Turkey)", "ASSAULT", "Civilians (Turkey)", "Turkey")}),
        # the positions of no one named in Syrian territory are the forces of the place's country
        # (groups.json bare_target_placed), no longer the Turkish army's own: its demonym says who
        # fights, not where (ucdp66, nlp/demonym_signs.py)
        ("L'armée turque a bombardé des positions militaires en territoire syrien.",
         {("Military Forces of Turkey", "FIGHT", "Syrian Arab Army", "Syria")}),
    ],
)  # fmt: skip
def test_a_states_territory(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # activists arrested were not shown protesting
        ("La police a arrêté deux militants écologistes à Paris.",
         {("Police Forces of France", "COERCE", "Protesters (France)", "Paris")}),
        # ... arrested demonstrators were
        ("La police a arrêté des dizaines de manifestants à Paris.",
         {("Police Forces of France", "COERCE", "Protesters (France)", "Paris"),
          ("Protesters (France)", "PROTEST", None, "Paris")}),
    ],
)  # fmt: skip
def test_activists_arrested(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # bombs or barrels dropped on a place are an air strike there
        ("Un hélicoptère a largué des barils d'explosifs sur un quartier de Homs.",
         {(SAA, "FIGHT", None, "Homs")}),
        ("Les avions du régime ont largué des bombes sur Maaret al-Nouman, tuant une quinzaine de personnes.",
         {(SAA, "ASSAULT", "Civilians (Syria)", "Ma‘arrat an Nu‘mān")}),
        # ... leaflets are not
        ("Des avions ont largué des tracts sur Alep.", set()),
        # the subject the parser left as a bare dependent before "ont fait"
        ("Des insurgés ont fait exploser une bombe devant un commissariat de Bagdad.",
         {("Unidentified Armed Group (Iraq)", "ASSAULT", None, "Baghdad")}),
    ],
)  # fmt: skip
def test_bombs_dropped_and_set_off(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group's stronghold names its place in its "de" complement
        ("L'armée a bombardé le bastion rebelle de Rastane.", {(SAA, "FIGHT", SYR_ARMED, "Ar Rastan")}),
        ("L'armée malienne a repris le fief islamiste de Konna.",
         {("Malian Armed Forces", "CAPTURE", None, "Konna")}),
    ],
)  # fmt: skip
def test_strongholds(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
