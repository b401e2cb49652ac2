"""Known misses of the English batteries (issue 14, round casemiss87): general rules for families of
them, each with the battery sentence (moved from KNOWN_MISSES into its file's BATTERY), a second sentence
of our own and a near sentence the rule must not fire on.

- Restrictions on the people: a public service suspended or closed ("suspended mobile internet services",
  "ordered the closure of all schools in X") binds the civilians of where it is, as a curfew does
  (MOBILIZE; en.json public_service_nouns, nlp/events/late_targets.restricted_people); with no people
  bound ("ordered the closure of the border") it is no event.
- A place NER reads as an organisation or a person in the 'of' complement of a dwellers' noun ("Residents
  of Ghouta said they had been attacked ...") is a place (nlp/misread_towns.py, dweller_nouns): the
  article's country, the state's forces and civilians, the event's place.
- An attack and its toll participle ("attacked a wedding party in X, killing 18 people", "rammed into a
  military convoy, wounding 12 soldiers") are one event: an untargeted attack of the toll's type, or a
  fight on the party the same actor's assault hits, is not kept beside it (nlp/events/toll_twins.py).
- Forces that flee retreat (en.json 'flee', forces_only: civilians fleeing do not), and an act in a clause
  of time with no place of its own ("took Bukavu as government troops fled") happened where the act it
  hangs on did (nlp/events/clause_places._time_clause_place).
- A name NER gives for an organisation compounded with a facility noun ("the Khor Mor gas field") names
  the facility, no actor and no target (en.json facility_nouns, nlp/site_names.py)."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the battery sentences (case81)
        ("Authorities in Manipur suspended mobile internet services across the state for five days on "
         "Saturday following fresh violence, an official order said.",
         {("India", "MOBILIZE", "Civilians (India)", "Manipur")}),
        ("The Nigerian government ordered the closure of all schools in Zamfara state after gunmen abducted "
         "students from a girls' school, the education commissioner said.",
         {("Nigeria", "MOBILIZE", "Civilians (Nigeria)", "Zamfara"),
          ("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Zamfara")}),
        # sentences of our own
        ("Authorities in Kashmir shut down the internet in Srinagar on Monday.",
         {("India", "MOBILIZE", "Civilians (India)", "Srinagar")}),
        ("The Kenyan government ordered the closure of all markets in Mandera after the attack.",
         {("Kenya", "MOBILIZE", "Civilians (Kenya)", "Mandera")}),
        # near: no people bound, no restriction
        ("The government ordered the closure of the border with Sudan.", set()),
        ("The company suspended bus services in Lagos.", set()),
    ],
)  # fmt: skip
def test_public_services_restricted(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the battery sentence (case81): "Ghouta" read as an organisation
        ("Residents of Ghouta said they had been attacked with poison gas by government forces, an "
         "opposition medical group said.",
         {("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Eastern Ghouta")}),
        # sentences of our own: "Saraqeb", "Kafranbel" read as organisations, "Khan Shaykhun" as a person
        ("Residents of Saraqeb said they had been attacked by government forces.",
         {("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Saraqib")}),
        ("Residents of Khan Shaykhun said they had been attacked with poison gas by government forces.",
         {("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Khān Shaykhūn")}),
        # near: a knowledge-base actor in the complement stays no place
        ("Youths of Fatah said they had been attacked by Israeli forces.",
         {("Israel Defense Forces", "ASSAULT", "Civilians", None)}),
    ],
)  # fmt: skip
def test_places_of_dwellers_read_as_names(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the battery sentences (case84)
        ("Two female suicide bombers attacked a wedding party in Gwoza in Borno state, killing 18 people, "
         "the state emergency agency said.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Gwoza")}),
        ("A suicide car bomb rammed into a military convoy in Mastung, wounding 12 soldiers, according to a "
         "statement from the army's media wing.",
         {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Military Forces of Pakistan", "Mastung")}),
        # sentences of our own
        ("A suicide bomber attacked a bus station in Konduga, killing 12 people.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Konduga")}),
        ("A suicide bomber rammed an explosives-laden car into a police checkpoint in Bannu, wounding six "
         "policemen.",
         {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Police Forces of Pakistan", "Bannu")}),
        # near: an attack of another type on a site keeps its fight beside the civilians' assault
        ("Gunmen attacked a market in Baidoa, killing five people.",
         {("Unidentified Armed Group (Somalia)", "ASSAULT", "Civilians (Somalia)", "Baidoa"),
          ("Unidentified Armed Group (Somalia)", "FIGHT", None, "Baidoa")}),
        # near: no toll, the untargeted bombing stands
        ("A suicide bomber attacked a mosque in Maiduguri on Friday.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", None, "Maiduguri")}),
    ],
)  # fmt: skip
def test_attack_and_toll_told_once(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the battery sentence (case84)
        ("M23 rebels took control of Bukavu, the capital of South Kivu province, on Sunday as government "
         "troops fled, residents said.",
         {("M23", "CAPTURE", None, "Bukavu"),
          ("Armed Forces of the Democratic Republic of the Congo", "RETREAT", None, "Bukavu")}),
        # sentences of our own
        ("Malian soldiers fled Boni on Tuesday as jihadists overran the town.",
         {("Malian Armed Forces", "RETREAT", None, "Boni"),
          ("Unidentified Armed Group (Mali)", "CAPTURE", None, "Boni")}),
        ("Islamic State fighters seized Tal Afar on Monday as Iraqi troops withdrew.",
         {("Islamic State", "CAPTURE", None, "Tal Afar"),
          ("Iraqi Security Forces", "RETREAT", None, "Tal Afar")}),
        # near: civilians who flee do not retreat
        ("Thousands of civilians fled Bukavu as M23 rebels advanced.", set()),
    ],
)  # fmt: skip
def test_forces_that_flee(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the battery sentence (case85)
        ("A drone struck the Khor Mor gas field near Chamchamal in Iraqi Kurdistan on Wednesday, the third "
         "such attack this year, halting production and cutting power to much of the region.",
         {("Unidentified Armed Group (Iraq)", "FIGHT", None, "Jamjamāl")}),
        # a sentence of our own
        ("A drone struck the Khor Mor power plant near Chamchamal on Wednesday.",
         {("Unidentified Armed Group (Iraq)", "FIGHT", None, "Jamjamāl")}),
        # near: a name the knowledge base knows is the holder of its depot
        ("Israeli jets struck a Hezbollah depot in Nabatieh.",
         {("Israel Defense Forces", "FIGHT", "Hezbollah", "An Nabaţīyah")}),
    ],
)  # fmt: skip
def test_facility_names(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
