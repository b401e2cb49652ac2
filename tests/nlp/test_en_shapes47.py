"""English shapes left alone last round (issue 14, round en47): sentences of our own, as exact (actor,
type, target, place) rows. A junta dealing with the only state the text names is not that state's own
army; thwarting or foiling an attack fights its author; defeating a side is a fight by forces only,
also as the second of two verbs; disappearing someone is an abduction; a deal not accepted is
rejected in any tense; an attack on a patrol, a convoy or a checkpoint is on the force it belongs to;
a list of counted tolls names victims, never attackers; a past verb the parser hung on a noun of the
subject, with a bare present participle as the root, is the clause's verb."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
MALI_ARMY = "Malian Armed Forces"
UAG_MALI = "Unidentified Armed Group (Mali)"
DRC_FORCES = "Armed Forces of the Democratic Republic of the Congo"
UAG_DRC = "Unidentified Armed Group (Democratic Republic of Congo)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # no country told for the junta: the context's is the one it deals with, not its own
        ("The junta expelled the French diplomats.", {("Military Forces", "SANCTION", "France", None)}),
        ("The junta condemned France.", {("Military Forces", "ACCUSE", "France", None)}),
        # its country told: that state acts
        ("The junta in Bamako expelled the French ambassador.", {("Mali", "SANCTION", "France", "Bamako")}),
        ("The Malian junta accused France of espionage.", {("Mali", "ACCUSE", "France", None)}),
    ],
)  # fmt: skip
def test_junta_of_no_country_told(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops thwarted incursions by the militants near Gao.",
         {(MALI_ARMY, "FIGHT", UAG_MALI, "Gao")}),
        ("Troops foiled an attack by jihadists near Gao.", {(MALI_ARMY, "FIGHT", UAG_MALI, "Gao")}),
        ("Soldiers thwarted an incursion of Boko Haram fighters in Borno.",
         {("Nigerian Armed Forces", "FIGHT", "Boko Haram", "Borno")}),
        # a crime thwarted is no fight
        ("Police thwarted a robbery in Lagos.", set()),
    ],
)  # fmt: skip
def test_thwarted_attacks(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Troops defeated the rebels near Goma.", {(DRC_FORCES, "FIGHT", UAG_DRC, "Goma")}),
        # two verbs, one act: the second verb's subject is the first one's
        ("Troops fought and defeated the rebels near Goma.", {(DRC_FORCES, "FIGHT", UAG_DRC, "Goma")}),
        ("Troops clashed with and routed the rebels near Goma.", {(DRC_FORCES, "FIGHT", UAG_DRC, "Goma")}),
        ("Soldiers shot and killed two militants near Gao.", {(MALI_ARMY, "FIGHT", UAG_MALI, "Gao")}),
        ("Gunmen shot and killed a farmer in Kaduna.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kaduna")}),
        # an election won is no fight
        ("The ruling party defeated the opposition in the elections.", set()),
    ],
)  # fmt: skip
def test_two_verbs_one_fight(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Security forces forcibly disappeared a journalist in Cairo.",
         {("Police Forces of Egypt", "ASSAULT", "Journalists (Egypt)", "Cairo")}),
        ("Militiamen disappeared two farmers in Ituri.",
         {("Unidentified Communal Militia (Democratic Republic of Congo)", "ASSAULT",
           "Civilians (Democratic Republic of Congo)", "Ituri")}),
        # someone who disappeared was made to by no one the text names
        ("The journalist disappeared in Cairo.", set()),
    ],
)  # fmt: skip
def test_forced_disappearance(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Houthis did not accept the truce.", {("Houthis", "REJECT", None, None)}),
        ("The Houthis said they would not accept the deal.", {("Houthis", "REJECT", None, None)}),
        ("The M23 will not accept the agreement with the government.", {("M23", "REJECT", "DR Congo", None)}),
        ("The Houthis reneged on the Stockholm deal.", {("Houthis", "REJECT", None, None)}),
        ("The Houthis accepted the truce.", {("Houthis", "AGREE", None, None)}),
    ],
)  # fmt: skip
def test_deal_not_accepted(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a patrol with no owner named: the military of the article's country
        ("Ambush on a patrol near Gao.", {(UAG_MALI, "FIGHT", MALI_ARMY, "Gao")}),
        ("Ambush on army patrol near Menaka.", {(UAG_MALI, "FIGHT", MALI_ARMY, "Ménaka")}),
        ("Ambush on a police patrol near Kandahar.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Police Forces of Afghanistan", "Kandahār")}),
        ("Militants ambushed an army patrol near Gao.", {(UAG_MALI, "FIGHT", MALI_ARMY, "Gao")}),
        ("Taliban fighters attacked a police station in Kunduz.",
         {("Taliban", "FIGHT", "Police Forces of Afghanistan", "Kunduz")}),
    ],
)  # fmt: skip
def test_force_sites_attacked(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the counted soldiers were killed (the tagger's past tense), the civilians hurt: no side of them
        # attacks; the attack is the unnamed group's, on the soldiers' forces (round en50)
        ("Three soldiers killed, two civilians wounded in attack on army checkpoint near Gao.",
         {(UAG_MALI, "FIGHT", MALI_ARMY, "army checkpoint near Gao"),
          (UAG_MALI, "ASSAULT", "Civilians (Mali)", "Gao")}),
        ("Two soldiers killed, five civilians injured in attack on checkpoint near Gao.",
         {(UAG_MALI, "FIGHT", MALI_ARMY, "checkpoint near Gao"),
          (UAG_MALI, "ASSAULT", "Civilians (Mali)", "checkpoint near Gao")}),
        # a past tense with its object stays the act of its subject
        ("Three soldiers killed two militants, one rebel surrendered near Gao.",
         {(MALI_ARMY, "FIGHT", UAG_MALI, "Gao"), (UAG_MALI, "CONCEDE", None, "Gao")}),
    ],
)  # fmt: skip
def test_listed_tolls(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one surrendered to is the target
        ("The UPLC surrendered to the army.", {("UPLC", "CONCEDE", "Military Forces", None)}),
        ("Fifty Boko Haram fighters surrendered to Nigerian troops in Borno.",
         {("Boko Haram", "CONCEDE", "Nigerian Armed Forces", "Borno")}),
    ],
)  # fmt: skip
def test_surrendered_to(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser makes "protested" qualify "restaurants" and "demanding" the root: the past form
        # in the subject's phrase is the clause's verb
        ("Owners of restaurants protested in Kyiv demanding higher wages.",
         {("Protesters (Ukraine)", "PROTEST", None, "Kyiv")}),
        ("Followers of a jailed cleric protested in Gujrat city demanding his release.",
         {("Protesters (Pakistan)", "PROTEST", None, "Gujrat")}),
        # a passive participle stays the noun's qualifier: no verb told
        ("Residents displaced by floods seeking shelter in Kyiv.", set()),
    ],
)  # fmt: skip
def test_past_verb_read_as_qualifier(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
