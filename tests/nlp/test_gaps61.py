"""French real-text gaps (issue 14), round 61: structures the lexicon-gaps list showed missed, in
sentences of our own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs "qui" on the attack's date ("du 7 avril", "de mardi"): the attack noun it
        # dates is the antecedent, the verb's unnamed attacker
        ("Il a préparé l'attentat du 12 mai qui avait tué deux soldats à Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
        ("Le groupe a revendiqué l'attaque du 3 mars qui a blessé cinq soldats à Kidal.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Kidal")}),
        # a dated meeting that "gathered" ministers is no attack
        ("La réunion du 7 avril qui a réuni deux ministres à Bamako a échoué.", set()),
        ("Il se souvient du sommet du 7 avril qui a rassemblé les ministres à Gao.", set()),
    ],
)  # fmt: skip
def test_relative_on_a_date(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "se rendre" is a surrender only when given up to a side; going somewhere is no event
        ("Une centaine de rebelles se sont rendus à l'armée malienne à Kidal.",
         {("Unidentified Armed Group (Mali)", "CONCEDE", "Malian Armed Forces", "Kidal")}),
        ("Les électeurs maliens se rendent aux urnes pour élire un président.", set()),
        ("Le ministre s'est rendu à Bamako pour rencontrer le président.", set()),
        # "avoir lieu" is the event of its subject noun, and none for a meeting
        ("Les affrontements ont eu lieu à Gao entre l'armée et les rebelles.",
         {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Gao"),
          ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
        ("Des manifestations ont eu lieu à Bamako contre la junte.",
         {("Protesters (Mali)", "PROTEST", None, "Bamako")}),
        ("Le sommet aura lieu à Bamako du 3 au 5 mai.", set()),
    ],
)  # fmt: skip
def test_gap_verbs_read_by_sense(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one a victim noun names suffered the attack in its "de" complement: its target, the
        # author unnamed (a fight when forces were hit), as who escaped an attack
        ("Un journaliste malien victime d'une violente agression à Bamako",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Journalists (Mali)", "Bamako")}),
        ("Un journaliste malien a été victime d'une violente agression à Bamako.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Journalists (Mali)", "Bamako")}),
        ("Deux soldats victimes d'une embuscade près de Gao",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
        ("Deux soldats maliens ont été victimes d'une embuscade près de Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
        # no attack in the complement: no event
        ("Un journaliste malien a été victime d'un malaise à Bamako.", set()),
        ("Des dizaines de civils ont été victimes de la crise humanitaire à Gao.", set()),
    ],
)  # fmt: skip
def test_victims_of_an_attack(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
