"""English round plover89: PLOVER categories covered by more of their common verbs and nouns (lexicon data
only), so that sentences never read carry: questioning people (INVESTIGATE, only with people as the
object: "questioned the legality of X" is none); amassing, redeploying, positioning or rushing troops
(MOBILIZE), a redeployment or a buildup; coordinating or partnering with, war games held with another
(COOPERATE); championing or sympathizing with an actor, solidarity with one (SUPPORT); cautioning
(THREATEN, as "warn"); assailing, chiding, faulting someone, a complaint against or a rebuke of them
(ACCUSE); repudiating, flouting, snubbing, balking, renouncing a treaty, a veto (REJECT); conceding or
yielding to someone, waiving sanctions, a concession (CONCEDE); suppressing or quelling a protest or an
uprising (COERCE, CAMEO 175: only with such an object); financing or bankrolling someone (AID);
disarming, vacating positions, a pullback, disarmament (RETREAT); consenting, concurring, reconciling, a
memorandum, a reconciliation, accepting or approving a resolution, terms or mediation and any pact noun
(AGREE); lobbying (REQUEST) and a plea to someone; slaughtering or butchering people (ASSAULT); halting
or suspending arms sales (SANCTION)."""

from __future__ import annotations

import pytest
from unit._extract import en_rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egyptian police questioned two journalists about their reports.",
         {("Police Forces of Egypt", "INVESTIGATE", "Journalists (Egypt)", None)}),
        ("Kenyan police questioned three men over the bombing of the market.",
         {("Police Forces of Kenya", "INVESTIGATE", "Civilians (Kenya)", None)}),
        ("Kenyan police questioned three suspects on Tuesday.",
         {("Police Forces of Kenya", "INVESTIGATE", None, None)}),
        # questioning a thing is doubting it, no interrogation
        ("Kenyan police questioned the legality of the strike.", set()),
        ("Egypt questioned the sincerity of Israel.", set()),
    ],
)  # fmt: skip
def test_questioning_people(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia amassed tanks near the Ukrainian border, officials said.",
         {("Russia", "MOBILIZE", None, None)}),
        ("Pakistan redeployed two divisions to the Afghan border.",
         {("Pakistan", "MOBILIZE", None, None)}),
        ("India positioned warships off the coast of Sri Lanka.",
         {("India", "MOBILIZE", None, "Sri Lanka")}),
        ("Nigeria rushed troops to the northern town of Maiduguri.",
         {("Nigeria", "MOBILIZE", None, "Maiduguri")}),
        ("Turkey began a redeployment of its troops to the Syrian border.",
         {("Turkey", "MOBILIZE", None, None)}),
        ("Russia continued a military buildup near the Ukrainian border.",
         {("Russia", "MOBILIZE", None, None)}),
        # positioning oneself is no mobilization
        ("India positioned itself as a mediator.", set()),
    ],
)  # fmt: skip
def test_mobilizing_forces(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France coordinated with Morocco on counter-terrorism.",
         {("France", "COOPERATE", "Morocco", None)}),
        ("France partnered with Morocco to train police officers.",
         {("France", "COOPERATE", "Morocco", None), ("France", "AID", "Police Forces", None)}),
        ("Russia began war games with China in the Sea of Japan.",
         {("Russia", "COOPERATE", "China", "Sea of Japan")}),
        # war games of one state alone are no cooperation, nor games that are no war games
        ("Iran held war games near the Strait of Hormuz.", set()),
        ("Kenya and Uganda held football games in Nairobi.", set()),
    ],
)  # fmt: skip
def test_cooperation(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran championed the cause of the Palestinians.",
         {("Iran", "SUPPORT", "Palestine", None)}),
        ("Egypt sympathized with the Palestinians.",
         {("Egypt", "SUPPORT", "Palestine", None)}),
        ("Cuba expressed solidarity with Venezuela.",
         {("Cuba", "SUPPORT", "Venezuela", None)}),
        # sympathy with an idea supports no one
        ("Egypt sympathized with the idea of a truce.", set()),
    ],
)  # fmt: skip
def test_support(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain cautioned Iran against closing the Strait of Hormuz.",
         {("United Kingdom", "THREATEN", "Iran", None)}),
        ("Iran assailed the United States for its support of Israel.",
         {("Iran", "ACCUSE", "United States", None)}),
        ("China chided Japan over the visit.",
         {("China", "ACCUSE", "Japan", None)}),
        ("Iran lodged a complaint against Iraq at the United Nations.",
         {("Iran", "ACCUSE", "Iraq", None)}),
        ("Egypt filed a complaint against Israel.",
         {("Egypt", "ACCUSE", "Israel", None)}),
    ],
)  # fmt: skip
def test_threats_and_accusations(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels repudiated the agreement signed by their leaders.",
         {("Unidentified Armed Group", "REJECT", None, None)}),
        ("Egypt snubbed Israel by refusing to send its envoy.",
         {("Egypt", "REJECT", "Israel", None)}),
        ("The militia flouted the ban on carrying weapons.",
         {("Unidentified Communal Militia", "REJECT", None, None)}),
        ("North Korea renounced the armistice agreement with South Korea.",
         {("North Korea", "REJECT", "South Korea", None)}),
        ("North Korea balked at the inspections.",
         {("North Korea", "REJECT", None, None)}),
        ("Russia used its veto to block the resolution on Syria.",
         {("Russia", "REJECT", None, None)}),
    ],
)  # fmt: skip
def test_rejections(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ethiopia conceded to Eritrea on the border dispute.",
         {("Ethiopia", "CONCEDE", "Eritrea", None)}),
        ("The United States waived sanctions on India.",
         {("United States", "CONCEDE", "India", "India")}),
        ("Pakistan yielded to American pressure.",
         {("Pakistan", "CONCEDE", "United States", None)}),
        # a match conceded, a town yielded: no concession to a party (a town given up is a capture's)
        ("Kenya conceded the match to Uganda.", set()),
        ("The rebels yielded the town to government forces.", set()),
        ("Israel made a concession to the Palestinians on settlements.",
         {("Israel", "CONCEDE", "Palestine", None)}),
        ("Syrian troops vacated their positions in Beirut.",
         {("Syrian Arab Army", "RETREAT", None, "Beirut")}),
        ("Syria announced a pullback of its troops from Beirut.",
         {("Syria", "RETREAT", None, "Beirut")}),
        ("The rebels agreed to disarm by the end of the year.",
         {("Unidentified Armed Group", "AGREE", None, None),
          ("Unidentified Armed Group", "RETREAT", None, None)}),
        ("The disarmament of the militias began on Monday in Liberia.",
         {("Unidentified Communal Militia (Liberia)", "RETREAT", None, "Liberia")}),
    ],
)  # fmt: skip
def test_concessions_and_retreats(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egyptian police suppressed the demonstration in Cairo.",
         {("Police Forces of Egypt", "COERCE", "Protesters (Egypt)", "Cairo")}),
        ("Burmese troops quelled the uprising in Rangoon.",
         {("Tatmadaw", "COERCE", None, "Yangon")}),
        ("Gunmen slaughtered 30 villagers in northern Nigeria.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "northern Nigeria")}),
        ("Militants butchered a family of five in Kashmir.",
         {("Unidentified Armed Group", "ASSAULT", "Civilians", None)}),
        ("Saudi Arabia financed the rebels fighting the government.",
         {("Saudi Arabia", "AID", "Unidentified Armed Group", None),
          ("Unidentified Armed Group (Saudi Arabia)", "FIGHT", "Saudi Arabia", None)}),
        ("Qatar bankrolled the militia for years.",
         {("Qatar", "AID", "Unidentified Communal Militia", None)}),
        ("Germany halted arms sales to Turkey.",
         {("Germany", "SANCTION", "Turkey", None)}),
        ("Thirty villagers were slaughtered by gunmen in northern Nigeria.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "northern Nigeria")}),
        # animals slaughtered are no people killed; suppressing what is no protest is no repression
        ("Villagers slaughtered 30 goats for the feast.", set()),
        ("Egypt suppressed the report on the economy.", set()),
    ],
)  # fmt: skip
def test_coercion_assault_aid_sanction(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syria consented to the deployment of UN observers.",
         {("Syria", "AGREE", "United Nations", None), ("United Nations", "MOBILIZE", None, None)}),
        ("Britain concurred with France on the need for sanctions.",
         {("United Kingdom", "AGREE", "France", None)}),
        ("Ethiopia and Eritrea reconciled after years of war.",
         {("Ethiopia", "AGREE", "Eritrea", None), ("Eritrea", "AGREE", "Ethiopia", None)}),
        ("Rwanda and Uganda signed a memorandum of understanding on border security.",
         {("Rwanda", "AGREE", "Uganda", None), ("Uganda", "AGREE", "Rwanda", None)}),
        ("The reconciliation between Ethiopia and Eritrea was welcomed.",
         {("Ethiopia", "AGREE", "Eritrea", None), ("Eritrea", "AGREE", "Ethiopia", None)}),
        ("Israel lobbied Washington to block the resolution.",
         {("Israel", "REQUEST", "United States", None)}),
        ("Kenya made a plea to the United Nations for help.",
         {("Kenya", "REQUEST", "United Nations", None)}),
        ("Somalia's president made a plea to Kenya for help.",
         {("Somalia", "REQUEST", "Kenya", None)}),
        ("Iraq accepted the UN resolution on Tuesday.", {("Iraq", "AGREE", None, None)}),
        ("Iraq said it would never accept the UN resolution.", {("Iraq", "REJECT", None, None)}),
        ("The Lebanese parliament approved the memorandum with Syria.",
         {("Lebanon", "AGREE", "Syria", None)}),
        # a resignation accepted, homes approved: no pact
        ("Iraq accepted the resignation of the minister.", set()),
        ("Israel approved the construction of new homes in the West Bank.", set()),
    ],
)  # fmt: skip
def test_agreements_and_requests(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected
