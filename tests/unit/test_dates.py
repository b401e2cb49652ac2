"""Dates of articles and events, with their precision."""

from __future__ import annotations

import pytest

from conflictkg.nlp.dates import article_date, parse_published, precision_of, resolve


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [
        ("2020-05", None, "2020-05"),
        ("2020", None, "2020"),
        ("2020-05-21", None, "2020-05-21"),
        ("2020-05-21T10:00Z", None, "2020-05-21"),
        ("2020-05-21 10:00:00+02:00", None, "2020-05-21"),
        ("4 juillet 2012", "fr", "2012-07-04"),
        ("4 juillet 2012", None, "2012-07-04"),
        ("May 2020", "en", "2020-05"),
        ("Thu, 21 May 2020 10:00:00 GMT", None, "2020-05-21"),
        ("21/05/2020", "fr", "2020-05-21"),
        (None, None, None),
        ("", None, None),
        ("garbage", None, None),
        ("2020-13", None, None),
        ("2020-02-30", None, None),
        ("jeudi", "fr", None),
        ("publié le 4 mai 2012 à 10h", "fr", "2012-05-04"),
        ("dated 4 juillet 2012", None, "2012-07-04"),
        ("Posted on March 3rd, 2022 by admin", "en", "2022-03-03"),
        ("le 4 juillet", "fr", None),  # no year: not trusted as a publication date
    ],
)
def test_parse_published(value: str | None, lang: str | None, expected: str | None) -> None:
    assert parse_published(value, lang) == expected


@pytest.mark.parametrize(
    ("expression", "published", "lang", "expected"),
    [
        # weekdays: the last such day on or before publication
        ("jeudi", "2020-05-22", "fr", ("2020-05-21", "day")),
        ("Jeudi", "2020-05-21", "fr", ("2020-05-21", "day")),
        ("mercredi", "2020-05-22", "fr", ("2020-05-20", "day")),
        ("mardi soir", "2020-05-22", "fr", ("2020-05-19", "day")),
        ("vendredi", "2020-05-21", "fr", ("2020-05-15", "day")),
        ("on Thursday", "2020-05-22", "en", ("2020-05-21", "day")),
        ("jeudi", "2020-05", "fr", ("2020-05", "month")),
        ("Thursday", "2020", "en", ("2020", "year")),
        ("jeudi", None, "fr", (None, None)),
        # relative words
        ("cette semaine", "2020-05-22", "fr", ("2020-05-22", "week")),
        ("this week", "2020-05-22", "en", ("2020-05-22", "week")),
        ("cette semaine", "2020-05", "fr", ("2020-05", "month")),
        ("la semaine dernière", "2020-05-22", "fr", ("2020-05-15", "week")),
        ("hier", "2020-05-22", "fr", ("2020-05-21", "day")),
        ("yesterday", "2020-05-01", "en", ("2020-04-30", "day")),
        ("dans la nuit", "2020-05-22", "fr", ("2020-05-22", "day")),
        ("overnight", "2020-05-22", "en", ("2020-05-22", "day")),
        ("aujourd'hui", "2020-05-22", "fr", ("2020-05-22", "day")),
        ("today", "2020-05-22", "en", ("2020-05-22", "day")),
        ("le mois dernier", "2020-05-22", "fr", ("2020-04", "month")),
        ("l'an dernier", "2020-05-22", "fr", ("2019", "year")),
        # explicit dates
        ("21 May 2020", "2020-05-22", "en", ("2020-05-21", "day")),
        ("May 21", "2020-05-30", "en", ("2020-05-21", "day")),
        ("le 21 mai", "2020-05-22", "fr", ("2020-05-21", "day")),
        ("le 21 mai", "2020-05", "fr", ("2020-05-21", "day")),
        ("le 1er juin", "2020-06-10", "fr", ("2020-06-01", "day")),
        ("jeudi 21 mai", "2020-05", "fr", ("2020-05-21", "day")),
        ("March 3, 2022", "2022-04-01", "en", ("2022-03-03", "day")),
        # no year written: the last such day before the article, unless a few days after it
        ("26 June", "2016-06-24", "en", ("2016-06-26", "day")),
        ("28 August", "2016-06-24", "en", ("2015-08-28", "day")),
        ("28 December", "2016-01-03", "en", ("2015-12-28", "day")),
        # a range of days starts on its first ("24-26 June" is not 24 June 1926)
        ("24-26 June", "2016-06-27", "en", ("2016-06-24", "day")),
        ("du 24 au 26 juin", "2016-06-27", "fr", ("2016-06-24", "day")),
        ("2020-05-21", None, "en", ("2020-05-21", "day")),
        # months and years
        ("en mars", "2021-06-10", "fr", ("2021-03", "month")),
        ("in March", "2021-06-10", "en", ("2021-03", "month")),
        ("en décembre", "2021-06-10", "fr", ("2020-12", "month")),
        ("en mai 2019", None, "fr", ("2019-05", "month")),
        ("in 2019", "2021-06-10", "en", ("2019", "year")),
        ("depuis 2014", "2021-06-10", "fr", ("2014", "year")),
        ("jeudi dernier", "2020-05-21", "fr", ("2020-05-14", "day")),
        ("mardi prochain", "2020-05-22", "fr", ("2020-05-26", "day")),
        ("next Tuesday", "2020-05-22", "en", ("2020-05-26", "day")),
        ("dans la nuit de mardi à mercredi", "2020-05-22", "fr", ("2020-05-19", "day")),
        ("il y a deux jours", "2020-05-22", "fr", ("2020-05-20", "day")),
        ("two days ago", "2020-05-22", "en", ("2020-05-20", "day")),
        ("il y a deux jours", "2020-05", "fr", ("2020-05", "month")),
        ("le 21", "2020-05-22", "fr", ("2020-05-21", "day")),
        ("le 25", "2020-05-22", "fr", ("2020-04-25", "day")),
        ("fin mai", "2020-06-10", "fr", ("2020-05", "month")),
        ("early May", "2020-06-10", "en", ("2020-05", "month")),
        # not dates
        ("mai", "2020-05-22", "fr", (None, None)),
        ("may", "2020-05-22", "en", (None, None)),
        ("récemment", "2020-05-22", "fr", (None, None)),
        ("", "2020-05-22", "fr", (None, None)),
    ],
)
def test_resolve(
    expression: str, published: str | None, lang: str, expected: tuple[str | None, str | None]
) -> None:
    assert resolve(expression, published, lang) == expected


def test_article_date() -> None:
    assert article_date("2020-05") == ("2020-05", "month")
    assert article_date("2020-05-21") == ("2020-05-21", "day")
    assert article_date("2020") == ("2020", "year")
    assert article_date(None) == (None, None)
    assert article_date("nonsense") == (None, None)
    assert precision_of("2020-05-21") == "day"
