"""French news, round 26 (issue 14): the press's conditional past is hearsay, not a hypothesis; who
took part in an event noun; the possessive of an event noun whose patient is its "de" complement; a
line after a headline parsed whole; exact rows."""

from __future__ import annotations

import pytest
from unit._extract import Fact, Row, events
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "auraient procédé", "aurait commencé": a past fact told on another's word
        ("Selon Human Rights Watch, les policiers maliens auraient procédé à plus de 500 arrestations "
         "depuis mars.",
         {("Police Forces of Mali", "COERCE", "Civilians (Mali)", "reported")}),
        ("La crise aurait commencé après les protestations de l'opposition malienne contre un vote truqué.",
         {("Opposition (Mali)", "PROTEST", None, "reported")}),
        # a condition on it, before or after: a counterfactual, still hypothetical
        ("Si l'armée française n'était pas intervenue, les islamistes auraient pris Mopti.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "hypothetical")}),
        ("Les islamistes auraient pris Mopti si l'armée française n'était pas intervenue.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "hypothetical")}),
        # a modal in the conditional past: what could have been
        ("Les soldats maliens auraient pu reprendre Konna.",
         {("Malian Armed Forces", "CAPTURE", None, "hypothetical")}),
    ],
)  # fmt: skip
def test_the_conditional_past_of_the_press_is_reported(text: str, expected: set[Fact]) -> None:
    assert events(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "avouer avoir participé à X": the subject of the verb that controls "participer"
        ("Trois hommes auraient avoué avoir participé en mars à l'enlèvement de Pierre Lambert à Gao, "
         "au Mali.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Pierre Lambert", "reported")}),
        # "son assassinat": the victim named before, not the killer; one event with the kidnapping
        ("Deux hommes armés ont participé à l'enlèvement de Pierre Lambert en mars, puis à son assassinat "
         "à Gao, au Mali.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Pierre Lambert", "asserted")}),
        ("Les deux suspects ont participé à l'enlèvement de Pierre Lambert en mars, puis à son assassinat "
         "à Gao, au Mali.",
         set()),
    ],
)  # fmt: skip
def test_an_event_noun_taken_part_in_and_its_possessed_patient(text: str, expected: set[Fact]) -> None:
    assert events(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moussa Keita, ministre malien de la Défense\nMoussa Keita, ministre malien de la Défense a échappé "
         "à une attaque kamikaze mercredi à Bamako.\n",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Moussa Keita", "Bamako")}),
        ("Omar Haddad, gouverneur sortant d'Alep\nOmar Haddad, gouverneur sortant d'Alep a échappé à une "
         "attaque kamikaze mercredi.\n",
         {("Unidentified Armed Group (Syria)", "ASSAULT", "Omar Haddad", None)}),
    ],
)  # fmt: skip
def test_a_line_after_a_headline_is_parsed_whole(text: str, expected: set[Row]) -> None:
    """A headline with no full stop, then the body's first line: that line is one sentence, its
    opening name is not cut off by the parser (nlp/pipeline.py ckg_paragraphs)."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des hommes armés ont tiré sur la foule à Gao, au Mali.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Gao")}),
        ("Les soldats ont ouvert le feu sur la foule à Bamako, au Mali.",
         {("Malian Armed Forces", "ASSAULT", "Civilians (Mali)", "Bamako")}),
        # protesters named as such stay protesters, repressed
        ("Les soldats ont tiré sur les manifestants à Bamako, au Mali.",
         {("Malian Armed Forces", "COERCE", "Protesters (Mali)", "Bamako")}),
    ],
)  # fmt: skip
def test_fire_on_a_crowd_is_an_assault_on_civilians(text: str, expected: set[Row]) -> None:
    """ "la foule" is unarmed people (fr.json civilian_nouns): shooting at it is an assault."""
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # undated: the latest year named (1999) dates the article, the war's massacre is background
        ("Le manuel évoque le massacre de civils chinois par l'armée japonaise à Nanjing durant la Seconde "
         "Guerre mondiale. Depuis 1999, des milliers de personnes manifestent contre le Japon à Pékin.",
         {("Protesters (China)", "PROTEST", "Japan", "Beijing")}),
        # no later year named: nothing tells the event is old
        ("En 1996, les talibans ont attaqué un convoi de l'armée afghane.",
         {("Taliban", "FIGHT", "Military Forces of Afghanistan", None)}),
        ("En 1996, les talibans ont attaqué un convoi de l'armée afghane. En 2005, des milliers de "
         "personnes ont manifesté contre le Japon à Pékin.",
         {("Protesters (China)", "PROTEST", "Japan", "Beijing")}),
    ],
)  # fmt: skip
def test_an_undated_article_is_as_late_as_the_latest_year_it_names(text: str, expected: set[Row]) -> None:
    assert rows(text, published=None) == expected
