"""Anaphors of round anaphor82 (issue 14), in sentences of our own wording in the register of wire news
and war monitors:

- a possessive object in a clause of time ("when gunmen ambushed their patrol") is the victims' of the
  clause it hangs on, not the speaker's ("..., the army said") nor the attackers' (nlp/events/
  inner_owners.py, as its possessive subject was);
- a war monitor's bare "the organization" attacking, with no group named near it, is the one armed
  group the article named earlier, never the other side of its own clause
  (nlp/events/organisation_anaphors.earlier_armed_group);
- "they" / « ils » opening a sentence of attack or control stands for the one armed group the sentence
  before names by name (a group's members, whatever the name's number), not for the speaker who told
  of it, and for no one when that sentence's subject lists two armed groups
  (nlp/events/subject_pronouns.py)."""

from __future__ import annotations

import pytest
from unit._extract import Row, controls, en_rows, fr_rows

pytestmark = pytest.mark.nlp

NG, ML = "Unidentified Armed Group (Nigeria)", "Unidentified Armed Group (Mali)"
AS = "Al-Shabaab"
IS, SDF = "Islamic State", "Syrian Democratic Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the victims' patrol: not the speaker's army, not the gunmen's
        ("Four policemen died when gunmen ambushed their patrol near Maiduguri, the army said.",
         {(NG, "FIGHT", "Police Forces of Nigeria", "Maiduguri")}),
        ("Six policemen were killed on Monday when militants attacked their station in Garissa, the "
         "Kenyan military said.",
         {("Unidentified Armed Group (Kenya)", "FIGHT", "Police Forces of Kenya", "Garissa")}),
        ("Two soldiers died when gunmen ambushed their convoy near Gao, the police said.",
         {(ML, "FIGHT", "Malian Armed Forces", "Gao")}),
        # the troops whose convoy it was, as before
        ("Troops returned fire when militants attacked their convoy near Bama, the army said.",
         {(NG, "FIGHT", "Nigerian Armed Forces", "Bama")}),
        # war monitor: the one group named earlier in the article; the SDF of its own clause is the other side
        ("Islamic State fighters seized two villages near Hajin on Monday. Heavy fighting continued on "
         "Tuesday. The Observatory said the organization attacked an SDF post in Hajin.",
         {(IS, "CAPTURE", None, "Hajīn"), (IS, "FIGHT", SDF, "Hajīn")}),
        ("Islamic State fighters seized two villages near Hajin on Monday. The SDF shelled the area on "
         "Tuesday. The Observatory said the organization later attacked an SDF post in Hajin.",
         {(IS, "CAPTURE", None, "Hajīn"), (SDF, "FIGHT", None, None), (IS, "FIGHT", SDF, "Hajīn")}),
        # two groups named earlier: none of them, the unnamed armed group stays
        ("Islamic State fighters seized a village near Hajin. Hayat Tahrir al-Sham shelled Idlib. Heavy "
         "fighting continued on Tuesday. The Observatory said the organization attacked a regime post "
         "near Hajin.",
         {(IS, "CAPTURE", None, "Hajīn"), ("Hayat Tahrir al-Sham", "FIGHT", None, "Idlib"),
          ("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Hajīn")}),
        # "they": the one armed group the sentence before names, in a clause of its own or told of
        ("Fighting was reported near Kidal, where Ansar Dine is active. They attacked a Malian army post in "
         "Aguelhok on Sunday.",
         {(ML, "FIGHT", None, "Kidal"), ("Ansar Dine", "FIGHT", "Malian Armed Forces", "Aguelhok")}),
        ("Residents said al-Shabaab had taken Baidoa. They attacked a police station in Baidoa on Friday.",
         {(AS, "CAPTURE", None, "Baidoa"), (AS, "FIGHT", "Police Forces of Somalia", "Baidoa")}),
        # two armed groups listed as the subject: "they" is no one of them
        ("The army said Boko Haram and ISWAP were active near Bama. They attacked a military base in Bama on "
         "Sunday.",
         set()),
    ],
)  # fmt: skip
def test_english_anaphors(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Quatre policiers ont été tués lorsque des hommes armés ont attaqué leur patrouille près de Gao, a "
         "indiqué l'armée malienne.",
         {(ML, "FIGHT", "Police Forces of Mali", "Gao")}),
        ("Trois policiers ont perdu la vie lorsque leur véhicule a été touché par une bombe près de Gao, a "
         "indiqué l'armée.",
         {(ML, "FIGHT", "Police Forces of Mali", "Gao")}),
        ("Selon des témoins, le MNLA est présent à Aguelhok. Ils ont attaqué un poste de l'armée malienne à "
         "Tessalit dimanche.",
         {("National Movement for the Liberation of Azawad", "FIGHT", "Malian Armed Forces", "Tessalit")}),
        ("Le MNLA et Ansar Dine sont présents dans la région de Kidal. Ils ont attaqué un camp militaire à "
         "Tessalit dimanche.",
         set()),
    ],
)  # fmt: skip
def test_french_anaphors(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # « ils »: Ansar Dine, told of by the residents, holds the town, not the residents
        ("Des habitants ont affirmé qu'Ansar Dine avait pris position près de Gao. Ils contrôlent désormais "
         "Tessalit.",
         {("Ansar Dine", "Tessalit")}),
        ("Le MNLA et Ansar Dine sont présents dans la région de Kidal. Ils contrôlent désormais Tessalit.",
         set()),
    ],
)  # fmt: skip
def test_control_claims_of_they(text: str, expected: set[tuple[str, str]]) -> None:
    assert controls(text) == expected


@pytest.mark.xfail(strict=True, reason="known miss of round anaphor82")
@pytest.mark.parametrize(
    ("text", "needed"),
    [
        # the parser reads « morts » as a noun and hangs the clause of time on « a annoncé »
        ("Deux soldats sont morts quand des jihadistes ont attaqué leur convoi près de Ménaka, a annoncé la "
         "gendarmerie.",
         (ML, "FIGHT", "Malian Armed Forces", "Ménaka")),
        # the parser reads « Ansar Dine » as a modifier, « le MNLA » alone as the subject: « ils » is the MNLA
        ("Ansar Dine et le MNLA ont pris Kidal. Ils ont ensuite attaqué un camp militaire à Tessalit.",
         ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Tessalit")),
    ],
)  # fmt: skip
def test_known_misses(text: str, needed: Row) -> None:
    assert needed in fr_rows(text)
