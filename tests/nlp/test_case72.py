"""English news snippets by ACLED sub-event type (issue 14, round case72): a seventh battery, other than
case53's to case69's, in ACLED-note and wire register, weighted to the CASE-2021 Task-2 types the older
batteries hold fewest of (chemical weapons, disrupted weapons use, a base set up, a non-violent
transfer of territory, sexual violence, mob violence, property destruction, force against protesters,
violent demonstrations, suicide bombs, grenades, IEDs, a change to a group's activity, agreements)
and to regions they touch little: Ukraine and Russia (shelling, drones on energy sites, chloropicrin),
Israel and the West Bank (settlers, demolitions), Gaza, Yemen and the Red Sea (Houthi missiles at
ships), Sudan and South Sudan, Cameroon (Ambazonian separatists), the Central African Republic (UPC,
3R), Colombia (ELN, FARC dissidents), protests in Kenya, Bangladesh, Georgia and Serbia, Afghanistan
(ISKP), Iraq and Mali (FAMa drone strikes); each with the exact rows read, whose types fit the
sub-event type as eval.acled_coverage judges them; snippets of the same regions that give no conflict
type (a flood, a football match, a court ruling on a tax, a cricket match); the known miss, with the
row a right reading needs (xfail, strict: a fix must move it into the battery); then the general
rules this round added, each with a near sentence it must not fire on.

Battery at the start of the round: 28 of 40 gave the rows below; after:
39 of 40."""

from __future__ import annotations

import pytest
from unit._battery import battery_size, needed_rows, non_conflict, snippet_rows
from unit._extract import Row
from unit._extract import en_rows as rows
from unit._snippets import snippet_types

pytestmark = pytest.mark.nlp


# (ACLED sub-event type, snippet, the rows read: actor, type, target, place); a village the gazetteer
# lacks near a known town ("Huwara near Nablus") is placed at that town, one in a named region
# ("near Robotyne in the Zaporizhzhia region") at the region; "in the department of Arauca", hung on
# the guerrillas, is no place the seizure reads
BATTERY: list[tuple[str, str, set[Row]]] = [
    (
        "Chemical weapon",
        "Russian troops dropped grenades filled with chloropicrin on Ukrainian positions near Robotyne in "
        "the Zaporizhzhia region on Monday, Ukraine's general staff said.",
        {("Russian Armed Forces", "FIGHT", "Armed Forces of Ukraine", "Zaporizhzhya")},
    ),
    (
        "Chemical weapon",
        "The Sudanese army used chlorine gas against Rapid Support Forces fighters near Khartoum in "
        "September, US officials said on Thursday.",
        {("Sudanese Armed Forces", "FIGHT", "Rapid Support Forces", "Khartoum")},
    ),
    (
        "Disrupted weapons use",
        "Colombian soldiers seized an arms cache belonging to ELN guerrillas in the department of Arauca on "
        "Saturday, the army said.",
        {("Military Forces of Colombia", "COERCE", "National Liberation Army (Colombia)", None)},
    ),
    (
        "Disrupted weapons use",
        "Taliban security forces defused a roadside bomb planted by ISKP militants in Jalalabad on Sunday, a "
        "provincial spokesman said.",
        {("Taliban", "COERCE", "Islamic State Khorasan Province", "Jalālābād")},
    ),
    (
        "Disrupted weapons use",
        "Ukrainian air defences shot down 35 Russian drones launched at energy facilities in the Kyiv region "
        "overnight, the air force said.",
        {("Armed Forces of Ukraine", "COERCE", "Russian Armed Forces", "Kyiv")},
    ),
    (
        "Disrupted weapons use",
        "A US warship intercepted two Houthi missiles fired at a merchant vessel in the Red Sea off Hodeidah "
        "on Tuesday, the Pentagon said.",
        {("United States", "COERCE", "Houthis", "Red Sea")},
    ),
    (
        "Headquarters or base established",
        "JNIM militants set up a camp near Boni in Mali's Mopti region, local sources said on Wednesday.",
        {("Jama'at Nusrat al-Islam wal-Muslimin", "MOBILIZE", None, "Boni")},
    ),
    (
        "Headquarters or base established",
        "Ambazonian separatists established a base in a forest near Bamenda in Cameroon's Northwest region, "
        "the army said.",
        {("Ambazonian Separatists (Cameroon)", "MOBILIZE", None, "Bamenda")},
    ),
    (
        "Non-violent transfer of territory",
        "US-led coalition troops withdrew from the Ain al-Asad air base in Anbar province and handed it over "
        "to Iraqi forces on Monday.",
        {
            ("Iraqi Security Forces", "CAPTURE", "US-led coalition", "Ain al-Asad air base"),
            ("US-led coalition", "RETREAT", None, "Ain al-Asad air base"),
        },
    ),
    (
        "Non-violent transfer of territory",
        "UPC rebels withdrew from the town of Bambari in the Central African Republic without a fight, "
        "leaving it to government forces.",
        {
            ("Central African Armed Forces", "CAPTURE", None, "Bambari"),
            ("UPC: Union for Peace in the Central African Republic", "RETREAT", None, "Bambari"),
        },
    ),
    (
        "Sexual violence",
        "RSF fighters raped at least 20 women in El Geneina in West Darfur, a UN panel said on Friday.",
        {("Rapid Support Forces", "ASSAULT", "Civilians (Sudan)", "Al-Junaynah")},
    ),
    (
        "Sexual violence",
        "Soldiers raped two women near Yei in Central Equatoria state, South Sudan, a rights group said.",
        {("South Sudan People's Defence Forces", "ASSAULT", "Civilians (South Sudan)", "Yei")},
    ),
    (
        "Sexual violence",
        "Armed men of the 3R group raped a girl near Bocaranga in the Central African Republic, the UN "
        "mission said.",
        {
            (
                "3R: Return, Reclamation, Rehabilitation",
                "ASSAULT",
                "Civilians (Central African Republic)",
                "Bocaranga",
            ),
        },
    ),
    (
        "Mob violence",
        "A mob lynched two men accused of stealing a motorbike in Kisumu, Kenya, on Saturday, police said.",
        {("Rioters (Kenya)", "ASSAULT", "Civilians (Kenya)", "Kisumu")},
    ),
    (
        "Mob violence",
        "A mob beat a man to death over alleged blasphemy in Rangpur, Bangladesh, on Tuesday, police said.",
        {("Rioters (Bangladesh)", "ASSAULT", "Civilians (Bangladesh)", "Rangpur")},
    ),
    (
        "Mob violence",
        "Dozens of Israeli settlers attacked Palestinian residents of Huwara near Nablus in the West Bank on "
        "Sunday, the Palestinian health ministry said.",
        {("Settlers (Israel)", "ASSAULT", "Civilians (Palestine)", "Nablus")},
    ),
    (
        "Looting/property destruction",
        "Rapid Support Forces fighters looted shops and burned homes in Wad Madani in Sudan's Gezira state "
        "on Wednesday, residents said.",
        {("Rapid Support Forces", "COERCE", None, "Wad Medani")},
    ),
    (
        "Looting/property destruction",
        "Ambazonian separatists set fire to a school in Kumba in Cameroon's Southwest region on Monday, "
        "officials said.",
        {("Ambazonian Separatists (Cameroon)", "COERCE", None, "Kumba")},
    ),
    (
        "Looting/property destruction",
        "Israeli forces demolished three Palestinian homes in Hebron in the occupied West Bank on Wednesday.",
        {("Israel Defense Forces", "COERCE", "Palestine", "Hebron")},
    ),
    (
        "Excessive force against protesters",
        "Kenyan police shot dead two protesters during demonstrations against a finance bill in Nairobi on "
        "Tuesday, a rights group said.",
        {
            ("Police Forces of Kenya", "COERCE", "Protesters (Kenya)", "Nairobi"),
            ("Protesters (Kenya)", "PROTEST", None, "Nairobi"),
        },
    ),
    (
        "Excessive force against protesters",
        "Police fired live rounds at students protesting job quotas in Dhaka on Thursday, killing six of "
        "them, hospital officials said.",
        {
            ("Police Forces of Bangladesh", "COERCE", "Protesters (Bangladesh)", "Dhaka"),
            ("Protesters (Bangladesh)", "PROTEST", None, "Dhaka"),
        },
    ),
    (
        "Protest with intervention",
        "Georgian riot police used water cannon and tear gas to disperse protesters outside parliament in "
        "Tbilisi overnight.",
        {
            ("Police Forces of Georgia", "COERCE", "Protesters (Georgia)", "Tbilisi"),
            ("Protesters (Georgia)", "PROTEST", None, "Tbilisi"),
        },
    ),
    (
        "Protest with intervention",
        "Police detained several students protesting against the government in Novi Sad on Friday, Serbian "
        "media reported.",
        {
            ("Police Forces of Serbia", "COERCE", "Protesters (Serbia)", "Novi Sad"),
            ("Protesters (Serbia)", "PROTEST", "Serbia", "Novi Sad"),
        },
    ),
    (
        "Violent demonstration",
        "Protesters set fire to part of the parliament building in Nairobi on Tuesday after lawmakers passed "
        "the finance bill.",
        {("Rioters (Kenya)", "PROTEST", None, "Nairobi")},
    ),
    (
        "Violent demonstration",
        "Protesters threw stones and flares at police outside the government building in Belgrade on "
        "Saturday.",
        {("Rioters (Serbia)", "PROTEST", "Police Forces of Serbia", "Belgrade")},
    ),
    (
        "Violent demonstration",
        "Demonstrators torched a police station in Narsingdi, Bangladesh, on Friday, local officials said.",
        {("Rioters (Bangladesh)", "PROTEST", "Police Forces of Bangladesh", "Narsingdi")},
    ),
    (
        "Suicide bomb",
        "A suicide bomber killed six people outside a ministry in Kabul on Monday, and Islamic State "
        "Khorasan claimed the attack.",
        {("Islamic State Khorasan Province", "ASSAULT", "Civilians (Afghanistan)", "Kabul")},
    ),
    (
        "Suicide bomb",
        "A suicide car bomber struck a military camp in Kati, near Bamako, on Friday, killing two Malian "
        "soldiers.",
        {("Unidentified Armed Group (Mali)", "ASSAULT", "Malian Armed Forces", "Kati")},
    ),
    (
        "Grenade",
        "Unidentified attackers threw a grenade at a police station in Jamundi, in Colombia's Valle del "
        "Cauca department, injuring three officers.",
        {("Unidentified Armed Group (Colombia)", "FIGHT", "Police Forces of Colombia", "Jamundí")},
    ),
    (
        "Grenade",
        "A Russian drone dropped a grenade on a car in Kherson on Sunday, wounding two civilians, the "
        "regional governor said.",
        {("Russia", "ASSAULT", "Civilians (Ukraine)", "Kherson")},
    ),
    (
        "Remote explosive/landmine/IED",
        "An explosive device planted by FARC dissidents exploded on a road near Suarez in Cauca, killing two "
        "Colombian soldiers.",
        {
            (
                "Revolutionary Armed Forces of Colombia Dissident Faction",
                "FIGHT",
                "Military Forces of Colombia",
                "Suárez",
            ),
        },
    ),
    (
        "Remote explosive/landmine/IED",
        "A roadside bomb planted by separatists killed three gendarmes near Bamenda in Cameroon's Northwest "
        "region on Thursday.",
        {("Unidentified Armed Group (Cameroon)", "ASSAULT", "Police Forces of Cameroon", "Bamenda")},
    ),
    (
        "Change to group/activity",
        "Sudan's army deployed reinforcements to El Fasher in North Darfur on Saturday, a military source "
        "said.",
        {("Sudanese Armed Forces", "MOBILIZE", None, "El Fasher")},
    ),
    (
        "Agreement",
        "Israel and Hamas agreed to a ceasefire in Gaza on Wednesday after mediation by Qatar and Egypt.",
        {
            ("Egypt", "CONSULT", None, None),
            ("Hamas", "AGREE", "Israel", "Gaza"),
            ("Israel", "AGREE", "Hamas", "Gaza"),
            ("Qatar", "CONSULT", None, None),
        },
    ),
    (
        "Agreement",
        "The Colombian government and the ELN signed a six-month ceasefire in Havana on Friday.",
        {
            ("Colombia", "AGREE", "National Liberation Army (Colombia)", "Havana"),
            ("National Liberation Army (Colombia)", "AGREE", "Colombia", "Havana"),
        },
    ),
    (
        "Shelling/artillery/missile attack",
        "Russian forces shelled Kherson overnight, killing two civilians, the regional governor said.",
        {
            ("Russian Armed Forces", "ASSAULT", "Civilians (Ukraine)", "Kherson"),
            ("Russian Armed Forces", "FIGHT", None, "Kherson"),
        },
    ),
    (
        "Shelling/artillery/missile attack",
        "Houthi rebels fired a missile at a Greek-owned tanker in the Red Sea off Yemen on Thursday, the "
        "UKMTO agency said.",
        {("Houthis", "FIGHT", None, "Red Sea")},
    ),
    (
        "Air/drone strike",
        "Russian drones struck an energy facility in the Odesa region overnight, causing power cuts, "
        "Ukrainian officials said.",
        {("Russian Armed Forces", "FIGHT", None, "Odesa")},
    ),
    (
        "Air/drone strike",
        "A Malian army drone strike killed eight civilians near Kidal on Sunday, local officials said.",
        {("Malian Armed Forces", "ASSAULT", "Civilians (Mali)", "Kidal")},
    ),
]

# (ACLED sub-event type, snippet, a row a right reading has): misses
KNOWN_MISSES: list[tuple[str, str, Row]] = [
    # GeoNames has no Ber in Mali (only a Greek town's other name): the handover has no place, dropped
    (
        "Non-violent transfer of territory",
        "UN peacekeepers handed over their base in Ber to the Malian army on Sunday, the MINUSMA mission "
        "said.",
        ("Malian Armed Forces", "CAPTURE", "United Nations", "Ber"),
    ),
]
# no conflict type
NON_CONFLICT = [
    "Floods swept away hundreds of homes in Sudan's River Nile state, the UN said on Monday.",
    "Red Star Belgrade beat Partizan 2-1 in the Serbian league on Sunday.",
    "Kenya's High Court struck down a new housing tax in Nairobi on Friday.",
    "Georgia's central election commission announced the final results in Tbilisi on Saturday.",
    "Colombia's coffee exports rose by 12 percent in the first quarter, the growers' federation said.",
    "Bangladesh's cricket team beat Sri Lanka by 40 runs in Chattogram.",
]


test_snippet_rows = snippet_rows(BATTERY)
test_known_misses = needed_rows(KNOWN_MISSES, "case72")
test_battery_size = battery_size(40, BATTERY, KNOWN_MISSES)
test_non_conflict_snippets = non_conflict(NON_CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # armed groups and settlers ACLED names: the KB's actors
        ("Armed men of the 3R group attacked a village near Bocaranga.",
         {("3R: Return, Reclamation, Rehabilitation", "FIGHT", None, "Bocaranga")}),
        ("Israeli settlers torched cars in Huwara.",
         {("Settlers (Israel)", "COERCE", None, "Huwara")}),
        ("Ambazonian separatists set fire to a school in Kumba.",
         {("Ambazonian Separatists (Cameroon)", "COERCE", None, "Kumba")}),
        # separatists named by no name stay the unnamed armed group of where they fight
        ("Separatists attacked a police post in Bamenda.",
         {("Unidentified Armed Group (Cameroon)", "FIGHT", "Police Forces of Cameroon", "Bamenda")}),
    ],
)  # fmt: skip
def test_named_groups(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a grenade or chloropicrin dropped on someone is an attack
        ("A Russian drone dropped a grenade on a car in Kharkiv.",
         {("Russia", "FIGHT", None, "Kharkiv")}),
        ("Russian troops used chloropicrin against Ukrainian positions near Robotyne.",
         {("Russian Armed Forces", "FIGHT", "Armed Forces of Ukraine", None)}),
        # the aim hung on a participle of what is dropped or fired is the verb's
        ("Russian troops dropped grenades filled with chloropicrin on Ukrainian positions near Robotyne.",
         {("Russian Armed Forces", "FIGHT", "Armed Forces of Ukraine", None)}),
        # weapons dropped in surrender are none
        ("The soldiers dropped their weapons and fled.", set()),
    ],
)  # fmt: skip
def test_dropped_weapons(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a law or a tax struck down is annulled, no attack
        ("Kenya's High Court struck down the housing tax.", set()),
        ("Gunmen struck a police post near Garissa.",
         {("Unidentified Armed Group (Kenya)", "FIGHT", "Police Forces of Kenya", "Garissa")}),
        # "on the run" is no margin of victory
        ("Police beat two protesters on the run in Dhaka.",
         {("Police Forces of Bangladesh", "COERCE", "Protesters (Bangladesh)", "Dhaka")}),
    ],
)  # fmt: skip
def test_annulled_and_beaten(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_margin_of_victory() -> None:
    assert not snippet_types("Bangladesh's cricket team beat Sri Lanka by 40 runs in Chattogram.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # civilians the text gives no country are those of where they were hit, not of the attacker
        ("Russia struck a car in Kherson, wounding two civilians.",
         {("Russia", "ASSAULT", "Civilians (Ukraine)", "Kherson"), ("Russia", "FIGHT", None, "Kherson")}),
        ("Ukrainian drones hit Belgorod, killing two civilians.",
         {("Armed Forces of Ukraine", "ASSAULT", "Civilians (Russia)", "Belgorod"),
          ("Armed Forces of Ukraine", "FIGHT", None, "Belgorod")}),
        # their own demonym stays theirs; with no place, no country
        ("Turkish drones killed three Syrian civilians near Erbil.",
         {("Turkey", "ASSAULT", "Civilians (Syria)", "Erbil")}),
        ("Gunmen killed two civilians.",
         {("Unidentified Armed Group", "ASSAULT", "Civilians", None)}),
    ],
)  # fmt: skip
def test_victims_placed(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun handed over after a withdrawal is the place left, given up by who withdrew
        ("French troops withdrew from Gao and handed it over to the Malian army.",
         {("Malian Armed Forces", "CAPTURE", "French Armed Forces", "Gao"),
          ("French Armed Forces", "RETREAT", None, "Gao")}),
        # a town held after it was taken is no second capture
        ("Rebels seized Kidal and held it for a year.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
    ],
)  # fmt: skip
def test_handed_over_pronouns(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # arms disrupted are aimed at whom a participle of owning or placing names
        ("Soldiers defused a bomb planted by ISKP militants in Jalalabad.",
         {("Military Forces of Afghanistan", "COERCE", "Islamic State Khorasan Province", "Jalālābād")}),
        ("Colombian soldiers seized an arms cache belonging to ELN guerrillas in Saravena.",
         {("Military Forces of Colombia", "COERCE", "National Liberation Army (Colombia)", "Saravena")}),
        # a bomb planted near a place names no owner; cattle are no arms
        ("Soldiers defused a bomb planted near a market in Maiduguri.",
         {("Nigerian Armed Forces", "COERCE", None, "Maiduguri")}),
        ("Police seized cattle belonging to herders in Jos.",
         {("Police Forces of Nigeria", "COERCE", None, "Jos")}),
    ],
)  # fmt: skip
def test_weapon_owners(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
