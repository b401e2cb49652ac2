"""English news snippets by ACLED sub-event type (issue 14, round case84): a thirteenth battery, other than
case53's to case83's, in the register of wire copy (numbers first, attribution at the end, the event in a
"when" clause, a relative clause or reported speech), weighted to the kinds and regions the older
batteries hold least: shelling, missile and drone strikes on cities, suicide bombings, abductions and
hostage deals, attacks on aid workers and health facilities, sieges, the government regaining territory,
ceasefires and peace deals, arms shipments intercepted, arrests of opposition figures, strikes and
sit-ins; Ukraine and Russia, Israel, Gaza, Lebanon and the Red Sea, Sudan, eastern Congo, Somalia,
Myanmar, Haiti, Pakistan and Nigeria. Six snippets of the same regions give no conflict type (a football
semi-final, floods, an interest rate, a court ruling, a presidential vote, economic output); then the
general rules this round added, each with a near sentence it must not fire on.

Battery at the start of the round: 17 of 40 gave the rows below (34 of 40 a fitting type), and 6 of the 6
snippets of no conflict type none (a first sixth snippet, a court's prison sentence, was replaced: a
sentence is legal coercion, COERCE, by the project's PLOVER conventions); after: 27 of 40 (39 of 40 a
fitting type), and 6 of 6; 28 of 40 after round casemiss84b, 29 after round case85."""

from __future__ import annotations

import pytest
from unit._battery import battery_size, non_conflict, snippet_rows
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

SDN = "Sudanese Armed Forces"
RSF = "Rapid Support Forces"
DRC = "Civilians (Democratic Republic of Congo)"
FARDC = "Armed Forces of the Democratic Republic of the Congo"

BATTERY: list[tuple[str, str, set[Row]]] = [
    (
        # the toll told with its cause in a clause of time is that act's (nlp/events/clause_tolls.py)
        "Shelling/artillery/missile attack",
        "At least seven people were killed and 20 wounded when Russian artillery shelled a residential "
        "district of Kharkiv on Thursday, regional governor Oleh Syniehubov said.",
        {("Russian Armed Forces", "ASSAULT", "Civilians (Ukraine)", "Kharkiv")},
    ),
    (
        "Shelling/artillery/missile attack",
        "Ukrainian forces shelled the centre of Donetsk overnight, killing two civilians, Russian-installed "
        "officials said.",
        {
            ("Armed Forces of Ukraine", "ASSAULT", "Civilians (Ukraine)", "Donetsk"),
            ("Armed Forces of Ukraine", "FIGHT", None, "Donetsk"),
        },
    ),
    (
        "Shelling/artillery/missile attack",
        "Sudanese army artillery pounded positions of the Rapid Support Forces in Omdurman on Sunday, "
        "residents said.",
        {(SDN, "FIGHT", RSF, "Omdurman")},
    ),
    (
        "Shelling/artillery/missile attack",
        "Shells fired by M23 rebels hit a camp for displaced people near Sake, killing at least nine "
        "people, a UN official said.",
        {("M23", "ASSAULT", DRC, "Sake"), ("M23", "FIGHT", None, "Sake")},
    ),
    (
        # an oil depot in Russia is the state's
        "Air/drone strike",
        "A Ukrainian drone struck an oil depot in the Russian region of Bryansk on Saturday, starting a "
        "large fire, the regional governor said.",
        {("Ukraine", "FIGHT", "Russia", "Bryansk")},
    ),
    (
        "Shelling/artillery/missile attack",
        "Yemen's Houthis fired two anti-ship missiles at a Greek-owned tanker in the Red Sea, the US "
        "military said on Monday.",
        {("Houthis", "FIGHT", None, "Red Sea")},
    ),
    (
        "Air/drone strike",
        "An Israeli air strike on a house in Rafah killed at least 13 Palestinians, including five "
        "children, according to Gaza health officials.",
        {("Israel", "ASSAULT", "Civilians (Palestine)", "Rafaḩ")},
    ),
    (
        "Suicide bomb",
        "A suicide bomber blew himself up at a police checkpoint in Bannu on Monday, killing four "
        "policemen, in an attack claimed by the Pakistani Taliban, officials said.",
        {("Tehrik-i-Taliban Pakistan", "ASSAULT", "Police Forces of Pakistan", "Bannu")},
    ),
    (
        "Suicide bomb",
        "At least 20 people were killed when an al-Shabaab suicide bomber detonated an explosive vest at a "
        "beach restaurant in Mogadishu, police said.",
        {("Al-Shabaab", "ASSAULT", "Civilians (Somalia)", "Mogadishu")},
    ),
    (
        "Abduction/forced disappearance",
        "Gunmen abducted 15 passengers from a bus on the Gusau-Funtua highway in Zamfara state, police said "
        "on Wednesday.",
        {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Zamfara")},
    ),
    (
        "Abduction/forced disappearance",
        "Six nuns were kidnapped by an armed gang in Port-au-Prince on Friday, the Catholic Church said.",
        {("Unidentified Armed Group (Haiti)", "ASSAULT", "Civilians (Haiti)", "Port-au-Prince")},
    ),
    (
        "Agreement",
        "Israel and Hamas agreed on Wednesday to exchange 33 hostages for Palestinian prisoners in the first "
        "phase of a ceasefire deal, Qatari mediators said.",
        {("Hamas", "AGREE", "Israel", None), ("Israel", "AGREE", "Hamas", None)},
    ),
    (
        # a local government official is the state's
        "Abduction/forced disappearance",
        "Fighters of the Islamic State West Africa Province abducted a local government official near "
        "Monguno, according to residents.",
        {("Islamic State West Africa Province", "ASSAULT", "Nigeria", "Monguno")},
    ),
    (
        # aid workers are civilians, killed when their agency's convoy was attacked (clause_tolls)
        "Attack",
        "Three aid workers of the charity Medecins Sans Frontieres were shot dead when gunmen attacked their "
        "convoy in South Darfur, the organisation said.",
        {("Unidentified Armed Group (Sudan)", "ASSAULT", "Civilians (Sudan)", "South Darfur")},
    ),
    (
        "Attack",
        "CODECO militiamen attacked a health centre in Djugu territory of Ituri province, killing a nurse "
        "and two patients, local sources said.",
        {("CODECO", "ASSAULT", DRC, "Djugu"), ("CODECO", "FIGHT", None, "Djugu")},
    ),
    (
        "Armed clash",
        "The Rapid Support Forces tightened their siege of El Fasher on Tuesday, clashing with the army and "
        "allied groups on the city's eastern edge, witnesses said.",
        {(RSF, "FIGHT", SDN, "El Fasher")},
    ),
    (
        "Armed clash",
        "Resistance forces laid siege to an army base outside Mawlamyine, cutting its supply routes, a local "
        "commander said.",
        {("Unidentified Armed Group (Myanmar)", "FIGHT", "Tatmadaw", "Mawlamyine")},
    ),
    (
        # a site taken in a town: the town's control changes
        "Government regains territory",
        "Sudan's army said on Friday it had recaptured the presidential palace in Khartoum from the Rapid "
        "Support Forces.",
        {(SDN, "CAPTURE", RSF, "Khartoum")},
    ),
    (
        "Government regains territory",
        "Russian troops retook the town of Sudzha in the Kursk region from Ukrainian forces, the Russian "
        "defence ministry said.",
        {("Russian Armed Forces", "CAPTURE", "Armed Forces of Ukraine", "Sudzha")},
    ),
    (
        "Government regains territory",
        "Somali government forces backed by clan militias regained control of the town of Adan Yabaal from "
        "al-Shabaab on Friday, a military commander said.",
        {
            ("Somali National Army", "CAPTURE", "Al-Shabaab", "Adan Yabaal"),
            ("Unidentified Communal Militia", "SUPPORT", "Somali National Army", None),
        },
    ),
    (
        # the broker of a truce is no party to it
        "Agreement",
        "Israel and Hezbollah agreed to a ceasefire brokered by the United States and France, US officials "
        "said on Tuesday.",
        {("Hezbollah", "AGREE", "Israel", None), ("Israel", "AGREE", "Hezbollah", None)},
    ),
    (
        "Agreement",
        "The Congolese government and the M23 rebels signed a declaration of principles in Doha on "
        "Saturday, Qatari officials said.",
        {("DR Congo", "AGREE", "M23", "Doha"), ("M23", "AGREE", "DR Congo", "Doha")},
    ),
    (
        "Agreement",
        "The Myanmar military and the Ta'ang National Liberation Army agreed to a truce in talks hosted by "
        "China in Kunming.",
        {
            ("Ta'ang National Liberation Army", "AGREE", "Tatmadaw", "Kunming"),
            ("Tatmadaw", "AGREE", "Ta'ang National Liberation Army", "Kunming"),
        },
    ),
    (
        "Arrests",
        "Pakistani police arrested Baloch rights activist Mahrang Baloch in Quetta after a sit-in against "
        "enforced disappearances, her lawyer said.",
        {
            ("Police Forces of Pakistan", "COERCE", "Mahrang Baloch", "Quetta"),
            ("Protesters (Pakistan)", "PROTEST", None, "Quetta"),
        },
    ),
    (
        # the arrested mayor is the target, not the president he is a rival of
        "Arrests",
        "Turkish police detained Istanbul mayor Ekrem Imamoglu, the main rival of President Tayyip Erdogan, "
        "on corruption charges, state media reported.",
        {("Police Forces of Turkey", "COERCE", "Ekrem Imamoglu", "Istanbul")},
    ),
    (
        "Peaceful protest",
        "Relatives of hostages held in Gaza staged a sit-in outside the prime minister's office in "
        "Jerusalem, demanding a deal to bring them home.",
        {("Protesters (Israel)", "PROTEST", None, "Jerusalem")},
    ),
    (
        # a strike by workers broken up: the strikers' protest and the force against it
        "Protest with intervention",
        "Police in Karachi used batons to break up a strike by doctors demanding higher pay, the Pakistan "
        "Medical Association said.",
        {
            ("Police Forces of Pakistan", "COERCE", "Protesters (Pakistan)", "Karachi"),
            ("Protesters (Pakistan)", "PROTEST", None, "Karachi"),
        },
    ),
    (
        # the demonym of a civilian building hit in another country names the building, no state (round
        # casemiss84b)
        "Air/drone strike",
        "A drone attack blamed on the Rapid Support Forces hit the Saudi hospital in El Fasher, killing nine "
        "patients, the World Health Organization said.",
        {(RSF, "ASSAULT", "Civilians (Sudan)", "El Fasher"), (RSF, "FIGHT", None, "El Fasher")},
    ),
    (
        # driven out of A in B: the fight is at A taken, not B (round casemiss85)
        "Government regains territory",
        "Congolese troops drove M23 rebels out of Kitshanga in North Kivu province after two days of "
        "fighting, the army said.",
        {
            (FARDC, "CAPTURE", "M23", "Kitchanga"),
            (FARDC, "FIGHT", "M23", "Kitchanga"),
        },
    ),
    (
        # 'weeks of fighting with X': a fight noun, and X the capture's loser (round casemiss85)
        "Non-state actor overtakes territory",
        "The Myanmar National Democratic Alliance Army said it had seized the town of Lashio after weeks of "
        "fighting with the junta.",
        {
            ("Myanmar National Democratic Alliance Army", "CAPTURE", "Tatmadaw", "Lashio"),
            ("Myanmar National Democratic Alliance Army", "FIGHT", "Tatmadaw", "Lashio"),
        },
    ),
    (
        # Bolan district, which the gazetteer lacked (towns.toml, round casemiss85)
        "Abduction/forced disappearance",
        "Baloch separatists hijacked a passenger train in Bolan district and took hundreds of passengers "
        "hostage, Pakistani officials said.",
        {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Civilians (Pakistan)", "Bolan")},
    ),
    (
        # a holder of a former office is a civilian (en.json generic_groups 'former senator', round case85)
        "Arrests",
        "Haitian police arrested a former senator accused of financing gangs in Port-au-Prince, the judicial "
        "police said.",
        {("Police Forces of Haiti", "COERCE", "Civilians (Haiti)", "Port-au-Prince")},
    ),
    (
        # an attack and its toll participle are one event (nlp/events/toll_twins.py, round casemiss87)
        "Suicide bomb",
        "Two female suicide bombers attacked a wedding party in Gwoza in Borno state, killing 18 people, "
        "the state emergency agency said.",
        {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Gwoza")},
    ),
    (
        # the toll participle's fight on the forces the ramming assaults is that assault
        # (nlp/events/toll_twins.py, round casemiss87)
        "Suicide bomb",
        "A suicide car bomb rammed into a military convoy in Mastung, wounding 12 soldiers, according to a "
        "statement from the army's media wing.",
        {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Military Forces of Pakistan", "Mastung")},
    ),
    (
        # troops that flee retreat, where the act their clause of time hangs on happened (round casemiss87)
        "Non-state actor overtakes territory",
        "M23 rebels took control of Bukavu, the capital of South Kivu province, on Sunday as government "
        "troops fled, residents said.",
        {("M23", "CAPTURE", None, "Bukavu"), (FARDC, "RETREAT", None, "Bukavu")},
    ),
    (
        # "Nigerian labour unions" are the country's people, not its state (en.json civil_body_nouns), and
        # each city after the one 'in' is a place of its own (nlp/events/shared_prep_places.py; round
        # casemiss88, a known miss before)
        "Peaceful protest",
        "Nigerian labour unions began an indefinite general strike on Monday over the minimum wage, shutting "
        "down airports and offices in Lagos and Abuja.",
        {
            ("Protesters (Nigeria)", "PROTEST", None, "Abuja"),
            ("Protesters (Nigeria)", "PROTEST", None, "Lagos"),
        },
    ),
]

# (ACLED sub-event type, snippet, the rows a right reading has): still missed
KNOWN_MISSES: list[tuple[str, str, set[Row]]] = [
    (
        # the second event, in a clause after "a day after", is not read: "an Israeli strike killed one of the
        # group's commanders" gives no row (the group's = Hezbollah is not resolved)
        "Shelling/artillery/missile attack",
        "Hezbollah fired dozens of rockets at northern Israel on Tuesday, the Israeli military said, a day "
        "after an Israeli strike killed one of the group's commanders in southern Lebanon.",
        {("Hezbollah", "FIGHT", "Israel", "Israel"), ("Israel", "FIGHT", "Hezbollah", "Lebanon")},
    ),
    (
        # "launched a barrage of missiles and drones at Kyiv": no untargeted fight is kept beside the assault
        # (the place is read since round casemiss85: "Kyiv overnight" was one time entity)
        "Air/drone strike",
        "Russia launched a barrage of missiles and drones at Kyiv overnight, killing at least 11 people and "
        "damaging a children's hospital, Ukrainian officials said.",
        {("Russia", "ASSAULT", "Civilians (Ukraine)", "Kyiv"), ("Russia", "FIGHT", None, "Kyiv")},
    ),
    (
        # "detained its director": the possessive's owner is a hospital, whose director is a civilian; no
        # target is read
        "Attack",
        "Israeli troops stormed the Kamal Adwan hospital in northern Gaza and detained its director, the "
        "health ministry in Gaza said.",
        {
            ("Israel Defense Forces", "COERCE", "Civilians (Palestine)", "Gaza"),
            ("Israel Defense Forces", "FIGHT", None, "Gaza"),
        },
    ),
    (
        # "intercepted a boat carrying weapons": 'intercept' is read only for missiles, rockets, drones and
        # shells; the regional force is no KB actor
        "Disrupted weapons use",
        "The Puntland coast guard intercepted a boat carrying weapons from Yemen to al-Shabaab off the port "
        "of Bosaso, officials said.",
        {("Puntland", "COERCE", "Al-Shabaab", "Bosaso")},
    ),
]

# no conflict type
NON_CONFLICT = [
    "Nigeria beat South Africa 2-1 in the Africa Cup of Nations semi-final in Bouake on Wednesday.",
    "Heavy rains caused flooding in parts of Khartoum on Monday, submerging hundreds of homes, the civil "
    "defence authority said.",
    "Ukraine's central bank kept its key interest rate at 13 percent on Thursday, citing easing inflation.",
    "Israel's Supreme Court struck down a law limiting the powers of the judiciary on Monday, in a ruling "
    "the government criticised.",
    "Somalia's parliament elected Hassan Sheikh Mohamud as president on Sunday after two rounds of voting.",
    "Israel's economy shrank by 1.1 percent in the fourth quarter, the central bureau of statistics said.",
]


test_snippet_rows = snippet_rows(BATTERY)
test_battery_size = battery_size(40, BATTERY, KNOWN_MISSES)
test_non_conflict_snippets = non_conflict(NON_CONFLICT)


@pytest.mark.xfail(strict=True, reason="known miss of round case84")
@pytest.mark.parametrize(("sub_event_type", "text", "expected"), KNOWN_MISSES)
def test_known_misses(sub_event_type: str, text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agentless passive killing whose clause of time tells a violent act with no victims named is
        # that act's toll: its victims are the act's (nlp/events/clause_tolls.py)
        ("At least seven people were killed when Russian artillery shelled Kharkiv.",
         {("Russian Armed Forces", "ASSAULT", "Civilians (Ukraine)", "Kharkiv")}),
        ("Twelve villagers were killed when Tatmadaw jets bombed a market in Sagaing.",
         {("Tatmadaw", "ASSAULT", "Civilians (Myanmar)", "Sagaing")}),
        # fighters killed are no civilians; a killing in a clause of its own is no toll of the other act
        ("Five fighters were killed when Russian artillery shelled Kharkiv.",
         {("Russian Armed Forces", "FIGHT", None, "Kharkiv")}),
        ("Seven people were killed in Kharkiv, and Russian artillery shelled Izium.",
         {("Russian Armed Forces", "FIGHT", None, "Izyum")}),
    ],
)  # fmt: skip
def test_tolls_of_time_clauses(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a strike noun whose complement names who strikes is a work stoppage, met when broken up
        # (nlp/events/stoppages.py)
        ("Police broke up a strike by doctors in Karachi.",
         {("Police Forces of Pakistan", "COERCE", "Protesters (Pakistan)", "Karachi"),
          ("Protesters (Pakistan)", "PROTEST", None, "Karachi")}),
        ("Police dispersed a strike by teachers in Lagos.",
         {("Police Forces of Nigeria", "COERCE", "Protesters (Nigeria)", "Lagos"),
          ("Protesters (Nigeria)", "PROTEST", None, "Lagos")}),
        # a strike by drones stays an attack
        ("A strike by drones hit a fuel depot in Lagos.",
         {("Unidentified Armed Group (Nigeria)", "FIGHT", None, "Lagos")}),
    ],
)  # fmt: skip
def test_strikes_by_workers(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the victims of an unarmed body hit (an aid agency) killed in a clause of time are its people
        # (nlp/events/clause_tolls.py)
        ("Two aid workers were killed when gunmen ambushed a Red Cross convoy near Nyala.",
         {("Unidentified Armed Group (Sudan)", "ASSAULT", "Civilians (Sudan)", "Nyala")}),
        # the agency's convoy attacked with no toll stays a fight on it
        ("Gunmen attacked an MSF convoy in South Darfur.",
         {("Unidentified Armed Group (Sudan)", "FIGHT", "Médecins Sans Frontières", "South Darfur")}),
        # the people of a health facility are civilians (en.json civilian_nouns)
        ("Gunmen attacked a clinic in Bunia, killing a doctor and three patients.",
         {("Unidentified Armed Group (Democratic Republic of Congo)", "ASSAULT", DRC, "Bunia"),
          ("Unidentified Armed Group (Democratic Republic of Congo)", "FIGHT", None, "Bunia")}),
        ("Gunmen attacked a clinic in Bunia, killing two soldiers.",
         {("Unidentified Armed Group (Democratic Republic of Congo)", "FIGHT", FARDC, "Bunia")}),
    ],
)  # fmt: skip
def test_aid_and_health_victims(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pact after "to" is what is agreed, no receiver: its broker is no side (nlp/events/receivers.py)
        ("Israel and Hezbollah agreed to a ceasefire brokered by the United States and France.",
         {("Hezbollah", "AGREE", "Israel", None), ("Israel", "AGREE", "Hezbollah", None)}),
        ("Sudan and Chad agreed to a truce proposed by Egypt.",
         {("Chad", "AGREE", "Sudan", None), ("Sudan", "AGREE", "Chad", None)}),
        # a receiver after "to" stays one
        ("Israel agreed to hand over two suspects to Egypt.", {("Israel", "AGREE", "Egypt", None)}),
        # a declaration signed is a pact (en.json sign)
        ("Sudan and Chad signed a joint declaration in Khartoum.",
         {("Chad", "AGREE", "Sudan", "Khartoum"), ("Sudan", "AGREE", "Chad", "Khartoum")}),
        ("The president signed a declaration of a state of emergency in Khartoum.", set()),
    ],
)  # fmt: skip
def test_pacts_agreed(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a palace is territory taken (en.json territory_nouns)
        ("Sudanese troops recaptured the presidential palace in Khartoum from the Rapid Support Forces.",
         {(SDN, "CAPTURE", RSF, "Khartoum")}),
        ("Rebels seized the governor's palace in Goma.",
         {("Unidentified Armed Group (Democratic Republic of Congo)", "CAPTURE", None, "Goma")}),
        ("The president left the palace in Khartoum.", set()),
        # a siege laid or imposed is a fight, as "besieged" is (en.json verb_object)
        ("Resistance forces laid siege to an army base near Mawlamyine.",
         {("Unidentified Armed Group (Myanmar)", "FIGHT", "Tatmadaw", "Mawlamyine")}),
        ("Rebels imposed a siege on Mawlamyine.",
         {("Unidentified Armed Group (Myanmar)", "FIGHT", None, "Mawlamyine")}),
        ("The hens laid eggs near Mawlamyine.", set()),
    ],
)  # fmt: skip
def test_palaces_and_sieges(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person arrested stays the target beside the person his apposition names
        # (nlp/events/arrested_people.py)
        ("Police detained Juan Perez, a nephew of President Maduro, in Caracas.",
         {("Police Forces of Venezuela", "COERCE", "Juan Perez", "Caracas")}),
        ("Turkish police detained Istanbul mayor Ekrem Imamoglu, the main rival of President Tayyip "
         "Erdogan, on corruption charges.",
         {("Police Forces of Turkey", "COERCE", "Ekrem Imamoglu", "Istanbul")}),
        # a group's commander named beside it: the person, as before
        ("Malian troops arrested Ahmed Ag Bakabo, a commander of Ansar Dine, in Gao.",
         {("Malian Armed Forces", "COERCE", "Ahmed Ag Bakabo", "Gao")}),
    ],
)  # fmt: skip
def test_apposed_people_arrested(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a driving verb whose subject names the bomb or the bomber is a vehicle bombing
        # (nlp/events/laden_vehicles.py)
        ("A suicide car bomber rammed into a military convoy in Mastung.",
         {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Military Forces of Pakistan", "Mastung")}),
        ("A car bomb rammed into a police checkpoint in Bannu.",
         {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Police Forces of Pakistan", "Bannu")}),
        # a driver with no charge: no attack
        ("A truck driver rammed into a police checkpoint in Bannu.", set()),
        # a group the KB now knows by its acronym (kb asia.toml)
        ("The MNDAA seized Lashio.",
         {("Myanmar National Democratic Alliance Army", "CAPTURE", None, "Lashio")}),
    ],
)  # fmt: skip
def test_car_bombers_and_mndaa(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
