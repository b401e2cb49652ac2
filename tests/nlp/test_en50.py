"""English shapes, round en50 (issue 14): the bureau of an office holder is no place; a casualty
list names who its toll hit; an intransitive verb misread as a participle is the verb."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name owned by a role ("the President's Office") is that holder's bureau: the city is the place
        ("Gunmen stormed the President's Office in Kabul.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", None, "Kabul")}),
        ("Protesters gathered outside the Prime Minister's Office in Kathmandu.",
         {("Protesters (Nepal)", "PROTEST", None, "Kathmandu")}),
        # negative: a state's name as the possessor leaves a place its place ("Kenya's Parliament")
        ("Protesters gathered outside Kenya's Parliament in Nairobi.",
         {("Protesters (Kenya)", "PROTEST", None, "Nairobi")}),
    ],
)  # fmt: skip
def test_role_bureau_is_no_place(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a casualty list: the counted noun of the toll's own participle is who was hit ...
        ("Five soldiers killed, three wounded in Helmand.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Military Forces of Afghanistan", "Helmand")}),
        # ... and the bare number after it ("three wounded") is the same toll, no attack of its own
        ("Two soldiers were killed and three wounded in Helmand.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Military Forces of Afghanistan", "Helmand")}),
        ("Four civilians killed, two injured in Idlib.",
         {("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "Idlib")}),
        # negative: with a fight of its own told, the list is that fight's toll
        ("Five soldiers were killed and three wounded in clashes between the Taliban and troops in Helmand.",
         {("Taliban", "FIGHT", "Military Forces of Afghanistan", "Helmand"),
          ("Military Forces of Afghanistan", "FIGHT", "Taliban", "Helmand")}),
        # a list of bare counts names no victims: the country's civilians (en53, tests/nlp/test_en53.py)
        ("Twelve killed, five wounded in Kabul.",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
    ],
)  # fmt: skip
def test_casualty_list_headline(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an intransitive verb the parser hung on the root noun as a participle is the sentence's verb
        ("The rebels reneged on the deal in Daraa.",
         {("Unidentified Armed Group (Syria)", "REJECT", None, "Dar‘ā")}),
        ("The militants reneged on the truce in Menaka.",
         {("Unidentified Armed Group (Mali)", "REJECT", None, "Ménaka")}),
        # negative: a transitive verb's participle on the root noun stays a headline's reduced passive
        ("The soldiers killed in Menaka.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Ménaka")}),
    ],
)  # fmt: skip
def test_intransitive_participle_is_the_verb(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
