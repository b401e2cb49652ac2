"""English news snippets by ACLED sub-event type (issue 14, round case87): a sixteenth battery, other than
case53's to case86's, in the register of humanitarian and monitoring reports (OCHA flash updates, UN
mission statements, Human Rights Watch and Amnesty findings, ISW-style daily assessments, Airwars and
ACLED weekly summaries): passive voice ("were killed when", "was reportedly abducted"), hedges
("reportedly", "allegedly", "according to local sources"), the perpetrator told late ("in an attack
attributed to 3R combatants"), two events in one sentence, lists of places, displacement and aid access;
weighted to the regions the older batteries hold least: Mozambique, the Central African Republic, South
Sudan, Ethiopia (Amhara, Fano), Yemen, Libya, Iraq (PMF), Afghanistan (ISKP), Colombia (ELN, Gulf Clan),
Mexico's cartels, the Philippines (NPA), Niger, Chad, Sudan and Ukraine. Six snippets of the same regions
give no conflict type (floods, cholera, a currency, a corruption sentence, a tariff deal, a football match);
then the general rules this round added, each with a near sentence it must not fire on.

Battery at the start of the round: 30 of 40 gave the rows below (and 5 of the 6 snippets of no conflict
type none); after: 36 of 40 (and 5 of 6: the corruption sentence is still read as the state's coercion).

Families read by this round's general rules: a hedge or tie on the subject read as the clause's verb
("gunmen believed to belong to X killed", "fighters affiliated with X attacked": nlp/hedged_subjects.py),
and 'loyal to X' read in such a hedge's infinitive (allegiant.py); a participle sharing a
passive's auxiliary, with an elided head ("were killed and two others abducted": nlp/gapped_passives.py);
the one an attack is attributed to is never its victim (by_attackers.noun_agent), and its author
(cause_phrases.blame_preps); a withdrawal clause before a capture, at its place (events/prior_places.py);
'social leaders' civilians; a base hosting forces is theirs and hosts no one; the knowledge base's
ISIS-Mozambique, Lou Nuer and Murle."""

from __future__ import annotations

import pytest
from unit._battery import battery_size, non_conflict, snippet_rows
from unit._extract import Row, both_fight
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

MOZ_IS = "Ansar al-Sunna (Mozambique)"
CAR = "Central African Republic"
DRC = "Democratic Republic of Congo"
SSD = "South Sudan"
ENDF = "Ethiopian National Defense Force"
PMF = "Popular Mobilization Forces"
NPA = "New People's Army"
PHL = "Military Forces of the Philippines"
RSF = "Rapid Support Forces"
SAF = "Sudanese Armed Forces"

BATTERY: list[tuple[str, str, set[Row]]] = [
    (
        "Attack",
        "Three civilians were killed and two others abducted on 3 June near Bossangoa, in an attack "
        "attributed to 3R combatants, according to MINUSCA.",
        {("3R: Return, Reclamation, Rehabilitation", "ASSAULT", f"Civilians ({CAR})", "Bossangoa")},
    ),
    (
        "Attack",
        "Human Rights Watch found that Wagner Group fighters and Central African soldiers summarily executed "
        "at least 12 men near Bambari in January.",
        {
            ("Central African Armed Forces", "ASSAULT", f"Civilians ({CAR})", "Bambari"),
            ("Wagner Group", "ASSAULT", f"Civilians ({CAR})", "Bambari"),
        },
    ),
    (
        "Looting/property destruction",
        "South Sudan People's Defence Forces soldiers allegedly burned more than 300 homes in Tambura "
        "county, the UN mission in South Sudan said.",
        {("South Sudan People's Defence Forces", "COERCE", None, "Tambura")},
    ),
    (
        "Air/drone strike",
        "Ethiopian federal forces carried out a drone strike on a market in Bahir Dar on 14 August, killing "
        "at least 26 civilians, according to the Ethiopian Human Rights Commission.",
        {(ENDF, "ASSAULT", "Civilians (Ethiopia)", "Bahir Dar")},
    ),
    (
        "Looting/property destruction",
        "An aid convoy was reportedly looted by armed men near Mekelle on Saturday, the UN humanitarian "
        "office said.",
        {("Unidentified Armed Group (Ethiopia)", "COERCE", None, "Mek'ele")},
    ),
    (
        # an attack on a site and the toll it took: both rows, as case86's grenade
        "Shelling/artillery/missile attack",
        "Houthi forces shelled residential areas in Taiz city on 2 March, killing two children, the UN "
        "Resident Coordinator said.",
        {("Houthis", "ASSAULT", "Civilians (Yemen)", "Taiz"), ("Houthis", "FIGHT", None, "Taiz")},
    ),
    (
        "Abduction/forced disappearance",
        "A humanitarian worker was abducted by unidentified gunmen in Abyan governorate on Monday, according "
        "to the UN mission.",
        {("Unidentified Armed Group (Yemen)", "ASSAULT", "Civilians (Yemen)", "Abyan")},
    ),
    (
        "Armed clash",
        "Clashes between the 444 Brigade and the Special Deterrence Force broke out in Tripoli overnight, "
        "killing at least 55 people, the UN Support Mission in Libya said.",
        both_fight("444 Brigade", "Special Deterrence Force", "Tripoli"),
    ),
    (
        "Sexual violence",
        "At least 17 women were reportedly raped by armed men near Bentiu while collecting firewood, "
        "according to the UN Mission in South Sudan.",
        {(f"Unidentified Armed Group ({SSD})", "ASSAULT", f"Civilians ({SSD})", "Bentiu")},
    ),
    (
        "Attack",
        "Islamic State militants attacked a Popular Mobilization Forces checkpoint near Tarmiyah, killing "
        "three fighters, Iraqi security sources said.",
        {("Islamic State", "FIGHT", PMF, "Aţ Ţārmīyah")},
    ),
    (
        "Suicide bomb",
        "An explosion claimed by ISKP killed at least 20 worshippers at a Shia mosque in Kunduz on Friday, "
        "the UN mission in Afghanistan said.",
        {("Islamic State Khorasan Province", "ASSAULT", "Civilians (Afghanistan)", "Kunduz")},
    ),
    (
        "Arrests",
        "Taliban authorities reportedly detained three women's rights activists in Kabul on 10 January, "
        "according to the UN Assistance Mission in Afghanistan.",
        {("Taliban", "COERCE", "Civilians (Afghanistan)", "Kabul")},
    ),
    (
        "Armed clash",
        "ELN guerrillas clashed with FARC dissidents in the Catatumbo region, displacing more than 30,000 "
        "people, according to the Colombian Ombudsman's Office.",
        {
            (
                "National Liberation Army (Colombia)",
                "FIGHT",
                "Revolutionary Armed Forces of Colombia Dissident Faction",
                "Catatumbo",
            )
        },
    ),
    (
        "Armed clash",
        "Mexican soldiers reportedly clashed with members of the Sinaloa Cartel near Culiacan on Tuesday, "
        "killing six suspected gunmen.",
        {("Military Forces of Mexico", "FIGHT", "Sinaloa Cartel", "Culiacán")},
    ),
    (
        "Armed clash",
        "New People's Army rebels ambushed a Philippine army patrol in Northern Samar on Monday, wounding "
        "three soldiers, the military said.",
        {(NPA, "FIGHT", PHL, "Northern Samar")},
    ),
    (
        # a camp overrun is taken (as case-battery posts and bases), after the fight told
        "Armed clash",
        "Philippine troops overran an NPA camp in Negros Oriental on Wednesday after a two-hour firefight, "
        "an army spokesman said.",
        {(PHL, "CAPTURE", NPA, "Negros Oriental"), (PHL, "FIGHT", NPA, "Negros Oriental")},
    ),
    (
        "Armed clash",
        "Suspected jihadists killed at least 17 Nigerien soldiers in an ambush near the town of Tillaberi on "
        "Tuesday, the defence ministry said.",
        {("Unidentified Armed Group (Niger)", "FIGHT", "Niger Armed Forces", "Tillabéri")},
    ),
    (
        "Armed clash",
        "Boko Haram fighters reportedly attacked an army position near Lake Chad in Chad's Lac province, "
        "killing about 40 soldiers.",
        {("Boko Haram", "FIGHT", "Chadian Armed Forces", "Lake Chad")},
    ),
    (
        "Protest with intervention",
        "Security forces fired tear gas to disperse opposition supporters who had gathered in N'Djamena "
        "ahead of the announcement of election results, a local rights group said.",
        {
            ("Police Forces of Chad", "COERCE", "Protesters (Chad)", "N'Djamena"),
            ("Protesters (Chad)", "PROTEST", None, "N'Djamena"),
        },
    ),
    (
        "Attack",
        "The RSF reportedly stormed the Zamzam displacement camp near El Fasher on Friday, killing more than "
        "100 civilians, according to aid groups.",
        {(RSF, "ASSAULT", "Civilians (Sudan)", "Zamzam"), (RSF, "FIGHT", None, "Zamzam")},
    ),
    (
        "Air/drone strike",
        "Sudanese Armed Forces aircraft bombed a market in Kabkabiya, North Darfur, on Monday, killing "
        "dozens of civilians, monitors said.",
        {(SAF, "ASSAULT", "Civilians (Sudan)", "Kabkabiya"), (SAF, "FIGHT", None, "Kabkabiya")},
    ),
    (
        "Armed clash",
        "Russian forces recently advanced in western Avdiivka, according to geolocated footage published on "
        "15 February.",
        {("Russian Armed Forces", "FIGHT", None, "Avdiyivka")},
    ),
    (
        "Disrupted weapons use",
        "Ukrainian air defences reportedly shot down 23 of 30 drones launched by Russia overnight, mostly "
        "over the Kyiv region, the air force said.",
        {("Armed Forces of Ukraine", "COERCE", "Russia", "Kyiv")},
    ),
    (
        "Air/drone strike",
        "Airwars recorded that a coalition air strike on a house in Raqqa killed nine members of one family.",
        {("US-led coalition", "ASSAULT", "Civilians (Syria)", "Ar Raqqah")},
    ),
    (
        "Protest with intervention",
        "Police in Nairobi fired tear gas to disperse hundreds of demonstrators protesting against a new "
        "finance bill, Amnesty International Kenya said.",
        {
            ("Police Forces of Kenya", "COERCE", "Protesters (Kenya)", "Nairobi"),
            ("Protesters (Kenya)", "PROTEST", None, "Nairobi"),
        },
    ),
    (
        "Peaceful protest",
        "Hundreds of displaced women held a peaceful sit-in outside the UN compound in Malakal to demand "
        "better food distributions.",
        {(f"Protesters ({SSD})", "PROTEST", None, "Malakal")},
    ),
    (
        "Excessive force against protesters",
        "Security forces allegedly shot dead at least nine protesters in Niamey on Friday, according to "
        "local human rights groups.",
        {("Police Forces of Niger", "COERCE", "Protesters (Niger)", "Niamey")},
    ),
    (
        "Mob violence",
        "A mob reportedly lynched two men accused of witchcraft in a village near Kananga, according to "
        "local civil society.",
        {(f"Rioters ({DRC})", "ASSAULT", f"Civilians ({DRC})", "Kananga")},
    ),
    (
        "Remote explosive/landmine/IED",
        "A landmine killed two children who were herding goats in Ghazni province, the UN mission said.",
        {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Ghaznī")},
    ),
    (
        "Non-state actor overtakes territory",
        "M23 rebels and Rwandan troops have taken control of Goma airport, according to UN sources.",
        {("M23", "CAPTURE", None, "Goma"), ("Rwanda Defence Force", "CAPTURE", None, "Goma")},
    ),
    (
        "Violent demonstration",
        "Residents of a displacement camp in Maiduguri reportedly set fire to a government office on Monday "
        "in protest against cuts to food rations, local sources said.",
        {("Rioters (Nigeria)", "PROTEST", "Nigeria", "Maiduguri")},
    ),
    (
        # two communities' militias fight one another (ACLED's ethnic militias, kb/actors/sudan.toml)
        "Armed clash",
        "Communal clashes between Lou Nuer and Murle youths in Jonglei state left at least 30 people dead, "
        "according to the UN mission.",
        both_fight(f"Lou Nuer Ethnic Militia ({SSD})", f"Murle Ethnic Militia ({SSD})", "Jonglei"),
    ),
    (
        "Non-state actor overtakes territory",
        "Fano militiamen reportedly took control of the town of Lalibela on Wednesday after government "
        "forces withdrew, residents told Amnesty International.",
        {("Fano", "CAPTURE", None, "Lalibela"), (ENDF, "RETREAT", None, "Lalibela")},
    ),
    (
        "Attack",
        "A social leader was shot dead by suspected Gulf Clan members in Tierralta, Cordoba department, on "
        "Thursday, the Colombian Ombudsman said.",
        {("Gulf Clan", "ASSAULT", "Civilians (Colombia)", "Tierralta")},
    ),
    (
        # the troops a base hosts are whom a rocket attack on it targets
        "Shelling/artillery/missile attack",
        "A rocket attack attributed to Popular Mobilization Forces factions targeted a military base hosting "
        "US troops near Erbil on Sunday.",
        {(PMF, "FIGHT", "Military Forces of the United States", "Erbil")},
    ),
    (
        # displacement after an attack: the attack, its author told late (events/cause_phrases.blame_preps)
        "Attack",
        "At least 1,200 people were displaced from villages in Macomia district after an attack attributed "
        "to ISIS-Mozambique, OCHA said in a flash update.",
        {(MOZ_IS, "FIGHT", None, "Macomia")},
    ),
    (
        # a claimed killing is the claimer's attack on whom its 'of' complement names (en.json verb_object
        # 'claim' 'killing', only claimed: 'killing' is no lexicon noun; round casemiss88, a known miss)
        "Armed clash",
        "Islamic State Mozambique Province claimed the killing of three soldiers in an ambush near Mocimboa "
        "da Praia on Tuesday, according to a statement carried by its Amaq news agency.",
        {(MOZ_IS, "FIGHT", "Military Forces of Mozambique", "Mocímboa da Praia")},
    ),
    (
        # the officers a suicide attack's toll counts are whom it targets, as case86's police van: the
        # police station it went off near names them (nlp/events/blast_sites.py; round casemiss88, a known
        # miss before)
        "Suicide bomb",
        "A suicide bomber blew himself up near a police station in Quetta on Saturday, killing five "
        "officers, local officials said.",
        {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Police Forces of Pakistan", "Quetta")},
    ),
    (
        # 'belong to X' in the infinitive of a hedge on a group noun makes the group X's (en.json
        # hedged_membership_words, nlp/allegiant.py; round casemiss89, a known miss before: "houses
        # belonging to X" stay no group of X's)
        "Attack",
        "Gunmen believed to belong to the Jalisco New Generation Cartel killed eleven people at a bar in "
        "Guanajuato state on Saturday, local authorities said.",
        {("Jalisco New Generation Cartel", "ASSAULT", "Civilians (Mexico)", "Guanajuato")},
    ),
]

# known misses (strict xfail: a fix moves the snippet to the battery), each with the rows a right reading has
MISSES: list[tuple[str, str, set[Row]]] = [
    (
        # ISW's daily assessment: one fight at each place of the list. Missed: one English preposition
        # heading the list gives one event, at its first name (a fight at each was tried in rounds case87 and
        # casemiss88 and left: it added places the invented gold codes as one event; a protest at each
        # is read, nlp/events/shared_prep_places.py)
        "Armed clash",
        "Russian forces conducted ground attacks near Chasiv Yar and Toretsk on Tuesday but did not make "
        "confirmed advances.",
        {
            ("Russian Armed Forces", "FIGHT", None, "Chasiv Yar"),
            ("Russian Armed Forces", "FIGHT", None, "Toretsk"),
        },
    ),
]

# no conflict type
NON_CONFLICT = [
    "Heavy rains and flash floods affected more than 40,000 people in Jonglei and Unity states last week, "
    "OCHA said in a flash update.",
    "A cholera outbreak in Cabo Delgado has infected more than 2,000 people since January, the World Health "
    "Organization said.",
    "Yemen's currency fell to a record low against the dollar in Aden on Monday, pushing up food prices, the "
    "World Food Programme said.",
    "Ethiopia and Kenya signed an agreement on Thursday to cut tariffs on coffee and tea exported across "
    "their border.",
    "Colombia beat Mexico 2-1 in a friendly match in Bogota on Saturday, with two goals in the second half.",
]

# no conflict type, still given one: a court's sentence for an ordinary offence is read as the state's
# coercion of a civilian
NON_CONFLICT_MISSES = [
    "A court in Kabul sentenced a former minister to five years in prison for corruption, the attorney "
    "general's office said.",
]

test_snippet_rows = snippet_rows(BATTERY)
test_battery_size = battery_size(40, BATTERY, MISSES)
test_known_misses = pytest.mark.xfail(strict=True, reason="known miss of round case87")(snippet_rows(MISSES))
test_non_conflict_snippets = non_conflict(NON_CONFLICT)
test_non_conflict_size = battery_size(6, NON_CONFLICT, NON_CONFLICT_MISSES)
test_non_conflict_misses = pytest.mark.xfail(strict=True, reason="known miss of round case87")(
    non_conflict(NON_CONFLICT_MISSES)
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hedge right after its subject, before a 'to' infinitive, qualifies it; the verb after is the
        # clause's (en.json belief_participles; nlp/hedged_subjects.py); 'loyal to X' there makes the
        # group X's (allegiance_adjectives; nlp/allegiant.py), and so does 'belong to X' (en.json
        # hedged_membership_words, round casemiss89)
        ("Gunmen believed to belong to the Jalisco New Generation Cartel killed eleven people at a bar in "
         "Guanajuato state on Saturday, local authorities said.",
         {("Jalisco New Generation Cartel", "ASSAULT", "Civilians (Mexico)", "Guanajuato")}),
        ("Fighters thought to be affiliated with al-Shabaab attacked a police station in Mandera on Friday.",
         {("Unidentified Armed Group (Kenya)", "FIGHT", "Police Forces of Kenya", "Mandera")}),
        ("Gunmen thought to be loyal to the Sinaloa Cartel shot dead a police officer in Celaya on Monday.",
         {("Sinaloa Cartel", "FIGHT", "Police Forces of Mexico", "Celaya")}),
        # a belief with a clause of its own is no hedge
        ("Officials believed the rebels had attacked the town of Kidal.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Kidal")}),
        # property belonging to someone names no group
        ("Gunmen killed the owner of a farm belonging to a local politician in Guanajuato.",
         {("Unidentified Armed Group (Mexico)", "ASSAULT", "Civilians (Mexico)", "Guanajuato")}),
    ],
)  # fmt: skip
def test_hedged_subjects(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tie on a group noun ('affiliated with X') names no allegiance of its own (tried and left); a tie
        # read as the clause's verb is the subject's qualifier (en.json tie_participles;
        # nlp/hedged_subjects.py)
        ("Militiamen affiliated with the Tripoli Revolutionaries Brigade attacked a checkpoint in Tripoli.",
         {("Unidentified Communal Militia (Libya)", "FIGHT", "Military Forces of Libya", "Tripoli")}),
        ("Fighters affiliated with al-Qaeda attacked an army post near Mopti on Sunday.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Mopti")}),
        # property belonging to people names no group: the seizure is the gunmen's (seizable_nouns)
        ("Gunmen seized a truck belonging to teachers in Gao.",
         {("Unidentified Armed Group (Mali)", "COERCE", None, "Gao")}),
    ],
)  # fmt: skip
def test_belonging_groups(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle conjoined to a passive shares its auxiliary; "two others" there are the first
        # subject's group (nlp/gapped_passives.py); the one an attack is attributed to is its author,
        # never its victim (nlp/events/by_attackers.noun_agent)
        ("Three civilians were killed and two others abducted near Bossangoa in an attack attributed to 3R "
         "combatants.",
         {("3R: Return, Reclamation, Rehabilitation", "ASSAULT", f"Civilians ({CAR})", "Bossangoa")}),
        ("Four villagers were shot dead and two others abducted in Kalehe in an attack by M23 rebels on "
         "Sunday.",
         {("M23", "ASSAULT", f"Civilians ({DRC})", "Kalehe")}),
        ("Two others were killed near Bossangoa in an attack attributed to 3R combatants.",
         {("3R: Return, Reclamation, Rehabilitation", "FIGHT", None, "Bossangoa")}),
        # a second clause with a past tense and an object of its own stays active
        ("Rebels were routed and soldiers retook the town of Kidal.",
         {("Malian Armed Forces", "CAPTURE", None, "Kidal")}),
    ],
)  # fmt: skip
def test_gapped_passives(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a withdrawal told as what came before a capture was where the capture was (en.json
        # prior_event_preps; nlp/events/prior_places.py)
        ("Fano militiamen seized Gondar on Wednesday after government forces withdrew.",
         {("Fano", "CAPTURE", None, "Gonder"), (ENDF, "RETREAT", None, "Gonder")}),
        ("Rebels seized Hama after the withdrawal of government troops.",
         {("Unidentified Armed Group (Syria)", "CAPTURE", None, "Ḩamāh"),
          ("Syrian Arab Army", "RETREAT", None, "Ḩamāh")}),
        # a withdrawal with a place of its own keeps it
        ("Rebels shelled Hama after government forces withdrew from Idlib.",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Ḩamāh"),
          ("Syrian Arab Army", "RETREAT", None, "Idlib")}),
    ],
)  # fmt: skip
def test_prior_withdrawals(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a 'social leader' is a civilian, no office of a state (en.json outside_state_roles,
        # civilian_role_modifiers)
        ("A social leader was shot dead by suspected Gulf Clan members in Tierralta, Cordoba department, "
         "on Thursday.",
         {("Gulf Clan", "ASSAULT", "Civilians (Colombia)", "Tierralta")}),
        ("Gunmen killed two social leaders in Tumaco on Sunday.",
         {("Unidentified Armed Group (Colombia)", "ASSAULT", "Civilians (Colombia)", "Tumaco")}),
        # a minister of social affairs is no social leader
        ("The minister of social affairs was shot dead by gunmen in Tierralta on Thursday.",
         {("Unidentified Armed Group (Colombia)", "FIGHT", None, "Tierralta")}),
    ],
)  # fmt: skip
def test_social_leaders(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site housing forces hosts no one; the forces housed are whom an attack on it targets
        # (en.json site_housing_verbs; nlp/events/weak_readings.py, nlp/events/demonym_sites.py)
        ("Rockets hit the Ain al-Asad air base, which hosts US troops, on Sunday.",
         {("Unidentified Armed Group (Iraq)", "FIGHT", "Military Forces of the United States",
           "Ain al-Asad air base")}),
        ("Drones attacked a military base hosting Turkish troops near Zakho on Monday.",
         {("Unidentified Armed Group (Iraq)", "FIGHT", "Military Forces of Turkey", "Zaxo")}),
        # a state hosting talks is no site
        ("Qatar hosted talks between the Taliban and the United States in Doha.",
         set()),
    ],
)  # fmt: skip
def test_housing_sites(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack noun blamed on someone is theirs (events/cause_phrases.blame_preps, read by agent_of)
        ("Hundreds of families fled Kalehe after an attack attributed to M23 rebels on Sunday.",
         {("M23", "FIGHT", None, "Kalehe")}),
        ("Two soldiers were wounded near Mandera in a bombing blamed on al-Shabaab.",
         {("Al-Shabaab", "FIGHT", "Military Forces of Kenya", "Mandera")}),
        # a finite blame is an accusation, no authorship read as an agent
        ("Kenya blamed al-Shabaab for the bombing in Mandera.",
         {("Kenya", "ACCUSE", "Al-Shabaab", "Mandera")}),
    ],
)  # fmt: skip
def test_blamed_attack_nouns(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
