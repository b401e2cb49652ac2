"""English news snippets of wars told by political, diplomatic and economic coverage (issue 14, round case89):
an eighteenth battery, other than case53's to case88's, in the register of Politico, the Financial Times,
Bloomberg, The Economist, Foreign Policy, Axios, Euractiv, Nikkei Asia, the South China Morning Post and
Devex: sanctions packages and blacklists, arms deliveries, military aid and loans, talks and mediation,
prisoner swaps, threats, expulsions of diplomats and recalls of ambassadors, deployments and drills,
seizures of ships, cyber-attacks attributed to a state, accusations and denials, UN votes; violent events
told in passing inside such sentences ("as Russian drones struck Odesa overnight"); capitals and buildings
standing for governments ("the Kremlin", "Beijing", "the White House", "the Pentagon"), "the bloc", "the
alliance", "Tehran-backed militias", "Iran's proxies". A snippet of a diplomatic act carries its PLOVER
type (the ACLED sub-event types have none for it) and must get a row of that type; one of a violent or
strategic event carries its ACLED sub-event type, judged as the older batteries are. Six snippets of the
same press give no row at all (a rate decision, quarterly earnings, a takeover, a trade show, a tariff
review, a minister meeting business leaders); then the general rules this round added, each with a second
sentence and a near sentence it must not fire on.

Battery at the start of the round: 15 of 40 gave the rows below (and 5 of the 6 snippets of no conflict
type none); after: 27 of 40 (and 5 of 6: a company agreeing to buy another is still an agreement).

Families read by this round's general rules: seas, gulfs, straits and shoals named with 'of' or alone
('the Gulf of Oman', 'the Gulf', 'Second Thomas Shoal': en.json water_nouns, places/curated.toml); ships
and tankers seized as property (seizable_nouns); prisoners swapped (verb_object); 'the Jewish state'
(kb/countries.tsv); a conference's venue, a meeting's place and a speaker's capital as no sign of the
article's country (nlp/venue_places.py); missiles fired into open waters as a show of force, and water
cannon fired at a boat as coercion (nlp/events/weapon_tests.py); where a load or a vessel was bound as no
place (nlp/events/whither.py); 'Tehran-backed' and 'Iran-aligned' militias (kb/actors/syria.toml)."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows
from unit._snippets import fitting

from conflictkg.evaluate.gold import family

pytestmark = pytest.mark.nlp

PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "INVESTIGATE", "FIGHT", "ASSAULT",
}  # fmt: skip
SAF = "Sudanese Armed Forces"
RSF = "Rapid Support Forces"
IDF = "Israel Defense Forces"
UAE = "United Arab Emirates"

BATTERY: list[tuple[str, str, set[Row]]] = [
    (
        # a pledge of aid is a promise (AGREE, as 'pledge' is read since round plover88)
        "Air/drone strike",
        "Germany pledged $2bn in air-defence systems to Kyiv on Monday as Russian drones struck Odesa "
        "overnight.",
        {("Germany", "AGREE", "Ukraine", None), ("Russian Armed Forces", "FIGHT", None, "Odesa")},
    ),
    (
        "AID",
        "Japan announced a $4.5bn loan to Ukraine on Wednesday to rebuild power plants damaged by Russian "
        "strikes.",
        {("Japan", "AID", "Ukraine", None), ("Russia", "FIGHT", None, None)},
    ),
    (
        # the conditional supply by the allies is no event
        "THREATEN",
        "The Kremlin threatened to strike Western arms depots in Poland if NATO allies supplied long-range "
        "missiles to Kyiv.",
        {("Russia", "THREATEN", "NATO", "Poland")},
    ),
    (
        # 'the Jewish state' is Israel (as 'l'État hébreu')
        "SANCTION",
        "Israel recalled its ambassador from Ankara after Turkey suspended all trade with the Jewish state, "
        "the foreign ministry said.",
        {("Israel", "SANCTION", "Turkey", None), ("Turkey", "SANCTION", "Israel", None)},
    ),
    (
        "MOBILIZE",
        "The Pentagon deployed a second aircraft carrier to the eastern Mediterranean on Sunday after "
        "Hezbollah fired rockets at northern Israel.",
        {
            ("United States", "MOBILIZE", None, "Mediterranean Sea"),
            ("Hezbollah", "FIGHT", "Israel", "northern Israel"),
        },
    ),
    (
        "MOBILIZE",
        "China launched large-scale military drills around Taiwan on Monday, days after the island's "
        "president made a stopover in the United States.",
        {("China", "MOBILIZE", None, "Taiwan")},
    ),
    (
        # a ship seized is property seized (COERCE, CAMEO 171), no territory
        "Looting/property destruction",
        "Houthi rebels seized a Liberian-flagged cargo ship in the Red Sea on Sunday, raising shipping "
        "insurance costs across the Gulf.",
        {("Houthis", "COERCE", None, "Red Sea")},
    ),
    (
        # where the tanker was bound is no place of the seizure
        "Looting/property destruction",
        "Iran seized an oil tanker bound for Houston in the Gulf of Oman, the US Navy said, as talks on "
        "Tehran's nuclear programme stalled.",
        {("Iran", "COERCE", None, "Gulf of Oman")},
    ),
    (
        # 'deny' only changes what it embeds: entering waters is no event; the accusation is placed where
        # the act it tells was (as test_en_left42's 'backing the rebels in Goma')
        "ACCUSE",
        "Beijing accused Manila of provoking the clash at Scarborough Shoal, while the Philippines denied "
        "entering Chinese waters.",
        {("China", "ACCUSE", "Philippines", "Scarborough Shoal")},
    ),
    (
        "REQUEST",
        "The UN General Assembly voted on Thursday to demand an immediate ceasefire in Gaza, with the United "
        "States voting against.",
        {("UN General Assembly", "REQUEST", None, "Gaza")},
    ),
    (
        "MOBILIZE",
        "Pyongyang has sent thousands of troops to Russia's Kursk region to fight Ukrainian forces, South "
        "Korean intelligence said.",
        {
            ("North Korea", "FIGHT", "Armed Forces of Ukraine", None),
            ("North Korea", "MOBILIZE", None, "Kursk"),
        },
    ),
    (
        # a town shelled is the shelling's place, not the donors' conference abroad
        "Shelling/artillery/missile attack",
        "The RSF shelled El Fasher on Tuesday as Gulf donors pledged $1.5bn in humanitarian aid for Sudan at "
        "a conference in Paris.",
        {(RSF, "FIGHT", None, "El Fasher")},
    ),
    (
        "AID",
        "Russia delivered attack helicopters to Burkina Faso's junta last month, the state broadcaster said.",
        {("Russia", "AID", "Armed Forces of Burkina Faso", None)},
    ),
    (
        "MOBILIZE",
        "Venezuela massed troops near the border with Guyana after Nicolás Maduro claimed the oil-rich "
        "Essequibo region.",
        {("Venezuela", "MOBILIZE", None, None)},
    ),
    (
        "Agreement",
        "Armenia and Azerbaijan agreed on Thursday to exchange prisoners of war and to continue talks on a "
        "peace treaty.",
        {("Armenia", "AGREE", "Azerbaijan", None), ("Azerbaijan", "AGREE", "Armenia", None)},
    ),
    (
        "Shelling/artillery/missile attack",
        "Azerbaijani forces shelled Armenian positions near Sotk on Tuesday, Yerevan said, days before a "
        "summit in Brussels.",
        {("Azerbaijani Armed Forces", "FIGHT", "Armenian Armed Forces", "Sotk")},
    ),
    (
        # what the accused is accused of doing is no row of its own ('accused X of backing': test_en_left42)
        "Non-state actor overtakes territory",
        "Kinshasa accused Kigali of backing M23 rebels who captured Goma last week, and the United States "
        "sanctioned a Rwandan minister.",
        {
            ("DR Congo", "ACCUSE", "Rwanda", None),
            ("M23", "CAPTURE", None, "Goma"),
            ("United States", "SANCTION", "Rwanda", None),
        },
    ),
    (
        # the backing denied stays a row (its modality is "denied")
        "Armed clash",
        "Rwanda denied supporting the M23 on Monday as the rebels advanced towards Bukavu, the Financial "
        "Times reported.",
        {("M23", "FIGHT", None, "Bukavu"), ("Rwanda", "SUPPORT", "M23", "Bukavu")},
    ),
    (
        "ACCUSE",
        "Ethiopia accused Eritrea of arming Fano militias in Amhara, raising fears of a new war between the "
        "neighbours.",
        {("Ethiopia", "ACCUSE", "Eritrea", "Amhara")},
    ),
    (
        "THREATEN",
        "The Houthis threatened to attack American warships in the Red Sea if Washington struck Yemen again.",
        {("Houthis", "THREATEN", "United States", "Red Sea")},
    ),
    (
        "Looting/property destruction",
        "South Korea's navy seized a North Korean fishing boat that crossed the maritime border in the "
        "Yellow Sea, the Joint Chiefs of Staff said.",
        {("South Korea", "COERCE", None, "Yellow Sea")},
    ),
    (
        # a town in a region named is there, not in the country of the ministry that tells it
        "Non-state actor overtakes territory",
        "Russian forces captured the town of Pokrovsk in Donetsk region, the defence ministry in Moscow "
        "said, as European leaders met in London to discuss security guarantees.",
        {("Russian Armed Forces", "CAPTURE", None, "Pokrovsk")},
    ),
    (
        "Government regains territory",
        "Sudan's army recaptured the presidential palace in Khartoum from the RSF on Friday, a blow to the "
        "paramilitary's backers in Abu Dhabi.",
        {(SAF, "CAPTURE", RSF, "Khartoum")},
    ),
    (
        # water cannon is force short of a weapon's (COERCE), as at a crowd
        "COERCE",
        "Chinese coast guard vessels fired water cannon at a Philippine supply boat near Second Thomas Shoal "
        "on Saturday, Manila said.",
        {("China", "COERCE", "Philippines", "Second Thomas Shoal")},
    ),
    (
        # missiles fired into the sea are a show of force (a weapons test: MOBILIZE), no attack
        "MOBILIZE",
        "North Korea fired two ballistic missiles into the sea off its east coast on Thursday, hours after "
        "Seoul and Washington began joint drills.",
        {
            ("North Korea", "MOBILIZE", None, None),
            ("South Korea", "COOPERATE", "United States", None),
            ("United States", "COOPERATE", "South Korea", None),
        },
    ),
    (
        # "Tehran-backed" militias are the pro-Iran militias, as "Iran-backed" ones (kb/actors/syria.toml)
        "Air/drone strike",
        "Tehran-backed militias launched a drone attack on a US base in Syria on Sunday, the Pentagon said, "
        "weeks before talks in Oman.",
        {
            ("Iran", "SUPPORT", "Militia (Pro-Iran)", None),
            ("Militia (Pro-Iran)", "FIGHT", "United States", "Syria"),
        },
    ),
    (
        # where the aid was carried is no place of the interception at sea
        "Arrests",
        "Israeli forces intercepted a flotilla carrying aid to Gaza in international waters on Monday and "
        "detained its crew.",
        {(IDF, "COERCE", None, None)},
    ),
]

# known misses (strict xfail: a fix moves the snippet to the battery), each with the rows a right reading has
MISSES: list[tuple[str, str, set[Row]]] = [
    (
        # missed: 'adopted a sanctions package against X' is no lexicon frame, and 'targeting' on the
        # package is read as an attack on China (the refiners' demonym)
        "SANCTION",
        "The EU adopted its 19th sanctions package against Russia on Thursday, targeting Chinese refiners "
        "and a shadow fleet of tankers, Euractiv reported.",
        {("European Union", "SANCTION", "Russia", None)},
    ),
    (
        # missed: companies are no actors, but 'Hong Kong firms' make Hong Kong the target, and
        # the firms' supplying is read as the United States' aid to Iran
        # companies are no actors: the blacklist names no party
        "SANCTION",
        "Washington blacklisted three Hong Kong firms on Tuesday for supplying drone parts to Iran, the "
        "Treasury Department said.",
        {("United States", "SANCTION", None, None)},
    ),
    (
        # missed: 'approve the transfer of X to Y' is no frame ('approve' takes a loan, a grant or
        # aid; 'transfer' of arms is no lexicon noun)
        "AID",
        "The State Department approved the transfer of 400 Patriot interceptors to Ukraine, sources familiar "
        "with the matter told Politico.",
        {("United States", "AID", "Ukraine", None)},
    ),
    (
        # missed: the truce 'in Gaza' the talks discuss gives Qatar a second meeting with Hamas
        # there
        "CONSULT",
        "Qatari and Egyptian mediators met Hamas negotiators in Doha on Sunday to discuss a truce in Gaza, "
        "officials said.",
        {("Egypt", "CONSULT", "Hamas", "Doha"), ("Qatar", "CONSULT", "Hamas", "Doha")},
    ),
    (
        # missed: an attack 'that it blamed on Moscow' (a relative clause of blaming) tells no
        # accusation by the clause's subject
        "SANCTION",
        "Poland expelled two Russian diplomats on Friday over an arson attack on a Warsaw shopping centre "
        "that it blamed on Moscow.",
        {("Poland", "SANCTION", "Russia", None), ("Poland", "ACCUSE", "Russia", None)},
    ),
    (
        # missed: 'attribute X to Y' is no lexicon frame and 'cyber-attack' no lexicon noun, so the
        # hackers' state attacks no one; a company is no party
        # a cyber-attack is coercion (PLOVER COERCE); a company attributing it is no party
        "COERCE",
        "Microsoft attributed a wave of cyber-attacks on Ukrainian banks to hackers working for Russian "
        "military intelligence.",
        {("Russia", "COERCE", None, None)},
    ),
    (
        # missed: 'convene talks between X and Y' is no frame (only the participle
        # 'convened by' is read: nlp/events/convened_meetings.py)
        # the hosts of talks between two parties consult, and the parties consult each other
        "CONSULT",
        "Saudi Arabia and the United States convened talks in Jeddah between Sudan's army and the Rapid "
        "Support Forces as fighting raged in Khartoum.",
        {
            ("Saudi Arabia", "CONSULT", None, "Jeddah"),
            ("United States", "CONSULT", None, "Jeddah"),
            (SAF, "CONSULT", RSF, "Jeddah"),
            (RSF, "CONSULT", SAF, "Jeddah"),
            ("Unidentified Armed Group (Sudan)", "FIGHT", None, "Khartoum"),
        },
    ),
    (
        # missed: 'hired Wagner mercenaries' is no cooperation, and the purpose infinitive's fight
        # is the junta's, on jihadists given the country of 'the French ambassador'
        # the mercenaries hired fight the jihadists of Mali, not of the ambassador's France
        "SANCTION",
        "Mali's junta expelled the French ambassador on Tuesday and hired Wagner mercenaries to fight "
        "jihadists in the north.",
        {
            ("Mali", "SANCTION", "France", None),
            ("Mali", "COOPERATE", "Wagner Group", None),
            ("Wagner Group", "FIGHT", "Unidentified Armed Group (Mali)", None),
        },
    ),
    (
        # missed: the envoys' demand in the clause of time takes the place of the strike
        # (the sentence's place stands in for an act that names none)
        # the envoys' pressure is no act in the valley struck
        "Air/drone strike",
        "Israeli jets struck Hezbollah weapons depots in the Bekaa valley overnight, the army said, as US "
        "envoys pressed Beirut to disarm the group.",
        {(IDF, "FIGHT", "Hezbollah", "Bekaa"), ("United States", "REQUEST", "Lebanon", None)},
    ),
    (
        # missed: a state's proxies are the militias it backs ("Iran's proxies": the pro-Iran militias), but
        # the possessive makes Iran the one who fires, with no target (the embassy names no actor here)
        "Shelling/artillery/missile attack",
        "Iran's proxies in Iraq fired rockets at the US embassy in Baghdad on Friday, the second attack in a "
        "week.",
        {
            ("Iran", "SUPPORT", "Militia (Pro-Iran)", None),
            ("Militia (Pro-Iran)", "FIGHT", "United States", "Baghdad"),
        },
    ),
    (
        # missed: 'Brussels' after 'agreed in' is read as a capital standing for a government (an
        # actor's mention), no place
        # a deployment to come is no event yet; the agreement is, where the ministers met
        "AGREE",
        "The alliance will deploy 4,000 troops to Romania and Bulgaria next year, NATO defence ministers "
        "agreed in Brussels.",
        {("NATO", "AGREE", None, "Brussels")},
    ),
    (
        # the place of the settlers' attacks is not the sanction's
        "SANCTION",
        "The White House imposed sanctions on two Israeli settlers accused of attacking Palestinians in the "
        "West Bank.",
        {("United States", "SANCTION", "Settlers (Israel)", None)},
    ),
    (
        # missed: a deal 'brokered by' X is no mediation read (the participle's noun is not taken for
        # 'broker''s object); read so, case84's ceasefire brokered by two states gives the second a
        # consultation with the first; the swap itself is read (verb_object 'swap' 'prisoner')
        # a swap is an exchange; the broker of the deal consults (as case86's mediator)
        "Agreement",
        "Russia and Ukraine swapped 150 prisoners of war on Saturday under a deal brokered by the United "
        "Arab Emirates.",
        {
            ("Russia", "AGREE", "Ukraine", None),
            ("Ukraine", "AGREE", "Russia", None),
            (UAE, "CONSULT", None, None),
        },
    ),
]

# no conflict type, and no row at all
NON_CONFLICT = [
    "The European Central Bank left interest rates unchanged on Thursday, citing easing inflation across the "
    "eurozone.",
    "Rheinmetall reported a 36 per cent rise in quarterly sales on Wednesday, driven by demand for "
    "ammunition.",
    "The Eurosatory defence trade show opened in Paris on Monday with more than 2,000 exhibitors.",
    "The European Commission launched a review of tariffs on Chinese electric vehicles, a spokesperson said.",
    "Japan's trade minister met business leaders in Tokyo on Tuesday to discuss supply chains for "
    "semiconductors.",
]
NON_CONFLICT_MISSES: list[str] = [
    # missed: a company agreeing to buy is read as an agreement (AGREE) by the company as an actor
    "Airbus agreed to buy parts of Spirit AeroSystems in a $4bn deal, the companies said on Monday.",
]


def _fits(label: str, expected: set[Row]) -> bool:
    """A row has the snippet's PLOVER type, or a type that fits its ACLED sub-event type."""
    if label in PLOVER:
        return any(family(r[1]) == family(label) for r in expected)
    return any(family(r[1]) in fitting(label) for r in expected)


@pytest.mark.parametrize(("label", "text", "expected"), BATTERY)
def test_snippet_rows(label: str, text: str, expected: set[Row]) -> None:
    assert _fits(label, expected)
    assert rows(text) == expected


@pytest.mark.xfail(strict=True, reason="known miss of round case89")
@pytest.mark.parametrize(("label", "text", "expected"), MISSES)
def test_known_misses(label: str, text: str, expected: set[Row]) -> None:
    assert _fits(label, expected)
    assert rows(text) == expected


def test_battery_size() -> None:
    assert len(BATTERY) + len(MISSES) == 40
    assert len(NON_CONFLICT) + len(NON_CONFLICT_MISSES) == 6


@pytest.mark.parametrize("text", NON_CONFLICT)
def test_non_conflict_snippets(text: str) -> None:
    assert rows(text) == set()


@pytest.mark.xfail(strict=True, reason="known miss of round case89")
@pytest.mark.parametrize("text", NON_CONFLICT_MISSES)
def test_non_conflict_misses(text: str) -> None:
    assert rows(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised water noun with its 'of' name is the curated sea, whole (en.json water_nouns,
        # nlp/events/water_bodies.py; seas, straits and shoals in places/curated.toml)
        ("Iran seized an oil tanker bound for Houston in the Gulf of Oman, the US Navy said.",
         {("Iran", "COERCE", None, "Gulf of Oman")}),
        ("Ukrainian drones struck a Russian warship in the Sea of Azov on Friday.",
         {("Armed Forces of Ukraine", "FIGHT", "Russian Armed Forces", "Sea of Azov")}),
        # 'the Gulf' alone is the Persian Gulf, never Papua New Guinea's Gulf Province
        ("Houthi drones struck a cargo ship in the Red Sea, raising shipping costs across the Gulf.",
         {("Houthis", "FIGHT", None, "Red Sea")}),
        # a water noun with no name is no place
        ("Pirates hijacked a fishing boat at sea on Monday.",
         {("Unidentified Armed Group", "ASSAULT", None, None)}),
    ],
)  # fmt: skip
def test_named_waters(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ship seized is property seized (en.json seizable_nouns: COERCE, CAMEO 171), no territory
        ("Houthi rebels seized a Liberian-flagged cargo ship in the Red Sea on Sunday.",
         {("Houthis", "COERCE", None, "Red Sea")}),
        ("Iran seized a Greek-flagged tanker in the Strait of Hormuz on Wednesday.",
         {("Iran", "COERCE", None, "Strait of Hormuz")}),
        # a port seized is ground taken
        ("Rebels seized the port of Kismayo on Tuesday.",
         {("Unidentified Armed Group (Somalia)", "CAPTURE", None, "Kismayo")}),
    ],
)  # fmt: skip
def test_seized_ships(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # prisoners swapped are prisoners exchanged (en.json verb_object 'swap' 'prisoner': AGREE, both ways)
        ("Armenia and Azerbaijan swapped prisoners on Sunday.",
         {("Armenia", "AGREE", "Azerbaijan", None), ("Azerbaijan", "AGREE", "Armenia", None)}),
        ("Russia and Ukraine swapped 150 prisoners of war on Saturday.",
         {("Russia", "AGREE", "Ukraine", None), ("Ukraine", "AGREE", "Russia", None)}),
        # other things swapped are no agreement
        ("Fans swapped shirts after the match in Doha.", set()),
        # 'the Jewish state' is Israel (kb/countries.tsv, as 'l'État hébreu')
        ("Turkey suspended all trade with the Jewish state on Thursday.",
         {("Turkey", "SANCTION", "Israel", None)}),
    ],
)  # fmt: skip
def test_swaps_and_names(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where a gathering met or a speaker sits is no sign of the article's country, so the town named by
        # the act is found in its own country (nlp/venue_places.py: venue_nouns, venue_verbs, reporting)
        ("The RSF shelled El Fasher on Tuesday as Gulf donors pledged $1.5bn in humanitarian aid for Sudan "
         "at a conference in Paris.",
         {("Rapid Support Forces", "FIGHT", None, "El Fasher")}),
        ("Russian forces captured the town of Pokrovsk in Donetsk region, the defence ministry in Moscow "
         "said, as European leaders met in London to discuss security guarantees.",
         {("Russian Armed Forces", "CAPTURE", None, "Pokrovsk")}),
        ("Al-Shabaab fighters attacked an army base in Baidoa as donors met at a conference in London.",
         {("Al-Shabaab", "FIGHT", "Somali National Army", "Baidoa")}),
        # an act at the venue is still there, by the forces of its country
        ("Police arrested 20 protesters at a summit in Nairobi on Monday.",
         {("Police Forces of Kenya", "COERCE", "Protesters (Kenya)", "Nairobi"),
          ("Protesters (Kenya)", "PROTEST", None, "Nairobi")}),
    ],
)  # fmt: skip
def test_venues_and_seats(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # missiles fired into open waters and at nothing else are a weapons test, a show of force (MOBILIZE;
        # en.json test_waters, nlp/events/weapon_tests.py)
        ("North Korea launched two ballistic missiles into the sea on Thursday.",
         {("North Korea", "MOBILIZE", None, None)}),
        ("Iran test-fired three cruise missiles into the Gulf of Oman during drills.",
         {("Iran", "MOBILIZE", None, "Gulf of Oman")}),
        # fired into a land, they attack it
        ("Hezbollah fired rockets into northern Israel on Sunday.",
         {("Hezbollah", "FIGHT", None, "northern Israel")}),
        # water cannon fired at a boat or a ship is force short of weapons (COERCE 175), no fight
        ("Chinese coast guard vessels fired water cannon at a Philippine supply boat.",
         {("China", "COERCE", "Philippines", None)}),
        ("Iranian gunboats fired water cannon at a British tanker in the Strait of Hormuz.",
         {("Iran", "COERCE", "United Kingdom", "Strait of Hormuz")}),
        # fired at people told by a pronoun, it is not read so (they may be a crowd or civilians)
        ("Israeli troops chased Palestinian farmers off Gaza and fired rubber bullets at them.",
         {("Israel Defense Forces", "FIGHT", None, "Gaza")}),
        # a chemical agent is no nonlethal means (case53's chlorine gas)
        ("Government forces dropped chlorine gas on the town of Saraqeb.",
         {("Syrian Arab Army", "FIGHT", None, "Saraqib")}),
        # fired at a crowd, it meets the crowd's protest (nlp/events/repression.py)
        ("Police fired water cannon at protesters in Nairobi.",
         {("Police Forces of Kenya", "COERCE", "Protesters (Kenya)", "Nairobi"),
          ("Protesters (Kenya)", "PROTEST", None, "Nairobi")}),
    ],
)  # fmt: skip
def test_weapons_that_attack_no_one(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where a load was carried or a vessel bound is whither, no place of the act on it
        # (en.json carrying_participles, bound_words, bound_preps: nlp/events/whither.py)
        ("Israeli forces intercepted a flotilla carrying aid to Gaza in international waters on Monday and "
         "detained its crew.",
         {("Israel Defense Forces", "COERCE", None, None)}),
        ("Iran seized an oil tanker bound for Houston on Friday.", {("Iran", "COERCE", None, None)}),
        # where the vessel was is still the place
        ("Israeli forces seized a boat carrying weapons off Gaza.",
         {("Israel Defense Forces", "COERCE", None, "Gaza")}),
    ],
)  # fmt: skip
def test_whither(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
