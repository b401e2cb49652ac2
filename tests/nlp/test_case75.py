"""English news snippets by ACLED sub-event type (issue 14, round case75): an eighth battery, other than
case53's to case72's, in the register of the CASE-2021 Task-2 news sentences (Indian, South African,
Pakistani, Bangladeshi, Nigerian, Latin American and Iraqi English-language press: reported speech,
officials named, the event often in a subordinate clause), weighted to what the older batteries hold
fewest of among the types the brief names: arrests (police detained, nabbed, picked up, remanded),
abductions, mob violence (lynchings, villagers clashing, residents attacking foreigners), property
destruction (torched, ransacked, vandalised), violent demonstrations (stone-pelting, rioters),
interventions (tear gas, water cannon, a sit-in dispersed), peaceful protests (dharna, sit-in, hunger
strike, march), IEDs and grenades (Chhattisgarh, Kashmir, Manipur, Waziristan, Kirkuk, Guanajuato),
sexual violence, a curfew (change to group activity) and organised crime (cartels, gangs, extortion);
each with the exact rows read, whose types fit the sub-event type as eval.acled_coverage judges them;
snippets of the same regions that give no conflict type (a flood, a cricket match, a tax ruling, an
earthquake, an election result, a rate decision); the known misses, with the row a right reading
needs (xfail, strict: a fix must move them into the battery); then the general rules this round
added, each with a near sentence it must not fire on.

Battery at the start of the round: 33 of 40 gave the rows below (and 5 of the 6 snippets of no conflict
type none: the tax ruling read as a protest); after: 39 of 40 (and 6 of 6)."""

from __future__ import annotations

import pytest
from unit._battery import battery_size, needed_rows, non_conflict, snippet_rows
from unit._extract import Row, modal_rows
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


# (ACLED sub-event type, snippet, the rows read: actor, type, target, place); rows keep every event
# the KG holds, whatever its modality (a planned rally, protests prevented: see test_called_off)
BATTERY: list[tuple[str, str, set[Row]]] = [
    (
        "Arrests",
        "Police on Tuesday arrested three men in connection with the murder of a shopkeeper in Ludhiana, "
        "Deputy Commissioner of Police Harmeet Sandhu said.",
        {("Police Forces of India", "COERCE", "Civilians (India)", "Ludhiana")},
    ),
    (
        "Arrests",
        "The National Investigation Agency has arrested two suspected Lashkar-e-Taiba operatives in "
        "Srinagar, officials said on Friday.",
        {("National Investigation Agency", "COERCE", "Lashkar-e-Taiba", "Srinagar")},
    ),
    (
        # the rally planned is no protest held: its row is hypothetical (modality), as the KG keeps it
        "Arrests",
        "Pakistani police detained more than 50 supporters of Imran Khan's party in Lahore on Sunday ahead "
        "of a planned rally, a party spokesman said.",
        {
            ("Police Forces of Pakistan", "COERCE", "Protesters (Pakistan)", "Lahore"),
            ("Protesters (Pakistan)", "PROTEST", None, "Lahore"),
        },
    ),
    (
        "Arrests",
        "Six Maoists were nabbed by a joint team of the CRPF and district police in Gadchiroli on "
        "Wednesday, Superintendent of Police Ravi Deshmukh told reporters.",
        {
            ("CRPF", "COERCE", "Communist Party of India (Maoist)", "Garhchiroli"),
            ("Police Forces of India", "COERCE", "Communist Party of India (Maoist)", "Garhchiroli"),
        },
    ),
    (
        "Arrests",
        "South African police have arrested 12 people suspected of involvement in taxi violence in Mthatha, "
        "police spokesperson Captain Nomsa Dlamini said on Monday.",
        {("Police Forces of South Africa", "COERCE", "Civilians (South Africa)", "Mthatha")},
    ),
    (
        # the KB knows the BNP now (round enmiss83b): its canonical name
        "Arrests",
        "A court in Chittagong on Thursday remanded four BNP activists who were picked up by police during "
        "the hartal, their lawyer said.",
        {
            ("Police Forces of Bangladesh", "COERCE", "Bangladesh Nationalist Party", "Chattogram"),
            ("Protesters (Bangladesh)", "PROTEST", None, "Chattogram"),
        },
    ),
    (
        "Abduction/forced disappearance",
        "Gunmen abducted 15 students from a secondary school in Kaduna state on Tuesday night, police "
        "spokesman Ahmed Yusuf said.",
        {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kaduna")},
    ),
    (
        # a sarpanch is no actor the KB or the generic groups know: no target
        "Abduction/forced disappearance",
        "Suspected Maoists kidnapped a village sarpanch from his home in Bijapur district of Chhattisgarh "
        "on Saturday, police said.",
        {("Communist Party of India (Maoist)", "ASSAULT", None, "Bījāpur")},
    ),
    (
        "Abduction/forced disappearance",
        "NPA rebels abducted two soldiers in Northern Samar on Sunday, the Philippine army said in a "
        "statement.",
        {("New People's Army", "ASSAULT", "Military Forces of the Philippines", "Northern Samar")},
    ),
    (
        "Abduction/forced disappearance",
        "Armed men kidnapped a journalist in the Mexican state of Guerrero on Friday, his family said.",
        {("Unidentified Armed Group (Mexico)", "ASSAULT", "Journalists (Mexico)", "Guerrero")},
    ),
    (
        "Mob violence",
        "A mob lynched a man suspected of cattle theft in Alwar district of Rajasthan on Friday night, "
        "police said.",
        {("Rioters (India)", "ASSAULT", "Civilians (India)", "Alwar")},
    ),
    (
        "Mob violence",
        "An angry mob beat two suspected child kidnappers to death in Dhule, police officials said on "
        "Monday.",
        {("Rioters (India)", "ASSAULT", "Civilians (India)", "Dhule")},
    ),
    (
        "Mob violence",
        "Residents of an informal settlement in Durban attacked foreign nationals on Tuesday night, the "
        "KwaZulu-Natal police said.",
        {("Rioters (South Africa)", "ASSAULT", "Civilians (International)", "Durban")},
    ),
    (
        "Looting/property destruction",
        "Unidentified miscreants set fire to a BJP office in Kolkata on Tuesday night, party leaders "
        "alleged.",
        {("Unidentified Armed Group (India)", "COERCE", "BJP", "Kolkata")},
    ),
    (
        "Looting/property destruction",
        "Suspected Maoists torched 12 vehicles engaged in road construction in Dantewada district on "
        "Thursday, police said.",
        {("Communist Party of India (Maoist)", "COERCE", None, "Dantewada")},
    ),
    (
        "Looting/property destruction",
        "Armed men ransacked and looted shops in Jos on Sunday, the Plateau state police command said.",
        {("Unidentified Armed Group (Nigeria)", "COERCE", None, "Jos")},
    ),
    (
        "Looting/property destruction",
        "Miscreants vandalised a Hindu temple in Comilla on Wednesday night, police said.",
        {("Unidentified Armed Group (Bangladesh)", "COERCE", None, "Comilla")},
    ),
    (
        "Violent demonstration",
        "Stone-pelting protesters injured six policemen in Srinagar on Friday after the funeral of a "
        "militant, a police officer said.",
        {("Rioters (India)", "PROTEST", "Police Forces of India", "Srinagar")},
    ),
    (
        "Violent demonstration",
        "Residents protesting against power cuts burned tyres and pelted police with stones in Soweto on "
        "Monday, police spokesman Thabo Mokoena said.",
        {("Rioters (South Africa)", "PROTEST", "Police Forces of South Africa", "Soweto")},
    ),
    (
        "Violent demonstration",
        "Rioters set fire to a police station in Karachi on Saturday, a police official said.",
        {("Rioters (Pakistan)", "PROTEST", "Police Forces of Pakistan", "Karachi")},
    ),
    (
        "Protest with intervention",
        "Police dispersed hundreds of health workers who were staging a sit-in outside the health "
        "minister's residence in Chandigarh on Monday, union leaders said.",
        {
            ("Police Forces of India", "COERCE", "Protesters (India)", "Chandigarh"),
            ("Protesters (India)", "PROTEST", None, "Chandigarh"),
        },
    ),
    (
        "Protest with intervention",
        "Police fired tear gas to disperse students protesting against a fee hike in Johannesburg on "
        "Wednesday, the university said.",
        {
            ("Police Forces of South Africa", "COERCE", "Protesters (South Africa)", "Johannesburg"),
            ("Protesters (South Africa)", "PROTEST", None, "Johannesburg"),
        },
    ),
    (
        "Protest with intervention",
        "Police used water cannon on PTI supporters who were demonstrating in Islamabad on Tuesday.",
        {("PTI", "PROTEST", None, "Islamabad"), ("Police Forces of Pakistan", "COERCE", "PTI", "Islamabad")},
    ),
    (
        "Peaceful protest",
        "Farmers staged a dharna outside the district collectorate in Bathinda on Monday demanding "
        "compensation for crop losses, union leader Jaswinder Brar said.",
        {("Protesters (India)", "PROTEST", None, "Bathinda")},
    ),
    (
        "Peaceful protest",
        "Hundreds of garment workers marched in Dhaka on Sunday demanding higher wages, union leaders said.",
        {("Protesters (Bangladesh)", "PROTEST", None, "Dhaka")},
    ),
    (
        "Peaceful protest",
        "Congress workers held a sit-in in Bhopal on Saturday against the rise in fuel prices.",
        {("Protesters (India)", "PROTEST", None, "Bhopal")},
    ),
    (
        "Peaceful protest",
        "Activists began an indefinite hunger strike in Imphal on Monday demanding the repeal of AFSPA, the "
        "organisers said.",
        {("Protesters (India)", "PROTEST", None, "Imphal")},
    ),
    (
        "Remote explosive/landmine/IED",
        "Two jawans were killed and three injured when Maoists triggered an IED blast targeting their "
        "vehicle in Sukma district of Chhattisgarh on Saturday, a senior police officer said.",
        {("Communist Party of India (Maoist)", "FIGHT", "Military Forces of India", "Sukma")},
    ),
    (
        "Remote explosive/landmine/IED",
        "A roadside bomb killed three soldiers in North Waziristan on Tuesday, Pakistan's military said.",
        {
            (
                "Unidentified Armed Group (Pakistan)",
                "ASSAULT",
                "Military Forces of Pakistan",
                "North Waziristan",
            ),
        },
    ),
    (
        "Remote explosive/landmine/IED",
        "A car bomb exploded near a checkpoint in Kirkuk on Thursday, killing two policemen, security "
        "sources said.",
        {("Unidentified Armed Group (Iraq)", "ASSAULT", "Police Forces of Iraq", "Kirkuk")},
    ),
    (
        "Grenade",
        "Militants hurled a grenade at a CRPF bunker in Sopore on Wednesday, injuring two personnel, police "
        "said.",
        {("Unidentified Armed Group (India)", "FIGHT", "CRPF", "Sopur")},
    ),
    (
        "Grenade",
        "Suspected militants lobbed a grenade at a police station in Imphal on Sunday night, police said.",
        {("Unidentified Armed Group (India)", "FIGHT", "Police Forces of India", "Imphal")},
    ),
    (
        "Grenade",
        "Suspected gang members threw a grenade into a bar in Celaya on Saturday, killing four people, "
        "local officials said.",
        {
            ("Unidentified Armed Group (Mexico)", "ASSAULT", "Civilians (Mexico)", "Celaya"),
            ("Unidentified Armed Group (Mexico)", "FIGHT", None, "Celaya"),
        },
    ),
    (
        "Sexual violence",
        "Soldiers raped two women during a raid on a village in Borno state, Amnesty International said on "
        "Monday.",
        {("Nigerian Armed Forces", "ASSAULT", "Civilians (Nigeria)", "Borno")},
    ),
    (
        "Sexual violence",
        "Armed men gang-raped a woman in Zamfara state on Friday, police said.",
        {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Zamfara")},
    ),
    (
        # the protests a curfew prevents were not held: their row is denied (modality)
        "Change to group/activity",
        "Authorities imposed a curfew in Srinagar on Saturday to prevent protests, officials said.",
        {
            ("India", "MOBILIZE", "Civilians (India)", "Srinagar"),
            ("Protesters (India)", "PROTEST", None, "Srinagar"),
        },
    ),
    (
        "Attack",
        "Gunmen from a drug cartel shot dead five people at a bar in Tijuana on Saturday, state prosecutors "
        "said.",
        {("Unidentified Armed Group (Mexico)", "ASSAULT", "Civilians (Mexico)", "Tijuana")},
    ),
    (
        "Armed clash",
        "Gang members opened fire on a police patrol in Rio de Janeiro on Tuesday, killing one officer, "
        "police said.",
        {("Unidentified Armed Group (Brazil)", "FIGHT", "Police Forces of Brazil", "Rio de Janeiro")},
    ),
    (
        # the victim's refusal to pay is his own act (REJECT), beside the killing
        "Attack",
        "Suspected extortionists shot dead a businessman in Karachi on Monday after he refused to pay, "
        "police said.",
        {
            ("Civilians (Pakistan)", "REJECT", None, "Karachi"),
            ("Unidentified Armed Group (Pakistan)", "ASSAULT", "Civilians (Pakistan)", "Karachi"),
        },
    ),
]

# (ACLED sub-event type, snippet, a row a right reading has): misses
KNOWN_MISSES: list[tuple[str, str, Row]] = [
    # villagers who clash with a neighbouring village are a mob, read as the unnamed armed group
    (
        "Mob violence",
        "Villagers armed with machetes clashed with residents of a neighbouring village in Ebonyi state on "
        "Monday, leaving four people dead, police said.",
        ("Rioters (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Ebonyi"),
    ),
]
# no conflict type
NON_CONFLICT = [
    "Floods in Assam have displaced more than 200,000 people in 12 districts, the state disaster "
    "management authority said on Tuesday.",
    "India beat Pakistan by 89 runs in a World Cup match in Manchester on Sunday.",
    "The Supreme Court on Friday upheld the tax demand against a telecom company in New Delhi.",
    "An earthquake of magnitude 5.2 struck northern Pakistan on Wednesday, the meteorological department "
    "said.",
    "The ANC won 57 percent of the vote in the municipal elections, the Electoral Commission said in "
    "Pretoria on Monday.",
    "The Reserve Bank of India left its key interest rate unchanged on Thursday, its governor said in "
    "Mumbai.",
]


test_snippet_rows = snippet_rows(BATTERY)
test_known_misses = needed_rows(KNOWN_MISSES, "case75")
test_battery_size = battery_size(40, BATTERY, KNOWN_MISSES)
test_non_conflict_snippets = non_conflict(NON_CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # water cannon used or turned on people is force against them, as tear gas is
        ("Police used water cannon on protesters in Islamabad.",
         {("Police Forces of Pakistan", "COERCE", "Protesters (Pakistan)", "Islamabad")}),
        ("Police turned water cannon on protesters in Islamabad.",
         {("Police Forces of Pakistan", "COERCE", "Protesters (Pakistan)", "Islamabad")}),
        # on no one, none
        ("Police used water cannon in Islamabad.", set()),
        # a baton-charge is the lathi-charge; the tagger's adjective taking an object is the verb
        ("Police baton-charged protesting students in Dhaka.",
         {("Police Forces of Bangladesh", "COERCE", "Protesters (Bangladesh)", "Dhaka")}),
        ("Protesters were baton-charged in Dhaka.",
         {("Police Forces of Bangladesh", "COERCE", "Protesters (Bangladesh)", "Dhaka")}),
    ],
)  # fmt: skip
def test_crowd_force(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people told staging or holding a protest noun are a crowd the forces met
        ("Police arrested farmers who were staging a dharna in Bathinda.",
         {("Police Forces of India", "COERCE", "Protesters (India)", "Bathinda"),
          ("Protesters (India)", "PROTEST", None, "Bathinda")}),
        ("Police dispersed hundreds of workers who were staging a sit-in in Chandigarh.",
         {("Police Forces of India", "COERCE", "Protesters (India)", "Chandigarh"),
          ("Protesters (India)", "PROTEST", None, "Chandigarh")}),
        # a meeting is no protest; hundreds of workers alone are no crowd
        ("Police arrested workers who were holding a meeting in Bathinda.",
         {("Police Forces of India", "COERCE", "Civilians (India)", "Bathinda")}),
        ("Police dispersed hundreds of workers in Chandigarh.",
         {("Police Forces of India", "COERCE", "Civilians (India)", "Chandigarh")}),
    ],
)  # fmt: skip
def test_crowds_held(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a protest prevented, banned or cancelled was not held; a planned or postponed one not yet
        ("Authorities imposed a curfew in Srinagar to prevent protests.",
         {("India", "MOBILIZE", "Srinagar", "asserted"),
          ("Protesters (India)", "PROTEST", "Srinagar", "denied")}),
        ("Protests were banned in Srinagar.", {("Protesters (India)", "PROTEST", "Srinagar", "denied")}),
        ("The opposition postponed its march in Dhaka.",
         {("Opposition (Bangladesh)", "PROTEST", "Dhaka", "hypothetical")}),
        ("Police arrested 50 supporters in Lahore ahead of a planned rally.",
         {("Police Forces of Pakistan", "COERCE", "Lahore", "asserted"),
          ("Protesters (Pakistan)", "PROTEST", "Lahore", "hypothetical")}),
        # one held despite a ban was held
        ("Protesters held a rally in Lahore despite the ban.",
         {("Protesters (Pakistan)", "PROTEST", "Lahore", "asserted")}),
    ],
)  # fmt: skip
def test_called_off(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    assert modal_rows(text, "en", "2020-05-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a law is what a protest is against, no party
        ("Farmers protested in Delhi against the CAA.", {("Protesters (India)", "PROTEST", None, "Delhi")}),
        ("Students protested in Delhi against the Citizenship Amendment Act.",
         {("Protesters (India)", "PROTEST", None, "Delhi")}),
        ("Activists protested in Imphal demanding the repeal of AFSPA.",
         {("Protesters (India)", "PROTEST", None, "Imphal")}),
        # a party is one
        ("Farmers protested in Delhi against the BJP.", {("Protesters (India)", "PROTEST", "BJP", "Delhi")}),
        # operatives of a named group, and its acronym, are the group
        ("Police arrested two JeM operatives in Pulwama.",
         {("Police Forces of India", "COERCE", "Jaish-e-Mohammed", "Pulwama")}),
        ("Police arrested two Hizbul Mujahideen operatives in Sopore.",
         {("Police Forces of India", "COERCE", "Hizbul Mujahideen", "Sopur")}),
        # residents turning on foreigners are a mob; gunmen stay an armed group
        ("Residents attacked foreigners in Durban.",
         {("Rioters (South Africa)", "ASSAULT", "Civilians (International)", "Durban")}),
        ("Gunmen attacked foreigners in Durban.",
         {("Unidentified Armed Group (South Africa)", "ASSAULT", "Civilians (International)", "Durban")}),
        # foreign nationals are foreigners
        ("Gunmen kidnapped two foreign nationals in Port Harcourt.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (International)", "Port Harcourt")}),
    ],
)  # fmt: skip
def test_laws_and_members(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the author a clause of time names for an agentless killing
        ("Two jawans were killed when Maoists triggered an IED blast in Sukma.",
         {("Communist Party of India (Maoist)", "FIGHT", "Military Forces of India", "Sukma")}),
        # the soldiers killed are the bombing's target (clause_tolls, round case84)
        ("Two soldiers were killed when al-Shabaab militants detonated a roadside bomb near Afgoye.",
         {("Al-Shabaab", "ASSAULT", "Somali National Army", "Afgooye")}),
        # an accident names none
        ("Three workers were killed when a boiler exploded in Sukma.", set()),
        # a court rules: the classifier's protest or attack is none; without a court it still types
        ("The High Court quashed the order against the activists.", set()),
        ("Militants torched a checkpoint in Kunduz.",
         {("Unidentified Armed Group (Afghanistan)", "COERCE", None, "Kunduz")}),
    ],
)  # fmt: skip
def test_told_authors(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
