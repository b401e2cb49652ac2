"""French news shapes (issue 14), round 53, in sentences of our own: a phrase set off by commas
between a named subject and its verb, and the name it types."""

from __future__ import annotations

import pytest
from unit._extract import facts
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
MNLA = "National Movement for the Liberation of Azawad"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the set-off noun phrase describes the name: the name acts, not the unnamed group it calls it
        ("Le MNLA, un groupe rebelle touareg, a pris la ville de Ménaka.",
         {(MNLA, "CAPTURE", None, "Ménaka")}),
        ("Le FNLA, un groupe rebelle touareg, a attaqué la ville de Tessalit.",
         {("FNLA", "FIGHT", None, "Tessalit")}),
        ("Le Hezbollah, un mouvement chiite libanais, a tiré des roquettes sur Haïfa.",
         {("Hezbollah", "FIGHT", None, "Haifa")}),
        # a relative clause the parser read as a noun subject
        ("Le Hamas, qui contrôle Gaza, a tiré des roquettes sur Ashkelon.",
         {("Hamas", "FIGHT", None, "Ashkelon")}),
        # the verb the parser hung on the apposed noun as its relative clause
        ("Le Front Zarma, une milice nigérienne, a attaqué Dosso.",
         {("Front Zarma", "FIGHT", None, "Dosso")}),
    ],
)  # fmt: skip
def test_apposed_subjects(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject set off by commas only as the subject of a relative clause keeps its own verb
        ("Les rebelles, qui ont attaqué Gao, ont tué deux soldats.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", None)}),
        # a common noun subject keeps the reading the parser gives it
        ("Les rebelles, des Touareg, ont pris Ménaka.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Ménaka")}),
    ],
)  # fmt: skip
def test_apposed_subjects_left(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "name", "kind", "country"),
    [
        # an unknown name is the kind of group its apposed noun names, of its demonym's state
        ("Le Front Tondi, une milice nigérienne, a attaqué Niamey.", "Front Tondi", "militia", "NER"),
        ("Le FNLA, un groupe rebelle touareg, a pris la ville de Ménaka.", "FNLA", "armed_group", None),
        # a noun of no armed group leaves the name an organisation
        ("Le FPLS, un parti politique tchadien, a manifesté à Abéché.", "FPLS", "organisation", None),
    ],
)  # fmt: skip
def test_apposed_kinds(text: str, name: str, kind: str, country: str | None) -> None:
    (actor,) = [a for a in facts(text, "fr").actors if a.name == name]
    assert (actor.kind, actor.country) == (kind, country)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a police station taken is placed at its town, as a barracks is
        ("Les rebelles ont pris le commissariat de Gao.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Gao")}),
        ("Des insurgés se sont emparés du commissariat de Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        # attacked, it stays an attack on the police of the country
        ("Des jihadistes ont incendié le commissariat de Kidal.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Police Forces of Mali", "Kidal")}),
        # a post near a town taken is not the town taken
        ("Les rebelles ont pris un poste de contrôle près de Homs.", set()),
    ],
)  # fmt: skip
def test_sites_taken(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
