"""Event dates (issue 14) wherever the date words sit in the clause: before the subject, between
verb and object, after the object (where the parser hangs them on its last noun), as a day and
month, a weekday, a week or a month; French and English, in sentences of our own. The article is
dated Tuesday 15 January 2013."""

from __future__ import annotations

import pytest
from unit._extract import Dated
from unit._extract import dated as dated_on

pytestmark = pytest.mark.nlp

PUBLISHED = "2013-01-15"  # a Tuesday


def dated(text: str, lang: str) -> set[Dated]:
    return dated_on(text, lang, PUBLISHED)


MLI_ARMED, SYR_ARMED = "Unidentified Armed Group (Mali)", "Unidentified Armed Group (Syria)"
FRENCH = "French Armed Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a weekday after the object: the last such day before the article (jeudi <- Kidal <- ville)
        ("Les insurgés ont occupé la ville de Kidal jeudi.",
         {(MLI_ARMED, "CAPTURE", "Kidal", "2013-01-10", "day")}),
        ("Jeudi, les insurgés ont attaqué Gao.", {(MLI_ARMED, "FIGHT", "Gao", "2013-01-10", "day")}),
        # a bare name right after the weekday is the verb's object, not the weekday's complement,
        # nor a new sentence ("jeudi Camp Bastion"), and "Camp Bastion" is one name
        ("Les talibans ont repris mercredi Camp Bastion.",
         {("Taliban", "CAPTURE", "Camp Bastion", "2013-01-09", "day")}),
        ("Les talibans ont attaqué jeudi Camp Bastion.",
         {("Taliban", "FIGHT", "Camp Bastion", "2013-01-10", "day")}),
        ("Les rebelles ont attaqué vendredi Alep.", {(SYR_ARMED, "FIGHT", "Aleppo", "2013-01-11", "day")}),
        ("Les insurgés ont attaqué jeudi la ville de Gao.",
         {(MLI_ARMED, "FIGHT", "Gao", "2013-01-10", "day")}),
        # a day and month in any place; "12" heads "janvier" in the parse, and the date stops before
        # what hangs on it ("le 3 janvier près de Homs")
        ("Les soldats français ont repris Konna le 12 janvier.",
         {(FRENCH, "CAPTURE", "Konna", "2013-01-12", "day")}),
        # "reconquérir" takes a town as "conquérir" does; a weekday that is the article's own day
        ("Les soldats français ont reconquis la ville de Konna mardi.",
         {(FRENCH, "CAPTURE", "Konna", "2013-01-15", "day")}),
        ("Le 11 janvier, les soldats français ont attaqué Konna.",
         {(FRENCH, "FIGHT", "Konna", "2013-01-11", "day")}),
        ("Des insurgés ont tendu une embuscade à une patrouille le 3 janvier près de Homs.",
         {(SYR_ARMED, "FIGHT", "Homs", "2013-01-03", "day")}),
        # a month with an accent ("décembre" is "decembre" in the month table): last December
        ("Les rebelles ont attaqué Gao le 9 décembre.", {(MLI_ARMED, "FIGHT", "Gao", "2012-12-09", "day")}),
        # "le 12" alone is a day of this month
        ("Les rebelles ont attaqué Gao le 12.", {(MLI_ARMED, "FIGHT", "Gao", "2013-01-12", "day")}),
        # a week, a month
        ("Les insurgés ont attaqué la semaine dernière la ville de Gao.",
         {(MLI_ARMED, "FIGHT", "Gao", "2013-01-08", "week")}),
        ("Les rebelles ont attaqué Gao en mars.", {(MLI_ARMED, "FIGHT", "Gao", "2012-03", "month")}),
        # a number that is no date: "Sept" is seven here, not September; the article's date stays
        ("Sept soldats maliens ont été tués à Gao.",
         {(MLI_ARMED, "FIGHT", "Gao", "2013-01-15", "day")}),
        # nor is "2000" counting soldiers a year (the event was dropped as background of 2000)
        ("Le Tchad a envoyé 2000 soldats au Mali.", {("Chad", "MOBILIZE", "Mali", "2013-01-15", "day")}),
    ],
)  # fmt: skip
def test_french_event_dates(text: str, expected: set[Dated]) -> None:
    assert dated(text, "fr") == expected


def test_a_closing_weekday_is_not_part_of_the_place_name() -> None:
    """NER reads "aéroport de Gao samedi" as one place: the name stops before the weekday."""
    text = "Les soldats français ont occupé l'aéroport de Gao samedi."
    assert dated(text, "fr") == {(FRENCH, "CAPTURE", "Gao", "2013-01-12", "day")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Militants seized the town of Kidal on Thursday.",
         {(MLI_ARMED, "CAPTURE", "Kidal", "2013-01-10", "day")}),
        ("On Thursday, militants attacked Gao.", {(MLI_ARMED, "FIGHT", "Gao", "2013-01-10", "day")}),
        ("French troops retook Konna on 12 January.", {(FRENCH, "CAPTURE", "Konna", "2013-01-12", "day")}),
        ("Militants ambushed a patrol near Homs last week.",
         {(SYR_ARMED, "FIGHT", "Homs", "2013-01-08", "week")}),
        ("Militants attacked Gao in March.", {(MLI_ARMED, "FIGHT", "Gao", "2012-03", "month")}),
    ],
)  # fmt: skip
def test_english_event_dates(text: str, expected: set[Dated]) -> None:
    assert dated(text, "en") == expected
