"""English news snippets by ACLED sub-event type (issue 14, round case85): a fourteenth battery, other than
case53's to case84's, in the register of long-form articles (BBC, Guardian, Al Jazeera, New York Times
reports and explainers): background clauses ("who have controlled Sanaa since 2014"), appositions ("the
country's largest remaining rebel group", "known as ISKP"), the event in an "after", "as" or "when" clause,
quotes with the speaker after, a pronoun naming the previous sentence's actor (two-sentence snippets),
nominalised events ("the bombardment of Marib by Houthi forces", "the capture of the Panjshir valley by
the Taliban") and numbers spelled out; weighted to the regions the older batteries hold least: Yemen,
Libya, Ethiopia, Mozambique, the Sahel, Iraq and Kurdistan, Afghanistan, Armenia and Azerbaijan, Kashmir,
the Philippines, Colombia, Mexico and Cameroon. Six snippets of the same regions give no conflict type (a
marathon, a cyclone, an interest rate, an acquittal, an election, a marathon in Kashmir); then the general
rules this round added, each with a near sentence it must not fire on.

Battery at the start of the round: 21 of 40 gave the rows below (and 6 of the 6 snippets of no conflict
type none); after: 28 of 40 (and 6 of 6)."""

from __future__ import annotations

import pytest
from unit._battery import battery_size, non_conflict, snippet_rows
from unit._extract import Row, both_fight
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

LNA = "Libyan National Army"
GNA = "Government of National Accord"
TPLF = "Tigray People's Liberation Front"
ENDF = "Ethiopian National Defense Force"
ELN = "National Liberation Army (Colombia)"
AMBA = "Ambazonian Separatists (Cameroon)"
MOZ = "Mocímboa da Praia"
RDF = "Rwanda Defence Force"

BATTERY: list[tuple[str, str, set[Row]]] = [
    (
        # a background relative clause of the actor ("who have controlled Sanaa since 2014") tells no event
        "Shelling/artillery/missile attack",
        "The Houthis, who have controlled Sanaa since 2014, shelled government positions on the southern "
        "edge of Marib on Saturday, according to a military official loyal to the internationally "
        "recognised government.",
        {("Houthis", "FIGHT", "Government of Yemen", "Ma'rib")},
    ),
    (
        "Shelling/artillery/missile attack",
        "The bombardment of Marib by Houthi forces over the past three weeks has driven tens of thousands of "
        "displaced families from their camps, aid agencies say.",
        {("Houthis", "FIGHT", None, "Ma'rib")},
    ),
    (
        "Attack",
        "Eleven fishermen were killed off the coast of Hodeidah when gunmen on a speedboat opened fire on "
        "their vessel, according to the local fishermen's union.",
        {("Unidentified Armed Group (Yemen)", "ASSAULT", "Civilians (Yemen)", "Al Ḩudaydah")},
    ),
    (
        # the capital's rival militias fight one another: one untargeted fight
        "Armed clash",
        "Fighting broke out in Tripoli late on Monday between rival militias that have carved up the Libyan "
        "capital since the fall of Muammar Gaddafi in 2011, witnesses said.",
        {("Unidentified Communal Militia (Libya)", "FIGHT", None, "Tripoli")},
    ),
    (
        "Armed clash",
        "Fano militiamen, who took up arms against the federal government last year, clashed with Ethiopian "
        "troops in the town of Debre Markos on Wednesday, residents told the BBC.",
        {("Fano", "FIGHT", ENDF, "Debre Mark’os")},
    ),
    (
        "Air/drone strike",
        "Thirty civilians were killed in a drone strike carried out by the Ethiopian military on a busy "
        "market near Gondar, according to a doctor at the town's hospital.",
        {(ENDF, "ASSAULT", "Civilians (Ethiopia)", "Gonder")},
    ),
    (
        # "They then raided": the pronoun is the previous sentence's guerrillas
        "Armed clash",
        "New People's Army guerrillas ambushed an army patrol in Northern Samar on Friday. They then raided "
        "a police station in the nearby town of Las Navas, seizing eleven rifles.",
        {
            ("New People's Army", "FIGHT", "Military Forces of the Philippines", "Northern Samar"),
            ("New People's Army", "FIGHT", "Police Forces of the Philippines", "Las Navas"),
        },
    ),
    (
        "Non-state actor overtakes territory",
        "Islamist insurgents overran the coastal town of Mocimboa da Praia in Cabo Delgado in August 2020 "
        "and held it for almost a year.",
        {("Unidentified Armed Group (Mozambique)", "CAPTURE", None, MOZ)},
    ),
    (
        "Attack",
        "Fighters of JNIM, al-Qaeda's affiliate in the Sahel, killed dozens of villagers in Barsalogho in "
        "central Burkina Faso as they dug trenches to protect the town, survivors said.",
        {("Jama'at Nusrat al-Islam wal-Muslimin", "ASSAULT", "Civilians (Burkina Faso)", "Barsalogho")},
    ),
    (
        "Arrests",
        "Security forces in Sulaymaniyah arrested a journalist on Tuesday after he wrote about corruption in "
        "the local administration, his employer said.",
        {("Police Forces of Iraq", "COERCE", "Journalists (Iraq)", "Sulaymaniyah")},
    ),
    (
        # a quote first, its speaker after: one of the protesters camped outside a council
        "Peaceful protest",
        '"We will not leave until the government restores electricity," said one of the hundreds of '
        "protesters camped outside the provincial council in Basra on Sunday.",
        {("Protesters (Iraq)", "PROTEST", None, "Basrah")},
    ),
    (
        "Arrests",
        "Taliban fighters detained two women's rights activists in Kabul last week, the United Nations "
        "mission said, the latest in a string of arrests since the group returned to power.",
        {("Taliban", "COERCE", "Civilians (Afghanistan)", "Kabul")},
    ),
    (
        "Non-state actor overtakes territory",
        "The capture of the Panjshir valley by the Taliban in September 2021 ended the last organised "
        "resistance to their rule.",
        {("Taliban", "CAPTURE", None, "Panjshayr")},
    ),
    (
        "Shelling/artillery/missile attack",
        "Azerbaijani forces shelled Stepanakert, the enclave's main city, on Tuesday, as Baku launched what "
        "it called an anti-terrorist operation in Nagorno-Karabakh.",
        {("Azerbaijani Armed Forces", "FIGHT", None, "Khankendi")},
    ),
    (
        "Attack",
        "Gunmen opened fire on a bus carrying Hindu pilgrims near Reasi in Jammu, sending it plunging into a "
        "gorge and killing nine people, police said.",
        {("Unidentified Armed Group (India)", "ASSAULT", "Civilians (India)", "Riāsi")},
    ),
    (
        "Armed clash",
        "Soldiers clashed with about thirty New People's Army guerrillas in the mountains of Negros "
        "Occidental, the military said, the communist rebels' biggest engagement there in years.",
        {("Military Forces of the Philippines", "FIGHT", "New People's Army", "Negros Occidental")},
    ),
    (
        "Armed clash",
        "Gunmen from the Sinaloa cartel fought a running battle with the army in Culiacan in October 2019 "
        "after soldiers briefly detained Ovidio Guzman, a son of the jailed kingpin.",
        {
            ("Military Forces of Mexico", "COERCE", "Ovidio Guzman", "Culiacán"),
            ("Sinaloa Cartel", "FIGHT", "Military Forces of Mexico", "Culiacán"),
        },
    ),
    (
        "Looting/property destruction",
        "Members of the Jalisco New Generation Cartel set fire to shops and dozens of vehicles across "
        "Guadalajara in retaliation for the arrest of one of their commanders.",
        {("Jalisco New Generation Cartel", "COERCE", None, "Guadalajara")},
    ),
    (
        "Mob violence",
        "A mob beat two men to death and set their bodies alight in a town in Puebla state after rumours "
        "spread that they were child kidnappers.",
        {("Rioters (Mexico)", "ASSAULT", "Civilians (Mexico)", "Puebla")},
    ),
    (
        "Remote explosive/landmine/IED",
        "An improvised explosive device planted by Ambazonian separatists hit a military vehicle on the road "
        "between Bamenda and Bali, killing four soldiers.",
        {(AMBA, "ASSAULT", "Military Forces of Cameroon", "road between Bamenda and Bali")},
    ),
    (
        "Violent demonstration",
        "Residents angry at the killing of a taxi driver by a soldier set fire to a police post in Buea and "
        "pelted officers with stones.",
        {("Rioters (Cameroon)", "PROTEST", "Police Forces of Cameroon", "Buea")},
    ),
    (
        # a holder of a former office is a civilian (en.json generic_groups 'former minister')
        "Abduction/forced disappearance",
        "Gunmen from the Radaa force, which controls Mitiga airport, seized a former minister from his home "
        "in Tripoli on Wednesday night, his family said.",
        {("Special Deterrence Force", "ASSAULT", "Civilians (Libya)", "Tripoli")},
    ),
    (
        # capitalised words the parser hung apart that end a longer known name (nlp/name_tails.py)
        "Armed clash",
        "Fighters of the Islamic State Sahel Province ambushed a Nigerien army patrol near Tillaberi, "
        "killing twelve soldiers, the defence ministry said in a statement read on state television.",
        {("Islamic State Sahel Province", "FIGHT", "Niger Armed Forces", "Tillabéri")},
    ),
    (
        # Russian mercenaries are Wagner's (kb libya.toml alias)
        "Attack",
        "Malian soldiers and Russian mercenaries killed some five hundred people over five days in Moura, a "
        "town in central Mali, in March 2022, according to the United Nations.",
        {
            ("Malian Armed Forces", "ASSAULT", "Civilians (Mali)", "Moura"),
            ("Wagner Group", "ASSAULT", "Civilians (Mali)", "Moura"),
        },
    ),
    (
        # a group noun apposed to a named party restates it: no third party (nlp/events/apposed_parties.py)
        "Agreement",
        "The Colombian government and the ELN, the country's largest remaining rebel group, agreed in Havana "
        "to a six-month bilateral ceasefire.",
        {("Colombia", "AGREE", ELN, "Havana"), (ELN, "AGREE", "Colombia", "Havana")},
    ),
    (
        # the kin of a person named are civilians, not that person (en.json kin_nouns; nlp/mentions.py)
        "Abduction/forced disappearance",
        "ELN guerrillas abducted the father of the footballer Luis Diaz in La Guajira in October 2023. They "
        "released him twelve days later.",
        {(ELN, "ASSAULT", "Civilians (Colombia)", "La Guajira")},
    ),
    (
        # a cessation of hostilities signed is a pact (en.json sign, pact_nouns)
        "Agreement",
        "The Ethiopian government and the Tigray People's Liberation Front signed a permanent cessation of "
        "hostilities in Pretoria in November 2022, ending two years of war in which hundreds of thousands of "
        "people died.",
        {("Ethiopia", "AGREE", TPLF, "Pretoria"), (TPLF, "AGREE", "Ethiopia", "Pretoria")},
    ),
    (
        # a site named by a place's possessive is at that place (nlp/events/possessed_sites.py)
        "Peaceful protest",
        "Thousands of people gathered in Niamey's main stadium on Saturday to demand the departure of French "
        "troops, some of them waving Russian flags.",
        {("Protesters (Niger)", "PROTEST", "French Armed Forces", "Niamey")},
    ),
    (
        # "the last stronghold of the Libyan National Army": the apposition names who held the town, its
        # loser (read since the merge of round 85: town_holders / taken_from)
        "Government regains territory",
        "The Government of National Accord regained control of Tarhuna, the last stronghold of the Libyan "
        "National Army in western Libya, in June 2020, ending a fourteen-month offensive on Tripoli.",
        {(GNA, "CAPTURE", LNA, "Tarhuna")},
    ),
    (
        # a sea that borders several countries is no sign of one (casemiss86)
        "Air/drone strike",
        "American and British warplanes struck Houthi targets around the port city of Hodeidah overnight. "
        "The rebels, who have attacked shipping in the Red Sea since November, vowed to retaliate.",
        {
            ("Military Forces of the United Kingdom", "FIGHT", "Houthis", "Al Ḩudaydah"),
            ("Military Forces of the United States", "FIGHT", "Houthis", "Al Ḩudaydah"),
        },
    ),
    (
        # a state with no namesake town is placed at its centre (casemiss86)
        "Abduction/forced disappearance",
        "Abu Sayyaf gunmen, who have for decades financed themselves through kidnapping for ransom, seized "
        "three Indonesian fishermen off the coast of Sabah, the Malaysian police said.",
        {("Abu Sayyaf", "ASSAULT", "Civilians (Indonesia)", "Sabah")},
    ),
    (
        # a name compounded with a facility noun is the facility's, no actor (nlp/site_names.py, casemiss87)
        "Air/drone strike",
        "A drone struck the Khor Mor gas field near Chamchamal in Iraqi Kurdistan on Wednesday, the third "
        "such attack this year, halting production and cutting power to much of the region.",
        {("Unidentified Armed Group (Iraq)", "FIGHT", None, "Jamjamāl")},
    ),
    (
        # "dissidents of the former FARC guerrilla": the dissident faction (en.json splinter_nouns), and the
        # police station the bomb went off outside, the police hit (nlp/events/group_heads.py,
        # nlp/events/blast_sites.py; round casemiss88, a known miss before)
        "Remote explosive/landmine/IED",
        "A car bomb exploded outside a police station in Jamundi, near Cali, on Tuesday, in an attack the "
        "authorities attributed to dissidents of the former FARC guerrilla.",
        {
            (
                "Revolutionary Armed Forces of Colombia Dissident Faction",
                "ASSAULT",
                "Police Forces of Colombia",
                "Jamundí",
            )
        },
    ),
]

# (ACLED sub-event type, snippet, the rows a right reading has): still missed
KNOWN_MISSES: list[tuple[str, str, set[Row]]] = [
    (
        # "from which American troops withdrew last year": a past withdrawal in a relative clause on the
        # place, background to the base, is read as an event of its own (RETREAT); only "since" clauses are
        # background yet
        "Headquarters or base established",
        "Russian military instructors have set up a base at the airport in Niamey, from which American "
        "troops withdrew last year.",
        {("Russian Armed Forces", "MOBILIZE", None, "Niamey")},
    ),
    (
        # "they had recaptured ... from the insurgents": with a pronoun subject the "from" complement is not
        # read as the loser (with "Rwandan troops" as subject it is, with the wrong country for the
        # insurgents)
        "Government regains territory",
        "Rwandan troops were deployed to Cabo Delgado in July 2021. Within weeks they had recaptured the "
        "port of Mocimboa da Praia from the insurgents.",
        {
            (RDF, "CAPTURE", "Unidentified Armed Group (Mozambique)", MOZ),
            (RDF, "MOBILIZE", None, "Cabo Delgado"),
        },
    ),
    (
        # "carried out the bombing ..., in which forty-six worshippers were killed": the toll in a relative
        # clause on the bombing noun is read as an agentless killing of its own, and the bombing row is
        # dropped
        "Suicide bomb",
        "The Islamic State's local branch, known as ISKP, said it carried out the bombing of a Shia mosque "
        "in Kunduz, in which at least forty-six worshippers were killed.",
        {("Islamic State Khorasan Province", "ASSAULT", "Civilians (Afghanistan)", "Kunduz")},
    ),
    (
        # the march told with "They" in the second sentence is read, but its place (Yerevan, in the first
        # sentence) is not carried over
        "Peaceful protest",
        "Tens of thousands of people followed Archbishop Bagrat Galstanyan into central Yerevan on Sunday. "
        "They marched to parliament to demand the resignation of Prime Minister Nikol Pashinyan.",
        {("Protesters (Armenia)", "PROTEST", "Armenia", "Yerevan")},
    ),
    (
        # an agentless gunfight whose dead name both sides: one side only, and "the Kupwara district of
        # Indian-administered Kashmir" resolves to another place (Kopawor)
        "Armed clash",
        "Two militants and a soldier were killed in a gunfight in the Kupwara district of "
        "Indian-administered Kashmir, the army said.",
        both_fight("Military Forces of India", "Unidentified Armed Group (India)", "Kupwāra"),
    ),
    (
        # "the police said, blaming militants of the LeT": the accusation is given the unnamed attackers, not
        # the police (with a bare "the Lashkar-e-Taiba" the name is mis-tokenised and nothing is read)
        "Grenade",
        "A grenade thrown at a crowded market in Srinagar on Sunday wounded twelve shoppers, the police "
        "said, blaming militants of the Lashkar-e-Taiba.",
        {
            ("Police Forces of India", "ACCUSE", "Lashkar-e-Taiba", "Srinagar"),
            ("Unidentified Armed Group (India)", "ASSAULT", "Civilians (India)", "Srinagar"),
        },
    ),
    (
        # "separatist fighters" in Cameroon are the Ambazonian separatists; a generic noun names no KB group
        # by country (shared_names would make every "separatists" Ambazonian)
        "Attack",
        "Separatist fighters in Cameroon's English-speaking North-West region, where a conflict has killed "
        "more than six thousand people since 2017, attacked a school in Kumbo on Monday, killing a teacher.",
        {(AMBA, "ASSAULT", "Civilians (Cameroon)", "Kumbo"), (AMBA, "FIGHT", None, "Kumbo")},
    ),
]

# no conflict type
NON_CONFLICT = [
    "Ethiopia's Tigist Assefa won the women's race at the London Marathon on Sunday, breaking the "
    "women-only world record by more than two minutes.",
    "Cyclone Chido, which made landfall in Cabo Delgado on Sunday, destroyed thousands of homes and left "
    "tens of thousands of people without power.",
    "Colombia's central bank cut its benchmark interest rate by half a point to nine and a half percent, the "
    "seventh cut in a row.",
    "A court in Manila acquitted the former senator Leila de Lima of drug charges on Monday, more than six "
    "years after her arrest.",
    "Voters in Iraqi Kurdistan went to the polls on Sunday in a long-delayed parliamentary election, in "
    "which the Kurdistan Democratic Party won the most seats.",
    "Kashmir's first international marathon drew runners from thirteen countries to Srinagar on Sunday, in a "
    "region better known for decades of insurgency.",
]


test_snippet_rows = snippet_rows(BATTERY)
test_battery_size = battery_size(40, BATTERY, KNOWN_MISSES)
test_non_conflict_snippets = non_conflict(NON_CONFLICT)


@pytest.mark.xfail(strict=True, reason="known miss of round case85")
@pytest.mark.parametrize(("sub_event_type", "text", "expected"), KNOWN_MISSES)
def test_known_misses(sub_event_type: str, text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitalised words the parser hung apart that end a longer known name: the branch, not the parent
        # (nlp/name_tails.py)
        ("Fighters of the Islamic State Sahel Province ambushed a patrol near Tillaberi.",
         {("Islamic State Sahel Province", "FIGHT", "Niger Armed Forces", "Tillabéri")}),
        ("Members of the Islamic State Sahel Province killed ten villagers near Menaka.",
         {("Islamic State Sahel Province", "ASSAULT", "Civilians (Mali)", "Ménaka")}),
        # a date after the name is no part of it
        ("Fighters of the Islamic State Tuesday ambushed a patrol near Tillaberi.",
         {("Islamic State", "FIGHT", "Niger Armed Forces", "Tillabéri")}),
    ],
)  # fmt: skip
def test_name_tails_cut_off(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group noun apposed to a named party of a coordinated subject restates it
        # (nlp/events/apposed_parties.py)
        ("Sudan's army and the RSF, a paramilitary force, agreed in Jeddah to a ceasefire.",
         {("Rapid Support Forces", "AGREE", "Sudanese Armed Forces", "Jeddah"),
          ("Sudanese Armed Forces", "AGREE", "Rapid Support Forces", "Jeddah")}),
        ("Sudan's army and the RSF, two rival forces, met in Jeddah.",
         {("Rapid Support Forces", "CONSULT", "Sudanese Armed Forces", "Jeddah"),
          ("Sudanese Armed Forces", "CONSULT", "Rapid Support Forces", "Jeddah")}),  # round frstyle89
        # a person apposed to a title stays who he is
        ("The army and Hamid Karzai, the president, met in Kabul.",
         {("Afghanistan", "CONSULT", "Military Forces of Afghanistan", "Kabul"),
          ("Military Forces of Afghanistan", "CONSULT", "Afghanistan", "Kabul")}),  # round frstyle89
    ],
)  # fmt: skip
def test_apposed_group_nouns(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a group noun with the name it is known by (nlp/events/known_as.py)
        ("The Islamic State's local branch, known as ISKP, bombed a Shia mosque in Kunduz.",
         {("Islamic State Khorasan Province", "FIGHT", None, "Kunduz")}),
        ("The group, known as ISKP, bombed a mosque in Kunduz.",
         {("Islamic State Khorasan Province", "FIGHT", None, "Kunduz")}),
        # known for something: no name
        ("The Islamic State's local branch, known for its brutality, bombed a mosque in Kunduz.",
         {("Islamic State", "FIGHT", None, "Kunduz")}),
    ],
)  # fmt: skip
def test_known_as(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the kin of a person named are civilians, not that person (en.json kin_nouns, generic_groups;
        # nlp/mentions.py)
        ("ELN guerrillas abducted the father of the footballer Luis Diaz in La Guajira.",
         {("National Liberation Army (Colombia)", "ASSAULT", "Civilians (Colombia)", "La Guajira")}),
        ("Gunmen kidnapped the mother of Senator Ali Ndume in Kaduna.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kaduna")}),
        ("ELN guerrillas abducted the footballer Luis Diaz in La Guajira.",
         {("National Liberation Army (Colombia)", "ASSAULT", "Luis Diaz", "La Guajira")}),
        # the holder of a former office is a civilian (en.json generic_groups); a sitting one the state
        ("Gunmen kidnapped a former governor in Kaduna.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kaduna")}),
        ("Gunmen kidnapped the governor in Kaduna.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Nigeria", "Kaduna")}),
        # Russian mercenaries are Wagner's, Russian soldiers Russia's (kb libya.toml)
        ("Russian mercenaries executed twelve civilians near Bria.",
         {("Wagner Group", "ASSAULT", "Civilians (Central African Republic)", "Bria")}),
        ("Russian soldiers executed twelve civilians near Bucha.",
         {("Russian Armed Forces", "ASSAULT", "Civilians (Ukraine)", "Bucha")}),
    ],
)  # fmt: skip
def test_kin_former_offices_mercenaries(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site named by a place's possessive is at that place (nlp/events/possessed_sites.py)
        ("Hundreds of students gathered at Khartoum's main university on Monday.",
         {("Protesters (Sudan)", "PROTEST", "Sudan", "Khartoum")}),
        ("Gunmen attacked Mogadishu's main market on Monday.",
         {("Unidentified Armed Group (Somalia)", "FIGHT", "Somalia", "Mogadishu")}),
        # an organisation's site is no place
        ("Protesters gathered in the party's headquarters in Nairobi on Saturday.",
         {("Protesters (Kenya)", "PROTEST", None, "Nairobi")}),
        # a relative clause with "since" is background, no event (nlp/events/background_clauses.py)
        ("The rebels, who have attacked shipping in the Red Sea since November, vowed to retaliate.", set()),
        # the Red Sea is no sign of Sudan, whose state bears its name: the rebels have no country (casemiss86)
        ("The rebels, who attacked a tanker in the Red Sea on Monday, vowed to retaliate.",
         {("Unidentified Armed Group", "FIGHT", None, "Red Sea")}),
        ("The Houthis have attacked shipping in the Red Sea since November.",
         {("Houthis", "FIGHT", None, "Red Sea")}),
        # a cessation of hostilities signed is a pact (en.json sign, pact_nouns)
        ("The government and the rebels signed a cessation of hostilities in Juba.",
         {("South Sudan", "AGREE", "Unidentified Armed Group (South Sudan)", "Juba"),
          ("Unidentified Armed Group (South Sudan)", "AGREE", "South Sudan", "Juba")}),
        ("The president signed an order in Juba.", set()),
    ],
)  # fmt: skip
def test_owned_sites_background_pacts(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
