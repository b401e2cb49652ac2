"""English news snippets by ACLED sub-event type (issue 14, round case53): one or two sentences in a
wire service's words, never ACLED's own terse notes, for every sub-event type of the CASE 2021 task 2
inventory, each with the exact set of event types read, all fitting that type as the ACLED importer
maps it (structured/data/acled/event_types.json, FIGHT/ASSAULT one family); and sport, economy,
disasters and politics, which give no conflict type. Then the general rules this round added."""

from __future__ import annotations

import pytest
from unit._battery import non_conflict, snippet_type_sets
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


# (ACLED sub-event type, snippet, the event types read)
BATTERY = [
    (
        "Peaceful protest",
        "Hundreds of teachers marched through central Nairobi on Tuesday to demand overdue "
        "salaries, chanting slogans outside the education ministry.",
        {"PROTEST"},
    ),
    (
        "Peaceful protest",
        "Thousands of people rallied in Santiago on Saturday against rising transport fares, "
        "organisers said.",
        {"PROTEST"},
    ),
    (
        "Peaceful protest",
        "Farmers staged a sit-in outside the provincial assembly in Lahore on Monday over the "
        "price of wheat.",
        {"PROTEST"},
    ),
    (
        "Peaceful protest",
        "Residents of Jos demonstrated peacefully on Friday against the killing of a local chief.",
        {"PROTEST"},
    ),
    (
        "Peaceful protest",
        "Nurses held a vigil in front of the health ministry in Colombo to protest unpaid overtime.",
        {"PROTEST"},
    ),
    (
        "Protest with intervention",
        "Police dispersed a crowd of students protesting against tuition fees in Kampala on Wednesday.",
        {"COERCE", "PROTEST"},
    ),
    (
        "Protest with intervention",
        "Riot police broke up a demonstration by opposition supporters in Minsk on Sunday and "
        "detained several marchers.",
        {"COERCE", "PROTEST"},
    ),
    (
        "Protest with intervention",
        "Security forces blocked hundreds of protesters from reaching the parliament in Khartoum "
        "on Thursday.",
        {"COERCE", "PROTEST"},
    ),
    (
        "Protest with intervention",
        "Police detained dozens of demonstrators who gathered in Moscow to protest the jailing of"
        " an opposition leader.",
        {"COERCE", "PROTEST"},
    ),
    (
        "Protest with intervention",
        "Police used water cannon to disperse protesters outside the presidential palace in Conakry.",
        {"COERCE", "PROTEST"},
    ),
    (
        "Excessive force against protesters",
        "Security forces opened fire on demonstrators in Baghdad on Friday, killing three "
        "protesters, medical sources said.",
        {"COERCE"},
    ),
    (
        "Excessive force against protesters",
        "Soldiers shot dead two people during a protest against the military government in "
        "Mandalay on Saturday.",
        {"ASSAULT", "PROTEST"},
    ),
    (
        "Excessive force against protesters",
        "Police beat protesters with batons and fired live rounds at a rally in Harare, wounding "
        "at least five.",
        {"COERCE", "PROTEST"},
    ),
    (
        "Excessive force against protesters",
        # the firing into the crowd is the force told, no second act (round protest82: force_tolls)
        "Troops killed four demonstrators when they fired into a crowd protesting in the Sudanese"
        " city of Omdurman.",
        {"COERCE", "PROTEST"},
    ),
    (
        "Excessive force against protesters",
        "Police shot and killed a student during protests over fuel prices in Port-au-Prince on Monday.",
        {"ASSAULT", "PROTEST"},
    ),
    (
        "Violent demonstration",
        "Protesters threw stones at police and set tyres ablaze in Dhaka on Tuesday during a "
        "strike called by the opposition.",
        {"PROTEST"},
    ),
    (
        "Violent demonstration",
        "Rioters torched a police station in Kisumu after a disputed election result, witnesses said.",
        {"PROTEST"},
    ),
    (
        "Violent demonstration",
        "Angry demonstrators stormed the governor's office in Basra and set fire to part of the building.",
        {"PROTEST"},
    ),
    (
        "Violent demonstration",
        "Youths hurled petrol bombs at security forces during a protest in the Chilean capital on Friday.",
        {"PROTEST"},
    ),
    (
        "Violent demonstration",
        "Demonstrators clashed with police in Beirut on Saturday, throwing rocks and smashing bank windows.",
        {"PROTEST"},
    ),
    (
        "Mob violence",
        "A mob lynched a man accused of stealing a motorcycle in the Nigerian city of Kaduna on Sunday.",
        {"ASSAULT"},
    ),
    (
        "Mob violence",
        "Villagers beat to death two men suspected of witchcraft in western Kenya, police said.",
        {"ASSAULT"},
    ),
    (
        "Mob violence",
        "A crowd attacked a group of migrants in Johannesburg on Wednesday, injuring six of them.",
        {"ASSAULT"},
    ),
    (
        "Mob violence",
        "An angry mob burned alive a suspected thief in a market in Bunia.",
        {"ASSAULT"},
    ),
    (
        "Mob violence",
        "Rival groups of youths fought with machetes in a village near Bangui, leaving two dead.",
        {"FIGHT"},
    ),
    (
        "Armed clash",
        "Government troops clashed with Islamist militants near the town of Palma on Thursday, "
        "the army said.",
        {"FIGHT"},
    ),
    (
        "Armed clash",
        "Fighting between the army and rebels killed 12 soldiers in North Kivu province on Monday.",
        {"FIGHT"},
    ),
    (
        "Armed clash",
        "Taliban fighters attacked a military checkpoint in Helmand province overnight, sparking "
        "a gunbattle that lasted hours.",
        {"FIGHT"},
    ),
    (
        "Armed clash",
        "Al-Shabaab militants and Somali forces exchanged fire near Baidoa on Tuesday.",
        {"FIGHT"},
    ),
    (
        "Armed clash",
        "Kurdish fighters and Turkish-backed forces fought heavy battles outside the Syrian town "
        "of Ain Issa.",
        {"FIGHT", "SUPPORT"},  # en60: Turkey backs the forces it names in "Turkish-backed"
    ),
    (
        "Armed clash",
        "Soldiers killed eight Boko Haram fighters in a gunfight in Borno state, a military spokesman said.",
        {"FIGHT"},
    ),
    (
        "Government regains territory",
        "The Iraqi army retook the town of Tal Afar from Islamic State militants on Sunday.",
        {"CAPTURE"},
    ),
    (
        "Government regains territory",
        "Malian troops recaptured the town of Menaka after driving out jihadist fighters, the "
        "defence ministry said.",
        {"CAPTURE", "FIGHT"},
    ),
    (
        "Government regains territory",
        "Afghan forces regained control of a district in Kunduz province that had fallen to the "
        "Taliban last week.",
        {"CAPTURE"},
    ),
    (
        "Government regains territory",
        "Syrian government forces recaptured several villages in southern Idlib from rebels on Monday.",
        {"CAPTURE"},
    ),
    (
        "Government regains territory",
        "Nigerian troops liberated the town of Damasak from Boko Haram insurgents on Saturday.",
        {"CAPTURE"},
    ),
    (
        "Non-state actor overtakes territory",
        "Al-Shabaab militants captured the town of Bulo Burde after Somali troops withdrew.",
        {"CAPTURE", "RETREAT"},
    ),
    (
        "Non-state actor overtakes territory",
        "Islamic State militants overran an army base in northeastern Nigeria on Wednesday.",
        {"CAPTURE"},
    ),
    (
        "Non-state actor overtakes territory",
        "Houthi rebels took over several villages in Marib province after heavy fighting.",
        {"CAPTURE", "FIGHT"},
    ),
    (
        "Non-state actor overtakes territory",
        "Insurgents seized the port town of Mocimboa da Praia in Mozambique on Wednesday.",
        {"CAPTURE"},
    ),
    (
        "Chemical weapon",
        "A chemical attack on a rebel-held town in Syria killed dozens of people, rescue workers said.",
        {"ASSAULT"},
    ),
    (
        "Chemical weapon",
        "Government forces dropped chlorine gas on the town of Saraqeb, a monitoring group said.",
        {"FIGHT"},
    ),
    (
        "Chemical weapon",
        "Militants fired shells filled with mustard gas at Kurdish positions near Mosul.",
        {"FIGHT"},
    ),
    (
        "Air/drone strike",
        "A US drone strike killed three suspected al-Qaeda militants in Yemen's Shabwa province on Friday.",
        {"FIGHT"},
    ),
    (
        "Air/drone strike",
        "Saudi-led coalition air strikes hit a Houthi military camp near Sanaa on Monday.",
        {"FIGHT"},
    ),
    (
        "Air/drone strike",
        "Russian warplanes bombed rebel positions in Idlib province on Thursday, a war monitor said.",
        {"FIGHT"},
    ),
    (
        "Air/drone strike",
        "Israeli aircraft struck targets in the Gaza Strip overnight, the military said.",
        {"FIGHT"},
    ),
    (
        "Air/drone strike",
        "A Turkish drone hit a vehicle carrying Kurdish militants in northern Iraq, killing two.",
        {"FIGHT"},
    ),
    (
        "Suicide bomb",
        "A suicide bomber blew himself up at a mosque in Kabul during Friday prayers, killing 20 "
        "worshippers.",
        {"ASSAULT"},
    ),
    (
        "Suicide bomb",
        "A suicide car bomb exploded at a military base in Mogadishu on Sunday, killing at least "
        "eight soldiers.",
        {"ASSAULT"},
    ),
    (
        "Suicide bomb",
        "Two female suicide bombers detonated explosives at a market in Maiduguri, killing 15 people.",
        {"ASSAULT"},
    ),
    (
        "Suicide bomb",
        "A suicide bombing at a wedding hall in Kabul killed dozens of guests on Saturday night.",
        {"ASSAULT"},
    ),
    (
        "Shelling/artillery/missile attack",
        "Artillery fire hit residential areas of Donetsk on Tuesday, killing two civilians.",
        {"ASSAULT", "FIGHT"},
    ),
    (
        "Shelling/artillery/missile attack",
        "Government forces shelled rebel-held villages in the Nuba Mountains on Monday.",
        {"FIGHT"},
    ),
    (
        "Shelling/artillery/missile attack",
        "Houthi rebels fired a ballistic missile at the Saudi city of Jizan, the coalition said.",
        {"FIGHT"},
    ),
    (
        "Shelling/artillery/missile attack",
        "Militants fired mortar rounds at an army base near Gao, wounding three peacekeepers.",
        {"FIGHT"},
    ),
    (
        "Shelling/artillery/missile attack",
        "Rockets struck the Green Zone in Baghdad late on Sunday, causing no casualties.",
        {"FIGHT"},
    ),
    (
        "Remote explosive/landmine/IED",
        "A roadside bomb killed four soldiers in Helmand province on Wednesday, officials said.",
        {"ASSAULT"},
    ),
    (
        "Remote explosive/landmine/IED",
        "A landmine exploded under a bus in central Mali, killing 14 passengers.",
        {"ASSAULT"},
    ),
    (
        "Remote explosive/landmine/IED",
        "An improvised explosive device struck a military convoy near Mogadishu on Thursday.",
        {"ASSAULT"},
    ),
    (
        "Remote explosive/landmine/IED",
        "A car bomb exploded near a police station in the Somali capital, killing five people.",
        {"ASSAULT"},
    ),
    (
        "Remote explosive/landmine/IED",
        "Two children were killed when a mine they found in a field in Yemen blew up.",
        {"ASSAULT"},
    ),
    (
        "Grenade",
        "An attacker threw a grenade into a crowded bar in Bujumbura, wounding 12 people.",
        {"ASSAULT", "FIGHT"},
    ),
    (
        "Grenade",
        "Militants hurled a grenade at a police patrol in Srinagar on Monday, injuring three officers.",
        {"FIGHT"},
    ),
    (
        "Grenade",
        "A grenade attack on a political rally in Kampala killed one person and wounded several.",
        {"ASSAULT", "PROTEST"},
    ),
    (
        "Grenade",
        "Unknown assailants lobbed a hand grenade at a church in Garissa on Sunday.",
        {"FIGHT"},
    ),
    (
        "Grenade",
        "A grenade exploded in a busy market in Kismayo after it was thrown by a man on a motorbike.",
        {"FIGHT"},
    ),
    (
        "Sexual violence",
        "Soldiers raped at least 30 women during a raid on a village in South Sudan, a UN report said.",
        {"ASSAULT"},
    ),
    (
        "Sexual violence",
        "Armed men sexually assaulted two girls in a displacement camp near Goma.",
        {"ASSAULT"},
    ),
    (
        "Sexual violence",
        "Militiamen gang-raped a woman in Ituri province on Saturday, local officials said.",
        {"ASSAULT"},
    ),
    (
        "Sexual violence",
        "Police officers were accused of raping detainees in a jail in Juba.",
        {"ASSAULT"},
    ),
    (
        "Sexual violence",
        "Fighters abducted and raped several women in a village in northern Mozambique.",
        {"ASSAULT"},
    ),
    (
        "Attack",
        "Gunmen killed 11 villagers in an overnight attack on a village in Zamfara state, police said.",
        {"ASSAULT"},
    ),
    (
        "Attack",
        # a village chief is a civilian (civilian_role_modifiers, round enmiss83b): an attack on civilians
        "Suspected jihadists shot dead a village chief in northern Burkina Faso on Tuesday.",
        {"ASSAULT"},
    ),
    (
        "Attack",
        "Unidentified gunmen killed a journalist outside his home in Mexico's Veracruz state.",
        {"ASSAULT"},
    ),
    (
        "Attack",
        "Militants stormed a school in Cameroon's Anglophone region and killed six pupils.",
        {"ASSAULT"},
    ),
    (
        "Attack",
        "Armed herders attacked farmers in Benue state, killing at least nine people.",
        {"ASSAULT"},
    ),
    (
        "Abduction/forced disappearance",
        "Gunmen kidnapped 30 students from a boarding school in Kaduna state on Thursday.",
        {"ASSAULT"},
    ),
    (
        "Abduction/forced disappearance",
        "Suspected Islamist militants abducted two aid workers in northeastern Nigeria.",
        {"ASSAULT"},
    ),
    (
        "Abduction/forced disappearance",
        "Armed men seized a Catholic priest from his parish in central Mali on Sunday.",
        {"ASSAULT"},
    ),
    (
        "Abduction/forced disappearance",
        "Pirates kidnapped eight sailors from a cargo ship off the coast of Benin.",
        {"ASSAULT"},
    ),
    (
        "Arrests",
        "Police arrested the leader of an opposition party in Kampala on Monday.",
        {"COERCE"},
    ),
    (
        "Arrests",
        "Turkish authorities detained 40 people suspected of links to the Islamic State group.",
        {"COERCE"},
    ),
    (
        "Arrests",
        "Security forces arrested a prominent journalist in Addis Ababa on charges of incitement.",
        {"COERCE"},
    ),
    (
        "Arrests",
        "Egyptian police detained several activists in Cairo ahead of planned protests.",
        {"COERCE", "PROTEST"},
    ),
    (
        "Arrests",
        "Indian police arrested five suspected militants in Kashmir on Friday.",
        {"COERCE"},
    ),
    (
        "Looting/property destruction",
        "Armed men looted shops and burned houses in a village in Ituri province.",
        {"COERCE"},
    ),
    (
        "Looting/property destruction",
        "Militants set fire to a school and a health centre in northern Burkina Faso.",
        {"COERCE"},
    ),
    (
        "Looting/property destruction",
        "Soldiers ransacked the offices of an independent newspaper in Bujumbura.",
        {"COERCE"},
    ),
    (
        "Looting/property destruction",
        "Rebels burned down dozens of homes in the Central African Republic on Thursday.",
        {"COERCE"},
    ),
    (
        "Looting/property destruction",
        "Gunmen destroyed a mobile phone mast in Borno state, cutting communications.",
        {"COERCE"},
    ),
    (
        "Agreement",
        "The government and rebel groups signed a peace agreement in Juba on Saturday.",
        {"AGREE"},
    ),
    (
        "Agreement",
        "The army and the militia agreed to a ceasefire in the disputed region on Monday.",
        {"AGREE"},
    ),
    (
        "Agreement",
        "Taliban and Afghan government negotiators reached a deal on the rules for peace talks.",
        {"AGREE"},
    ),
    (
        "Agreement",
        "Rival factions in Libya signed a truce in Geneva, the United Nations said.",
        {"AGREE"},
    ),
    (
        "Non-violent transfer of territory",
        "Rebels handed over control of the town of Kidal to government troops on Tuesday.",
        {"CAPTURE"},
    ),
    (
        "Non-violent transfer of territory",
        "The army took control of the city of Manbij without a fight after a deal with the Kurdish forces.",
        {"CAPTURE"},
    ),
    (
        "Non-violent transfer of territory",
        "Militants pulled out of the town of Bentiu, which was taken over by government troops.",
        {"CAPTURE", "RETREAT"},
    ),
    (
        "Headquarters or base established",
        "The Islamic State group set up a base in a forest near the border with Niger.",
        {"MOBILIZE"},
    ),
    (
        "Disrupted weapons use",
        "Soldiers defused a bomb planted near a market in Maiduguri on Sunday.",
        {"COERCE"},
    ),
    (
        "Air/drone strike",
        "At least nine civilians were killed in an air strike on a market in northern Yemen, medics said.",
        {"ASSAULT"},
    ),
    (
        "Air/drone strike",
        "Two militants died when their car was hit by a drone in North Waziristan.",
        {"FIGHT"},
    ),
    (
        "Shelling/artillery/missile attack",
        "Three children were wounded when a mortar shell landed on their house in Mogadishu.",
        {"ASSAULT"},
    ),
    (
        "Remote explosive/landmine/IED",
        "A landmine tore through a police pickup in Tillaberi region, killing five officers.",
        {"FIGHT"},
    ),
    (
        "Suicide bomb",
        "At least 30 people were killed when a suicide bomber targeted a funeral in Nangarhar province.",
        {"ASSAULT"},
    ),
    (
        "Attack",
        "The bodies of four farmers were found in a field in Plateau state a day after they were "
        "abducted, police said.",
        {"ASSAULT"},
    ),
    (
        "Attack",
        "A police officer was stabbed to death by unknown assailants in the Kenyan port city of Mombasa.",
        {"ASSAULT"},
    ),
    (
        "Abduction/forced disappearance",
        "Three Chinese workers were kidnapped by armed men at a mine in eastern Congo.",
        {"ASSAULT"},
    ),
    (
        "Arrests",
        "A former minister was arrested in Kinshasa on Tuesday on corruption charges.",
        {"COERCE"},
    ),
    (
        "Armed clash",
        "Heavy fighting erupted between rival militias in Tripoli on Monday, residents said.",
        {"FIGHT"},
    ),
    (
        "Armed clash",
        "Eight soldiers and 20 militants were killed in clashes in the Sinai Peninsula, the army said.",
        {"FIGHT"},
    ),
    (
        "Excessive force against protesters",
        "At least five protesters were killed by security forces in Sudan's capital on Thursday.",
        {"COERCE"},
    ),
    (
        "Peaceful protest",
        "Tens of thousands took to the streets of Hong Kong on Sunday to protest against the "
        "extradition bill.",
        {"PROTEST"},
    ),
    (
        "Violent demonstration",
        "Several police officers were injured when protesters pelted them with stones in Srinagar.",
        {"PROTEST"},
    ),
    (
        "Looting/property destruction",
        "Several shops were looted and vehicles torched in the town of Beni overnight.",
        {"COERCE"},
    ),
    (
        "Agreement",
        "Sudan's military rulers and protest leaders signed a power-sharing deal on Saturday.",
        {"AGREE"},
    ),
    (
        "Grenade",
        "Four people were injured when a grenade was thrown at a bus station in Nairobi.",
        {"ASSAULT"},
    ),
    (
        "Government regains territory",
        "The town of Ramadi was recaptured by Iraqi forces after weeks of fighting.",
        {"CAPTURE"},
    ),
    (
        "Non-state actor overtakes territory",
        "The town of Konduga fell to Boko Haram fighters on Friday, residents said.",
        {"CAPTURE"},
    ),
    (
        "Sexual violence",
        "A woman was raped by two soldiers at a checkpoint in Beni territory, a rights group said.",
        {"ASSAULT"},
    ),
]

NON_CONFLICT = [
    "Real Madrid beat Barcelona 2-1 in the Spanish league on Saturday, with a late goal from the striker.",
    "Serena Williams defeated her sister in straight sets to reach the final in Melbourne.",
    "The New York Yankees crushed the Boston Red Sox 10-2 on Sunday night.",
    "Kenyan runner Eliud Kipchoge won the Berlin marathon for the fourth time on Sunday.",
    "The French national team thrashed Iceland 4-0 in a qualifier in Paris.",
    "India's central bank cut interest rates by a quarter point on Thursday to support growth.",
    "Oil prices rose sharply on Monday after OPEC announced production cuts.",
    "The euro fell against the dollar as investors worried about the Italian budget.",
    "Apple reported record quarterly profits on Tuesday, driven by strong iPhone sales.",
    "Unemployment in Spain fell to its lowest level in a decade, official figures showed.",
    "A magnitude 6.4 earthquake struck western Turkey on Sunday, damaging dozens of buildings.",
    "Floods killed at least 40 people in northern India after days of heavy monsoon rain.",
    "A cyclone hit the coast of Mozambique overnight, destroying thousands of homes.",
    "Wildfires burned more than 10,000 hectares of forest in southern Australia.",
    "A landslide buried a village in Indonesia after torrential rain, killing 12 people.",
    "The prime minister reshuffled his cabinet on Monday, appointing a new finance minister.",
    "Voters in Chile went to the polls on Sunday to elect a new president.",
    "The parliament of Ghana approved the annual budget after a lengthy debate.",
    "The president of Brazil met the Argentine leader in Brasilia to discuss trade.",
    "The European Commission proposed new rules on data privacy on Wednesday.",
    "A bus crashed into a ravine in Peru, killing 24 passengers.",
    "The company fired 200 workers after its sales collapsed.",
    "Manchester United fans celebrated in the streets after their team won the cup.",
    "The government launched a campaign against malaria in rural areas.",
    "Thousands of pilgrims gathered in Mecca for the annual hajj.",
]


test_snippet_types = snippet_type_sets(BATTERY)


test_non_conflict_snippets = non_conflict(NON_CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a disaster the recognizer takes for a name, opening its sentence, is no actor
        ("Wildfires destroyed 200 homes in California on Monday.", set()),
        ("Bushfires killed three people in southern Australia.", set()),
        # a named group burning homes still destroys property
        ("Boko Haram burned 200 homes in Borno on Monday.", {("Boko Haram", "COERCE", None, "Borno")}),
    ],
)  # fmt: skip
def test_named_disasters(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd burning a wrongdoer assaults that person (mob violence), as beating one does
        ("A mob burned a suspected thief alive in Bunia on Sunday.",
         {("Rioters (Democratic Republic of Congo)", "ASSAULT",
           "Civilians (Democratic Republic of Congo)", "Bunia")}),
        ("Villagers set ablaze two suspected robbers in Kano.",
         {("Rioters (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kano")}),
        # a crowd burning a wrongdoer's house riots
        ("A mob burned the house of a suspected thief in Kano.",
         {("Rioters (Nigeria)", "PROTEST", None, "Kano")}),
    ],
)  # fmt: skip
def test_mob_burning_wrongdoers(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people gathering for, at or to attend an occasion do not protest
        ("Mourners gathered in Kano for the funeral of the emir.", set()),
        ("Hundreds gathered in Jos to attend a wedding on Saturday.", set()),
        # gathering to protest, or a verb of protest at an occasion, is a protest
        ("Hundreds gathered in Kano to protest against the killing of the emir.",
         {("Protesters (Nigeria)", "PROTEST", None, "Kano")}),
        ("Mourners rallied at the funeral in Kano to denounce the army.",
         {("Protesters (Nigeria)", "PROTEST", "Nigerian Armed Forces", "Kano")}),
    ],
)  # fmt: skip
def test_gatherings_for_an_occasion(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capture of a relative pronoun is of the place named right before it
        ("Rebels withdrew from Bentiu, which was then taken over by government troops.",
         {("South Sudan People's Defence Forces", "CAPTURE", None, "Bentiu"),
          ("Unidentified Armed Group (South Sudan)", "RETREAT", None, "Bentiu")}),
        ("Malakal, which was recaptured by the army on Monday, is calm.",
         {("South Sudan People's Defence Forces", "CAPTURE", None, "Malakal")}),
        # a relative pronoun standing for property taken is no territory
        ("The army seized a truck which was carrying weapons in Bentiu.",
         {("South Sudan People's Defence Forces", "COERCE", None, "Bentiu")}),
    ],
)  # fmt: skip
def test_places_taken_by_relative_pronoun(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised plural weapon opening the sentence, tagged a name, is the weapon
        ("Rockets struck the airport in Baghdad on Sunday.",
         {("Unidentified Armed Group (Iraq)", "FIGHT", None, "Baghdad")}),
        # a name of two words stays a name
        ("Rockets Club beat Kano Pillars 2-1 in Kano.", set()),
    ],
)  # fmt: skip
def test_opening_plural_weapons(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
