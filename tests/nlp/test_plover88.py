"""English round plover88: PLOVER categories covered by their common verbs, so that sentences never
read carry. A promise of a violent or coercive act or of a sanction ("vowed to attack the capital",
"pledged to step up attacks on X": the event noun a light verb carries in the infinitive) is a threat
(CAMEO 13), which stands with no target as "threatened to attack" does (nlp/events/promised_gifts.py);
"vow" and "swear" promise as "pledge" does. Common verbs and verb-object pairs of whole categories
(lexicon data): petition (REQUEST); decline an offer, resist pressure, brush aside / shrug off
(REJECT); accede to demands, return prisoners or bodies, concede defeat, relent (CONCEDE);
disengage (RETREAT); hijack a vehicle (ASSAULT, CAMEO 181); bulldoze homes, dissolve or shut down
parties and newspapers (COERCE); cancel talks, deny or bar entry (SANCTION); file or bring a lawsuit
(ACCUSE, CAMEO 115); violate or break a ceasefire (FIGHT, CAMEO 196); express willingness, settle a
dispute, accept an invitation, assure, reach an understanding or a compromise (AGREE); martial law
imposed or declared (MOBILIZE, as a curfew is); refugees sheltered, civilians evacuated (AID); attend
a conference or meeting (CONSULT); express regret (SUPPORT, CAMEO 055); ignore demands (REJECT). A
protest verb addressed to an actor ("protested to Japan over X") is a complaint (ACCUSE, CAMEO 114;
nlp/events/official_protests.py), and a name a people noun titles is people a capture verb takes
("freed opposition leader Aung San Suu Kyi": a release, nlp/events/abductions.people_noun)."""

from __future__ import annotations

import pytest
from unit._extract import en_rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rebels vowed to attack the capital.",
         {("Unidentified Armed Group", "THREATEN", None, None)}),
        ("Hezbollah vowed to retaliate against Israel.",
         {("Hezbollah", "THREATEN", "Israel", None)}),
        ("Al-Shabaab pledged to step up attacks on Kenyan troops.",
         {("Al-Shabaab", "THREATEN", "Kenya", None)}),
        ("The Houthis vowed to launch more raids on Saudi Arabia.",
         {("Houthis", "THREATEN", "Saudi Arabia", "Saudi Arabia")}),
        ("Sudan vowed to work with Chad for peace.",
         {("Sudan", "AGREE", "Chad", None)}),
        ("Nigeria vowed to cooperate with Cameroon against Boko Haram.",
         {("Nigeria", "AGREE", "Cameroon", None)}),
        # to a goal, through an aspect verb: a threat, its goal hypothetical
        ("The rebels swore to keep fighting until they take Gao.",
         {("Unidentified Armed Group", "THREATEN", None, None),
          ("Unidentified Armed Group (Mali)", "CAPTURE", None, "Gao")}),
        # a bare hostile act promised needs a party threatened
        ("The rebels vowed to retaliate.", set()),
        ("The new president was sworn in on Monday.", set()),
        ("Libya has offered to hand over two suspects to Britain.",
         {("Libya", "AGREE", "United Kingdom", None)}),
    ],
)  # fmt: skip
def test_promises_of_hostile_acts(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Somalia petitioned the UN Security Council for more peacekeepers.",
         {("Somalia", "REQUEST", "UN Security Council", None)}),
        ("Chad petitioned the African Union for help against the rebels.",
         {("Chad", "REQUEST", "African Union", None)}),
        ("Hamas declined an invitation from Egypt to attend the talks.",
         {("Hamas", "REJECT", "Egypt", None)}),
        ("Syria declined the Arab League's offer of mediation.",
         {("Syria", "REJECT", "Arab League", None)}),
        ("Oil exports from Nigeria declined sharply in March.", set()),
        ("India resisted pressure from the United States to sign the treaty.",
         {("India", "REJECT", "United States", None), ("United States", "REQUEST", "India", None)}),
        ("Iran resisted demands from the IAEA to open the site.",
         {("Iran", "REJECT", "International Atomic Energy Agency", None)}),
        ("Troops resisted the rebel assault on Goma.", set()),
        ("The Kremlin brushed aside criticism from Washington.",
         {("Russia", "REJECT", None, None)}),
        ("Venezuela shrugged off the threats of the United States.",
         {("Venezuela", "REJECT", None, None)}),
        ("The delegates brushed aside the rain.", set()),
        ("The government of Togo acceded to the demands of the opposition.",
         {("Togo", "CONCEDE", "Opposition (Togo)", None)}),
        ("Kenya acceded to a request from Somalia for more troops.",
         {("Kenya", "CONCEDE", None, None)}),
        ("The committee acceded to the chair in March.", set()),
        ("Iraq returned 40 prisoners of war to Iran.",
         {("Iraq", "CONCEDE", "Iran", None)}),
        ("Israel returned the bodies of three Hezbollah fighters to Lebanon.",
         {("Israel", "CONCEDE", None, None)}),
        ("The refugees returned to Aleppo last week.", set()),
        ("The Kenyan president conceded defeat.",
         {("Kenya", "CONCEDE", None, None)}),
        ("The Zambian opposition leader conceded defeat to President Hichilema.",
         {("Zambia", "CONCEDE", "Hichilema", None)}),
        ("The minister conceded that the plan had failed.", set()),
        ("The Serbian government relented.",
         {("Serbia", "CONCEDE", None, None)}),
        ("Ethiopian troops disengaged from the disputed border town of Badme.",
         {("Ethiopian National Defense Force", "RETREAT", None, "Badme")}),
        ("The two armies began to disengage along the front line.",
         {("Military Forces", "RETREAT", None, None)}),
        ("Pirates hijacked a Greek tanker off Somalia.",
         {("Unidentified Armed Group (Somalia)", "ASSAULT", "Greece", "Somalia")}),
        ("Gunmen hijacked a bus carrying pilgrims near Quetta.", set()),
        ("Hackers hijacked the website of the ministry.", set()),
        ("Israeli troops bulldozed Palestinian homes in Hebron.",
         {("Israel Defense Forces", "COERCE", "Palestine", "Hebron")}),
        ("Workers bulldozed the old stadium in Lagos.", set()),
        ("The military government of Myanmar dissolved the opposition party.",
         {("Tatmadaw", "COERCE", "Opposition", None)}),
        ("The Thai constitutional court dissolved the main opposition party.",
         {("Thailand", "COERCE", "Opposition (Thailand)", None)}),
        ("The company dissolved its board.", set()),
        ("The Turkish government shut down three opposition newspapers.",
         {("Turkey", "COERCE", None, None)}),
        ("Authorities in Egypt shut down an opposition television station.",
         {("Egypt", "COERCE", None, "Egypt")}),
        ("The factory shut down in March.", set()),
    ],
)  # fmt: skip
def test_category_verbs(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen hijacked a plane flying from Karachi to Kabul.",
         {("Unidentified Armed Group (Pakistan)", "ASSAULT", None, None)}),
        ("Britain cancelled talks with Iran.",
         {("United Kingdom", "SANCTION", "Iran", None)}),
        ("Japan cancelled the summit with South Korea.",
         {("Japan", "SANCTION", "South Korea", None)}),
        ("Kenya cancelled the marathon in Nairobi.", set()),
        ("Ecuador filed a lawsuit against Colombia at the International Court of Justice.",
         {("Ecuador", "ACCUSE", "Colombia", None)}),
        ("Bolivia brought a case against Chile before the court in The Hague.",
         {("Bolivia", "ACCUSE", "Chile", "The Hague")}),
        ("The farmer filed a lawsuit over the broken fence.", set()),
        ("Turkey denied entry to the Armenian foreign minister.",
         {("Turkey", "SANCTION", "Armenia", None)}),
        ("Israel barred entry to two members of the European Parliament.",
         {("Israel", "SANCTION", "European Parliament", None)}),
        ("The hospital denied entry to visitors on Sunday.", set()),
        ("Government forces violated the ceasefire in Donetsk.",
         {("Armed Forces of Ukraine", "FIGHT", None, "Donetsk")}),
        ("The rebels broke the truce near Aleppo.",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Aleppo")}),
        ("Israel and Hamas observed the truce in Gaza.",
         {("Hamas", "AGREE", "Israel", "Gaza"), ("Israel", "AGREE", "Hamas", "Gaza")}),
        ("Iran expressed willingness to negotiate with the European Union.",
         {("Iran", "AGREE", "European Union", None)}),
        ("North Korea expressed readiness to resume talks with the United States.",
         {("North Korea", "AGREE", None, None)}),
        ("Jordan and Syria settled their border dispute.",
         {("Jordan", "AGREE", "Syria", None), ("Syria", "AGREE", "Jordan", None)}),
        ("Peru and Ecuador settled their differences in Brasilia.",
         {("Ecuador", "AGREE", "Peru", "Brasília"), ("Peru", "AGREE", "Ecuador", "Brasília")}),
        ("The company settled the dispute with its workers.", set()),
        ("Turkey accepted the invitation of Greece to hold talks.",
         {("Turkey", "AGREE", "Greece", None), ("Turkey", "CONSULT", "Greece", None)}),
        ("The Pakistani prime minister accepted an invitation from China.",
         {("Pakistan", "AGREE", "China", None)}),
        ("The army imposed martial law in the southern provinces of the Philippines.",
         {("Military Forces of the Philippines", "MOBILIZE", None, None)}),
        ("The Pakistani president declared martial law in Karachi.",
         {("Pakistan", "MOBILIZE", None, "Karachi")}),
        ("Parliament debated the martial law of 1972.", set()),
        ("Turkey sheltered thousands of Syrian refugees.",
         {("Turkey", "AID", None, None)}),
        ("Jordan sheltered refugees from Iraq.",
         {("Jordan", "AID", None, None)}),
        ("The families sheltered from the storm.", set()),
    ],
)  # fmt: skip
def test_category_verb_objects(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Burma freed opposition leader Aung San Suu Kyi.",
         {("Myanmar", "CONCEDE", "Aung San", None)}),
        ("Cuban authorities freed the journalist Raul Rivero.",
         {("Cuba", "CONCEDE", "Raul Rivero", None)}),
        ("Militants seized the aid worker John Smith near Gao.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Gao")}),
        ("The army freed Palmyra from the Islamic State.",
         {("Syrian Arab Army", "CAPTURE", None, "Tadmur")}),
        ("Rebels seized the town of Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
    ],
)  # fmt: skip
def test_named_people_freed_or_seized(text: str, expected: set[Row]) -> None:
    """A name a people noun titles, taken by a capture verb, is people taken
    (nlp/events/abductions.people_noun): freed, a release (CONCEDE); a town stays a capture."""
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Croatia assured Bosnia that it would respect its borders.",
         {("Croatia", "AGREE", "Bosnia and Herzegovina", None)}),
        ("China assured Vietnam that it would not send troops.",
         {("China", "AGREE", "Vietnam", None)}),
        ("The victory assured the team a place in the final.", set()),
        ("The Libyan prime minister attended a meeting with Tunisian officials in Tunis.",
         {("Libya", "CONSULT", "Tunisia", "Tunis")}),
        ("The minister attended a conference on climate in Paris.", set()),
        ("Pakistan expressed regret to India over the border incident.",
         {("Pakistan", "SUPPORT", "India", None)}),
        ("Japan voiced regret to South Korea for the wartime abuses.",
         {("Japan", "SUPPORT", "South Korea", None)}),
        ("The coach expressed regret over the defeat.", set()),
        ("The Red Cross evacuated wounded civilians from Grozny.",
         {("International Committee of the Red Cross", "AID", None, None)}),
        ("UN peacekeepers evacuated hundreds of residents from Bor.",
         {("United Nations", "AID", None, None)}),
        ("The army evacuated the town of Kidal.",
         {("Malian Armed Forces", "RETREAT", None, "Kidal")}),
        ("The Iraqi foreign minister attended a conference with Saudi officials in Riyadh.",
         {("Iraq", "CONSULT", "Saudi Arabia", "Riyadh")}),
    ],
)  # fmt: skip
def test_assurances_meetings_regrets_evacuations(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana protested to Nigeria over the expulsion of its citizens.",
         {("Ghana", "ACCUSE", "Nigeria", None)}),
        ("China protested to Japan over the new history textbooks.",
         {("China", "ACCUSE", "Japan", None)}),
        ("Students protested to the governor of Lagos over fees.",
         {("Protesters (Nigeria)", "PROTEST", None, "Lagos")}),
        ("Thousands of Kurds protested in Istanbul against the arrest of Ocalan.",
         {("Protesters (Turkey)", "PROTEST", None, "Istanbul")}),
    ],
)  # fmt: skip
def test_protests_lodged_with_a_party(text: str, expected: set[Row]) -> None:
    """nlp/events/official_protests.py: a state's protest to another is a complaint (ACCUSE 114)."""
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India and China reached an understanding on trade.",
         {("China", "AGREE", "India", None), ("India", "AGREE", "China", None)}),
        ("Greece and Turkey reached a compromise on the island dispute.",
         {("Greece", "AGREE", "Turkey", None), ("Turkey", "AGREE", "Greece", None)}),
        ("Turkish troops reached the outskirts of Afrin.",
         {("Military Forces of Turkey", "MOBILIZE", None, "‘Afrīn")}),
        ("Syria ignored the demands of the United States.",
         {("Syria", "REJECT", "United States", None)}),
        ("North Korea ignored a warning from Japan.",
         {("North Korea", "REJECT", "Japan", None)}),
        ("The driver ignored the traffic lights in Nairobi.", set()),
    ],
)  # fmt: skip
def test_understandings_reached_and_demands_ignored(text: str, expected: set[Row]) -> None:
    """An understanding or a compromise reached is an agreement (no troops arriving); demands or
    warnings ignored are rejected (REJECT); lights ignored are nothing."""
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Nigerian army pledged to continue its campaign against Boko Haram.",
         {("Nigerian Armed Forces", "FIGHT", "Boko Haram", None)}),
        ("Kenya vowed to continue its war against al-Shabaab.",
         {("Kenya", "FIGHT", "Al-Shabaab", None)}),
        ("The president vowed to continue the fight against corruption.", set()),
        # help promised to go on stays a promise
        ("Canada has promised to continue its military aid to Ukraine.",
         {("Canada", "AGREE", "Ukraine", None)}),
    ],
)  # fmt: skip
def test_promises_to_continue_a_fight(text: str, expected: set[Row]) -> None:
    """A promise to continue an act tells the act going on, no threat nor promise
    (nlp/events/promised_gifts.continued_act)."""
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("India moved troops to the border with Pakistan.",
         {("India", "MOBILIZE", None, None)}),
        ("Russia moved tanks and artillery closer to the Ukrainian border.",
         {("Russia", "MOBILIZE", None, None)}),
        ("The company moved its offices to Nairobi.", set()),
        ("Egypt raised the alert level of its forces in Sinai.",
         {("Egypt", "MOBILIZE", None, "Sinai Peninsula")}),
        ("The Pakistani army raised its alert along the Line of Control.",
         {("Military Forces of Pakistan", "MOBILIZE", None, None)}),
        ("The storm raised the water level in Lagos.", set()),
        ("The government of Bahrain revoked the citizenship of 31 activists.",
         {("Bahrain", "COERCE", "Civilians (Bahrain)", None)}),
        ("Kuwait revoked the nationality of ten Bedouin activists.",
         {("Kuwait", "COERCE", "Bedouin", None)}),
        ("The university revoked the licence of the cafeteria.", set()),
    ],
)  # fmt: skip
def test_troops_moved_alerts_raised_citizenship_revoked(text: str, expected: set[Row]) -> None:
    """Troops moved and an alert raised show force (MOBILIZE); citizenship revoked is coercion."""
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lebanon sought the help of France to end the crisis.",
         {("Lebanon", "REQUEST", "France", None)}),
        ("Haiti sought the assistance of the United Nations.",
         {("Haiti", "REQUEST", "United Nations", None)}),
        ("Chad sought help from France against the rebels.",
         {("Chad", "REQUEST", "France", None)}),
        ("The farmers sought the help of a lawyer.", set()),
        ("Mali sought the support of its neighbours.", set()),
    ],
)  # fmt: skip
def test_help_sought_of_a_party(text: str, expected: set[Row]) -> None:
    """Help sought "of" a party asks it, as help sought "from" it does (REQUEST); of no actor, nothing."""
    assert en_rows(text) == expected
