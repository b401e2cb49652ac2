"""French political news, round 29b (issue 14): the demonyms of Latin America, Africa and Asia, so a
generic group's own nationality wins over the country of the place it acts in; invented sentences,
exact rows; bounties offered for a capture; a demonym shared by coordinated nouns."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group's nationality beats the place's country
        ("La police péruvienne a arrêté trois manifestants à La Paz.",
         {("Police Forces of Peru", "COERCE", "Protesters (Bolivia)", "La Paz"),
          ("Protesters (Bolivia)", "PROTEST", None, "La Paz")}),
        ("La police bolivienne a arrêté trois manifestants à Lima.",
         {("Police Forces of Bolivia", "COERCE", "Protesters (Peru)", "Lima"),
          ("Protesters (Peru)", "PROTEST", None, "Lima")}),
        ("La police chilienne a arrêté deux manifestants à Buenos Aires.",
         {("Police Forces of Chile", "COERCE", "Protesters (Argentina)", "Buenos Aires"),
          ("Protesters (Argentina)", "PROTEST", None, "Buenos Aires")}),
    ],
)  # fmt: skip
def test_a_groups_demonym_beats_the_places_country(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("péruviens", "Peru"), ("boliviennes", "Bolivia"), ("argentine", "Argentina"),
        ("guatémaltèques", "Guatemala"), ("haïtien", "Haiti"), ("libérienne", "Liberia"),
        ("malgaches", "Madagascar"), ("thaïlandaise", "Thailand"), ("philippins", "Philippines"),
        ("ouzbèke", "Uzbekistan"), ("cambodgiens", "Cambodia"), ("Peruvian", "Peru"),
    ],
)  # fmt: skip
def test_new_demonyms_resolve_to_their_state(word: str, country: str) -> None:
    from conflictkg.knowledge.kb import KnowledgeBase

    e = KnowledgeBase.load().resolve_demonym(word)
    assert e is not None and (e.kind, e.name) == ("state", country)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capture or an arrest a bounty is offered for is only wished for: no event, no threat
        ("Les États-Unis ont offert une prime de cinq millions de dollars pour la capture de Joseph "
         "Kony.", set()),
        ("La France avait promis une récompense de deux millions d'euros pour sa capture.", set()),
        ("Le Mali a promis une prime pour l'arrestation du chef rebelle Ali Kaya.", set()),
        # 'pour' after an arrest told stays the arrest's reason
        ("La police malienne a arrêté le chef rebelle Ali Kaya à Gao pour le meurtre d'un soldat.",
         {("Police Forces of Mali", "COERCE", "Ali Kaya", "Gao")}),
    ],
)  # fmt: skip
def test_a_bounty_offered_for_a_capture_is_no_event(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the demonym on the second of two coordinated nouns is the nationality of both
        ("Israël a frappé les moyens militaires et de renseignement syriens près de Damas.",
         {("Israel", "FIGHT", "Syria", "Damascus")}),
        # the first noun's own demonym stays its own; the second's is a second target
        ("Israël a frappé les moyens militaires français et de renseignement syriens près de Damas.",
         {("Israel", "FIGHT", "French Armed Forces", "Damascus"), ("Israel", "FIGHT", "Syria", "Damascus")}),
        # no demonym at all: no target
        ("Israël a bombardé les dépôts d'armes et les bases près de Damas.",
         {("Israel", "FIGHT", None, "Damascus")}),
    ],
)  # fmt: skip
def test_a_demonym_on_the_last_coordinated_noun_applies_to_both(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
