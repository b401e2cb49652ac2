"""French coercion and violence (issue 14), round 43: sentences of our own, as exact (actor, type,
target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
KIDNAP_FR = ("Unidentified Armed Group (Iraq)", "ASSAULT", "Journalists (France)", "Baghdad")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject pronoun in a relative clause opened by an oblique relative pronoun stands for
        # the noun subject of the clause the relative hangs on; the clitic for the ones named before
        ("Deux journalistes français ont été enlevés à Bagdad. Des militants islamistes ont diffusé "
         "une vidéo dans laquelle ils les menaçaient de mort.",
         # the group threatening the hostages is their captor (round frreal84, nlp/events/hostage_takers.py)
         {("Islamist Militia (Iraq)", "ASSAULT", "Journalists (France)", "Baghdad"),
          ("Islamist Militia (Iraq)", "THREATEN", "Journalists (France)", None)}),
        ("Le journaliste Paul Martin a été enlevé à Kaboul. Les talibans ont publié un message où "
         "ils le menacent de représailles.",
         {("Taliban", "ASSAULT", "Journalists (Afghanistan)", "Kabul"),
          ("Taliban", "THREATEN", "Journalists (Afghanistan)", None)}),
        ("Deux journalistes français ont été enlevés à Bagdad. Des militants islamistes ont diffusé "
         "une vidéo dans laquelle ils menaçaient les otages.",
         {KIDNAP_FR, ("Islamist Militia (Iraq)", "THREATEN", "Civilians (Iraq)", None)}),
        # the parser hangs the subject on the auxiliary of a past anterior: still the clause's
        ("Deux journalistes roumains ont été enlevés à Bagdad. Le président a réagi après que des "
         "militants islamistes eurent mis en ligne un film dans lequel ils les menaçaient de mort.",
         {("Islamist Militia (Iraq)", "ASSAULT", "Journalists (Romania)", "Baghdad"),
          ("Islamist Militia (Iraq)", "THREATEN", "Journalists (Romania)", None)}),
        # two bare pronouns with no noun to bind the subject: still no party one can name
        ("Deux journalistes français ont été enlevés à Bagdad. Ils les menaçaient de mort.",
         {KIDNAP_FR}),
    ],
)  # fmt: skip
def test_pronouns_in_a_relative_clause(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
