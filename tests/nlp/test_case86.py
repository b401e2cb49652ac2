"""English news snippets by ACLED sub-event type (issue 14, round case86): a fifteenth battery, other than
case53's to case85's, in the register of wire-service copy and live blogs (Reuters, AP, AFP in English):
dateline openers ("KHARTOUM, March 3 (Reuters) -", "BEIRUT (AP) -"), attribution at the end ("police
said", "the ministry said in a statement", "according to"), casualty counts in figures with "at least",
"a day after", headlines as sentences ("Sudan's army retakes Wad Madani from RSF"); weighted to the regions
and groups the older batteries hold least: Sudan (RSF, El Fasher, Darfur), Ukraine and Russia, Gaza, the
West Bank and Lebanon, Myanmar (Arakan Army, PDF, the junta), Somalia (al-Shabaab, ATMIS), eastern Congo
(M23, ADF), Haiti's gangs, Pakistan (TTP, BLA), Nigeria's bandits, Syria (HTS, SDF), Burkina Faso and
Ecuador's gangs. Six snippets of the same regions give no conflict type (a football match, monsoon rains,
an interest rate, a court ruling, an election, economic growth); then the general rules this round added,
each with a near sentence it must not fire on.

Battery at the start of the round: 28 of 40 gave the rows below (and 4 of the 6 snippets of no conflict
type none); the chlorine snippet, first dated April 2018 (over a year before the snippets' date, background
by the gold conventions, so no row), was re-dated "late on Saturday", which the base reads right: 29 of 40
with it. After: 40 of 40, and 5 of 6 (the court ruling on a deployment is still read as one).

Wire copy's own families, each read by a general rule of this round: a dateline glued to the story
(nlp/wire_datelines.py); a verb with its object hung by the parser on its subject, before an attribution
or inside a verbless subject ("ADF rebels killed at least 40 people ..., a local official said":
nlp/reported_participles.py); a force's word before a weapon and attack noun ("a junta air strike":
nlp/group_adjectives.py); a force's vehicle hit; "swept into" a town; a container filled with a weapon."""

from __future__ import annotations

import pytest
from unit._battery import battery_size, non_conflict, snippet_rows
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

SAF = "Sudanese Armed Forces"
RSF = "Rapid Support Forces"
ATMIS = "African Union Transition Mission in Somalia"
DRC = "Civilians (Democratic Republic of Congo)"
HTS = "Hayat Tahrir al-Sham"
UAG_PAK = "Unidentified Armed Group (Pakistan)"

BATTERY: list[tuple[str, str, set[Row]]] = [
    (
        "Sexual violence",
        "RSF fighters raped at least 20 women and girls in villages around El Geneina, the U.N. human rights "
        "office said in a statement on Thursday.",
        {(RSF, "ASSAULT", "Civilians (Sudan)", "Al-Junaynah")},
    ),
    (
        # a headline told as a sentence, in the present tense
        "Government regains territory",
        "Sudan's army retakes Wad Madani from RSF",
        {(SAF, "CAPTURE", RSF, "Wad Medani")},
    ),
    (
        "Armed clash",
        "Russian forces launched a new assault on Pokrovsk on Sunday, and heavy fighting was under way on "
        "the town's outskirts, Ukraine's general staff said.",
        {("Russian Armed Forces", "FIGHT", None, "Pokrovsk")},
    ),
    (
        "Government regains territory",
        "Ukrainian troops recaptured the village of Robotyne in the Zaporizhzhia region, Deputy Defence "
        "Minister Hanna Maliar said on Monday.",
        {("Armed Forces of Ukraine", "CAPTURE", None, "Robotyne")},
    ),
    (
        "Shelling/artillery/missile attack",
        "KYIV, Jan 14 (Reuters) - Russian missiles hit an energy facility in the western Lviv region "
        "overnight, Governor Maksym Kozytskyi said.",
        {("Russia", "FIGHT", None, "Lviv")},
    ),
    (
        # the mediator of a deal consults (PLOVER CONSULT: mediate)
        "Agreement",
        "Ukraine and Russia exchanged 95 prisoners of war each on Friday in a deal mediated by the United "
        "Arab Emirates, officials said.",
        {
            ("Russia", "AGREE", "Ukraine", None),
            ("Ukraine", "AGREE", "Russia", None),
            ("United Arab Emirates", "CONSULT", None, None),
        },
    ),
    (
        "Looting/property destruction",
        "Israeli settlers set fire to homes and cars in the Palestinian village of Huwara in the occupied "
        "West Bank overnight, the Palestinian Authority said.",
        {("Settlers (Israel)", "COERCE", None, "Huwara")},
    ),
    (
        "Arrests",
        "Israeli forces arrested 25 Palestinians in overnight raids in Jenin, the Palestinian Prisoners' "
        "Society said in a statement.",
        {("Israel Defense Forces", "COERCE", "Civilians (Palestine)", "Janīn")},
    ),
    (
        "Air/drone strike",
        "BEIRUT (AP) - An Israeli drone strike on a car in southern Lebanon killed a Hezbollah commander on "
        "Monday, the group said.",
        {("Israel", "FIGHT", "Hezbollah", "southern Lebanon")},
    ),
    (
        "Shelling/artillery/missile attack",
        "Hezbollah said it fired dozens of rockets at an Israeli army base in the Golan Heights on Sunday.",
        {("Hezbollah", "FIGHT", "Israel Defense Forces", "Golan Heights")},
    ),
    (
        "Non-state actor overtakes territory",
        "The Arakan Army said on Sunday it had taken full control of Maungdaw on the border with Bangladesh.",
        {("Arakan Army", "CAPTURE", None, "Maungdaw")},
    ),
    (
        "Armed clash",
        "People's Defence Force fighters ambushed a military convoy in Magway region on Thursday, killing at "
        "least eight soldiers, the group said in a statement.",
        {("People's Defence Force", "FIGHT", "Tatmadaw", "Magway")},
    ),
    (
        "Armed clash",
        "Al Shabaab fighters attacked an ATMIS base in Lower Shabelle region on Tuesday, the African Union "
        "mission said.",
        {("Al-Shabaab", "FIGHT", ATMIS, "Lower Shabelle")},
    ),
    (
        "Government regains territory",
        "Somali forces recaptured the town of Harardhere from al Shabaab, the defence ministry said on "
        "Monday.",
        {("Somali National Army", "CAPTURE", "Al-Shabaab", "Xarardheere")},
    ),
    (
        # an attack on a site and the toll it took: both rows, as case84's shells that hit a camp
        "Grenade",
        "Attackers threw a grenade at a tea shop in Mogadishu on Saturday, wounding five people, police "
        "said.",
        {
            ("Unidentified Armed Group (Somalia)", "ASSAULT", "Civilians (Somalia)", "Mogadishu"),
            ("Unidentified Armed Group (Somalia)", "FIGHT", None, "Mogadishu"),
        },
    ),
    (
        "Non-state actor overtakes territory",
        "M23 rebels seize eastern Congo town of Masisi",
        {("M23", "CAPTURE", None, "Masisi")},
    ),
    (
        "Agreement",
        "Congo and Rwanda signed a peace agreement in Washington on Friday, the U.S. State Department said.",
        {("DR Congo", "AGREE", "Rwanda", "Washington"), ("Rwanda", "AGREE", "DR Congo", "Washington")},
    ),
    (
        "Armed clash",
        "Haitian police clashed with gangs in the Solino neighbourhood of Port-au-Prince on Saturday, a "
        "police spokesman said.",
        {("Police Forces of Haiti", "FIGHT", "Unidentified Armed Group (Haiti)", "Solino")},
    ),
    (
        "Armed clash",
        "Pakistani Taliban fighters stormed a police checkpoint in Khyber Pakhtunkhwa province overnight, "
        "killing four officers, police said on Sunday.",
        {("Tehrik-i-Taliban Pakistan", "FIGHT", "Police Forces of Pakistan", "Khyber Pakhtunkhwa")},
    ),
    (
        "Abduction/forced disappearance",
        "Baloch Liberation Army separatists hijacked a passenger train in Balochistan on Tuesday and took "
        "hundreds of passengers hostage, officials said.",
        {("Balochistan Liberation Army", "ASSAULT", "Civilians (Pakistan)", "Balochistan")},
    ),
    (
        "Air/drone strike",
        "A Nigerian military drone strike mistakenly killed at least 85 civilians at a religious gathering "
        "in Tudun Biri, Kaduna state, the army said.",
        {("Nigerian Armed Forces", "ASSAULT", "Civilians (Nigeria)", "Tudun Biri")},
    ),
    (
        "Peaceful protest",
        "Hundreds of young people marched in Lagos on Thursday to protest against the rising cost of living, "
        "despite a heavy police presence.",
        {("Protesters (Nigeria)", "PROTEST", None, "Lagos")},
    ),
    (
        "Mob violence",
        "A mob in Sokoto stoned a student to death and set her body on fire over an alleged blasphemous "
        "message, police said.",
        {("Rioters (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Sokoto")},
    ),
    (
        "Air/drone strike",
        "Turkish drones struck SDF positions near Kobani on Wednesday, the Kurdish-led force said in a "
        "statement.",
        {("Turkey", "FIGHT", "Syrian Democratic Forces", "‘Ayn al ‘Arab")},
    ),
    (
        "Armed clash",
        "Jihadists killed at least 50 soldiers in an attack on an army post in Djibo, in northern Burkina "
        "Faso, security sources said on Sunday.",
        {("Unidentified Armed Group (Burkina Faso)", "FIGHT", "Armed Forces of Burkina Faso", "Djibo")},
    ),
    (
        # rival gangs fight one another: one untargeted fight
        "Armed clash",
        "At least 31 inmates were killed in clashes between rival gangs at a prison in Guayaquil on Friday, "
        "authorities said.",
        {("Unidentified Armed Group (Ecuador)", "FIGHT", None, "Guayaquil")},
    ),
    (
        "Arrests",
        "Ecuadorian soldiers arrested 68 suspected gang members in raids in Quito on Wednesday, the armed "
        "forces said.",
        {("Military Forces of Ecuador", "COERCE", "Unidentified Armed Group (Ecuador)", "Quito")},
    ),
    (
        "Violent demonstration",
        "Supporters of jailed former Prime Minister Imran Khan clashed with police in Islamabad on Tuesday, "
        "police said.",
        {("Rioters (Pakistan)", "PROTEST", "Police Forces of Pakistan", "Islamabad")},
    ),
    (
        # a wire dateline is a sentence of its own (nlp/wire_datelines.py)
        "Armed clash",
        "KHARTOUM, March 3 (Reuters) - Sudan's army said on Tuesday it had repelled an attack by the "
        "paramilitary Rapid Support Forces on El Fasher, the last major city in Darfur still under its "
        "control.",
        {(SAF, "FIGHT", RSF, "El Fasher")},
    ),
    (
        "Attack",
        "PORT-AU-PRINCE, Oct 4 (Reuters) - Gang members killed at least 70 people, including women and "
        "children, in an attack on the town of Pont-Sonde, the United Nations said on Friday.",
        {("Unidentified Armed Group (Haiti)", "ASSAULT", "Civilians (Haiti)", "Pont-Sondé")},
    ),
    (
        "Abduction/forced disappearance",
        "GUAYAQUIL, Ecuador (AP) - Gunmen stormed a television station in Guayaquil during a live broadcast "
        "on Tuesday and took journalists hostage, police said.",
        {("Unidentified Armed Group (Ecuador)", "ASSAULT", "Journalists (Ecuador)", "Guayaquil")},
    ),
    (
        # the verb the parser hung on its subject before an attribution is the reported clause
        # (nlp/reported_participles.py)
        "Attack",
        "ADF rebels killed at least 40 people in an overnight attack on a village in Beni territory, a local "
        "official said on Monday.",
        {("Allied Democratic Forces", "ASSAULT", DRC, "Beni")},
    ),
    (
        "Abduction/forced disappearance",
        "Bandits abducted at least 287 pupils from a school in Kuriga, Kaduna state, on Thursday, residents "
        "said.",
        {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kuriga")},
    ),
    (
        "Air/drone strike",
        "GAZA, May 6 (Reuters) - Israeli air strikes killed at least 30 Palestinians across the Gaza Strip "
        "on Saturday, health officials said.",
        {("Israel", "ASSAULT", "Civilians (Palestine)", "Gaza Strip")},
    ),
    (
        # a force's word tagged an adjective, or hung on the weapon noun, names the attack noun's author
        # (nlp/group_adjectives.py)
        "Air/drone strike",
        "A junta air strike on a village in Sagaing region killed at least 11 people, including children, a "
        "local resistance group said.",
        {("Tatmadaw", "ASSAULT", "Civilians (Myanmar)", "Sagaing")},
    ),
    (
        # a force's vehicle hit is the force hit (en.json laden_vehicle_nouns; nlp/name_spans.holder_modifier)
        "Remote explosive/landmine/IED",
        "A roadside bomb hit a police van in Dera Ismail Khan on Monday, killing two officers, police said.",
        {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Police Forces of Pakistan", "Dera Ismail Khan")},
    ),
    (
        # 'sweep into' a town takes it (en.json verbs)
        "Non-state actor overtakes territory",
        "Rebels led by Hayat Tahrir al-Sham swept into Hama on Thursday after government forces withdrew, a "
        "war monitor said.",
        {(HTS, "CAPTURE", None, "Ḩamāh"), ("Syrian Arab Army", "RETREAT", None, "Ḩamāh")},
    ),
    (
        "Chemical weapon",
        "Syrian government forces dropped a chlorine-filled cylinder on Douma late on Saturday, killing at "
        "least 43 people, rescue workers said.",
        {("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Dūmā")},
    ),
    (
        # a verb with an object the parser hung inside a verbless subject is the clause's verb
        # (nlp/reported_participles.py)
        "Air/drone strike",
        "A drone strike by the Rapid Support Forces on a camp for displaced people near El Fasher killed at "
        "least 15 people on Friday, medical sources said.",
        {(RSF, "ASSAULT", "Civilians (Sudan)", "El Fasher")},
    ),
    (
        # Beita, a West Bank town GeoNames lacks (places/towns.toml)
        "Excessive force against protesters",
        "Israeli troops fired live rounds and tear gas at Palestinian protesters in Beita, near Nablus, "
        "wounding 12, the Palestinian Red Crescent said.",
        {
            ("Israel Defense Forces", "COERCE", "Protesters (Palestine)", "Beita"),
            ("Protesters (Palestine)", "PROTEST", None, "Beita"),
        },
    ),
]

# no conflict type
NON_CONFLICT = [
    "Sudan's national football team beat Ghana 2-0 on Thursday to move closer to qualifying for the Africa "
    "Cup of Nations, a day after arriving from Port Sudan.",
    "Ukraine's central bank raised its key interest rate to 15.5% on Thursday, citing rising inflation, the "
    "bank said in a statement.",
    "Ecuador's President Daniel Noboa won re-election on Sunday with 56% of the vote, the National Electoral "
    "Council said.",
    # the toll's verb, hung on "rains" by the parser, is the clause's (nlp/reported_participles.py): no
    # actor in it
    "Heavy monsoon rains killed at least 25 people in northwest Pakistan over the weekend, the National "
    "Disaster Management Authority said in a statement.",
    "Somalia's economy grew by 4% last year, helped by remittances and a rebound in livestock exports, the "
    "finance ministry said on Monday.",
]

# no conflict type, still given one: the deployment a court judges unconstitutional is read as the police's
# deployment (MOBILIZE); a verdict on a planned act is not told apart from a report of the act (a killing a
# court calls unlawful did happen)
NON_CONFLICT_MISSES = [
    "NAIROBI, Jan 26 (Reuters) - A Kenyan court ruled on Friday that the deployment of police officers to "
    "Haiti was unconstitutional, dealing a blow to the U.N.-backed mission.",
]


test_snippet_rows = snippet_rows(BATTERY)
test_battery_size = battery_size(40, BATTERY)
test_non_conflict_snippets = non_conflict(NON_CONFLICT)
test_non_conflict_size = battery_size(6, NON_CONFLICT, NON_CONFLICT_MISSES)
test_non_conflict_misses = pytest.mark.xfail(strict=True, reason="known miss of round case86")(
    non_conflict(NON_CONFLICT_MISSES)
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a wire dateline is a sentence of its own, the story's first word a common noun again
        # (nlp/wire_datelines.py)
        ("PESHAWAR, Pakistan (AP) - Gunmen killed six policemen in Bannu on Sunday.",
         {("Unidentified Armed Group (Pakistan)", "FIGHT", "Police Forces of Pakistan", "Bannu")}),
        ("MOGADISHU, Feb 2 (Reuters) - Militants attacked a military base in Lower Shabelle on Friday.",
         {("Unidentified Armed Group (Somalia)", "FIGHT", "Somali National Army", "Lower Shabelle")}),
        # a dash with no date and no agency before it is no dateline
        ("Gunmen - at least a dozen of them - attacked a police post in Bannu on Sunday.",
         {("Unidentified Armed Group (Pakistan)", "FIGHT", "Police Forces of Pakistan", "Bannu")}),
    ],
)  # fmt: skip
def test_wire_datelines(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb the parser hung on its subject, before an attribution, is the reported clause
        # (nlp/reported_participles.py); travellers are civilians (en.json generic_groups)
        ("Bandits kidnapped at least 20 travellers in Zamfara on Sunday, police said.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Zamfara")}),
        # Reuters spells the demonym "Ecuadorean" (kb/demonyms.tsv)
        ("Ecuadorean police arrested 23 members of a gang in raids in Guayaquil, the interior ministry said.",
         {("Police Forces of Ecuador", "COERCE", "Unidentified Armed Group (Ecuador)", "Guayaquil")}),
        # a passive participle on the subject stays its qualifier
        ("Civilians displaced by the fighting reached Beni on Monday, officials said.", set()),
        # a verb with an object the parser hung inside a verbless subject is the clause's verb
        ("An air strike by the junta on a camp for displaced people near Lashio killed at least 11 people on "
         "Friday.",
         {("Tatmadaw", "ASSAULT", "Civilians (Myanmar)", "Lashio")}),
        # a headline's participle with no object stays the people's qualifier
        ("Dozens of people killed in junta air strike near Lashio",
         {("Tatmadaw", "ASSAULT", "Civilians (Myanmar)", "Lashio")}),
    ],
)  # fmt: skip
def test_reported_participles(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force's word hung on the weapon noun before an attack noun, or tagged an adjective, names
        # the attack's author (nlp/group_adjectives.py)
        ("An army air strike on a village in Sagaing killed 11 people.",
         {("Tatmadaw", "ASSAULT", "Civilians (Myanmar)", "Sagaing")}),
        ("A military drone strike on a market in Sagaing killed 11 people.",
         {("Tatmadaw", "ASSAULT", "Civilians (Myanmar)", "Sagaing")}),
        # an armed group's adjective tells the kind of attack, not its author
        ("Al-Qaida is still set on staging terrorist attacks against American targets, the "
         "Pentagon said.", set()),
        # a force's word before a site noun names whose site it is, not who attacks
        ("The army air base in Sagaing was attacked by rebels.",
         {("Unidentified Armed Group (Myanmar)", "FIGHT", "Tatmadaw", "Sagaing")}),
    ],
)  # fmt: skip
def test_force_words_on_attack_nouns(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force's vehicle hit is the force hit (en.json laden_vehicle_nouns; nlp/name_spans.holder_modifier)
        ("A roadside bomb hit an army truck in North Waziristan on Monday.",
         {(UAG_PAK, "ASSAULT", "Military Forces of Pakistan", "North Waziristan")}),
        ("Protesters set fire to a police van in Lahore on Friday.",
         {("Rioters (Pakistan)", "PROTEST", "Police Forces of Pakistan", "Lahore")}),
        # a force's vehicle that acts is no party
        ("A police van took the wounded to a hospital in Bannu.", set()),
    ],
)  # fmt: skip
def test_force_vehicles(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 'sweep into' a town takes it (en.json verbs 'sweep', needs_prep 'into')
        ("Rebels swept into Hama on Thursday.",
         {("Unidentified Armed Group (Syria)", "CAPTURE", None, "Ḩamāh")}),
        # no armed party, or no 'into': no capture
        ("Protesters swept into Tahrir Square in Cairo on Friday.", set()),
        ("Soldiers swept the area around Hama for mines.", set()),
    ],
)  # fmt: skip
def test_swept_into(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a container dropped is what it is filled with (en.json filling_participles; nlp/filled_objects.py)
        ("Government forces dropped a chlorine-filled cylinder on Douma.",
         {("Syrian Arab Army", "FIGHT", None, "Dūmā")}),
        ("A helicopter dropped a chlorine-filled cylinder on Saraqeb on Sunday, a monitor said.",
         {("Syrian Arab Army", "FIGHT", None, "Saraqib")}),
        # leaflets dropped are no attack
        ("The army dropped leaflets on Douma urging residents to leave.", set()),
    ],
)  # fmt: skip
def test_filled_containers(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_west_bank_town() -> None:
    # Beita, a West Bank town the GeoNames data lacks (places/towns.toml)
    assert rows("Israeli soldiers shot dead a Palestinian man in Beita on Friday.") == {
        ("Israel Defense Forces", "ASSAULT", "Civilians (Palestine)", "Beita")
    }
