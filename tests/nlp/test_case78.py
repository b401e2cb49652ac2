"""English news snippets by ACLED sub-event type (issue 14, round case78): a ninth battery, other than
case53's to case75's, in the register of the CASE-2021 Task-2 news sentences (Indian, Pakistani,
Nigerian, Somali, Iraqi, Afghan, Syrian, Colombian and Chilean English-language press: officials named,
reported speech, the event in a subordinate or relative clause, appositions, passives), weighted to the
sub-event types the older batteries hold fewest of: disrupted weapons use (a planned attack foiled, a
device defused, explosives recovered, a drone intercepted), chemical weapons, headquarters or bases
established, agreements, changes to group activity (a curfew), government forces regaining territory,
suicide bombings, sexual violence, excessive force against protesters and grenades; with the known
misses of the brief written anew: a planned attack foiled (no fight by the police), "the people of
Syria" (no state), "CRPF jawans" (the central armed police, not the army), communal clashes (mob
violence by the rioters of both sides), "Boko Haram and ISWAP fighters" (two targets) and a bare "the
organization" as an actor; snippets of the same regions that give no conflict type (landslides, a
cricket match, a tax ruling, an election result, a currency, an earthquake); then the general rules
this round added, each with a near sentence it must not fire on.

Battery at the start of the round: 23 of 40 gave the rows below (and 6 of the 6 snippets of no conflict
type none); after: 36 of 40 (and 6 of 6); after rounds anaphor82 and case82, 37 of 40 ("their patrol":
a possessive object's owner)."""

from __future__ import annotations

import pytest
from unit._battery import battery_size, needed_rows, non_conflict, snippet_rows
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

BATTERY: list[tuple[str, str, set[Row]]] = [
    (
        # the attack planned was not made: the police disrupted it (and arrested its would-be authors)
        "Disrupted weapons use",
        "Police foiled a planned attack on a Shia procession in Peshawar on Sunday and arrested two "
        "suspected militants, Capital City Police Officer Aslam Khan said.",
        {
            ("Police Forces of Pakistan", "COERCE", "Unidentified Armed Group (Pakistan)", "Peshawar"),
            ("Police Forces of Pakistan", "COERCE", None, "Peshawar"),
        },
    ),
    (
        "Disrupted weapons use",
        "Police foiled a planned suicide attack in Kabul on Tuesday and arrested a would-be bomber, the "
        "interior ministry said.",
        {
            ("Police Forces of Afghanistan", "COERCE", "Unidentified Armed Group (Afghanistan)", "Kabul"),
            ("Police Forces of Afghanistan", "COERCE", None, "Kabul"),
        },
    ),
    (
        "Disrupted weapons use",
        "Police foiled an attempt to smuggle explosives into Jammu on Saturday and arrested two men, a "
        "senior police officer said.",
        {("Police Forces of India", "COERCE", "Civilians (India)", "Jammu")},
    ),
    (
        "Disrupted weapons use",
        "The bomb disposal squad defused an improvised explosive device planted near a bus stand in Imphal "
        "on Thursday, police said.",
        {("Police Forces of India", "COERCE", None, "Imphal")},
    ),
    (
        "Disrupted weapons use",
        "Troops recovered a cache of explosives and detonators from a hideout in Kupwara on Saturday, an "
        "army spokesman said, adding that the material was meant for attacks.",
        {("Military Forces of India", "COERCE", None, "Kupwāra")},
    ),
    (
        "Disrupted weapons use",
        "Air defences intercepted a drone launched by the Houthis towards Jazan on Tuesday, the Saudi-led "
        "coalition said in a statement.",
        {("Military Forces of Saudi Arabia", "COERCE", "Houthis", "Jizan")},
    ),
    (
        # the people of Syria are its civilians, and the country whose people they are no place
        "Chemical weapon",
        "Syrian government forces used chlorine gas against the people of Syria in Douma, the Organisation "
        "for the Prohibition of Chemical Weapons said in a report released on Wednesday.",
        {("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Dūmā")},
    ),
    (
        "Peaceful protest",
        "The people of Sudan took to the streets in Khartoum on Friday to demand civilian rule, the "
        "Sudanese Professionals Association said.",
        {("Protesters (Sudan)", "PROTEST", None, "Khartoum")},
    ),
    (
        # CRPF jawans are the Central Reserve Police Force, a state force firing on a crowd
        "Protest with intervention",
        "CRPF jawans fired tear gas shells at protesters who were pelting stones in Shopian on Friday, "
        "witnesses said.",
        {
            ("CRPF", "COERCE", "Protesters (India)", "Shopian"),
            ("Rioters (India)", "PROTEST", None, "Shopian"),
        },
    ),
    (
        "Grenade",
        "Militants hurled a grenade at a security forces vehicle in Srinagar on Tuesday, injuring three CRPF "
        "personnel, police said.",
        {("Unidentified Armed Group (India)", "FIGHT", "Police Forces of India", "Srinagar")},
    ),
    (
        # communal clashes are mob violence: both sides are rioters, no armed group
        "Mob violence",
        "Communal clashes broke out between Hindus and Muslims in Khargone on Sunday over the route of a "
        "religious procession, police said.",
        {("Rioters (India)", "FIGHT", None, "Khargone")},
    ),
    (
        "Mob violence",
        "Members of two communities clashed in Bhadrak on Friday over a social media post, leaving 15 people "
        "injured, the district collector said.",
        {("Rioters (India)", "FIGHT", None, "Bhadrak")},
    ),
    (
        "Mob violence",
        "Hindu and Muslim groups clashed in Delhi's Jahangirpuri on Saturday during a Hanuman Jayanti "
        "procession, Delhi Police said.",
        {("Rioters (India)", "FIGHT", None, "Jahāngīrpur")},
    ),
    (
        "Mob violence",
        "Clashes erupted between Christians and Muslims in Jos on Tuesday after a dispute over a piece of "
        "land, the Plateau state police command said.",
        {("Rioters (Nigeria)", "FIGHT", None, "Jos")},
    ),
    (
        # a count before two named groups is no part of their names: each is a target
        "Armed clash",
        "The Nigerian Army said its troops killed 20 Boko Haram and ISWAP fighters in an operation near Bama "
        "in Borno state.",
        {
            ("Nigerian Armed Forces", "FIGHT", "Boko Haram", "Bama"),
            ("Nigerian Armed Forces", "FIGHT", "Islamic State West Africa Province", "Bama"),
        },
    ),
    (
        "Armed clash",
        "Troops neutralised 12 Boko Haram and ISWAP terrorists during a clearance operation in Gwoza, army "
        "spokesman Brigadier General Onyema Nwachukwu said.",
        {
            ("Nigerian Armed Forces", "FIGHT", "Boko Haram", "Gwoza"),
            ("Nigerian Armed Forces", "FIGHT", "Islamic State West Africa Province", "Gwoza"),
        },
    ),
    (
        "Suicide bomb",
        "A suicide bomber blew himself up outside a police training centre in Quetta on Wednesday, killing "
        "seven policemen, officials said.",
        {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Police Forces of Pakistan", "Quetta")},
    ),
    (
        "Suicide bomb",
        "A suicide car bomber targeted a military convoy in Mogadishu on Saturday, killing at least five "
        "soldiers, a Somali army officer said.",
        {("Unidentified Armed Group (Somalia)", "ASSAULT", "Somali National Army", "Mogadishu")},
    ),
    (
        "Suicide bomb",
        "A teenage suicide bomber killed 10 worshippers at a mosque in Maiduguri on Friday, the state "
        "emergency management agency said.",
        {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Maiduguri")},
    ),
    (
        "Government regains territory",
        "Iraqi security forces recaptured the village of Al-Bu Hayat from Islamic State militants on "
        "Monday, the Joint Operations Command said.",
        {("Iraqi Security Forces", "CAPTURE", "Islamic State", "Al-Bu Hayat")},
    ),
    (
        "Government regains territory",
        "The Afghan army retook the district of Musa Qala from the Taliban after heavy fighting, a "
        "provincial council member told reporters.",
        {
            ("Military Forces of Afghanistan", "CAPTURE", "Taliban", "Mūsá Qal‘ah"),
            ("Military Forces of Afghanistan", "FIGHT", "Taliban", "Mūsá Qal‘ah"),
        },
    ),
    (
        # retaking control of a place takes it, as taking or regaining control does
        "Government regains territory",
        "Afghan forces retook control of Kunduz city from the Taliban on Thursday, the defence ministry "
        "said.",
        {("Military Forces of Afghanistan", "CAPTURE", "Taliban", "Kunduz")},
    ),
    (
        "Headquarters or base established",
        "The army set up a new base in Kukawa after clearing the area of insurgents, a military spokesman "
        "said.",
        {
            ("Nigerian Armed Forces", "CAPTURE", None, "Kukawa"),
            ("Nigerian Armed Forces", "MOBILIZE", None, "Kukawa"),
        },
    ),
    (
        "Agreement",
        "The Colombian government and the ELN signed a ceasefire agreement in Havana on Friday, negotiators "
        "from both sides said.",
        {
            ("Colombia", "AGREE", "National Liberation Army (Colombia)", "Havana"),
            ("National Liberation Army (Colombia)", "AGREE", "Colombia", "Havana"),
        },
    ),
    (
        # the sit-in the deal ends was held
        "Agreement",
        "The Pakistani government and the TLP reached an agreement in Islamabad on Sunday to end the sit-in, "
        "Interior Minister Sheikh Rashid said.",
        {
            ("Pakistan", "AGREE", "TLP", "Islamabad"),
            ("Protesters (Pakistan)", "PROTEST", None, "Islamabad"),
            ("TLP", "AGREE", "Pakistan", "Islamabad"),
        },
    ),
    (
        "Change to group/activity",
        "Authorities imposed a curfew in Kishtwar on Thursday after communal tension, Deputy Commissioner "
        "Angrez Singh Rana said.",
        {("India", "MOBILIZE", "Civilians (India)", "Kishtwār")},
    ),
    (
        # prohibitory orders restrict gatherings, as a curfew does; the district administration governs
        "Change to group/activity",
        "The district administration imposed prohibitory orders under Section 144 in Muzaffarnagar on Monday "
        "to prevent communal violence, officials said.",
        {("India", "MOBILIZE", "Civilians (India)", "Muzaffarnagar")},
    ),
    (
        "Sexual violence",
        "Soldiers raped a 14-year-old girl during a search operation in a village in Rakhine, a rights group "
        "said on Tuesday.",
        {("Tatmadaw", "ASSAULT", "Civilians (Myanmar)", "Rakhine")},
    ),
    (
        "Sexual violence",
        "Armed men who stormed a village in Zamfara state raped several women and abducted 20 others, "
        "residents said.",
        {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Zamfara")},
    ),
    (
        "Excessive force against protesters",
        "Security forces shot dead three protesters in Baghdad on Monday as demonstrations against "
        "corruption entered their second week, medical sources said.",
        {
            ("Police Forces of Iraq", "COERCE", "Protesters (Iraq)", "Baghdad"),
            ("Protesters (Iraq)", "PROTEST", None, "Baghdad"),
        },
    ),
    (
        "Protest with intervention",
        "Police in Santiago fired rubber bullets at students who were demonstrating against a fare hike, "
        "injuring dozens, a student leader said.",
        {
            ("Police Forces of Chile", "COERCE", "Protesters (Chile)", "Santiago"),
            ("Protesters (Chile)", "PROTEST", None, "Santiago"),
        },
    ),
    (
        "Arrests",
        "The Counter Terrorism Department arrested two suspected Tehreek-e-Taliban Pakistan militants in "
        "Karachi on Monday, officials said.",
        {("Counter Terrorism Department", "COERCE", "Tehrik-i-Taliban Pakistan", "Karachi")},
    ),
    (
        "Attack",
        "Gunmen killed six people in an attack on a village in Zamfara state on Saturday, the state police "
        "command said.",
        {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Zamfara")},
    ),
    (
        "Armed clash",
        "Pakistani troops exchanged fire with militants in North Waziristan on Sunday, killing four of them, "
        "the ISPR said.",
        {("Military Forces of Pakistan", "FIGHT", "Unidentified Armed Group (Pakistan)", "North Waziristan")},
    ),
    (
        "Attack",
        "Israeli forces killed two Palestinians during clashes in Jenin on Wednesday, the Palestinian health "
        "ministry said.",
        {("Israel Defense Forces", "ASSAULT", "Civilians (Palestine)", "Janīn")},
    ),
    (
        "Armed clash",
        "Indian Army soldiers exchanged fire with Pakistani troops along the Line of Control in Poonch, a "
        "defence spokesman said.",
        {("Military Forces of India", "FIGHT", "Military Forces of Pakistan", "Pūnch")},
    ),
    (
        # "their patrol": the jawans' own, the target the possessive names (round anaphor82: a possessive
        # object of a clause of time is the victims' of the clause it hangs on, nlp/events/inner_owners.py)
        "Attack",
        "Two CRPF jawans were injured when militants attacked their patrol in Pulwama on Monday, officials "
        "said.",
        {("Unidentified Armed Group (India)", "FIGHT", "CRPF", "Pulwama")},
    ),
    (
        # the toll's relative clause on the bombing is where the bombing was (relative_places, casemiss85)
        "Suicide bomb",
        "The organization claimed responsibility for the suicide bombing in Quetta that killed 12 policemen, "
        "a spokesman for the Tehreek-e-Taliban Pakistan said.",
        {
            ("Tehrik-i-Taliban Pakistan", "ASSAULT", "Police Forces of Pakistan", "Quetta"),
            ("Tehrik-i-Taliban Pakistan", "FIGHT", None, "Quetta"),
        },
    ),
]

# (ACLED sub-event type, snippet, a row a right reading has): misses
KNOWN_MISSES: list[tuple[str, str, Row]] = [
    # "the Line of Control" is a frontier, no place named Line: the camp is in Poonch
    (
        "Headquarters or base established",
        "Indian troops established a new camp near the Line of Control in Poonch district, officials said.",
        ("Military Forces of India", "MOBILIZE", None, "Pūnch"),
    ),
    # "left seven civilians injured": the grenade attack's toll (read when the parser gives no place)
    (
        "Grenade",
        "A grenade attack on a market in Tral left seven civilians injured, police said.",
        ("Unidentified Armed Group (India)", "ASSAULT", "Civilians (India)", "Trāl"),
    ),
]
# no conflict type
NON_CONFLICT = [
    "Heavy rains triggered landslides in Kerala on Saturday, killing 18 people, the state disaster "
    "management authority said.",
    "Sri Lanka beat India by six wickets in the third one-day international in Colombo on Sunday.",
    "The Lahore High Court on Tuesday struck down a provincial tax on property transfers, ruling that it "
    "exceeded the assembly's powers.",
    "The PPP won a majority in the Sindh assembly, the Election Commission of Pakistan said on Friday.",
    "The rupee fell to a record low against the dollar in Mumbai on Thursday, dealers said.",
    "An earthquake of magnitude 6.1 jolted Balochistan on Sunday, damaging dozens of mud houses, the "
    "Pakistan Meteorological Department said.",
]


test_snippet_rows = snippet_rows(BATTERY)
test_known_misses = needed_rows(KNOWN_MISSES, "case78")
test_battery_size = battery_size(40, BATTERY, KNOWN_MISSES)
test_non_conflict_snippets = non_conflict(NON_CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a planned attack or a plot foiled was disrupted (COERCE), no fight by who foils it
        ("Police foiled a planned attack in Peshawar.",
         {("Police Forces of Pakistan", "COERCE", None, "Peshawar")}),
        ("Police thwarted a terror plot in Peshawar.",
         {("Police Forces of Pakistan", "COERCE", None, "Peshawar")}),
        # an attack or an incursion thwarted on a front stays the fight ACLED codes
        ("Police foiled an attack in Peshawar.", {("Police Forces of Pakistan", "FIGHT", None, "Peshawar")}),
        ("Pro-Hadi forces thwarted a Houthi incursion in Al Bayda.",
         {("Government of Yemen", "FIGHT", "Houthis", "Al Bayda")}),
        # a rite's procession is no protest; a procession held by protesters or supporters is
        ("Thousands joined a religious procession in Karachi.", set()),
        ("Opposition supporters held a procession in Karachi.",
         {("Protesters (Pakistan)", "PROTEST", None, "Karachi")}),
    ],
)  # fmt: skip
def test_disrupted_plots(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the central armed police forces are the KB's, state forces firing on a crowd
        ("CRPF jawans fired at protesters in Shopian.",
         {("CRPF", "COERCE", "Protesters (India)", "Shopian")}),
        ("BSF jawans killed two infiltrators in Kupwara.", {("BSF", "FIGHT", None, "Kupwāra")}),
        ("Indian soldiers fired at protesters in Shopian.",
         {("Military Forces of India", "COERCE", "Protesters (India)", "Shopian")}),
        # a count before a name is no part of it
        ("Troops killed 20 Boko Haram fighters near Bama.",
         {("Nigerian Armed Forces", "FIGHT", "Boko Haram", "Bama")}),
        # the people of a country are its civilians, the country no place of the event
        ("The people of Sudan took to the streets in Khartoum.",
         {("Protesters (Sudan)", "PROTEST", None, "Khartoum")}),
        ("Syrian forces bombed the people of Syria in Idlib.",
         {("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Idlib")}),
    ],
)  # fmt: skip
def test_forces_and_people(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # communities clashing are rioters: mob violence
        ("Two communities clashed in Bhadrak.", {("Rioters (India)", "FIGHT", None, "Bhadrak")}),
        ("Communal clashes broke out in Khargone.", {("Rioters (India)", "FIGHT", None, "Khargone")}),
        # clashes of named sides, or of no community, stay theirs
        ("Clashes broke out in Khargone.", {("Unidentified Armed Group (India)", "FIGHT", None, "Khargone")}),
        ("Clashes broke out between the army and Maoists in Bijapur.",
         {("Communist Party of India (Maoist)", "FIGHT", "Military Forces of India", "Vijayapura"),
          ("Military Forces of India", "FIGHT", "Communist Party of India (Maoist)", "Vijayapura")}),
        # retaking control of a town takes it; of a situation, nothing
        ("Afghan forces retook control of Kunduz city from the Taliban.",
         {("Military Forces of Afghanistan", "CAPTURE", "Taliban", "Kunduz")}),
        ("Afghan forces retook control of the situation in the parliament.", set()),
        # prohibitory orders imposed bind the civilians, as a curfew; an order imposed on someone does not
        ("The district administration imposed prohibitory orders in Muzaffarnagar.",
         {("India", "MOBILIZE", "Civilians (India)", "Muzaffarnagar")}),
        ("The court imposed an order on the company in Mumbai.", set()),
    ],
)  # fmt: skip
def test_communal_clashes(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
