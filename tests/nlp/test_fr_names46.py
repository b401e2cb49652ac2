"""French actor names (issue 14, round 46): a journalist "de" a channel is the journalist, the
channel only employs them; a channel's number is part of its name; a quote closed on a stop ends its
sentence. Sentences of our own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import _extractor
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
UAG_IRQ = "Unidentified Armed Group (Iraq)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the channel in the "de" complement employs the journalists: they are the target
        ("Deux journalistes de la BBC ont été enlevés à Bagdad.",
         {(UAG_IRQ, "ASSAULT", "Journalists (Iraq)", "Baghdad")}),
        ("La photographe de la BBC a été enlevée à Bagdad.",
         {(UAG_IRQ, "ASSAULT", "Journalists (Iraq)", "Baghdad")}),
        ("Des hommes armés ont enlevé le cameraman de la BBC à Bagdad.",
         {(UAG_IRQ, "ASSAULT", "Journalists (Iraq)", "Baghdad")}),
    ],
)  # fmt: skip
def test_journalist_of_a_channel(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_channel_number_is_part_of_its_name() -> None:
    kb = _extractor().kb
    assert (kb.resolve("France 24").name, kb.resolve("France 2")) == ("France 24", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a straight quote closed on its stop: the next capitalised word starts a sentence, whose
        # target is the reporter it names, not her channel
        ('Le ministre a répété que "tout sera fait [pour les retrouver]." La photographe Ana Pop, '
         "de la chaîne Prima TV, a été enlevée à Bagdad.",
         {(UAG_IRQ, "ASSAULT", "Ana Pop", "Baghdad")}),
    ],
)  # fmt: skip
def test_quote_closed_on_a_stop(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group a participle ties to a named armed group is that group (or its affiliate)
        ("Un groupe lié à Al-Qaïda a attaqué un convoi près de Kidal.",
         {("Al-Qaeda", "FIGHT", None, "Kidal")}),
        ("Un groupe armé lié à l'État islamique a attaqué un convoi près de Kidal.",
         {("Islamic State", "FIGHT", None, "Kidal")}),
        ("Une cellule affiliée à Boko Haram a tué dix villageois près de Maiduguri.",
         {("Boko Haram", "ASSAULT", "Civilians (Nigeria)", "Maiduguri")}),
        # tied to no armed group: the group stays unnamed
        ("Des hommes armés liés à un notable local ont attaqué un convoi près de Kidal.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Kidal")}),
    ],
)  # fmt: skip
def test_group_tied_to_a_named_one(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
