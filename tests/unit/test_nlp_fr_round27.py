"""French news, round 27 (issue 14): people named by a title and a surname ("le roi Karim", "le
nouveau président Kati"), a surname repeated after the full name with its office ("M. Diarra"), a
subject pronoun after a line break; exact rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the surname on the title ("flat:name", "amod"): the title's holder acts
        ("Le roi Karim a rencontré M. Diallo à Bamako.",
         {("Karim", "CONSULT", "M. Diallo", "Bamako")}),
        ("Le président Traoré a rencontré le roi Mohammed à Rabat.",
         {("Traoré", "CONSULT", "Mohammed", "Rabat")}),
        # a surname right after a title is a person, though a town bears that name
        ("Les forces armées maliennes ont reconnu l'autorité du nouveau président Kati.",
         {("Malian Armed Forces", "SUPPORT", "Kati", None)}),
    ],
)  # fmt: skip
def test_a_title_and_a_surname_name_a_person(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "M. Diarra": the minister named in full before, for his country
        ("Le ministre nigérien de la Défense, Moussa Diarra, a condamné l'attaque. Le lendemain, "
         "M. Diarra a rencontré le roi Karim.",
         {("Niger", "ACCUSE", None, None), ("Niger", "CONSULT", "Karim", None)}),
        ("Le Premier ministre tchadien, Ahmat Djibrine, a appelé au calme. Le roi Karim et M. Djibrine "
         "se sont rencontrés à Rabat.",
         {("Chad", "REQUEST", None, None), ("Karim", "CONSULT", "Chad", "Rabat"),
          ("Chad", "CONSULT", "Karim", "Rabat")}),  # met at Rabat (round frstyle89)
    ],
)  # fmt: skip
def test_a_surname_repeated_is_the_person_named_in_full(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_a_pronoun_after_a_line_break_is_the_person_of_the_line_before() -> None:
    text = (
        "Le nouveau président Amadou Kati a prêté serment.\n"
        "Un peu plus tard, le nouveau président a donné une conférence de presse.\n"
        "Il a reçu le soutien de Moussa Diarra, maire de Mopti.\n"
    )
    assert rows(text) == {("Moussa Diarra", "SUPPORT", "Amadou Kati", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NER took "République Mario Gonzálvez" for a place: the proper nouns after the title are a name
        ("Le Congrès national péruvien a destitué le président de la République Mario Gonzálvez.",
         {("Legislature (Peru)", "COERCE", "Mario Gonzálvez", None)}),
        # NER took "président de la République" for a person: a title with no name is none
        ("Le Congrès péruvien a destitué le président de la République Julio Ferrández.",
         {("Legislature (Peru)", "COERCE", "Julio Ferrández", None)}),
    ],
)  # fmt: skip
def test_proper_nouns_after_a_title_are_a_name(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "ses services de sécurité": a state's police, not the state
        ("Le gouvernement malien a couvert ses services de sécurité qui auraient procédé à plus de 2 000 "
         "arrestations.",
         {("Police Forces of Mali", "COERCE", "Civilians (Mali)", None)}),
        # the possessive read back to no state (the parse): the last state named before
        ("Le roi Karim du Maroc a levé l'état d'urgence. Le monarque, qui avait expliqué sa prise de "
         "pouvoir par le sort de 900 villageois, avait protégé ses services de sécurité qui, d'après Human "
         "Rights Watch, auraient procédé à plus de 2 000 arrestations depuis mars.",
         {("Morocco", "CONCEDE", None, None),
          ("Police Forces of Morocco", "COERCE", "Civilians (Morocco)", None)}),
        # the people a police arrests are of its country, not of the country the text opened with
        ("Le Premier ministre nigérien a critiqué le régime malien. La police malienne aurait procédé à "
         "plus de 2 000 arrestations depuis mars.",
         {("Niger", "ACCUSE", "Mali", None), ("Police Forces of Mali", "COERCE", "Civilians (Mali)", None)}),
        ("Le Premier ministre indien a critiqué le régime népalais. La police népalaise aurait procédé à "
         "plus de 2 000 arrestations depuis mars.",
         {("India", "ACCUSE", "Nepal", None),
          ("Police Forces of Nepal", "COERCE", "Civilians (Nepal)", None)}),
    ],
)  # fmt: skip
def test_a_states_own_police(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "les médias étrangers", "la presse étrangère": the foreign media, no one country's civilians
        ("Les autorités tchadiennes accusent les médias étrangers d'attiser les violences.",
         {("Chad", "ACCUSE", "Foreign media", None)}),
        ("Le gouvernement tchadien a accusé la presse étrangère de mentir.",
         {("Chad", "ACCUSE", "Foreign media", None)}),
    ],
)  # fmt: skip
def test_the_foreign_media(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
