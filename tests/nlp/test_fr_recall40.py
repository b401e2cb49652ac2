"""French recall on real news (issue 14), round 40: constructions behind misses of the real French
gold, in sentences of our own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
USA_MIL = "Military Forces of the United States"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "épauler" (to fight shoulder to shoulder): the backer cooperates with the forces it backs,
        # in the appositive participle ...
        ("Des soldats afghans, épaulés par des troupes américaines, ont attaqué les talibans près de "
         "Kandahar.",
         {(USA_MIL, "COOPERATE", "Military Forces of Afghanistan", "Kandahār"),
          ("Military Forces of Afghanistan", "FIGHT", "Taliban", "Kandahār")}),
        ("La police malienne, épaulée par des soldats français, a arrêté trois jihadistes à Gao.",
         {("French Armed Forces", "COOPERATE", "Police Forces of Mali", "Gao"),
          ("Police Forces of Mali", "COERCE", "Unidentified Armed Group (Mali)", "Gao")}),
        # ... in the passive, and in the active
        ("Les soldats maliens ont été épaulés par l'armée française lors de la reprise de Gao.",
         {("French Armed Forces", "COOPERATE", "Malian Armed Forces", None)}),
        ("L'armée française épaule les soldats maliens à Gao.",
         {("French Armed Forces", "COOPERATE", "Malian Armed Forces", "Gao")}),
    ],
)  # fmt: skip
def test_forces_backed_shoulder_to_shoulder(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a singular name right before a present -er verb the tagger reads as a noun ("finance")
        ("Le Qatar finance les rebelles syriens.",
         {("Qatar", "AID", "Unidentified Armed Group (Syria)", None)}),
        ("La France finance l'armée malienne.", {("France", "AID", "Malian Armed Forces", None)}),
        # the plural keeps its own ending
        ("Les États-Unis financent les rebelles syriens.",
         {("United States", "AID", "Unidentified Armed Group (Syria)", None)}),
        # a noun after a name with no verb reading stays a noun phrase: no event
        ("Le Qatar, première puissance gazière, investit en France.", set()),
    ],
)  # fmt: skip
def test_present_verb_after_a_singular_name(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
