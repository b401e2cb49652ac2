"""English news snippets by ACLED sub-event type (issue 14, round case66): a fifth battery, other than
case53's, case57's, case60's and case63's, in wire, ACLED-note, Crisis Group and OCHA register from
Sudan (El Fasher, Darfur, Kordofan), South Sudan, Myanmar, Yemen and the Red Sea, Colombia, Mexico,
Mali and Niger, Cameroon's Anglophone regions, Syria in 2024-25, Ukraine and Russia, Manipur and the
Philippines ("X said it had shot down", "were killed when", "in an attack blamed on", "security
sources said", "a day after", relative clauses, lists of three targets, "clashes between X and Y left
N dead", "N civilians, including children", "for the second time this week", a prisoner exchange,
ceasefire violation accusations, looting, abduction for ransom, a protest dispersed with tear gas),
each with the exact rows read, whose types fit the sub-event type as eval.acled_coverage judges them;
snippets of the same regions that give no conflict type; the known misses, each with the row a right
reading needs (xfail, strict: a fix must move it into the battery); then the general rules this round
added, each with a near sentence it must not fire on.

Battery at the start of the round: 22 of 40 read right (a fitting type by the right actor, with the
right target and place), 39 of 40 with a fitting type; after: 30 of 40, 39 of 40 (round fuzzy66:
31 of 40; round case72: 32 of 40)."""

from __future__ import annotations

import pytest
from unit._battery import battery_size, needed_rows, non_conflict, snippet_rows
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


# (ACLED sub-event type, snippet, the rows read: actor, type, target, place)
BATTERY: list[tuple[str, str, set[Row]]] = [
    (
        "Disrupted weapons use",
        "The Rapid Support Forces said it had shot down a Sudanese army drone over El Fasher on Thursday.",
        {
            ("Rapid Support Forces", "COERCE", "Sudanese Armed Forces", "El Fasher"),
        },
    ),
    (
        "Shelling/artillery/missile attack",
        # the civilians killed in the clause-of-time toll are the shelling's victims (round case84)
        "At least 40 civilians, including children, were killed when the RSF shelled a market in El "
        "Fasher, the city's resistance committee said.",
        {
            ("Rapid Support Forces", "ASSAULT", "Civilians (Sudan)", "El Fasher"),
        },
    ),
    (
        "Looting/property destruction",
        "RSF fighters looted homes, shops and a hospital in the town of Um Rawaba in North Kordofan, "
        "residents said.",
        {
            ("Rapid Support Forces", "COERCE", None, "Umm Ruwaba"),
        },
    ),
    (
        "Armed clash",
        "Clashes between the army and the RSF in Babanusa, in West Kordofan, left 17 people dead, a "
        "medical source said.",
        {
            ("Rapid Support Forces", "FIGHT", "Sudanese Armed Forces", "Babanūsah"),
            ("Sudanese Armed Forces", "FIGHT", "Rapid Support Forces", "Babanūsah"),
        },
    ),
    (
        "Air/drone strike",
        "Twelve people were killed in a drone strike on a market in Nyala, in an attack blamed on the "
        "Sudanese army.",
        {
            ("Sudanese Armed Forces", "ASSAULT", "Civilians (Sudan)", "Nyala"),
        },
    ),
    (
        "Attack",
        "RSF fighters killed 25 villagers in the Darfur town of Kutum, which was seized by the "
        "paramilitary group in May, a rights group said.",
        {
            ("Rapid Support Forces", "ASSAULT", "Civilians (Sudan)", "Kutum"),
        },
    ),
    (
        "Abduction/forced disappearance",
        "Gunmen abducted seven women and children from a village near Pibor, local officials said.",
        {
            ("Unidentified Armed Group (South Sudan)", "ASSAULT", "Civilians (South Sudan)", "Pibor"),
        },
    ),
    (
        "Air/drone strike",
        "Junta airstrikes hit a monastery, a school and a clinic in Chin state on Sunday, killing at "
        "least 11 people.",
        {
            ("Tatmadaw", "ASSAULT", "Civilians (Myanmar)", "Chin"),
            ("Tatmadaw", "FIGHT", None, "Chin"),
        },
    ),
    (
        "Armed clash",
        "Fighting between the Arakan Army and junta troops near Kyaukphyu killed at least 15 "
        "soldiers, security sources said.",
        {
            ("Arakan Army", "FIGHT", "Tatmadaw", "Kyaukpyu"),
            ("Tatmadaw", "FIGHT", "Arakan Army", "Kyaukpyu"),
        },
    ),
    (
        "Shelling/artillery/missile attack",
        "The Houthis said they had fired missiles at a Greek-owned tanker in the Red Sea, a day after "
        "attacking two other ships.",
        {
            ("Houthis", "FIGHT", None, "Red Sea"),
        },
    ),
    (
        "Armed clash",
        "Clashes between Houthi rebels and government troops in Dhale province left nine dead, "
        "military sources said.",
        {
            ("Government of Yemen", "FIGHT", "Houthis", "Aḑ Ḑāli‘"),
            ("Houthis", "FIGHT", "Government of Yemen", "Aḑ Ḑāli‘"),
        },
    ),
    (
        "Armed clash",
        "ELN guerrillas clashed with FARC dissidents in the Catatumbo region of Norte de Santander, "
        "leaving at least 80 dead.",
        {
            (
                "National Liberation Army (Colombia)",
                "FIGHT",
                "Revolutionary Armed Forces of Colombia Dissident Faction",
                "Catatumbo",
            ),
        },
    ),
    (
        "Abduction/forced disappearance",
        "Suspected ELN guerrillas kidnapped a rancher in Arauca and demanded a ransom from his "
        "family, police said.",
        {
            ("National Liberation Army (Colombia)", "ASSAULT", "Civilians (Colombia)", "Arauca"),
            ("National Liberation Army (Colombia)", "REQUEST", "Civilians (Colombia)", "Arauca"),
        },
    ),
    (
        "Attack",
        "Three police officers were killed in Jamundi in an attack blamed on FARC dissidents, the "
        "defence minister said.",
        {
            (
                "Revolutionary Armed Forces of Colombia Dissident Faction",
                "FIGHT",
                "Police Forces of Colombia",
                "Jamundí",
            ),
        },
    ),
    (
        "Abduction/forced disappearance",
        "Armed men seized 20 migrants from a bus in Tamaulipas to hold them for ransom, officials said.",
        {
            ("Unidentified Armed Group (Mexico)", "ASSAULT", "Civilians (Mexico)", "Tamaulipas"),
        },
    ),
    (
        "Armed clash",
        "JNIM fighters attacked a military camp in Boulkessi, killing dozens of soldiers, security "
        "sources said.",
        {
            ("Jama'at Nusrat al-Islam wal-Muslimin", "FIGHT", "Malian Armed Forces", "Boulkessi"),
        },
    ),
    (
        "Attack",
        "Malian soldiers and Wagner mercenaries killed at least 20 civilians in a village near "
        "Timbuktu, witnesses said.",
        {
            ("Malian Armed Forces", "ASSAULT", "Civilians (Mali)", "Timbuktu"),
            ("Wagner Group", "ASSAULT", "Civilians (Mali)", "Timbuktu"),
        },
    ),
    (
        "Air/drone strike",
        "A drone strike by the Malian army killed eight civilians, including three children, near Kidal.",
        {
            ("Malian Armed Forces", "ASSAULT", "Civilians (Mali)", "Kidal"),
        },
    ),
    (
        "Armed clash",
        "Africa Corps fighters and Malian troops clashed with Tuareg rebels near Tinzaouaten, the "
        "rebels said.",
        {
            ("Africa Corps", "FIGHT", "Unidentified Armed Group (Mali)", "Tinzaouatène"),
            ("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Tinzaouatène"),
            # the two subjects are one side (nlp/events/joint_sides.py, round re3d75)
            ("Africa Corps", "COOPERATE", "Malian Armed Forces", "Tinzaouatène"),
        },
    ),
    (
        "Looting/property destruction",
        "Anglophone separatists set fire to a school in Bamenda, local sources said.",
        {
            ("Unidentified Armed Group (Cameroon)", "COERCE", None, "Bamenda"),
        },
    ),
    (
        "Abduction/forced disappearance",
        "Separatist fighters kidnapped a council official in Buea and demanded a ransom for his release.",
        {
            ("Unidentified Armed Group (Cameroon)", "ASSAULT", None, "Buea"),
            ("Unidentified Armed Group (Cameroon)", "REQUEST", None, "Buea"),
        },
    ),
    (
        "Non-state actor overtakes territory",
        "Rebels led by Hayat Tahrir al-Sham captured the city of Hama, a week after seizing Aleppo.",
        {
            ("Hayat Tahrir al-Sham", "CAPTURE", None, "Ḩamāh"),
            ("Unidentified Armed Group (Syria)", "CAPTURE", None, "Aleppo"),
        },
    ),
    (
        "Air/drone strike",
        "A Turkish drone strike killed three SDF fighters near Kobani, the Kurdish-led force said.",
        {
            ("Turkey", "FIGHT", "Syrian Democratic Forces", "‘Ayn al ‘Arab"),
        },
    ),
    (
        "Armed clash",
        "Clashes between the SDF and Turkish-backed factions near Manbij left 21 dead, a war monitor said.",
        {
            ("Syrian Democratic Forces", "FIGHT", None, "Manbij"),
        },
    ),
    (
        "Air/drone strike",
        "Ukrainian drones struck an oil refinery in Russia's Saratov region overnight, causing a "
        "fire, the governor said.",
        {
            ("Armed Forces of Ukraine", "FIGHT", None, "Saratov"),
        },
    ),
    (
        "Armed clash",
        "Russia's defence ministry said it had repelled a Ukrainian attack in the Kursk region.",
        {
            ("Russia", "FIGHT", "Ukraine", "Kursk"),
        },
    ),
    (
        "Agreement",
        "Russia and Ukraine exchanged 95 prisoners of war each in a deal brokered by the United Arab "
        "Emirates.",
        {
            ("Russia", "AGREE", "Ukraine", None),
            ("Ukraine", "AGREE", "Russia", None),
        },
    ),
    (
        "Armed clash",
        "Clashes between Meitei and Kuki armed groups in Manipur's Jiribam district left five dead, "
        "police said.",
        {
            ("Unidentified Armed Group (India)", "FIGHT", None, "Jiribam"),
        },
    ),
    (
        "Protest with intervention",
        "Police fired tear gas to disperse students protesting in Imphal against the killing of six "
        "civilians.",
        {
            ("Police Forces of India", "COERCE", "Protesters (India)", "Imphal"),
            ("Protesters (India)", "PROTEST", "Civilians (India)", "Imphal"),
        },
    ),
    (
        # a village chief is a civilian (civilian_role_modifiers, round enmiss83b), as ACLED codes them
        "Attack",
        "Suspected NPA rebels shot dead a village chief in Northern Samar, police said.",
        {
            ("New People's Army", "ASSAULT", "Civilians (Philippines)", "Northern Samar"),
        },
    ),
    # (round fuzzy66: 'Kawlin', a town named after 'the town of', is no near spelling of Ibrahim Kalin)
    (
        "Non-state actor overtakes territory",
        "People's Defence Force fighters retook the town of Kawlin, which was seized by the junta in "
        "May, local media reported.",
        {
            ("People's Defence Force", "CAPTURE", None, "Kawlin"),
            ("Tatmadaw", "CAPTURE", None, "Kawlin"),
        },
    ),
    # a known miss of the round, read right since site69: the striker's name is no sign of the
    # article's country, so Hodeidah (Yemen's port) is looked up abroad
    (
        "Air/drone strike",
        "US warplanes struck a radar site, a weapons depot and a command centre in Hodeidah "
        "overnight, Houthi media said.",
        {
            ("Military Forces of the United States", "FIGHT", None, "Al Ḩudaydah"),
        },
    ),
    # round case72: civilians of no country of their own are those of where they were hit
    (
        "Shelling/artillery/missile attack",
        "Russian shelling killed three civilians, including a child, in Kherson on Tuesday, the "
        "regional administration said.",
        {("Russia", "ASSAULT", "Civilians (Ukraine)", "Kherson")},
    ),
    (
        # a fight told in passing after a count of time: at the place taken, from its side (casemiss85)
        "Non-state actor overtakes territory",
        "The Arakan Army said it had captured the town of Maungdaw after months of fighting with "
        "junta troops.",
        {
            ("Arakan Army", "CAPTURE", "Tatmadaw", "Maungdaw"),
            ("Arakan Army", "FIGHT", "Tatmadaw", "Maungdaw"),
        },
    ),
    (
        # Negros Oriental, a province the gazetteer lacked (curated.toml, round casemiss85)
        "Armed clash",
        "Soldiers clashed with New People's Army rebels in Negros Oriental, killing four guerrillas, "
        "the military said.",
        {("Military Forces of the Philippines", "FIGHT", "New People's Army", "Negros Oriental")},
    ),
    (
        # the region of the ambush, no longer narrowed to the town of the other attack the 'after'
        # phrase tells (events/prior_adjuncts.py, round enloc88; a known miss before)
        "Armed clash",
        "Jihadists killed 12 Nigerien soldiers in an ambush in the Tahoua region, a day after another "
        "attack near Tillaberi.",
        {("Unidentified Armed Group (Niger)", "FIGHT", "Niger Armed Forces", "Tahoua")},
    ),
]

# (ACLED sub-event type, snippet, a row a right reading has): misses
KNOWN_MISSES: list[tuple[str, str, Row]] = [
    # an accusation of attacking, in a ceasefire's breach, is read as the accusation only, not as
    # the attack ACLED codes
    (
        "Armed clash",
        "The SPLA-IO accused government troops of violating the ceasefire by attacking its positions "
        "near Nasir in Upper Nile state.",
        (
            "South Sudan People's Defence Forces",
            "FIGHT",
            "Sudan People's Liberation Movement-in-Opposition",
            "Nasir",
        ),
    ),
    # 'a campaign rally' is read as a protest, and the candidate shot is no civilian victim
    (
        "Attack",
        "Gunmen shot dead a mayoral candidate during a campaign rally in Guerrero state, prosecutors said.",
        ("Unidentified Armed Group (Mexico)", "ASSAULT", "Civilians (Mexico)", "Guerrero"),
    ),
    # no cartel is in the KB, and 'rival factions of X' clashing with none named is read as an
    # attack on the dead
    (
        "Armed clash",
        "Clashes between rival factions of the Sinaloa cartel in Culiacan left six people dead for "
        "the second time this week.",
        ("Unidentified Armed Group (Mexico)", "FIGHT", None, "Culiacán"),
    ),
    # 'their camp near Kumba' is kept whole as a site of its own, not placed at Kumba
    (
        "Armed clash",
        "Cameroonian troops killed five separatist fighters in a raid on their camp near Kumba, in "
        "the South-West region.",
        ("Military Forces of Cameroon", "FIGHT", "Unidentified Armed Group (Cameroon)", "Kumba"),
    ),
]
# no conflict type
NON_CONFLICT = [
    "Sudan's army chief flew to Port Sudan for talks with Egyptian officials on Tuesday.",
    "Aid agencies warned that famine conditions were spreading across North Darfur as the rainy "
    "season began.",
    "South Sudan postponed its first general election by two more years, officials said.",
    "Myanmar's junta said it would hold a census in Rakhine state ahead of planned elections.",
    "Shipping companies rerouted vessels around the Cape of Good Hope, raising freight costs.",
    "Colombia's president named a new chief negotiator for talks with the ELN in Caracas.",
    "Mexico's peso weakened after the central bank cut interest rates in Mexico City.",
    "Niger's military rulers signed a uranium deal with a Russian firm in Niamey.",
    "Heavy rains in the Philippines forced schools in Manila to close for two days.",
    "Manipur's chief minister resigned on Sunday after months of pressure from his own party.",
]


test_snippet_rows = snippet_rows(BATTERY)
test_known_misses = needed_rows(KNOWN_MISSES, "case66")
test_battery_size = battery_size(40, BATTERY, KNOWN_MISSES)
test_non_conflict_snippets = non_conflict(NON_CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised "May" the recognizer dates is the month, no place ("Lemay", "May" of Turkey)
        ("Rebels retook Paletwa in May.",
         {("Unidentified Armed Group (Myanmar)", "CAPTURE", None, "Paletwa")}),
        ("Rebels retook Paletwa, which the army had seized in May.",
         {("Tatmadaw", "CAPTURE", None, "Paletwa"),
          ("Unidentified Armed Group (Myanmar)", "CAPTURE", None, "Paletwa")}),
        # a name the recognizer misreads as a date, with no month in it, stays a place
        ("Fighting near Manbij leaves five dead.",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Manbij")}),
    ],
)  # fmt: skip
def test_month_may(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a force's generic noun before its own attack noun is the attack's author
        ("Army airstrikes killed five people in Sagaing region.",
         {("Tatmadaw", "ASSAULT", "Civilians (Myanmar)", "Sagaing")}),
        ("On Monday, police gunfire killed five people in Mandalay.",
         {("Police Forces of Myanmar", "ASSAULT", "Civilians (Myanmar)", "Mandalay")}),
        # before a role it names no act ("the police chief"), before a site it holds the site
        ("The police chief was killed in Mandalay.",
         {("Unidentified Armed Group (Myanmar)", "FIGHT", "Myanmar", "Mandalay")}),
        ("Rebels attacked a police camp in Mandalay.",
         {("Unidentified Armed Group (Myanmar)", "FIGHT", "Police Forces of Myanmar", "Mandalay")}),
    ],
)  # fmt: skip
def test_force_attack_nouns(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack blamed on an actor is that actor's, and so is the killing it is the means of
        ("An ambush attributed to JNIM killed ten soldiers near Mopti.",
         {("Jama'at Nusrat al-Islam wal-Muslimin", "FIGHT", "Malian Armed Forces", "Mopti")}),
        # a named author stays; a blame on what names no actor changes nothing
        ("Malian soldiers killed three jihadists near Mopti in a raid blamed on poor intelligence.",
         {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Mopti")}),
    ],
)  # fmt: skip
def test_blamed_authors(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an unnamed group led by an armed organisation acts as that organisation
        ("Insurgents led by HTS captured the city of Hama.",
         {("Hayat Tahrir al-Sham", "CAPTURE", None, "Ḩamāh")}),
        # led by a person it stays the group it is
        ("Rebels led by a former army officer attacked a base near Kidal.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "base near Kidal")}),
    ],
)  # fmt: skip
def test_led_groups(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side read as fighting itself beside its fight with the other side is dropped
        ("Clashes between Houthi rebels and government forces in Dhale province left nine dead.",
         {("Government of Yemen", "FIGHT", "Houthis", "Aḑ Ḑāli‘"),
          ("Houthis", "FIGHT", "Government of Yemen", "Aḑ Ḑāli‘")}),
        # one party fighting within itself, with no other side, stays
        ("Government troops clashed with government troops in Dhale province.",
         {("Government of Yemen", "FIGHT", None, "Aḑ Ḑāli‘")}),
    ],
)  # fmt: skip
def test_self_fights(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rancher is a civilian, as a farmer is
        ("Gunmen kidnapped a rancher in Arauca.",
         {("Unidentified Armed Group (Colombia)", "ASSAULT", "Civilians (Colombia)", "Arauca")}),
        # the ranch is no one
        ("Gunmen attacked a ranch in Arauca.",
         {("Unidentified Armed Group (Colombia)", "FIGHT", None, "Arauca")}),
    ],
)  # fmt: skip
def test_ranchers(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
