"""French real news (issue 14), round 81, in sentences of our own: a subject pronoun that opens its
sentence agrees in gender with the subject it stands for; a name has no gender of its own, but as a
passive subject its participle agrees with it ("X a été blessé": a man), so a feminine "Elle" passes
it over for the subject of the sentence before (nlp/events/subject_pronouns._feature); a name the
tagger reads as a common noun has no gender of its own. A verb misspelt with a doubled consonant ("a
rejetté", "ont appellé") is the lexicon verb (lemma_repairs, doubled_consonant_stems). A
constitutional or supreme court is an actor of its own, named as such (groups.json), a tribunal the
judiciary. A riot aimed at no one takes the aim of its crowd's protest in the sentence
(repression._aimed_riot)."""

from __future__ import annotations

import pytest
from unit._extract import Row, fr_rows

pytestmark = pytest.mark.nlp

MALI = "Malian Armed Forces"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a masculine participle: the name is a man, "Elle" is the army named before
        ("L'armée malienne a repris Gao. Amadou Koufa a été blessé lundi. Elle a ensuite attaqué Kidal.",
         {(MALI, "CAPTURE", None, "Gao"), (MALI, "FIGHT", None, "Kidal")}),
        ("L'armée malienne a repris Tessalit. Iyad Ag Ghaly a été aperçu mardi. Elle a ensuite bombardé "
         "Kidal.",
         {(MALI, "CAPTURE", None, "Tessalit"), (MALI, "FIGHT", None, "Kidal")}),
    ],
)  # fmt: skip
def test_a_passive_participle_gives_a_name_its_gender(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negative: "Il" agrees with the man, who stays its antecedent
        ("L'armée malienne a repris Gao. Amadou Koufa a été blessé lundi. Il a ensuite attaqué Kidal.",
         {(MALI, "CAPTURE", None, "Gao"), (JNIM, "FIGHT", None, "Kidal")}),
        # negative: a feminine participle agrees with "Elle": the woman named acts
        ("L'armée malienne a repris Gao. Aminata Dicko a été libérée lundi à Mopti. Elle a ensuite appelé "
         "les rebelles à déposer les armes.",
         {(MALI, "CAPTURE", None, "Gao"),
          ("Aminata Dicko", "REQUEST", "Unidentified Armed Group (Mali)", None)}),
    ],
)  # fmt: skip
def test_an_agreeing_name_stays(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le gouvernement malien a rejetté les accusations des rebelles.",
         {("Mali", "REJECT", "Unidentified Armed Group (Mali)", None)}),
        ("Les rebelles ont appellé la population à manifester contre la junte.",
         {("Unidentified Armed Group", "REQUEST", None, None)}),
        # negative: a verb rightly spelt with a double consonant stays what it is
        ("La police a interpellé trois manifestants à Bamako.",
         {("Police Forces of Mali", "COERCE", "Protesters (Mali)", "Bamako"),
          ("Protesters (Mali)", "PROTEST", None, "Bamako")}),
    ],
)  # fmt: skip
def test_a_doubled_consonant_misspelling(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Au Togo, la Cour constitutionnelle a rejeté le recours de l'opposition.",
         {("Constitutional Court of Togo", "REJECT", "Opposition (Togo)", "Togo")}),
        ("La Cour suprême du Kenya a rejeté la demande de l'opposition.",
         {("Supreme Court of Kenya", "REJECT", "Opposition (Kenya)", None)}),
        # a man named by a name the tagger reads as a noun: "Elle" is the court, the passive's agent
        ("Faure Gnassingbé a été confirmé dans ses fonctions par la Cour constitutionnelle. Elle a "
         "rejeté un recours de l'opposition togolaise.",
         {("Constitutional Court of Togo", "REJECT", "Opposition (Togo)", None)}),
        # negative: a courtyard is no court (the place in it, as at base81, not found)
        ("Des hommes armés ont tué trois élèves dans la cour d'une école de Gao.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", None)}),
    ],
)  # fmt: skip
def test_a_court_is_an_actor(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the crowd protests before a consulate and throws stones: one riot, aimed at the consulate's state
        ("Deux mille manifestants se sont rassemblés devant l'ambassade des États-Unis à Karachi en "
         "lançant des pierres.",
         {("Rioters (Pakistan)", "PROTEST", "United States", "Karachi")}),
        # negative: a protest before a town hall aims at no one: the riot stays aimed at no one
        ("Des manifestants se sont réunis devant la mairie de Gao en lançant des pierres.",
         {("Rioters (Mali)", "PROTEST", None, "Gao")}),
        # negative: a riot with no protest against anyone
        ("Des manifestants ont lancé des pierres et incendié des pneus à Bamako.",
         {("Rioters (Mali)", "PROTEST", None, "Bamako")}),
    ],
)  # fmt: skip
def test_a_riot_takes_its_protest_aim(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected
