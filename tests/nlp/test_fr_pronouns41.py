"""French subject pronouns (issue 14), round 41: a pronoun that opens its sentence stands for the
subject of a sentence just before that agrees with it in number and gender (nlp/events/
subject_pronouns.py). Sentences of our own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
MALI_MIL = "Malian Armed Forces"
ARMED_MALI = "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "Ils" is plural: not the army (singular) of the sentence just before, but the jihadists
        ("Des jihadistes ont attaqué un camp militaire près de Gao. L'armée malienne a envoyé des "
         "renforts. Ils ont ensuite incendié le marché de la ville.",
         {(ARMED_MALI, "FIGHT", MALI_MIL, "camp militaire près de Gao"),
          (MALI_MIL, "MOBILIZE", None, "camp militaire près de Gao"),
          (ARMED_MALI, "ASSAULT", "Civilians (Mali)", None)}),
        ("Des rebelles ont pris Tessalit. L'armée malienne a riposté par des frappes aériennes. "
         "Ensuite, ils ont pris Aguelhok.",
         {(ARMED_MALI, "CAPTURE", None, "Tessalit"),
          (ARMED_MALI, "CAPTURE", None, "Aguelhok"),
          (MALI_MIL, "FIGHT", None, None)}),
        # the subject of the previous sentence, when it agrees, over a later singular name
        ("Les soldats tchadiens ont repris Kidal. La population a fui vers Gao. Ils ont ensuite "
         "attaqué les jihadistes près de Tessalit.",
         {("Chadian Armed Forces", "CAPTURE", None, "Kidal"),
          ("Chadian Armed Forces", "FIGHT", ARMED_MALI, "Tessalit")}),
        # "Elle" (feminine): the army, not the president named since
        ("L'armée malienne a repris Gao. Le président Touré a salué sa victoire. Elle a ensuite "
         "attaqué les rebelles à Kidal.",
         {(MALI_MIL, "CAPTURE", None, "Gao"), (MALI_MIL, "FIGHT", ARMED_MALI, "Kidal")}),
    ],
)  # fmt: skip
def test_sentence_initial_subject_pronoun(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object clitic naming a culprit: the agreeing subject of the sentence just before
        ("Ansar Dine a été chassé de Gao. Le gouvernement malien l'a désigné comme l'auteur de "
         "l'attaque de Kidal.",
         {("Mali", "ACCUSE", "Ansar Dine", None)}),
        # a subject two sentences back is too weak a guess to accuse anyone
        ("Ansar Dine a pris Gao. Le président Touré a quitté Bamako. Le gouvernement malien l'a "
         "désigné comme l'auteur de l'attaque de Kidal.",
         {("Ansar Dine", "CAPTURE", None, "Gao")}),
    ],
)  # fmt: skip
def test_object_clitic_of_the_previous_subject(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
