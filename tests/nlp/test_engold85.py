"""English real articles (issue 14), round engold85: the last re3d tune documents (State Department
notes, CENTCOM, BBC and Wikipedia pages on the Iraq war, annotated in tests/gold/real/en_re3d_c.json),
in sentences of our own, each rule with a second sentence it fixes and a near sentence it must leave
alone:

- the target of an attack claimed ("claimed responsibility for an attack on X") is the attack noun's,
  also when told as someone's word ("an attack on what it claimed were X", "struck what it said were
  X"; ``hedge_verbs``, nlp/events/claimed_targets.py);
- a plural pronoun subject of a claim of attacks ("They claim attacks against X") stands for the group
  named before, as that of an attack verb does (nlp/events/subject_pronouns.py);
- a group's name with a place tail ("al-Qaeda in Iraq", "Al-Qaeda in the Arabian Peninsula") is read
  whole when the whole is a name of the knowledge base (``name_to_preps``, nlp/name_tails.py);
- a body noun with a named place hung on it ("killed by the coalition near Raqqa") is the body acting
  there, not another body (nlp/body_actors.py);
- a singular passive subject pronoun ("He was killed by X") is the person the sentence before is
  about, as an active one is (nlp/events/actors._person_subject_before);
- an owned act noun told as going on ("to discuss our ongoing support for X"; ``ongoing_adjectives``) is
  an event of its own even as what talks are about (nlp/events/ongoing_acts.py);
- "the coalition" of an Iraq article of 2003-2011 is the Multi-National Force – Iraq, not the
  coalition against the Islamic State (kb/shared_names.toml).
"""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows
from unit._extract import rows as dated_rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Boko Haram claimed responsibility for Sunday's attack on soldiers in Maiduguri.",
         {("Boko Haram", "FIGHT", "Nigerian Armed Forces", "Maiduguri")}),
        ("Al-Shabaab claimed responsibility for an attack against police officers in Mogadishu.",
         {("Al-Shabaab", "FIGHT", "Police Forces of Somalia", "Mogadishu")}),
        ("Boko Haram claimed responsibility for a raid on what it claimed were police officers in "
         "Maiduguri.",
         {("Boko Haram", "FIGHT", "Police Forces of Nigeria", "Maiduguri")}),
        ("The army struck what it said were rebel positions near Aleppo.",
         {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Aleppo")}),
        # near: no target named, none given; no hedge verb, no hedged target
        ("Al-Shabaab quickly claimed responsibility for the bombing.", {("Al-Shabaab", "FIGHT", None, None)}),
        ("The army struck what appeared to be rebel positions near Aleppo.",
         {("Syrian Arab Army", "FIGHT", None, "Aleppo")}),
    ],
)  # fmt: skip
def test_a_claimed_or_hedged_attack_has_its_target(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Army of the Victorious Sect is a militant group in Iraq. They claim attacks against civilians "
         "in Baghdad.",
         {("Jaish al-Ta'ifa al-Mansurah", "ASSAULT", "Civilians (Iraq)", "Baghdad")}),
        ("Ansar Dine was founded in 2012. They claimed the bombing of a market in Gao.",
         {("Ansar Dine", "FIGHT", None, "Gao")}),
        # near: a pronoun that reports is the speaker's, no act of the group
        ("Ansar Dine was founded in 2012. They said the army had left Gao.", set()),
    ],
)  # fmt: skip
def test_the_pronoun_claiming_attacks_is_the_group_named_before(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Al Qaeda in Iraq attacked a market in Baqubah.", {("Al-Qaeda in Iraq", "FIGHT", None, "Baqubah")}),
        ("Al-Qaeda in the Arabian Peninsula attacked an army base in Abyan.",
         {("Al-Qaeda in the Arabian Peninsula", "FIGHT", "Government of Yemen", "Abyan")}),
        # near: "in Yemen" after a group noun is where, no name
        ("Al-Qaeda fighters in Yemen attacked an army base in Abyan.",
         {("Al-Qaeda", "FIGHT", "Government of Yemen", "Abyan")}),
    ],
)  # fmt: skip
def test_a_name_with_a_place_tail_is_read_whole(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The commander was killed by the coalition near Raqqa.",
         {("US-led coalition", "FIGHT", None, "Ar Raqqah")}),
        ("Two civilians were killed by the coalition in Mosul.",
         {("US-led coalition", "ASSAULT", "Civilians (Iraq)", "Mosul")}),
        # near: a complement of its own makes it another body
        ("The coalition of rebel groups attacked Idlib.",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Idlib")}),
    ],
)  # fmt: skip
def test_a_body_noun_with_a_place_is_the_body_acting_there(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Abu Ghadiya was a militant. He smuggled weapons into Iraq. He was killed by US forces in Syria.",
         {("Military Forces of the United States", "FIGHT", "Abu Ghadiya", "Syria")}),
        ("Moussa Ag Ali was a rebel commander in Mali. He was arrested by French troops in Gao.",
         {("French Armed Forces", "COERCE", "Moussa Ag Ali", "Gao")}),
        # near: a group before, no person: the older reading stands
        ("The Taliban attacked Kunduz. He was killed by US forces in Helmand.",
         {("Taliban", "FIGHT", None, "Kunduz"),
          ("Military Forces of the United States", "FIGHT", "Taliban", "Helmand")}),
    ],
)  # fmt: skip
def test_a_passive_pronoun_is_the_person_told_before(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Coalition forces attacked insurgents in Fallujah.", "2005-11-10",
         {("Multi-National Force – Iraq", "FIGHT", "Unidentified Armed Group (Iraq)", "Al Fallūjah")}),
        ("The coalition shelled insurgents near Fallujah.", "2007-03-02",
         {("Multi-National Force – Iraq", "FIGHT", "Unidentified Armed Group (Iraq)", "Al Fallūjah")}),
        # near: the same words after 2014 are the coalition against the Islamic State
        ("Coalition forces attacked insurgents in Fallujah.", "2016-05-10",
         {("US-led coalition", "FIGHT", "Unidentified Armed Group (Iraq)", "Al Fallūjah")}),
    ],
)  # fmt: skip
def test_the_coalition_of_the_iraq_war(text: str, published: str, expected: set[Row]) -> None:
    assert dated_rows(text, "en", published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the knowledge base's Nouri al-Maliki (Iraq's prime minister 2006-2014), also by his surname
        ("Prime Minister Nouri al-Maliki appointed him. The U.S. military rejected Maliki's first choice.",
         {("Military Forces of the United States", "REJECT", "Iraq", None)}),
        ("Maliki condemned the bombing of a market in Baghdad.", {("Iraq", "ACCUSE", None, "Baghdad")}),
        # near: "al-Maliki" alone stays the Saudi-led coalition's spokesman
        ("Turki al-Maliki said the coalition struck a Houthi base in Saada.",
         {("Saudi-led coalition", "FIGHT", "Houthis", "Sa'dah")}),
    ],
)  # fmt: skip
def test_nouri_al_maliki(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deputy Secretary of State Antony Blinken will travel to Iraq. He will also meet with senior U.S. "
         "officers to review our continuing support for the Popular Mobilization Forces, the Iraqi Armed "
         "Forces and other units in support of the coalition air campaign against ISIL.",
         {("United States", "SUPPORT", "Iraqi Security Forces", None),
          ("United States", "SUPPORT", "Popular Mobilization Forces", None),
          ("US-led coalition", "FIGHT", "Islamic State", None)}),
        ("The United Kingdom welcomed the agreement. The minister discussed our continued support for the "
         "Peshmerga with Kurdish leaders.",
         {("United Kingdom", "SUPPORT", "Peshmerga", None)}),
        # near: support discussed with no sign it goes on is only what the talks are about
        ("The United Kingdom welcomed the agreement. The minister discussed our support for the Peshmerga "
         "with Kurdish leaders.", set()),
    ],
)  # fmt: skip
def test_an_act_going_on_stands_inside_talks(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
