"""French real news (issue 14), round 72, in sentences of our own: a date stays with the clause that
tells it. A past participle with no auxiliary, or a noun with its own agent, set inside another event's
clause keeps its own date ("Kidal, prise en mars, a été reprise": the retaking is not March's), and
the main clause's date does not reach down into it ("ont libéré jeudi les otages enlevés près de X":
the abduction is not Thursday's). Each rule with a near sentence it must leave alone."""

from __future__ import annotations

import pytest
from unit._extract import NEWS_PUBLISHED, Row, dated, fr_rows

pytestmark = pytest.mark.nlp

UAG = "Unidentified Armed Group (Mali)"
MALI = "Malian Armed Forces"


def _dates(text: str) -> set[tuple[str, str | None]]:
    return {(kind, date) for _, kind, _, date, _ in dated(text, "fr", NEWS_PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date of a participle or nominal clause does not climb to the main event
        ("Gao, prise par les rebelles en février 2012, a été reprise par l'armée.",
         {("CAPTURE", NEWS_PUBLISHED)}),
        # the main event's own date stays; the participle keeps its own
        ("Les otages enlevés en mars près de Ménaka ont été libérés par les rebelles.",
         {("ASSAULT", "2012-03"), ("CONCEDE", NEWS_PUBLISHED)}),
        # the main clause's date does not reach down into an undated participle
        ("Les islamistes ont libéré jeudi les otages enlevés près de Ménaka.",
         {("ASSAULT", NEWS_PUBLISHED), ("CONCEDE", "2012-10-11")}),
        ("Les otages, enlevés près de Ménaka, ont été libérés jeudi par les islamistes.",
         {("ASSAULT", NEWS_PUBLISHED), ("CONCEDE", "2012-10-11")}),
        # negative: a date in the main clause still dates it; a headline participle keeps its date
        ("Les rebelles ont pris jeudi la ville de Ménaka.", {("CAPTURE", "2012-10-11")}),
        ("Trois soldats tués jeudi près de Ménaka.", {("FIGHT", "2012-10-11")}),
        ("L'attaque, menée par les rebelles près de Ménaka, a fait trois morts jeudi.",
         {("ASSAULT", "2012-10-11")}),
        ("Les soldats ont attaqué jeudi les rebelles retranchés près de Ménaka.", {("FIGHT", "2012-10-11")}),
    ],
)  # fmt: skip
def test_a_date_stays_in_its_clause(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of addressees the parser hangs on the verb ("l'ONU" an xcomp, "l'Union africaine" a
        # conj of the verb): each name listed after the first target is a target of the same request
        ("Le MNLA appelle la Cédéao, l'ONU et l'Union africaine à envoyer des troupes.",
         {("National Movement for the Liberation of Azawad", "REQUEST", t, None)
          for t in ("ECOWAS", "United Nations", "African Union")}),
        ("La France a condamné la Russie, la Chine et l'Iran.",
         {("France", "ACCUSE", t, None) for t in ("Russia", "China", "Iran")}),
        # negative: a date set off by commas and a second clause are no target
        ("Le Mali a accusé l'Algérie, à Paris.", {("Mali", "ACCUSE", "Algeria", "Paris")}),
        ("Le Mali a accusé l'Algérie, dimanche, et a fermé la frontière.",
         {("Mali", "ACCUSE", "Algeria", None)}),
    ],
)  # fmt: skip
def test_each_listed_addressee_is_a_target(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected
