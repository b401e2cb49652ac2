"""French predicates left by round frstyle84 (issue 14, round frmiss84b), in sentences of our own:
'se mettre d'accord' (sur X, avec Y) is an agreement between its sides, as 'conclure un accord' is,
only with no direct object ('a mis fin à l'accord': none; 'le médiateur a mis d'accord X et Y': the
mediator agrees with no one) (fr.json verb_object 'mettre accord', requires_no_object); 'Addis-Abeba',
which the tokenizer cuts at the hyphen and the parser then splits into a second sentence, stays one
token (fr.json joined_names), so a meeting received there keeps its parties."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'se mettre d'accord' between conjoined subjects, or with the other side after 'avec' ...
        ("Colombie : le gouvernement et la guérilla de l'ELN se sont mis d'accord vendredi à Cuba sur "
         "un cessez-le-feu bilatéral.",
         {("Colombia", "AGREE", "National Liberation Army (Colombia)", "Cuba"),
          ("National Liberation Army (Colombia)", "AGREE", "Colombia", "Cuba")}),
        ("Soudan : l'armée soudanaise s'est mise d'accord avec les FSR sur une trêve à Djeddah.",
         {("Sudanese Armed Forces", "AGREE", "Rapid Support Forces", "Jeddah")}),
        # ... never 'mettre' with an object beside 'accord'
        ("Mali : la junte a mis fin à l'accord avec les rebelles.", set()),
        ("Colombie : le médiateur cubain a mis d'accord vendredi le gouvernement et l'ELN.", set()),
        # a meeting in Addis-Abeba keeps the party received after the city's name ...
        ("Éthiopie : le Premier ministre Abiy Ahmed a reçu lundi à Addis-Abeba le président somalien "
         "pour discuter de la crise régionale.",
         {("Ethiopia", "CONSULT", "Somalia", "Addis Ababa")}),
        ("Éthiopie : le président kényan a rencontré mardi à Addis-Abeba le Premier ministre éthiopien.",
         {("Kenya", "CONSULT", "Ethiopia", "Addis Ababa")}),
        # ... and what is received there that is no party makes no meeting
        ("Éthiopie : le Premier ministre Abiy Ahmed a reçu lundi à Addis-Abeba des menaces de mort.",
         set()),
    ],
)  # fmt: skip
def test_rules_and_near_sentences(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
