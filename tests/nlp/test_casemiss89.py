"""Known misses of the English batteries (issue 14, round casemiss89): general rules for families of
them, each with the battery sentence (moved from its file's known misses into its BATTERY), a second
sentence of our own and a near sentence the rule must not fire on.

- A name the parser hung on a group noun as its modifier, with a common noun right before that noun as
  its conjunct ("between the Taliban and government troops"), is the group noun's conjunct: the common
  noun modifies the group noun, "government troops" are the state's army (nlp/name_conjuncts.py).
- Belonging told in the infinitive of a hedge on a group noun ("gunmen believed to belong to X",
  "gunmen suspected to be members of X"; en.json hedged_membership_words) makes the group X's, as an
  allegiance adjective does; the story's verb the parser hung on the members noun is the clause's
  (nlp/allegiant.py, nlp/hedged_subjects.py).
- A toll told as a participle on an act whose object or complement is a site of a state force ("torched
  a police station, killing two officers") counts that force's dead: the force is its target
  (nlp/events/blast_sites.py; en.json generic_groups 'police headquarters').
- A subdivision word the parser read as a verb or as a clause of its own right after a name ("killed 20
  civilians in Gida Kiremu woreda"; shared.json named_part_nouns) is the head of the name, and the
  act keeps its object (nlp/part_noun_arcs.py).
- A facility named after its town ("outside the Quetta Press Club"; en.json town_named_facilities) is at
  that town (nlp/events/facility_towns.py).
- A relative clause of a killing hung on a noun of no attack after an attack noun ("claimed the suicide
  bombing at a rally in Bajaur that killed 54 people") counts the attack's dead: a claimed attack with
  no target is an assault on the civilians (nlp/events/attack_words.relative_clauses,
  nlp/events/relative_tolls.py)."""

from __future__ import annotations

import pytest
from unit._extract import Row, both_fight
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the battery sentence (case82)
        ("Kenya condemned the clashes in Somalia's Gedo region between al-Shabaab and government troops, "
         "foreign affairs secretary Monica Juma said.",
         {*both_fight("Al-Shabaab", "Somali National Army", "Gedo"), ("Kenya", "ACCUSE", None, "Gedo")}),
        # sentences of our own
        ("Heavy clashes erupted between the Taliban and government troops in Kunduz.",
         both_fight("Taliban", "Military Forces of Afghanistan", "Kunduz")),
        ("Al-Shabaab and government troops clashed in Gedo.",
         both_fight("Al-Shabaab", "Somali National Army", "Gedo")),
        # near: a name the tagger read as a common noun is no common noun modifier
        ("Al-Shabaab and ISIS fighters stormed a police station in Bosaso on Monday.",
         {("Al-Shabaab", "FIGHT", "Police Forces of Somalia", "Bosaso"),
          ("Islamic State", "FIGHT", "Police Forces of Somalia", "Bosaso")}),
        # near: a common noun as the modifier is the shared head's coordination ("army forces and police
        # forces")
        ("Clashes between army and police forces erupted in Juba.",
         both_fight("South Sudan People's Defence Forces", "Police Forces of South Sudan", "Juba")),
    ],
)  # fmt: skip
def test_a_name_conjoined_to_a_modified_group(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the battery sentence (case87; case88's is below)
        ("Gunmen believed to belong to the Jalisco New Generation Cartel killed eleven people at a bar in "
         "Guanajuato state on Saturday, local authorities said.",
         {("Jalisco New Generation Cartel", "ASSAULT", "Civilians (Mexico)", "Guanajuato")}),
        # sentences of our own
        ("Gunmen suspected to belong to Boko Haram killed nine farmers near Maiduguri.",
         {("Boko Haram", "ASSAULT", "Civilians (Nigeria)", "Maiduguri")}),
        ("Militants believed to be members of al-Shabaab attacked a police post in Mandera on Monday.",
         {("Al-Shabaab", "FIGHT", "Police Forces of Kenya", "Mandera")}),
        # the battery sentence (case88)
        ("Gunmen suspected to be members of the Eastern Security Network set ablaze a police divisional "
         "headquarters in Orlu, Imo State, on Monday, killing two officers.",
         {("Eastern Security Network", "FIGHT", "Police Forces of Nigeria", "Orlu")}),
        # near: members of a group no name gives stay the unnamed armed group
        ("Gunmen believed to be members of a local gang killed three traders in Guanajuato.",
         {("Unidentified Armed Group (Mexico)", "ASSAULT", "Civilians (Mexico)", "Guanajuato")}),
        # near: things that belong to a group are no group of its
        ("Houses believed to belong to Boko Haram commanders were destroyed by the army near Maiduguri.",
         {("Nigerian Armed Forces", "FIGHT", "Boko Haram", "Maiduguri")}),
    ],
)  # fmt: skip
def test_hedged_membership(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sentences of our own (the battery sentence is above)
        ("Gunmen torched a police station in Orlu on Monday, killing two officers.",
         {("Unidentified Armed Group (Nigeria)", "FIGHT", "Police Forces of Nigeria", "Orlu")}),
        ("Militants set fire to a police post in Bannu on Friday, killing two officers.",
         {("Unidentified Armed Group (Pakistan)", "FIGHT", "Police Forces of Pakistan", "Bannu")}),
        # near: a toll that names its victims says whom it hit; a site of no force gives no force
        ("Gunmen torched a police station in Orlu on Monday, killing two passers-by.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Orlu")}),
        ("Gunmen torched a market in Orlu on Monday, killing two traders.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Orlu")}),
    ],
)  # fmt: skip
def test_a_tolls_site_before(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence of our own (the battery sentence is case88's), where 'woreda' was read as the verb
        ("Rebels killed at least 20 civilians in Gida Kiremu woreda on Sunday.",
         {("Unidentified Armed Group (Ethiopia)", "ASSAULT", "Civilians (Ethiopia)", "Gida Kiremu")}),
        # near: a subdivision word the parser read as a noun stays as it was
        ("Gunmen killed 12 villagers in Dembi Dollo woreda on Monday, residents said.",
         {("Unidentified Armed Group (Ethiopia)", "ASSAULT", "Civilians (Ethiopia)", "Dembī Dolo")}),
        ("Police arrested three men in Lahore district on Monday.",
         {("Police Forces of Pakistan", "COERCE", "Civilians (Pakistan)", "Lahore")}),
    ],
)  # fmt: skip
def test_subdivision_words_misread(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sentences of our own (the battery sentence is case88's)
        ("Students protested outside Karachi University on Monday.",
         {("Protesters (Pakistan)", "PROTEST", None, "Karachi")}),
        ("Members of the Pakistan Medical Association began a hunger strike outside the Lahore Press Club on "
         "Wednesday.",
         {("Pakistan Medical Association", "PROTEST", None, "Lahore")}),
        # near: a first word that names no place gives none
        ("Journalists protested outside the National Press Club on Monday.",
         {("Protesters", "PROTEST", None, None)}),
    ],
)  # fmt: skip
def test_facilities_named_after_their_town(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sentences of our own (case81's battery sentence keeps a miss: the detonation told after it in the
        # same sentence is read as the one attack)
        ("Islamic State claimed the bombing at a rally in Bajaur that killed 54 people.",
         {("Islamic State", "ASSAULT", "Civilians (Pakistan)", "Bajaur")}),
        ("Al-Shabaab claimed the suicide bombing at a rally in Baidoa that killed 20 people.",
         {("Al-Shabaab", "ASSAULT", "Civilians (Somalia)", "Baidoa")}),
        # near: soldiers killed are no civilians
        ("Al-Shabaab claimed the bombing at a meeting in Baidoa that killed six soldiers.",
         {("Al-Shabaab", "FIGHT", None, None)}),
    ],
)  # fmt: skip
def test_relative_tolls_after_a_site(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
