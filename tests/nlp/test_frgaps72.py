"""French real news (issue 14), round frgaps72, in sentences of our own: "il y a six mois", "il y a
deux semaines" date an event back from the article's date, wherever the sentence puts them (the
parser's date span may leave "il" out, and a plural date noun is a date word only when counted right
after "y a"); "il y a trois ans" is three years back, not one. A span "depuis des semaines" and a bare
"deux semaines" stay no date of their own."""

from __future__ import annotations

import pytest
from unit._extract import NEWS_PUBLISHED, dated

from conflictkg.nlp.dates import resolve

pytestmark = pytest.mark.nlp


def _dates(text: str) -> set[tuple[str, str | None]]:
    return {(kind, date) for _, kind, _, date, _ in dated(text, "fr", NEWS_PUBLISHED)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les rebelles ont attaqué la ville de Gao il y a deux semaines.", {("FIGHT", "2012-10-02")}),
        ("Il y a six mois, des hommes armés ont tué trois soldats à Gao.", {("FIGHT", "2012-04")}),
        # three years back is a historical aside (over a year before the article): no event told
        ("Il y a trois ans, les islamistes ont pris Tombouctou.", set()),
        # negative: a span since some weeks is no date back; the article's day stands
        ("Les rebelles ont attaqué la ville de Gao depuis des semaines.", {("FIGHT", "2012-10-16")}),
    ],
)
def test_ago_dates_the_event(text: str, expected: set[tuple[str, str | None]]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(
    ("expr", "expected"),
    [
        ("y a deux semaines", ("2012-10-02", "week")),
        ("Il y a six mois", ("2012-04", "month")),
        ("il y a trois ans", ("2009", "year")),
        ("y a 2 ans", ("2010", "year")),
        # negative: no "y a", no date; last year is still one back
        ("deux semaines", (None, None)),
        ("six mois", (None, None)),
        ("l'an dernier", ("2011", "year")),
        ("il y a un an", ("2011", "year")),
    ],
)
def test_ago_resolves_back_from_the_article(expr: str, expected: tuple[str | None, str | None]) -> None:
    assert resolve(expr, NEWS_PUBLISHED, "fr") == expected
