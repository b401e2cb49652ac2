"""French shapes (issue 14), round 52: a name after a rank ("le colonel X") is the subject, and a
town's office with no name speaks for that town's own country; sentences of our own, as exact
(actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
UAG_ML = "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rank before a name, lower-case or capitalised: the named officer acts
        ("Le colonel Diarra a accusé les rebelles d'avoir attaqué Gao.",
         {("Diarra", "ACCUSE", UAG_ML, None)}),
        ("Le Colonel Diarra a accusé les rebelles d'avoir attaqué Gao.",
         {("Diarra", "ACCUSE", UAG_ML, None)}),
        # negative: a rank with no name is no person
        ("Le colonel a accusé les rebelles d'avoir attaqué Gao.", set()),
    ],
)  # fmt: skip
def test_ranked_names(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a town's prefect or mayor unnamed: the state of the town's own country
        ("Le préfet de Kidal a accusé les rebelles d'avoir attaqué la ville.",
         {("Mali", "ACCUSE", UAG_ML, None)}),
        ("Le maire de Gao a accusé les rebelles d'avoir pillé la ville.",
         {("Mali", "ACCUSE", UAG_ML, None)}),
        # even in an article about another country
        ("Les forces nigériennes ont attaqué les rebelles. Le préfet de Kidal a accusé les rebelles "
         "de pillage.",
         {("Niger Armed Forces", "FIGHT", UAG_ML, None), ("Mali", "ACCUSE", UAG_ML, None)}),
    ],
)  # fmt: skip
def test_town_offices(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_unseated_office_keeps_focus_country() -> None:
    # negative: a prefect of no town named speaks for the article's country
    text = "Les forces nigériennes ont attaqué les rebelles. Le préfet a accusé les rebelles de pillage."
    assert ("Niger", "ACCUSE", "Unidentified Armed Group", None) in rows(text)
