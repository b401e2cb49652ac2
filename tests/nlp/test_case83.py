"""English news snippets by ACLED sub-event type (issue 14, round case83): a twelfth battery, other than
case53's to case82's, in the register of the CASE-2021 Task-2 news sentences and the ACLED notes, weighted
to the kinds and regions the older batteries hold least: remote explosives and landmines, air and drone
strikes, looting and property destruction, arrests, violent demonstrations, mob violence, protests met by
force, non-violent transfers of territory and bases set up; Latin America (Mexico, Colombia, Brazil,
Haiti, Venezuela), South and South-East Asia (Myanmar, Bangladesh, southern Thailand, the Philippines),
the Sahel (Burkina Faso, Niger), Ethiopia, Cabo Delgado and Iraq. Real forms: passives with and without
agent, reported speech, the event in a subordinate or relative clause. Six snippets of the same regions
give no conflict type (a football final, a typhoon, an interest rate, an acquittal, an election result,
economic growth); then the general rules this round added, each with a near sentence it must not fire on.

Battery at the start of the round: 25 of 40 gave the rows below (22 as first written; three expectations
were then aligned with the project's conventions: a government building wrecked is the state's, as a
police outpost is the police's, and a purpose infinitive is a hypothetical event), and 6 of the 6
snippets of no conflict type none; after: 35 of 40 (and 6 of 6); round enmiss83b: 37 of 40."""

from __future__ import annotations

import pytest
from unit._battery import battery_size, non_conflict, snippet_rows
from unit._extract import Row, modal_rows
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

BATTERY: list[tuple[str, str, set[Row]]] = [
    (
        # rangers are the state's military (generic_groups)
        "Remote explosive/landmine/IED",
        "A roadside bomb exploded near a ranger patrol in Rueso district of Narathiwat on Tuesday, wounding "
        "three rangers, Thai police said.",
        {("Unidentified Armed Group (Thailand)", "ASSAULT", "Military Forces of Thailand", "Rueso")},
    ),
    (
        "Remote explosive/landmine/IED",
        "An improvised explosive device went off under a military truck near Djibo in northern Burkina "
        "Faso, killing two soldiers, security sources said.",
        {("Unidentified Armed Group (Burkina Faso)", "ASSAULT", "Armed Forces of Burkina Faso", "Djibo")},
    ),
    (
        # "wounded two others": the others of the soldier killed, one act (coordinated_verbs)
        "Remote explosive/landmine/IED",
        "A landmine planted by ELN guerrillas killed a soldier and wounded two others in the rural area of "
        "Tibu, Norte de Santander, the Colombian army said.",
        {("National Liberation Army (Colombia)", "FIGHT", "Military Forces of Colombia", "Tibú")},
    ),
    (
        "Remote explosive/landmine/IED",
        "Islamic State militants detonated a bomb on a road used by army convoys near Tarmiya, north of "
        "Baghdad, killing two Iraqi soldiers, a security source said.",
        {("Islamic State", "FIGHT", "Iraqi Security Forces", "Aţ Ţārmīyah")},
    ),
    (
        # a vehicle that struck a laid mine is its victim, no road accident (accidents.road_user)
        "Remote explosive/landmine/IED",
        "Three civilians were killed when their minibus hit a mine laid by jihadists near Tillaberi in "
        "western Niger, the interior ministry said.",
        {("Unidentified Armed Group (Niger)", "ASSAULT", "Civilians (Niger)", "Tillabéri")},
    ),
    (
        "Remote explosive/landmine/IED",
        "A bomb hidden in a motorcycle exploded outside a market in Yala on Friday, injuring eight people, "
        "police said.",
        {("Unidentified Armed Group (Thailand)", "ASSAULT", "Civilians (Thailand)", "Yala")},
    ),
    (
        # the air strike and the civilians it killed, as older batteries code an air strike on a village
        "Air/drone strike",
        "The Myanmar air force bombed a monastery in Sagaing region on Tuesday, killing at least 11 "
        "villagers sheltering there, a local resistance group said.",
        {("Tatmadaw", "ASSAULT", "Civilians (Myanmar)", "Sagaing"), ("Tatmadaw", "FIGHT", None, "Sagaing")},
    ),
    (
        "Air/drone strike",
        "Two members of the Kurdistan Workers' Party were killed in a Turkish drone strike near Sinjar in "
        "northern Iraq, the Kurdistan region's counter-terrorism service said.",
        {("Turkey", "FIGHT", "Kurdistan Workers' Party", "Sinjār")},
    ),
    (
        "Air/drone strike",
        "Ethiopian government drones struck a market in the town of Finote Selam in Amhara region, killing "
        "dozens of people, witnesses said.",
        {
            ("Ethiopian National Defense Force", "ASSAULT", "Civilians (Ethiopia)", "Finote Selam"),
            ("Ethiopian National Defense Force", "FIGHT", None, "Finote Selam"),
        },
    ),
    (
        # the other side of a border is not where the strike fell (demonym_signs.across_border)
        "Air/drone strike",
        "The Nigerien air force carried out strikes on a jihadist camp near the border with Mali, killing "
        "several dozen fighters, the defence ministry said.",
        {("Niger Armed Forces", "FIGHT", "Unidentified Armed Group (Niger)", None)},
    ),
    (
        # one site looted and set on fire: one act (coordinated_verbs); a police station is the police's
        "Looting/property destruction",
        "Gang members looted and set fire to a police station in the Haitian town of Mirebalais overnight, "
        "local radio reported.",
        {("Unidentified Armed Group (Haiti)", "COERCE", "Police Forces of Haiti", "Mirebalais")},
    ),
    (
        "Looting/property destruction",
        "Insurgents burned down dozens of homes in the village of Nangade in Cabo Delgado province, "
        "residents said.",
        {("Unidentified Armed Group (Mozambique)", "COERCE", None, "Nangade")},
    ),
    (
        "Looting/property destruction",
        "Armed men looted a warehouse of the World Food Programme in Mekelle, capital of Ethiopia's Tigray "
        "region, the UN agency said on Friday.",
        {("Unidentified Armed Group (Ethiopia)", "COERCE", "World Food Programme", "Mek'ele")},
    ),
    (
        "Looting/property destruction",
        "Unknown assailants torched two schools in Pattani province overnight, a Thai army spokesman said.",
        {("Unidentified Armed Group (Thailand)", "COERCE", None, "Pattani")},
    ),
    (
        "Arrests",
        "Mexican soldiers arrested a senior leader of the Sinaloa Cartel in Culiacan on Thursday, the "
        "defence ministry said.",
        {("Military Forces of Mexico", "COERCE", "Sinaloa Cartel", "Culiacán")},
    ),
    (
        "Arrests",
        "Myanmar's junta detained a journalist in Yangon over a report on the military, his employer said.",
        {("Tatmadaw", "COERCE", "Journalists (Myanmar)", "Yangon")},
    ),
    (
        "Arrests",
        "Philippine police arrested a suspected member of the New People's Army in Davao City on Sunday, a "
        "regional police director said.",
        {("Police Forces of the Philippines", "COERCE", "New People's Army", "Davao")},
    ),
    (
        # the crowd's demand in passing is its riot's (protest_demands)
        "Violent demonstration",
        "Demonstrators hurled rocks at police and set tyres ablaze in Port-au-Prince on Monday to demand "
        "the resignation of Prime Minister Ariel Henry.",
        {("Rioters (Haiti)", "PROTEST", "Police Forces of Haiti", "Port-au-Prince")},
    ),
    (
        "Violent demonstration",
        "Opposition supporters clashed with police in Caracas after the election result was announced, "
        "witnesses said.",
        {("Rioters (Venezuela)", "PROTEST", "Police Forces of Venezuela", "Caracas")},
    ),
    (
        # a government office wrecked is the state's, as a police outpost is the police's
        "Violent demonstration",
        "Students torched buses and vandalised a government office in Dhaka during protests over a job "
        "quota system, police said.",
        {("Rioters (Bangladesh)", "PROTEST", "Bangladesh", "Dhaka")},
    ),
    (
        # a provincial council building stormed: the state's
        "Violent demonstration",
        "Demonstrators stormed the provincial council building in Nasiriyah on Sunday, setting part of it "
        "on fire, Iraqi security sources said.",
        {("Rioters (Iraq)", "PROTEST", "Iraq", "Nasiriyah")},
    ),
    (
        # a crowd that lynches, named as the passive's agent (mob_justice.lynch_mob)
        "Mob violence",
        "Two men accused of stealing a motorcycle were lynched by a crowd in the Brazilian city of Sao "
        "Luis, police said.",
        {("Rioters (Brazil)", "ASSAULT", "Civilians (Brazil)", "São Luís")},
    ),
    (
        "Mob violence",
        "A mob of villagers beat to death a man they accused of blasphemy near Sylhet, Bangladeshi police "
        "said on Saturday.",
        {("Rioters (Bangladesh)", "ASSAULT", "Civilians (Bangladesh)", "Sylhet")},
    ),
    (
        "Protest with intervention",
        "Police fired rubber bullets to disperse hundreds of teachers protesting in Oaxaca over unpaid "
        "wages, local media reported.",
        {
            ("Police Forces of Mexico", "COERCE", "Protesters (Mexico)", "Oaxaca"),
            ("Protesters (Mexico)", "PROTEST", None, "Oaxaca"),
        },
    ),
    (
        "Protest with intervention",
        "Riot police used water cannon against thousands of farmers marching on the presidential palace in "
        "Brasilia, organisers said.",
        {
            ("Police Forces of Brazil", "COERCE", "Protesters (Brazil)", "Brasília"),
            ("Protesters (Brazil)", "PROTEST", None, "Brasília"),
        },
    ),
    (
        # the workers' demand is their sit-in's (protest_demands)
        "Protest with intervention",
        "Security forces broke up a sit-in by garment workers in Gazipur demanding a pay rise, a union "
        "leader said.",
        {
            ("Police Forces of Bangladesh", "COERCE", "Protesters (Bangladesh)", "Gazipur"),
            ("Protesters (Bangladesh)", "PROTEST", None, "Gazipur"),
        },
    ),
    (
        "Protest with intervention",
        "Thai police detained several students who were protesting outside Government House in Bangkok "
        "against the emergency decree.",
        {
            ("Police Forces of Thailand", "COERCE", "Protesters (Thailand)", "Bangkok"),
            ("Protesters (Thailand)", "PROTEST", None, "Bangkok"),
        },
    ),
    (
        # the president who proposed the reform is his state (kb people.toml)
        "Peaceful protest",
        "Thousands of Colombians marched in Bogota on Wednesday against the tax reform proposed by "
        "President Ivan Duque.",
        {("Protesters (Colombia)", "PROTEST", "Colombia", "Bogotá")},
    ),
    (
        "Peaceful protest",
        "Hundreds of displaced people demonstrated in Pemba, the capital of Cabo Delgado, to demand food "
        "aid, a local official said.",
        {("Protesters (Mozambique)", "PROTEST", None, "Pemba")},
    ),
    (
        # security taken over in a place is the place taken (territory_nouns)
        "Non-violent transfer of territory",
        "Iraqi federal police took over security in Kirkuk from Kurdish Peshmerga forces, who withdrew "
        "without resistance, a police officer said.",
        {
            ("Peshmerga", "RETREAT", None, "Kirkuk"),
            ("Police Forces of Iraq", "CAPTURE", "Peshmerga", "Kirkuk"),
        },
    ),
    (
        "Non-violent transfer of territory",
        "Rwandan troops handed over control of the town of Mocimboa da Praia to the Mozambican army on "
        "Friday, a Rwandan defence spokesman said.",
        {("Military Forces of Mozambique", "CAPTURE", "Rwanda Defence Force", "Mocímboa da Praia")},
    ),
    (
        "Headquarters or base established",
        "JNIM fighters have set up a base in a forest near Fada N'Gourma in eastern Burkina Faso, a local "
        "official said.",
        {("Jama'at Nusrat al-Islam wal-Muslimin", "MOBILIZE", None, "Fada N'gourma")},
    ),
    (
        # a battalion established is a base; the fight is its purpose, hypothetical
        "Headquarters or base established",
        "The Colombian army established a new battalion in the Catatumbo region to fight armed groups, the "
        "defence ministry said.",
        {
            ("Military Forces of Colombia", "FIGHT", "Unidentified Armed Group (Colombia)", "Catatumbo"),
            ("Military Forces of Colombia", "MOBILIZE", None, "Catatumbo"),
        },
    ),
    (
        "Headquarters or base established",
        "The Jalisco New Generation Cartel has established a base in the municipality of Aguililla in "
        "Michoacan, state officials said.",
        {("Jalisco New Generation Cartel", "MOBILIZE", None, "Aguililla")},
    ),
    (
        "Armed clash",
        "Mozambican soldiers clashed with Islamist insurgents near Macomia in Cabo Delgado province on "
        "Saturday, a military source said.",
        {("Military Forces of Mozambique", "FIGHT", "Unidentified Armed Group (Mozambique)", "Macomia")},
    ),
    (
        # the hedge NER took into the name is cut (name_hedges); a village chief is a civilian
        # (civilian_role_modifiers; round enmiss83b)
        "Attack",
        "Suspected Abu Sayyaf gunmen shot dead a village chief in Patikul, Sulu, police said.",
        {("Abu Sayyaf", "ASSAULT", "Civilians (Philippines)", "Patikul")},
    ),
    (
        # the party named in full, which the KB now knows, wins over the opposition's generic group (round
        # enmiss83b); the rally ahead is hypothetical (upcoming_nouns)
        "Arrests",
        "Police in Dhaka arrested 25 activists of the opposition Bangladesh Nationalist Party ahead of a "
        "planned rally, a police spokesman said.",
        {
            ("Police Forces of Bangladesh", "COERCE", "Bangladesh Nationalist Party", "Dhaka"),
            ("Protesters (Bangladesh)", "PROTEST", None, "Dhaka"),
        },
    ),
    (
        # a town inside the region named with it stays, however far from the region's centre (casemiss86)
        "Mob violence",
        "An angry crowd burned alive a man suspected of kidnapping a child in the town of Taxco in Guerrero "
        "state, the state prosecutor said.",
        {("Rioters (Mexico)", "ASSAULT", "Civilians (Mexico)", "Taxco de Alarcón")},
    ),
]

# (ACLED sub-event type, snippet, the rows a right reading has): still missed
KNOWN_MISSES: list[tuple[str, str, set[Row]]] = [
    (
        # a camp of a group "in Guaviare department": NER reads "Guaviare department" as an organisation,
        # so no place ('department' as a place noun would make "the bank's IT department" a place)
        "Air/drone strike",
        "Colombian military aircraft bombed a camp of FARC dissidents in Guaviare department, killing ten "
        "rebels, Defence Minister Diego Molano said.",
        {
            (
                "Military Forces of Colombia",
                "FIGHT",
                "Revolutionary Armed Forces of Colombia Dissident Faction",
                "Guaviare",
            )
        },
    ),
    (
        # "leaving the Tigrayan capital to the TPLF": the demonym read as a place, the capital not Mekelle
        "Non-violent transfer of territory",
        "Ethiopian federal forces pulled out of Mekelle on Monday, leaving the Tigrayan capital to the "
        "Tigray People's Liberation Front, residents said.",
        {
            ("Ethiopian National Defense Force", "RETREAT", None, "Mek'ele"),
            ("Tigray People's Liberation Front", "CAPTURE", "Ethiopian National Defense Force", "Mek'ele"),
        },
    ),
]

# no conflict type
NON_CONFLICT = [
    "Flamengo beat Palmeiras 2-1 in the Copa Libertadores final in Montevideo on Saturday.",
    "Typhoon Rai made landfall in the central Philippines on Thursday, forcing thousands of people to flee "
    "their homes, the disaster agency said.",
    "Mexico's central bank cut its benchmark interest rate by a quarter point to 10.75 percent on Thursday.",
    "A labour court in Dhaka acquitted Nobel laureate Muhammad Yunus on Sunday of charges that he had "
    "violated labour laws.",
    "Luiz Inacio Lula da Silva won Brazil's presidential run-off on Sunday with 50.9 percent of the vote, "
    "the electoral court said.",
    "Ethiopia's economy grew by 6.4 percent in the last fiscal year, the finance ministry said in Addis "
    "Ababa.",
]


test_snippet_rows = snippet_rows(BATTERY)
test_battery_size = battery_size(40, BATTERY, KNOWN_MISSES)
test_non_conflict_snippets = non_conflict(NON_CONFLICT)


@pytest.mark.xfail(strict=True, reason="known miss of round case83")
@pytest.mark.parametrize(("sub_event_type", "text", "expected"), KNOWN_MISSES)
def test_known_misses(sub_event_type: str, text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person held for an offence ("suspected of", "accused of") is a wrongdoer to the crowd that
        # turns on them, and the offence is no event (nlp/events/alleged_offences.py)
        ("Residents beat to death two men suspected of stealing cattle in Kaduna.",
         {("Rioters (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kaduna")}),
        ("Police arrested two men accused of killing a soldier in Cali.",
         {("Police Forces of Colombia", "COERCE", "Civilians (Colombia)", "Cali")}),
        # a crowd named as the agent of a lynching is the rioters'
        ("Three thieves were lynched by a crowd in Kaduna.",
         {("Rioters (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kaduna")}),
        # a crowd that beats a man it holds for nothing, and a killing told as done: as before
        ("A crowd beat a man in Kaduna.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kaduna")}),
        ("Gunmen killed a soldier in Cali.",
         {("Unidentified Armed Group (Colombia)", "FIGHT", "Military Forces of Colombia", "Cali")}),
    ],
)  # fmt: skip
def test_alleged_offences_and_mobs(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rioting crowd's demand in passing is what its riot is for (nlp/events/protest_demands.py)
        ("Protesters set tyres ablaze in Dhaka demanding the resignation of the government.",
         {("Rioters (Bangladesh)", "PROTEST", "Bangladesh", "Dhaka")}),
        ("Rioters torched cars in Caracas to demand the release of their leader.",
         {("Rioters (Venezuela)", "PROTEST", None, "Caracas")}),
        # a finite demand of other people stays an event
        ("Police dispersed protesters in Dhaka, and villagers demanded compensation.",
         {("Civilians (Bangladesh)", "REQUEST", None, "Dhaka"),
          ("Police Forces of Bangladesh", "COERCE", "Protesters (Bangladesh)", "Dhaka"),
          ("Protesters (Bangladesh)", "PROTEST", None, "Dhaka")}),
    ],
)  # fmt: skip
def test_crowd_demands(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # coordinated verbs on one site, or on "others" of the first verb's object: one act
        # (nlp/events/coordinated_verbs.py)
        ("Gunmen looted and set fire to a police post in Jos.",
         {("Unidentified Armed Group (Nigeria)", "COERCE", "Police Forces of Nigeria", "Jos")}),
        ("Militants killed two soldiers and wounded three others in Sukma.",
         {("Unidentified Armed Group (India)", "FIGHT", "Military Forces of India", "Sukma")}),
        # each verb with its own object: two acts
        ("Gunmen looted shops and set fire to a police station in Jos.",
         {("Unidentified Armed Group (Nigeria)", "COERCE", "Police Forces of Nigeria", "Jos"),
          ("Unidentified Armed Group (Nigeria)", "COERCE", None, "Jos")}),
    ],
)  # fmt: skip
def test_one_act_on_one_object(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # rangers are a state's military; a brigade or garrison established is a base; security taken
        # over in a place is the place taken (en.json)
        ("Rangers clashed with insurgents in Yala.",
         {("Military Forces of Thailand", "FIGHT", "Unidentified Armed Group (Thailand)", "Yala")}),
        ("The army established a new brigade in Arauca.",
         {("Military Forces of Colombia", "MOBILIZE", None, "Arauca")}),
        ("Turkish troops took over security in Afrin from the rebels.",
         {("Military Forces of Turkey", "CAPTURE", "Unidentified Armed Group (Syria)", "‘Afrīn")}),
        # contact established, or security taken over for no place: nothing
        ("The army established contact with the rebels in Arauca.", set()),
        ("The army took over security for the elections.", set()),
    ],
)  # fmt: skip
def test_bases_rangers_and_security(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vehicle that strikes a laid charge ("a mine", as "a landmine") meets an attack, no road
        # accident (nlp/events/accidents.road_user)
        ("Three civilians were killed when their bus struck a mine in Tillaberi.",
         {("Unidentified Armed Group (Niger)", "ASSAULT", "Civilians (Niger)", "Tillabéri")}),
        ("Two soldiers were killed when their truck hit a mine in Tillaberi.",
         {("Unidentified Armed Group (Niger)", "FIGHT", "Niger Armed Forces", "Tillabéri")}),
        # a vehicle that strikes another, or a mine that collapses: no attack
        ("Three civilians were killed when their bus struck a car in Tillaberi.", set()),
        ("Two miners were killed when a mine collapsed in Tillaberi.", set()),
        # a state's aircraft, as its jets or its forces, are its military (state_force_nouns)
        ("Colombian aircraft bombed a rebel camp in Guaviare.",
         {("Military Forces of Colombia", "FIGHT", "Unidentified Armed Group (Colombia)", "Guaviare")}),
        ("Rebels shot down a Colombian aircraft in Guaviare.",
         {("Unidentified Armed Group (Colombia)", "FIGHT", "Military Forces of Colombia", "Guaviare")}),
    ],
)  # fmt: skip
def test_mines_and_aircraft(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event noun ahead, or on the eve, of which something is done is yet to come: hypothetical, as
        # a planned one is (nlp/upcoming_nouns.py)
        ("Police detained ten activists in Dhaka on the eve of a protest march.",
         {("Police Forces of Bangladesh", "COERCE", "Dhaka", "asserted"),
          ("Protesters (Bangladesh)", "PROTEST", "Dhaka", "hypothetical")}),
        ("Security was tightened in Dhaka ahead of the march.",
         {("Protesters (Bangladesh)", "PROTEST", "Dhaka", "hypothetical")}),
        # after or during it, it took place
        ("Police arrested 25 activists during a protest in Dhaka.",
         {("Police Forces of Bangladesh", "COERCE", "Dhaka", "asserted"),
          ("Protesters (Bangladesh)", "PROTEST", "Dhaka", "asserted")}),
    ],
)  # fmt: skip
def test_upcoming_events(text: str, expected: set[tuple[str, str, str | None, str]]) -> None:
    assert modal_rows(text, "en", "2020-05-01") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heads of state of the snippets' years speak and are protested for their state (kb people.toml)
        ("Protesters marched in Caracas against President Maduro.",
         {("Protesters (Venezuela)", "PROTEST", "Venezuela", "Caracas")}),
        ("Duque met Bolsonaro in Brasilia.", {("Colombia", "CONSULT", "Brazil", "Brasília")}),
        # a head of state who only speaks of an act to come: no event
        ("Maduro said the army would defend Caracas.", set()),
    ],
)  # fmt: skip
def test_heads_of_state(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state named as the other side of a border is not where the event is (demonym_signs.across_border)
        ("Nigerien troops attacked a jihadist camp near the border with Mali.",
         {("Niger Armed Forces", "FIGHT", "Unidentified Armed Group (Niger)", None)}),
        ("Malian troops clashed with jihadists near the border with Niger.",
         {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", None)}),
        # a place named beside the border keeps its own country
        ("Jihadists attacked Boni, near the border with Burkina Faso.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Boni")}),
    ],
)  # fmt: skip
def test_border_partners(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
