"""French lexicon gaps of the dev corpus (issue 14, round frgaps46): sentences whose predicate the
lexicon knows but which gave no event, or a wrong one, as exact (actor, type, target, place) rows of
sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
MLI_ARMED = "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a flight abroad: the person's own retreat, placed nowhere (the gold's convention)
        ("L'ancien président, Moussa Traoré, aurait fui à l'étranger.",
         {("Moussa Traoré", "RETREAT", None, None)}),
        ("Le colonel Amadou Sanogo s'est enfui en exil.",
         {("Malian Armed Forces", "RETREAT", None, None)}),
        # a role noun with its holder's name set off by commas (the parser's conjunct) is that person
        ("L'ancien ministre, Bakary Diarra, aurait fui à l'étranger.",
         {("Bakary Diarra", "RETREAT", None, None)}),
        ("Le président, Ibrahim Koné, a condamné l'attaque.", {("Ibrahim Koné", "ACCUSE", None, None)}),
        # with neither a place nor an abroad complement, a flight is still no event
        ("Les rebelles ont fui.", set()),
    ],
)  # fmt: skip
def test_fled_abroad(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted victims with "près de X" are a party, not a distance ("à 400 km de X")
        ("Des rebelles ont tué trois soldats près de Kidal.",
         {(MLI_ARMED, "FIGHT", "Malian Armed Forces", "Kidal")}),
        ("Une bombe a tué deux policiers près de Kidal.",
         {(MLI_ARMED, "FIGHT", "Police Forces of Mali", "Kidal")}),
        ("Les rebelles ont pris Diabaly, à 400 km de Bamako.",
         {(MLI_ARMED, "CAPTURE", None, "Diabaly")}),
        # an explosion or an attack as the subject: the unnamed group of the place hits the victims
        ("L'explosion a tué deux policiers à Kandahar.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Police Forces of Afghanistan", "Kandahār")}),
        ("Un attentat a tué cinq civils à Bagdad mardi.",
         {("Unidentified Armed Group (Iraq)", "ASSAULT", "Civilians (Iraq)", "Baghdad")}),
        # shot dead by bullets: a weapon is no actor
        ("Le journaliste a été abattu par deux balles à Bastia.",
         {("Unidentified Armed Group (France)", "ASSAULT", "Journalists (France)", "Bastia")}),
    ],
)  # fmt: skip
def test_victims_and_unnamed_attackers(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle apposition: arrested by the authorities of the place's country
        ("Le chef taliban, arrêté en mars au Pakistan, a été extradé.",
         {("Police Forces of Pakistan", "COERCE", "Taliban", "Pakistan")}),
        ("Le militant a remplacé Abou Hamza, arrêté en mai à Karachi.",
         {("Pakistan", "COERCE", "Abou Hamza", "Karachi")}),
        # "reprocher à X de": an accusation of X
        ("L'opposition reproche au gouvernement malien de truquer les élections.",
         {("Opposition (Mali)", "ACCUSE", "Mali", None)}),
        # voting is no surrender, an inauguration no capture (a town invested is one)
        ("Les Maliens se rendent aux urnes dimanche pour élire un président.", set()),
        ("Le Parlement a investi le vice-président Traoré de tous les pouvoirs.", set()),
        ("Les rebelles ont investi la ville de Kidal.", {(MLI_ARMED, "CAPTURE", None, "Kidal")}),
    ],
)  # fmt: skip
def test_known_predicates(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
