"""French war news (issue 14), on sentences of our own: historical asides are background, not news,
and wire-style war sentences give exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit.test_nlp_events import facts

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
PUBLISHED = "2012-10-16"


def rows(text: str, published: str = PUBLISHED) -> set[Row]:
    f = facts(text, "fr", published)
    names = {a.id: a.name for a in f.actors}
    places = {loc.id: loc.name for loc in f.locations}
    return {(names[e.actor_id], e.type, names.get(e.target_id or ""), places.get(e.location_id or ""))
            for e in f.events}  # fmt: skip


BACKGROUND: list[tuple[str, set[Row]]] = [
    # a participle dated years before the article, a relative clause of a dated attack, a pluperfect
    ("Il était l'avocat de l'assassin du préfet Claude Érignac, tué le 6 février 1998 à Ajaccio.", set()),
    ("Parmi les tentatives, une attaque en 1978, où un homme armé avait blessé le premier ministre irakien.",
     set()),
    ("Lors du procès, le 27 février 2009, les talibans avaient attaqué un convoi de l'armée afghane.", set()),
    ("Depuis 1996, les talibans attaquent les convois de l'armée afghane.", set()),
    # within the year before the article, or told in the passé composé: news
    ("L'an dernier, les talibans ont attaqué un convoi de l'armée afghane.",
     {("Taliban", "FIGHT", "Military Forces of Afghanistan", None)}),
    ("Créé en 2001, le groupe des talibans a attaqué un convoi de l'armée afghane.",
     {("Taliban", "FIGHT", "Military Forces of Afghanistan", None)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BACKGROUND)
def test_historical_asides_are_background(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_an_undated_article_keeps_its_dated_events() -> None:
    """With no article date there is nothing to be background to."""
    text = "Lors du procès, le 27 février 2009, les talibans avaient attaqué un convoi de l'armée afghane."
    assert rows(text, published="") == {("Taliban", "FIGHT", "Military Forces of Afghanistan", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named head "du PAYS": the state it leads (the name is no actor of its own), as the title alone
        ("Le roi Gyanendra du Népal a levé l'état d'urgence.", {("Nepal", "CONCEDE", None, None)}),
        ("Le président Abdou Diallo du Mali a accusé le Niger.", {("Mali", "ACCUSE", "Niger", None)}),
        ("Le président Hamid Karzaï d'Afghanistan a accusé le Pakistan.",
         {("Afghanistan", "ACCUSE", "Pakistan", None)}),
        ("Le président du Togo a accusé le Ghana.", {("Togo", "ACCUSE", "Ghana", None)}),
    ],
)  # fmt: skip
def test_a_person_of_a_country(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "les" is the ballots just stolen, no actor; "l'" after an actor named last is that actor
        ("Des opposants ont volé des centaines de bulletins à Benghazi, en Libye, et les ont incendiés.",
         {("Opposition (Libya)", "FIGHT", None, "Benghazi")}),
        ("L'opposition malienne refuse tout dialogue avec la Cedeao et l'accuse de mensonge.",
         {("Opposition (Mali)", "REJECT", "ECOWAS", None), ("Opposition (Mali)", "ACCUSE", "ECOWAS", None)}),
    ],
)  # fmt: skip
def test_an_object_clitic_is_the_thing_it_follows(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
