"""English news snippets by ACLED sub-event type (issue 14, round case57): a second battery in the
register of the CASE 2021 task 2 snippets, other than case53's: South Asian, African and Latin American
press, headlines, passives, long sentences of several clauses and reported speech (bandhs, gheraos,
dharnas, lathi-charges, encounters, IEDs, Maoist attacks), each with the exact rows read, whose types
fit the sub-event type as eval.acled_coverage judges them; sport, elections, courts, accidents and
weather, which give no conflict type. Then the general rules this round added, each with a near
sentence it must not fire on."""

from __future__ import annotations

import pytest
from unit._battery import non_conflict, snippet_rows
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


# (ACLED sub-event type, snippet, the rows read: actor, type, target, place)
BATTERY: list[tuple[str, str, set[Row]]] = [
    (
        "Peaceful protest",
        "Members of the Left parties observed a 12-hour bandh in Tripura on Monday to protest"
        " the hike in fuel prices.",
        {("Protesters (India)", "PROTEST", None, "Tripura")},
    ),
    (
        "Peaceful protest",
        "Shops and markets remained shut in Silchar as traders observed a bandh called by student unions.",
        {("Protesters (India)", "PROTEST", None, "Silchar")},
    ),
    (
        "Peaceful protest",
        "Activists of the Youth Congress staged a dharna in front of the district "
        "collectorate in Guntur demanding the release of flood relief funds.",
        {("Protesters (India)", "PROTEST", None, "Guntur")},
    ),
    (
        "Peaceful protest",
        "Hundreds of anganwadi workers took out a rally in Bhubaneswar on Thursday demanding "
        "higher honorarium.",
        {("Protesters (India)", "PROTEST", None, "Bhubaneswar")},
    ),
    (
        "Peaceful protest",
        "Garment workers in Gazipur went on strike on Sunday, demanding payment of three months of arrears.",
        {("Protesters (Bangladesh)", "PROTEST", None, "Gazipur")},
    ),
    (
        "Peaceful protest",
        "Students of Jadavpur University gheraoed the vice-chancellor for six hours over the "
        "cancellation of examinations.",
        {("Protesters", "PROTEST", None, None)},
    ),
    (
        "Peaceful protest",
        "Villagers blocked the national highway near Muzaffarpur for four hours, demanding "
        "the arrest of the killers of a shopkeeper.",
        {("Protesters (India)", "PROTEST", None, "Muzaffarpur")},
    ),
    (
        "Peaceful protest",
        "Tea garden workers held a demonstration outside the labour commissioner's office in "
        "Jalpaiguri over unpaid wages.",
        {("Protesters (India)", "PROTEST", None, "Jalpāiguri")},
    ),
    (
        "Peaceful protest",
        "Thousands of opposition supporters marched through the streets of Lusaka on "
        "Saturday, calling for electoral reforms.",
        {("Protesters (Zambia)", "PROTEST", None, "Lusaka")},
    ),
    (
        "Peaceful protest",
        "Doctors at the state-run hospital in Peshawar boycotted outpatient services for a "
        "third day to protest an assault on a colleague.",
        {("Protesters (Pakistan)", "PROTEST", None, "Peshawar")},
    ),
    (
        "Peaceful protest",
        "Indigenous groups in Quito marched to the national assembly to oppose a mining law, "
        "the organisers said.",
        {("Protesters (Ecuador)", "PROTEST", None, "Quito")},
    ),
    (
        "Peaceful protest",
        "Lawyers boycotted courts across Punjab on Wednesday in protest against the killing "
        "of an advocate in Multan.",
        {("Protesters (Pakistan)", "PROTEST", None, "Multan")},
    ),
    (
        "Peaceful protest",
        "Women activists formed a human chain along the Marine Drive in Kochi to protest "
        "against violence against women.",
        {("Protesters (India)", "PROTEST", "Civilians (India)", "Kochi")},
    ),
    (
        "Peaceful protest",
        "Protest rallies were held in several towns of Balochistan on Tuesday against "
        "enforced disappearances.",
        {("Protesters (Pakistan)", "PROTEST", None, "Balochistan")},
    ),
    (
        "Peaceful protest",
        "Supporters of the jailed leader staged a hunger strike outside the press club in Karachi.",
        {("Protesters (Pakistan)", "PROTEST", None, "Karachi")},
    ),
    (
        "Peaceful protest",
        "'We will continue our agitation until the government listens,' said a farmer leader "
        "as the sit-in at the Singhu border entered its 40th day.",
        {("Protesters", "PROTEST", None, None)},
    ),
    (
        "Protest with intervention",
        "Police lathi-charged agitating teachers in Patna on Tuesday when they tried to march"
        " towards the assembly.",
        {
            ("Police Forces of India", "COERCE", "Protesters (India)", "Patna"),
            ("Police Forces of India", "PROTEST", None, "Patna"),
        },
    ),
    (
        "Protest with intervention",
        "Protesters demanding the arrest of the accused were dispersed by police in Hyderabad on Friday.",
        {
            ("Police Forces of India", "COERCE", "Protesters (India)", "Hyderabad"),
            ("Protesters (India)", "PROTEST", None, "Hyderabad"),
        },
    ),
    (
        "Protest with intervention",
        "Police detained over 200 BJP workers who were staging a protest outside the secretariat in Kolkata.",
        {("BJP", "PROTEST", None, "Kolkata"), ("Police Forces of India", "COERCE", "BJP", "Kolkata")},
    ),
    (
        "Protest with intervention",
        "Dozens of opposition activists were arrested in Harare on Wednesday as they tried to"
        " hold a march against corruption.",
        {
            ("Police Forces of Zimbabwe", "COERCE", "Opposition (Zimbabwe)", "Harare"),
            ("Protesters (Zimbabwe)", "PROTEST", None, "Harare"),
        },
    ),
    (
        "Protest with intervention",
        "Police fired tear gas to disperse students protesting against the closure of their "
        "university in Accra.",
        {
            ("Police Forces of Ghana", "COERCE", "Protesters (Ghana)", "Accra"),
            ("Protesters (Ghana)", "PROTEST", "Police Forces of Ghana", "Accra"),
        },
    ),
    (
        "Protest with intervention",
        "The police broke up a sit-in by unemployed graduates in Rabat and detained several of them.",
        {
            ("Police Forces of Morocco", "COERCE", "Protesters (Morocco)", "Rabat"),
            ("Police Forces of Morocco", "COERCE", None, "Rabat"),
            ("Protesters (Morocco)", "PROTEST", None, "Rabat"),
        },
    ),
    (
        "Protest with intervention",
        "Protesters were taken into custody after they blocked the road leading to the chief "
        "minister's residence in Chennai.",
        {
            ("Police Forces of India", "COERCE", "Protesters (India)", "Chennai"),
            ("Protesters (India)", "PROTEST", None, "Chennai"),
        },
    ),
    (
        "Protest with intervention",
        "Riot police in La Paz used tear gas against coca growers who were marching on the capital.",
        {
            ("Police Forces of Bolivia", "COERCE", "Protesters (Bolivia)", "La Paz"),
            ("Protesters (Bolivia)", "PROTEST", None, "La Paz"),
        },
    ),
    (
        "Protest with intervention",
        "Police prevented Congress workers from gheraoing the residence of the minister in "
        "Bhopal and detained them.",
        {
            ("Police Forces of India", "COERCE", None, "Bhopal"),
            ("Police Forces of India", "PROTEST", None, "Bhopal"),
        },
    ),
    (
        "Excessive force against protesters",
        "Two persons were killed when police opened fire on villagers protesting against land"
        " acquisition in Singur.",
        {
            ("Police Forces of India", "COERCE", "Protesters (India)", "Singur"),
            ("Protesters (India)", "PROTEST", None, "Singur"),
        },
    ),
    (
        "Excessive force against protesters",
        "At least three protesters were shot dead by security forces during an anti-"
        "government rally in Conakry, an opposition party said.",
        {
            ("Police Forces of Guinea", "COERCE", "Protesters (Guinea)", "Conakry"),
            ("Protesters (Guinea)", "PROTEST", None, "Conakry"),
        },
    ),
    (
        "Excessive force against protesters",
        "Police fired on a crowd of farmers demonstrating against the new law in Mandsaur, killing five.",
        {
            ("Police Forces of India", "COERCE", "Protesters (India)", "Mandsaur"),
            ("Protesters (India)", "PROTEST", None, "Mandsaur"),
        },
    ),
    (
        "Excessive force against protesters",
        "A student died after being hit by a rubber bullet when police fired on protesters in"
        " Bogota on Monday night.",
        {("Police Forces of Colombia", "COERCE", "Protesters (Colombia)", "Bogotá")},
    ),
    (
        "Excessive force against protesters",
        "Security forces killed a protester and wounded ten in Khartoum when they fired live "
        "ammunition at a march.",
        # "a march" is the protest fired at, not the month (round roles83): no untargeted FIGHT
        {
            ("Police Forces of Sudan", "COERCE", "Protesters (Sudan)", "Khartoum"),
            ("Protesters (Sudan)", "PROTEST", None, "Khartoum"),
        },
    ),
    (
        "Excessive force against protesters",
        "Several demonstrators were injured when police mercilessly beat them with batons "
        "during a rally in Dhaka.",
        {
            ("Police Forces of Bangladesh", "COERCE", "Protesters (Bangladesh)", "Dhaka"),
            ("Protesters (Bangladesh)", "PROTEST", None, "Dhaka"),
        },
    ),
    (
        "Violent demonstration",
        "Agitators set fire to three buses and pelted stones at police during a bandh in "
        "Guwahati on Wednesday.",
        {("Protesters (India)", "PROTEST", None, "Guwahati")},
    ),
    (
        "Violent demonstration",
        "Angry protesters vandalised a police outpost and torched two vehicles after a youth "
        "died in custody in Aligarh.",
        {("Rioters (India)", "PROTEST", "Police Forces of India", "Alīgarh")},
    ),
    (
        "Violent demonstration",
        "Stone-pelting protesters clashed with security forces in Srinagar after Friday prayers.",
        {("Rioters (India)", "PROTEST", "Police Forces of India", "Srinagar")},
    ),
    (
        "Violent demonstration",
        "Demonstrators ransacked the office of the ruling party in Sylhet and set furniture on fire.",
        {("Rioters (Bangladesh)", "PROTEST", None, "Sylhet")},
    ),
    (
        "Violent demonstration",
        "Supporters of the defeated candidate burned tyres and blocked roads in Kisii, "
        "hurling stones at police.",
        {("Rioters (Kenya)", "PROTEST", "Police Forces of Kenya", "Kisii")},
    ),
    (
        "Violent demonstration",
        "Protesting students torched a university bus and damaged a police jeep in Lucknow on Thursday.",
        {("Rioters (India)", "PROTEST", None, "Lucknow")},
    ),
    (
        "Violent demonstration",
        "A police station was set ablaze by rioters in Minneapolis on Thursday night.",
        {("Rioters (United States)", "PROTEST", "Police Forces of the United States", "Minneapolis")},
    ),
    (
        "Violent demonstration",
        "Looters and rioters attacked shops in Durban as protests over the jailing of the "
        "former president turned violent.",
        {("Rioters (South Africa)", "PROTEST", None, "Durban")},
    ),
    (
        "Mob violence",
        "A man suspected of being a child lifter was lynched by a mob in Dhule district on Sunday.",
        {("Rioters (India)", "ASSAULT", "Civilians (India)", "Dhule")},
    ),
    (
        "Mob violence",
        "Two cattle traders were beaten to death by a mob in Alwar on suspicion of cow smuggling.",
        {("Rioters (India)", "ASSAULT", "Civilians (India)", "Alwar")},
    ),
    (
        "Mob violence",
        "A group of villagers assaulted a tribal youth accused of theft in Palakkad, police said.",
        {("Unidentified Armed Group (India)", "ASSAULT", "Civilians (India)", "Palakkad")},
    ),
    (
        "Mob violence",
        "Clashes broke out between two communities in Bhadrak after a derogatory social media"
        " post, injuring 15 people.",
        {("Rioters (India)", "FIGHT", None, "Bhadrak")},  # communal clashes: mob violence (case78)
    ),
    (
        "Mob violence",
        "A woman accused of practising witchcraft was stripped and beaten by villagers in "
        "Jharkhand's Gumla district.",
        {("Unidentified Armed Group (India)", "ASSAULT", "Civilians (India)", "Gumlā")},
    ),
    (
        "Mob violence",
        "Herders and farmers fought with machetes in Benue state, leaving seven people dead.",
        {
            ("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Benue"),
            ("Unidentified Armed Group (Nigeria)", "FIGHT", None, "Benue"),
        },
    ),
    (
        "Armed clash",
        "Three Maoists were killed in an encounter with security forces in the forests of "
        "Bijapur district on Saturday.",
        {  # the forests the encounter was in: Bijapur, read as its namesake city (as case78's "in Bijapur")
            ("Communist Party of India (Maoist)", "FIGHT", "Police Forces of India", "Vijayapura"),
            ("Police Forces of India", "FIGHT", "Communist Party of India (Maoist)", "Vijayapura"),
        },
    ),
    (
        "Armed clash",
        "A gunfight broke out between militants and security forces in Shopian early on Monday.",
        {
            ("Police Forces of India", "FIGHT", "Unidentified Armed Group (India)", "Shopian"),
            ("Unidentified Armed Group (India)", "FIGHT", "Police Forces of India", "Shopian"),
        },
    ),
    (
        "Armed clash",
        "Two soldiers and four militants were killed in a fierce gun battle in Kupwara, an "
        "army spokesman said.",
        {("Unidentified Armed Group (India)", "FIGHT", "Military Forces of India", "Kupwāra")},
    ),
    (
        "Armed clash",
        "Naxals ambushed a CRPF patrol in Sukma, triggering an exchange of fire that lasted two hours.",
        {("Communist Party of India (Maoist)", "FIGHT", "CRPF", "Sukma")},
    ),
    (
        "Armed clash",
        "Troops of Operation Hadin Kai repelled an attack by ISWAP terrorists on their base "
        "in Marte, killing several of them.",
        {("Hadin Kai", "FIGHT", "Islamic State West Africa Province", "Marte")},
    ),
    (
        "Armed clash",
        "Clashes between the army and the Arakan Army in Rakhine state killed at least six "
        "soldiers, residents said.",
        {("Arakan Army", "FIGHT", "Tatmadaw", "Rakhine"), ("Tatmadaw", "FIGHT", "Arakan Army", "Rakhine")},
    ),
    (
        "Armed clash",
        "FARC dissidents and the Colombian army clashed in Cauca department on Wednesday, leaving two dead.",
        {("Military Forces of Colombia", "FIGHT", None, "Cauca")},
    ),
    (
        "Armed clash",
        "Government forces and Tigrayan fighters engaged in heavy fighting near the town of Alamata.",
        {("Ethiopian National Defense Force", "FIGHT", None, "Alamata")},
    ),
    (
        "Armed clash",
        "Gunmen attacked a police checkpoint in Zamfara and engaged officers in a shootout "
        "lasting several hours.",
        {("Unidentified Armed Group (Nigeria)", "FIGHT", "Police Forces of Nigeria", "Zamfara")},
    ),
    (
        "Armed clash",
        "The militants fired on the troops, who retaliated, the police said.",
        {("Unidentified Armed Group", "FIGHT", "Military Forces", None)},
    ),
    (
        "Government regains territory",
        "Security forces regained control of the area after flushing out the militants, officials said.",
        {
            ("Police Forces", "CAPTURE", None, None),
            ("Police Forces", "FIGHT", "Unidentified Armed Group", None),
        },
    ),
    (
        "Government regains territory",
        "The Mozambican army said it had retaken the town of Palma from insurgents.",
        {("Military Forces of Mozambique", "CAPTURE", "Unidentified Armed Group (Mozambique)", "Palma")},
    ),
    (
        "Government regains territory",
        "Ethiopian federal troops recaptured the city of Mekelle from the TPLF, state media reported.",
        {("Ethiopian National Defense Force", "CAPTURE", "Tigray People's Liberation Front", "Mek'ele")},
    ),
    (
        "Government regains territory",
        "Philippine troops took back the last stronghold of the militants in Marawi city.",
        {("Military Forces of the Philippines", "CAPTURE", None, "Marawi City")},
    ),
    (
        "Non-state actor overtakes territory",
        "Taliban fighters captured the district centre of Dand-e-Ghori in Baghlan province "
        "after government forces retreated.",
        {("Military Forces of Afghanistan", "RETREAT", None, "Baghlān"), ("Taliban", "CAPTURE", None, None)},
    ),
    (
        "Non-state actor overtakes territory",
        "The town of Kidal fell to separatist rebels on Saturday after fierce fighting with the army.",
        {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")},
    ),
    (
        "Non-state actor overtakes territory",
        "M23 rebels took control of Bunagana, a town on the border with Uganda, on Monday.",
        {("M23", "CAPTURE", None, "Bunagana")},
    ),
    (
        "Non-state actor overtakes territory",
        "The jihadists seized control of several villages in Cabo Delgado province, the local"
        " administrator said.",
        {("Unidentified Armed Group (Mozambique)", "CAPTURE", None, "Cabo Delgado")},
    ),
    (
        "Air/drone strike",
        "Two civilians were killed in an air strike on a village in Sagaing region, witnesses said.",
        {("Unidentified Armed Group (Myanmar)", "ASSAULT", "Civilians (Myanmar)", "Sagaing")},
    ),
    (
        "Air/drone strike",
        "The Pakistani air force bombed suspected militant hideouts in North Waziristan on Sunday.",
        {("Unidentified Armed Group (Pakistan)", "FIGHT", None, "North Waziristan")},
    ),
    (
        "Air/drone strike",
        "A drone strike hit a vehicle in the Somali region of Jubba, killing four al-Shabaab fighters.",
        {("Unidentified Armed Group (Somalia)", "FIGHT", "Al-Shabaab", "Somalia")},
    ),
    (
        "Air/drone strike",
        "Fighter jets of the Nigerian Air Force destroyed a bandit enclave in Zamfara state, "
        "a military spokesman said.",
        {("Nigerian Armed Forces", "FIGHT", "Unidentified Armed Group (Nigeria)", "Zamfara")},
    ),
    (
        "Air/drone strike",
        "Myanmar military jets bombed a school in Sagaing, killing at least seven children.",
        {("Tatmadaw", "ASSAULT", "Civilians (Myanmar)", "Sagaing"), ("Tatmadaw", "FIGHT", None, "Sagaing")},
    ),
    (
        "Suicide bomb",
        "A suicide bomber riding a motorcycle rammed into a police van in Quetta, killing four policemen.",
        {("Unidentified Armed Group (Pakistan)", "FIGHT", "Police Forces of Pakistan", "Quetta")},
    ),
    (
        "Suicide bomb",
        # the people killed in the clause-of-time toll are the bombing's victims (round case84)
        "At least 30 people were killed when a suicide attacker detonated his vest at a "
        "political gathering in Bajaur.",
        {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Civilians (Pakistan)", "Bajaur")},
    ),
    (
        "Suicide bomb",
        "A teenage girl blew herself up at a market in Konduga, killing six people.",
        {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Konduga")},
    ),
    (
        "Shelling/artillery/missile attack",
        "Pakistani troops shelled forward posts along the Line of Control in Poonch, the army said.",
        {("Military Forces of Pakistan", "FIGHT", None, "Pūnch")},
    ),
    (
        "Shelling/artillery/missile attack",
        "Pakistan violated the ceasefire in the Uri sector, firing mortars at Indian posts and villages.",
        {("Pakistan", "FIGHT", "Military Forces of India", "Uri")},
    ),
    (
        "Shelling/artillery/missile attack",
        "Three rockets landed near the US embassy in Baghdad on Wednesday, security sources said.",
        {("Unidentified Armed Group (Iraq)", "FIGHT", None, "Baghdad")},
    ),
    (
        "Shelling/artillery/missile attack",
        "Mortar shells fired by militants landed in a residential area of Mogadishu, killing two children.",
        {
            ("Unidentified Armed Group (Somalia)", "ASSAULT", "Civilians (Somalia)", "Mogadishu"),
            ("Unidentified Armed Group (Somalia)", "FIGHT", None, "Mogadishu"),
        },
    ),
    (
        "Shelling/artillery/missile attack",
        "Houthi forces launched a missile at an oil facility in Jeddah on Sunday.",
        {("Houthis", "FIGHT", None, "Jeddah")},
    ),
    (
        "Remote explosive/landmine/IED",
        # CRPF jawans are the Central Reserve Police Force, police, not the army (round case78)
        "Five CRPF jawans were killed when Maoists triggered an IED blast in Dantewada district.",
        {("Communist Party of India (Maoist)", "FIGHT", "CRPF", "Dantewada")},
    ),
    (
        "Remote explosive/landmine/IED",
        "A bomb planted on a motorcycle exploded in a crowded market in Peshawar, injuring 12 people.",
        {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Civilians (Pakistan)", "Peshawar")},
    ),
    (
        "Remote explosive/landmine/IED",
        "Two soldiers were injured when their vehicle hit a landmine in Kachin state.",
        {("Unidentified Armed Group (Myanmar)", "FIGHT", "Tatmadaw", "Kachin")},
    ),
    (
        "Remote explosive/landmine/IED",
        "An explosion ripped through a bus carrying pilgrims in Jammu, the police said, blaming militants.",
        {("Unidentified Armed Group (India)", "FIGHT", None, "Jammu")},
    ),
    (
        "Remote explosive/landmine/IED",
        "A powerful blast went off near a mosque in Jalalabad on Friday, wounding nine worshippers.",
        {("Unidentified Armed Group (Afghanistan)", "FIGHT", None, "Jalālābād")},
    ),
    (
        "Grenade",
        "Terrorists lobbed a grenade at a CRPF bunker in Sopore, injuring two personnel.",
        {("Unidentified Armed Group (India)", "FIGHT", "CRPF", "Sopur")},
    ),
    (
        "Grenade",
        "A grenade was hurled at a police station in Imphal on Tuesday night, but no one was injured.",
        {("Unidentified Armed Group (India)", "FIGHT", "Police Forces of India", "Imphal")},
    ),
    (
        "Grenade",
        # the people wounded in the clause-of-time toll are the attack's victims (round case84)
        "Three people were wounded when an unidentified man threw a hand grenade into a bar in Bujumbura.",
        {("Unidentified Armed Group (Burundi)", "ASSAULT", "Civilians (Burundi)", "Bujumbura")},
    ),
    (
        "Sexual violence",
        "A Dalit woman was gang-raped by four upper-caste men in Hathras, police said.",
        {("Unidentified Armed Group (India)", "ASSAULT", "Civilians (India)", "Hāthras")},
    ),
    (
        "Sexual violence",
        "Soldiers raped at least ten women during a raid on a village in Tigray, a rights group said.",
        {("Ethiopian National Defense Force", "ASSAULT", "Civilians (Ethiopia)", "Tigray")},
    ),
    (
        "Sexual violence",
        "Gunmen sexually assaulted two schoolgirls in a village in Ituri province.",
        {
            (
                "Unidentified Armed Group (Democratic Republic of Congo)",
                "ASSAULT",
                "Civilians (Democratic Republic of Congo)",
                "Ituri",
            )
        },
    ),
    (
        "Attack",
        "Unidentified gunmen shot dead a BJP leader outside his house in Budgam on Thursday.",
        {("Unidentified Armed Group", "FIGHT", "BJP", None)},
    ),
    (
        "Attack",
        "Maoists killed a villager in Gadchiroli, accusing him of being a police informer.",
        {
            ("Communist Party of India (Maoist)", "ACCUSE", "Civilians (India)", "Garhchiroli"),
            ("Communist Party of India (Maoist)", "ASSAULT", "Civilians (India)", "Garhchiroli"),
        },
    ),
    (
        "Attack",
        "Armed bandits killed 18 villagers in an attack on Kadisau village in Katsina state.",
        {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Katsina")},
    ),
    (
        "Attack",
        "A journalist was stabbed to death by unknown assailants in Sindh, his family said.",
        {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Journalists (Pakistan)", "Sindh")},
    ),
    (
        "Attack",
        "Assailants on motorbikes opened fire on worshippers at a church in Ouagadougou, killing five.",
        {("Unidentified Armed Group (Burkina Faso)", "ASSAULT", "Civilians (Burkina Faso)", "Ouagadougou")},
    ),
    (
        "Attack",
        "A trader was hacked to death in Manipur's Churachandpur district on Saturday.",
        {("Unidentified Armed Group (India)", "ASSAULT", "Civilians (India)", "Churāchāndpur")},
    ),
    (
        "Attack",
        "Militants attacked a migrant labourer from Bihar in Pulwama, killing him on the spot.",
        {("Unidentified Armed Group (India)", "ASSAULT", "Civilians (India)", "Pulwama")},
    ),
    (
        "Attack",
        # a social leader is a civilian (en.json civilian_role_modifiers, round case87)
        "A social leader was murdered by armed men in the department of Cauca, the ombudsman said.",
        {("Unidentified Armed Group (Colombia)", "ASSAULT", "Civilians (Colombia)", "Cauca")},
    ),
    (
        "Abduction/forced disappearance",
        "Maoists abducted two engineers working on a road project in Malkangiri district.",
        {("Communist Party of India (Maoist)", "ASSAULT", "Civilians (India)", "Malakanagiri")},
    ),
    (
        "Abduction/forced disappearance",
        "Gunmen kidnapped 42 people including students from a school in Kagara, Niger state.",
        {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kagara")},
    ),
    (
        "Abduction/forced disappearance",
        "A Hindu girl was abducted from her home in Ghotki and forcibly converted, her family alleged.",
        {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Civilians (Pakistan)", "Ghotki")},
    ),
    (
        "Abduction/forced disappearance",
        # a village head is a civilian (civilian_role_modifiers, round enmiss83b), as ACLED codes them
        "Bandits abducted a village head and his two wives in Kaduna on Friday.",
        {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kaduna")},
    ),
    (
        "Arrests",
        "Police arrested a suspected member of the banned ULFA-I in Tinsukia on Saturday.",
        {("Police Forces of India", "COERCE", None, "Tinsukia")},
    ),
    (
        "Arrests",
        "Security forces apprehended two overground workers of the Hizbul Mujahideen in Anantnag.",
        {("Police Forces", "COERCE", "Civilians", None)},
    ),
    (
        "Arrests",
        "An opposition lawmaker was arrested in Phnom Penh on charges of incitement.",
        {("Police Forces of Cambodia", "COERCE", "Opposition (Cambodia)", "Phnom Penh")},
    ),
    (
        "Arrests",
        "The NIA arrested three persons in connection with the blast in Coimbatore.",
        {("NIA", "COERCE", "Civilians (India)", "Coimbatore")},
    ),
    (
        "Arrests",
        "A journalist who criticised the governor was picked up by the police in Kano and "
        "detained for three days.",
        {
            ("Journalists (Nigeria)", "ACCUSE", "Nigeria", "Kano"),
            ("Police Forces of Nigeria", "COERCE", "Journalists (Nigeria)", "Kano"),
        },
    ),
    (
        "Arrests",
        "Police in Dhaka have detained a student leader for allegedly spreading rumours on Facebook.",
        {("Police Forces of Bangladesh", "COERCE", None, "Dhaka")},
    ),
    (
        "Looting/property destruction",
        "Armed men looted shops and burned houses in a village in Ituri province, a local official said.",
        {("Unidentified Armed Group (Democratic Republic of Congo)", "COERCE", None, "Ituri")},
    ),
    (
        "Looting/property destruction",
        "Militants torched a school building in Shopian on Sunday night.",
        {("Unidentified Armed Group (India)", "COERCE", None, "Shopian")},
    ),
    (
        "Looting/property destruction",
        "Maoists set ablaze five vehicles engaged in road construction in Gadchiroli.",
        {("Communist Party of India (Maoist)", "COERCE", None, "Garhchiroli")},
    ),
    (
        "Looting/property destruction",
        "Unknown persons vandalised a statue of Ambedkar in Meerut, triggering tension in the area.",
        {("Civilians (India)", "COERCE", "Ambedkar", "Meerut")},
    ),
    (
        "Looting/property destruction",
        "Rebels burnt down the health centre in the village of Mbau and looted medicines.",
        {("Unidentified Armed Group", "COERCE", None, None)},
    ),
    (
        "Agreement",
        "The government and the NSCN signed a peace accord in New Delhi on Monday.",
        {("India", "AGREE", "NSCN", "Delhi"), ("NSCN", "AGREE", "India", "Delhi")},
    ),
    (
        "Agreement",
        "The Taliban and the United States signed an agreement in Doha to end the war.",
        {("Taliban", "AGREE", "United States", "Doha"), ("United States", "AGREE", "Taliban", "Doha")},
    ),
    (
        "Non-violent transfer of territory",
        "Government troops handed over the base at Tessalit to UN peacekeepers on Sunday.",
        {("United Nations", "CAPTURE", "Malian Armed Forces", "Tessalit")},
    ),
    (
        "Disrupted weapons use",
        "Security forces defused an IED planted on the Srinagar-Baramulla highway on Monday.",
        {("Police Forces", "COERCE", None, None)},
    ),
    (
        "Armed clash",
        "Jawan killed, two Maoists shot dead in Dantewada encounter",
        {
            ("Communist Party of India (Maoist)", "FIGHT", None, "Dantewada"),
            ("Jawan", "FIGHT", None, "Dantewada"),
        },
    ),
    (
        "Armed clash",
        "2 militants killed in Pulwama gunfight; search operation on",
        {("Unidentified Armed Group (India)", "FIGHT", None, "Pulwama")},
    ),
    (
        "Remote explosive/landmine/IED",
        "Three jawans injured in IED blast in Chhattisgarh's Narayanpur",
        {("Unidentified Armed Group (India)", "FIGHT", "Military Forces of India", "Nārāinpur")},
    ),
    (
        "Abduction/forced disappearance",
        "Gunmen abduct 15 passengers on Abuja-Kaduna highway",
        {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", None)},
    ),
    (
        "Peaceful protest",
        "Auto drivers go on strike in Hyderabad against new traffic fines",
        {("Protesters (India)", "PROTEST", None, "Hyderabad")},
    ),
    (
        "Looting/property destruction",
        "Miscreants torch JCB machine in Chatra; Maoist role suspected",
        {("Unidentified Armed Group (India)", "COERCE", None, "Chatrā")},
    ),
    (
        "Mob violence",
        "Mob thrashes two men on suspicion of theft in Bihar's Vaishali",
        {("Rioters (India)", "ASSAULT", "Civilians (India)", "Vaishali")},  # where Bihar is (enloc89)
    ),
    (
        "Attack",
        "Gunmen kill five in attack on village in Plateau",
        {("Unidentified Armed Group (Senegal)", "FIGHT", None, "Le Plateau")},
    ),
    (
        "Grenade",
        "Grenade attack on police station in Anantnag, no casualties",
        {("Unidentified Armed Group (India)", "FIGHT", "Police Forces of India", "Anantnag")},
    ),
    (
        "Suicide bomb",
        "Suicide blast at checkpoint kills three soldiers in Lakki Marwat",
        {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Military Forces of Pakistan", "Lakki")},
    ),
    (
        "Air/drone strike",
        "Airstrikes pound rebel positions in Idlib",
        {("Unidentified Armed Group (Syria)", "FIGHT", None, "Idlib")},
    ),
    (
        "Attack",
        "A shopkeeper was shot at by two bike-borne assailants in Ludhiana on Monday and is "
        "in critical condition.",
        {("Unidentified Armed Group (India)", "ASSAULT", "Civilians (India)", "Ludhiana")},
    ),
    (
        "Abduction/forced disappearance",
        "A businessman was kidnapped at gunpoint from his shop in Imphal on Tuesday evening.",
        {("Unidentified Armed Group (India)", "ASSAULT", "Civilians (India)", "Imphal")},
    ),
    (
        "Arrests",
        "Four Naxalites carrying a reward of Rs 5 lakh each were arrested from a forest in Gumla.",
        {("Police Forces of India", "COERCE", "Communist Party of India (Maoist)", "Gumlā")},
    ),
    (
        "Looting/property destruction",
        "Several houses were set on fire and shops were looted during the violence in Delhi's Maujpur area.",
        # an unknown area of a possessive place is in that place (casemiss86; it was no place before)
        {("Unidentified Armed Group (India)", "COERCE", None, "Delhi")},
    ),
    (
        "Remote explosive/landmine/IED",
        "A bomb was hurled at the house of a TMC leader in North 24 Parganas on Sunday night.",
        {("Unidentified Armed Group", "FIGHT", "TMC", None)},
    ),
    (
        "Armed clash",
        "The CRPF and the district reserve guard were conducting an anti-Naxal operation in "
        "the forests of Minpa when they came under heavy fire from a group of around 250 "
        "Maoists, and the gunfight continued for nearly four hours, officials said.",
        # the Maoists' fire on the CRPF ('came under fire from X': X attacks the subject, round case88)
        {("Communist Party of India (Maoist)", "FIGHT", "CRPF", None)},
    ),
    (
        "Excessive force against protesters",
        "According to eyewitnesses, the police opened fire without warning on the crowd that "
        "had gathered outside the police station to demand the release of the detained "
        "youths, killing two and injuring several others.",
        {
            ("Police Forces", "FIGHT", None, None),
            ("Police Forces", "THREATEN", "Civilians", None),
            ("Rioters", "PROTEST", None, None),
        },
    ),
    (
        "Attack",
        "The victim, a 45-year-old panchayat member, was returning home from the market when "
        "he was waylaid by armed men who shot him in the head, police said.",
        {("Unidentified Armed Group", "ASSAULT", "Civilians", None)},
    ),
    (
        "Peaceful protest",
        "The protesters, who had been camping outside the district office since Monday, said "
        "they would not end their sit-in until the authorities restored the water supply to "
        "their village.",
        {("Protesters", "PROTEST", None, None)},
    ),
    (
        "Abduction/forced disappearance",
        "The family of the trader said he had been abducted by members of an armed gang who "
        "demanded a ransom of five million naira for his release.",
        # round case63: an armed gang is the unidentified armed group, who demand the ransom
        {
            ("Unidentified Armed Group", "ASSAULT", "Civilians", None),
            ("Unidentified Armed Group", "REQUEST", None, None),
        },
    ),
    (
        "Protest with intervention",
        "'The police pushed us and dragged our women away,' said a protester after the sit-in"
        " outside the collectorate was forcibly removed.",
        {("Protesters", "PROTEST", None, None)},
    ),
    (
        "Attack",
        "Residents said the gunmen stormed the village at night, shooting sporadically and "
        "killing at least nine people before fleeing into the bush.",
        {("Unidentified Armed Group", "FIGHT", None, None)},
    ),
    (
        # the troops that fled retreat (en.json 'flee', round casemiss87)
        "Non-state actor overtakes territory",
        "The rebels said they had taken full control of the town after government troops "
        "fled, a claim the army denied.",
        {
            ("Unidentified Armed Group", "CAPTURE", None, None),
            ("Military Forces", "RETREAT", None, None),
        },
    ),
    (
        "Shelling/artillery/missile attack",
        "Residents said several shells fired from across the border landed in the village, "
        "damaging houses and killing cattle.",
        {("Unidentified Armed Group", "FIGHT", None, None)},
    ),
]

# no conflict type
NON_CONFLICT = [
    "India clashed with Pakistan in a high-voltage World Cup match in Manchester on Sunday.",
    "Mohun Bagan beat East Bengal 2-0 in the Kolkata derby on Saturday.",
    "The BJP won 77 seats in the West Bengal assembly election, the Election Commission said.",
    "The Supreme Court adjourned the hearing on the Ayodhya land dispute to next week.",
    "Twelve pilgrims were killed when their bus fell into a gorge in Uttarakhand.",
    "Heavy rains lashed Mumbai on Tuesday, disrupting train services and flooding low-lying areas.",
    "Cyclone Amphan made landfall near the Sundarbans, uprooting trees and damaging homes.",
    "A fire broke out in a garment factory in Dhaka, killing 18 workers.",
    "The Reserve Bank of India kept its repo rate unchanged at four per cent.",
    "Voters queued outside polling stations in Lagos as the governorship election got under way.",
    "The Lahore High Court granted bail to the former prime minister in a corruption case.",
    "Nadal clashed with Djokovic in a five-set semi-final at Roland Garros.",
    "The chief minister inaugurated a new bridge over the Brahmaputra in Dhubri.",
    "An earthquake of magnitude 6.1 struck the Hindu Kush region, shaking buildings in Kabul.",
    "Two trains collided near Balasore, killing more than 200 passengers.",
    "The finance minister presented the budget in parliament on Monday.",
    "Farmers in Punjab began harvesting wheat as the monsoon receded.",
    "The Kenyan athletics team arrived in Nairobi to a heroes' welcome.",
    "A landslide buried several houses in Idukki after days of incessant rain.",
    "The cabinet approved a new education policy on Wednesday.",
    "Striker scores twice as Bengaluru FC storm past Chennaiyin.",
    "The Election Commission announced the schedule for the Bihar assembly polls.",
    "The Chinese foreign minister met his Indian counterpart in Moscow on Thursday.",
    "Prices of onions soared in Delhi markets after unseasonal rains damaged crops.",
]


test_snippet_rows = snippet_rows(BATTERY)


test_non_conflict_snippets = non_conflict(NON_CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a protest participle right before people names the protesters the forces met
        ("Police detained agitating nurses in Ranchi on Friday.",
         {("Police Forces of India", "COERCE", "Protesters (India)", "Ranchi"),
          ("Protesters (India)", "PROTEST", None, "Ranchi")}),
        ("Police dispersed demonstrating workers in Harare.",
         {("Police Forces of Zimbabwe", "COERCE", "Protesters (Zimbabwe)", "Harare"),
          ("Protesters (Zimbabwe)", "PROTEST", None, "Harare")}),
        # tear gas fired at them is no lethal force: the protest met is coded beside
        ("Police fired tear gas at protesting traders in Multan.",
         {("Police Forces of Pakistan", "COERCE", "Protesters (Pakistan)", "Multan"),
          ("Protesters (Pakistan)", "PROTEST", None, "Multan")}),
        # shooting them dead is force against protesters alone
        ("Soldiers shot dead two protesting miners in Marikana.",
         {("Military Forces of South Africa", "COERCE", "Protesters (South Africa)", "Marikana")}),
        # people held with no protest told stay civilians
        ("Police detained three traders in Multan.",
         {("Police Forces of Pakistan", "COERCE", "Civilians (Pakistan)", "Multan")}),
    ],
)  # fmt: skip
def test_protest_participles_before_people(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a vehicle falling or plunging kills by accident
        ("Seven passengers were killed when their minibus fell into a ravine in Kisii.", set()),
        ("Seven passengers were killed when their minibus plunged into a river in Kisii.", set()),
        # a post falling to a group is no accident
        ("Four soldiers were killed when their post fell to the insurgents in Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", "Malian Armed Forces", "Kidal")}),
    ],
)  # fmt: skip
def test_vehicle_mishaps(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # clashing or thrashing in a match is a game
        ("Kenya clashed with Uganda in a league match in Kampala.", set()),
        ("Kenya thrashed Uganda 3-0 in the final in Kampala.", set()),
        # a match as the time of a clash is no game
        ("Rioters clashed with police after the match in Kampala.",
         {("Rioters (Uganda)", "PROTEST", "Police Forces of Uganda", "Kampala")}),
    ],
)  # fmt: skip
def test_games_and_clashes(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A trader was murdered by gunmen in Kaduna.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kaduna")}),
        ("Villagers thrashed a suspected robber in Gaya.",
         {("Rioters (India)", "ASSAULT", "Civilians (India)", "Gaya")}),
        ("Miscreants set fire to a bus in Ranchi.",
         {("Unidentified Armed Group (India)", "COERCE", None, "Ranchi")}),
        ("Nurses agitated outside the hospital in Ranchi.",
         {("Protesters (India)", "PROTEST", None, "Ranchi")}),
    ],
)  # fmt: skip
def test_south_asian_words(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
