"""Known misses of the English batteries (issue 14, round casemiss88): general rules for families of
them, each with the battery sentence (moved from its file's known misses into its BATTERY), a second
sentence of our own and a near sentence the rule must not fire on.

- Places listed after one English preposition ("offices in Lagos and Abuja"): a protest, or force against
  one, happened at each name of the list, a country in it no second place; a fight stays one event
  (nlp/events/shared_prep_places.py).
- A demonym on a noun of a body of the country's people ("Nigerian labour unions"; en.json
  civil_body_nouns) says whose people they are, not that the state acts (nlp/events/civil_bodies.py).
- A killing claimed ("claimed the killing of three soldiers"; en.json verb_object 'claim' 'killing') is the
  claimer's attack on whom its 'of' complement names; 'killing' stays no event noun of its own (a
  condemned or investigated killing is read as before). The office of a claimed attack's complement with
  no holder named ("the killing of a district commissioner") is the state's
  (nlp/events/claimed_targets.py)."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

KENYA_POLICE = "Police Forces of Kenya"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the battery sentence (case84)
        ("Nigerian labour unions began an indefinite general strike on Monday over the minimum wage, "
         "shutting down airports and offices in Lagos and Abuja.",
         {("Protesters (Nigeria)", "PROTEST", None, "Abuja"),
          ("Protesters (Nigeria)", "PROTEST", None, "Lagos")}),
        # sentences of our own
        ("Police fired tear gas at protesters in Nairobi and Kisumu on Tuesday.",
         {(KENYA_POLICE, "COERCE", "Protesters (Kenya)", "Nairobi"),
          (KENYA_POLICE, "COERCE", "Protesters (Kenya)", "Kisumu"),
          ("Protesters (Kenya)", "PROTEST", None, "Nairobi"),
          ("Protesters (Kenya)", "PROTEST", None, "Kisumu")}),
        ("Doctors went on strike in Nairobi and Mombasa on Monday.",
         {("Protesters (Kenya)", "PROTEST", None, "Nairobi"),
          ("Protesters (Kenya)", "PROTEST", None, "Mombasa")}),
        ("Protesters rallied in Lagos, Ibadan and Abuja on Monday.",
         {("Protesters (Nigeria)", "PROTEST", None, "Lagos"),
          ("Protesters (Nigeria)", "PROTEST", None, "Ibadan"),
          ("Protesters (Nigeria)", "PROTEST", None, "Abuja")}),
        # near: a name hung on the place after a comma, with no conjunction, is no list
        ("Police on Tuesday arrested three men over the murder of a shopkeeper in Ludhiana, Deputy "
         "Commissioner of Police Harmeet Sandhu said.",
         {("Police Forces of India", "COERCE", "Civilians (India)", "Ludhiana")}),
        # near: a country after the town is where it lies, no second place
        ("Protesters marched in Nairobi and Kenya on Monday.",
         {("Protesters (Kenya)", "PROTEST", None, "Nairobi")}),
        # near: a fight at a list stays one event
        ("Gunmen attacked two villages near Bunia and Djugu on Sunday.",
         {("Unidentified Armed Group (Democratic Republic of Congo)", "FIGHT", None, "Bunia")}),
    ],
)  # fmt: skip
def test_places_after_one_preposition(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence of our own (the battery sentence is above)
        ("Kenyan trade unions staged a protest in Nairobi on Monday.",
         {("Protesters (Kenya)", "PROTEST", None, "Nairobi")}),
        # near: a demonym on a state force still names the state's
        ("Kenyan troops attacked al-Shabaab positions in Kismayo.",
         {("Military Forces of Kenya", "FIGHT", "Al-Shabaab", "Kismayo")}),
    ],
)  # fmt: skip
def test_bodies_of_the_people(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the battery sentences (case87, case69)
        ("Islamic State Mozambique Province claimed the killing of three soldiers in an ambush near Mocimboa "
         "da Praia on Tuesday, according to a statement carried by its Amaq news agency.",
         {("Ansar al-Sunna (Mozambique)", "FIGHT", "Military Forces of Mozambique", "Mocímboa da Praia")}),
        ("Al-Shabaab claimed responsibility for the killing of a district commissioner in Baidoa, in "
         "Somalia's Bay region.",
         {("Al-Shabaab", "FIGHT", "Somalia", "Baidoa")}),
        # sentences of our own
        ("Boko Haram claimed the killing of 12 farmers near Maiduguri.",
         {("Boko Haram", "ASSAULT", "Civilians (Nigeria)", "Maiduguri")}),
        ("The Taliban claimed responsibility for the killing of a provincial governor in Kunduz.",
         {("Taliban", "FIGHT", "Afghanistan", "Kunduz")}),
        # near: a killing investigated or condemned is no attack of the one who speaks of it
        ("Police said they were investigating the killing of two farmers in Borno.",
         {("Police Forces of Nigeria", "INVESTIGATE", "Civilians (Nigeria)", "Borno")}),
        ("France condemned the killing of civilians in Mali.",
         {("France", "ACCUSE", "Civilians (Mali)", "Mali")}),
        # near: an office held outside the state is no state
        ("The Taliban claimed responsibility for the killing of a tribal elder in Kunduz.",
         {("Taliban", "FIGHT", None, "Kunduz")}),
    ],
)  # fmt: skip
def test_claimed_killings(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
