"""English news snippets by ACLED sub-event type (issue 14, round case60): a third battery, other than
case53's and case57's, in wire and CASE register from the Sahel, the Great Lakes, Myanmar, Mexico,
Colombia, Yemen, Ukraine, Sudan and the Philippines (ambushes, raids, looting, kidnapping for ransom,
lynching, arson, drone strikes, IEDs, curfews, strikes and work stoppages, sit-ins, land disputes,
cattle raids, prison breaks, mutinies), each with the exact rows read, whose types fit the sub-event
type as eval.acled_coverage judges them; snippets of the same regions that give no conflict type; the
known misses, each with what a right reading needs (xfail, strict: a fix must move it into the
battery); then the general rules this round added, each with a near sentence it must not fire on.

Battery at the start of the round: 33 of 40 read right (type fitting and actors); after: 37 of 40
(39 after round left61)."""

from __future__ import annotations

import pytest
from unit._battery import battery_size, needed_parties, non_conflict, snippet_rows
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp


# (ACLED sub-event type, snippet, the rows read: actor, type, target, place)
BATTERY: list[tuple[str, str, set[Row]]] = [
    (
        "Armed clash",
        "Suspected jihadists ambushed an army convoy near Boni in central Mali on Tuesday, "
        "killing seven soldiers, the army said.",
        {
            ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Boni"),
        },
    ),
    (
        "Attack",
        "Gunmen on motorcycles raided the village of Solenzo in western Burkina Faso, killing at "
        "least 12 civilians.",
        {
            ("Unidentified Armed Group (Burkina Faso)", "ASSAULT", "Civilians (Burkina Faso)", "Solenzo"),
            ("Unidentified Armed Group (Burkina Faso)", "FIGHT", None, "Solenzo"),
        },
    ),
    (
        "Armed clash",
        "Islamic State fighters attacked a military post in the Tillaberi region of Niger, and "
        "the army said 18 assailants were killed.",
        {
            ("Islamic State", "FIGHT", "Niger Armed Forces", "Tillabéri"),
        },
    ),
    (
        "Attack",
        "Armed herders stole 300 head of cattle and killed two villagers in a raid near Mopti on Sunday.",
        {
            ("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Mopti"),
        },
    ),
    (
        "Attack",
        "ADF rebels killed 22 villagers with machetes in an overnight raid on Oicha in North Kivu.",
        {
            ("Allied Democratic Forces", "ASSAULT", "Civilians (Democratic Republic of Congo)", "Hyosha"),
        },
    ),
    (
        "Non-state actor overtakes territory",
        "M23 rebels seized the town of Rubaya in North Kivu after heavy fighting with the Congolese army.",
        {
            ("M23", "CAPTURE", "Armed Forces of the Democratic Republic of the Congo", "Rubaya"),
            ("M23", "FIGHT", "Armed Forces of the Democratic Republic of the Congo", "Rubaya"),
        },
    ),
    (
        "Attack",
        "Members of the Imbonerakure beat up three opposition supporters in Muyinga province, "
        "Burundi, a rights group said.",
        {
            ("Imbonerakure", "ASSAULT", "Protesters (Burundi)", "Muyinga"),
        },
    ),
    (
        "Violent demonstration",
        "Angry residents torched a police post in Goma after a night of killings blamed on rebels.",
        {
            (
                "Rioters (Democratic Republic of Congo)",
                "PROTEST",
                "Police Forces of the Democratic Republic of Congo",
                "Goma",
            ),
        },
    ),
    (
        "Peaceful protest",
        "Teachers in Kinshasa went on strike for a second week to demand better pay.",
        {
            ("Protesters (Democratic Republic of Congo)", "PROTEST", None, "Kinshasa"),
        },
    ),
    (
        "Attack",
        "Cattle raiders killed 14 herders and drove off hundreds of cows in Jonglei state on "
        "Saturday, local officials said.",
        {
            ("Unidentified Armed Group (South Sudan)", "ASSAULT", "Civilians (South Sudan)", "Jonglei"),
        },
    ),
    (
        "Air/drone strike",
        "The Myanmar military carried out an air strike on a village in Sagaing region on Monday, "
        "killing at least 30 people, residents said.",
        {
            ("Tatmadaw", "ASSAULT", "Civilians (Myanmar)", "Sagaing"),  # one strike, one event (frstyle69)
        },
    ),
    (
        "Armed clash",
        "Resistance fighters ambushed a junta convoy on the road between Mandalay and Monywa, "
        "destroying two trucks.",
        {
            ("Unidentified Armed Group (Myanmar)", "FIGHT", None, "road between Mandalay and Monywa"),
        },
    ),
    (
        "Looting/property destruction",
        "Soldiers set fire to more than 200 houses in a village in Magway region, residents said.",
        {
            ("Tatmadaw", "COERCE", None, "Magway"),
        },
    ),
    (
        "Non-state actor overtakes territory",
        "Arakan Army fighters captured a police outpost in Rakhine state after a three-day battle.",
        {
            ("Arakan Army", "CAPTURE", "Police Forces of Myanmar", None),
            ("Arakan Army", "FIGHT", "Police Forces of Myanmar", "Rakhine"),
        },
    ),
    (
        "Attack",
        "Gunmen killed 11 people at a bar in Celaya, in the central state of Guanajuato, on Saturday night.",
        {
            ("Unidentified Armed Group (Mexico)", "ASSAULT", "Civilians (Mexico)", "Celaya"),
        },
    ),
    (
        "Abduction/forced disappearance",
        "Cartel gunmen kidnapped a local businessman in Culiacan and demanded a ransom of two million pesos.",
        {
            ("Unidentified Armed Group (Mexico)", "ASSAULT", "Civilians (Mexico)", "Culiacán"),
            ("Unidentified Armed Group (Mexico)", "REQUEST", None, "Culiacán"),
        },
    ),
    (
        "Mob violence",
        "Residents of a town in Puebla lynched two men accused of child abduction after rumours "
        "spread on social media.",
        {
            ("Rioters (Mexico)", "ASSAULT", "Civilians (Mexico)", "Puebla"),
        },
    ),
    (
        "Armed clash",
        "Mexican soldiers clashed with suspected cartel members in Michoacan, killing eight gunmen.",
        {
            (
                "Military Forces of Mexico",
                "FIGHT",
                "Unidentified Armed Group (Mexico)",
                "Michoacán de Ocampo",
            ),
        },
    ),
    (
        "Peaceful protest",
        "Families of the disappeared staged a sit-in outside the state prosecutor's office in Guadalajara.",
        {
            ("Protesters (Mexico)", "PROTEST", None, "Guadalajara"),
        },
    ),
    (
        "Attack",
        "FARC dissidents attacked a police station in Cauca with explosives and rifle fire on Wednesday.",
        {
            (
                "Revolutionary Armed Forces of Colombia Dissident Faction",
                "FIGHT",
                "Police Forces of Colombia",
                "Cauca",
            ),
        },
    ),
    (
        "Remote explosive/landmine/IED",
        "A landmine planted by guerrillas wounded two soldiers in Norte de Santander, the army said.",
        {
            (
                "Unidentified Armed Group (Colombia)",
                "FIGHT",
                "Military Forces of Colombia",
                "Norte de Santander",
            ),
        },
    ),
    (
        "Peaceful protest",
        "Indigenous protesters blocked the Pan-American Highway in Cauca for a third day to "
        "demand land titles.",
        {
            ("Protesters (Colombia)", "PROTEST", None, "Cauca"),
        },
    ),
    (
        "Air/drone strike",
        "A US drone strike killed three suspected al-Qaeda militants in Marib province, tribal sources said.",
        {
            ("United States", "FIGHT", "Al-Qaeda", "Ma’rib"),
        },
    ),
    (
        "Shelling/artillery/missile attack",
        "Houthi rebels shelled residential areas of Taiz on Thursday, wounding five children.",
        {
            ("Houthis", "ASSAULT", "Civilians (Yemen)", "Taiz"),
            ("Houthis", "FIGHT", None, "Taiz"),
        },
    ),
    (
        "Remote explosive/landmine/IED",
        "An IED exploded near a military vehicle in Abyan, killing two southern separatist fighters.",
        {
            ("Unidentified Armed Group (Yemen)", "ASSAULT", None, "Abyan"),
        },
    ),
    (
        "Shelling/artillery/missile attack",
        "Russian forces shelled Kharkiv overnight, killing three people and damaging apartment buildings.",
        {
            ("Russian Armed Forces", "ASSAULT", "Civilians (Ukraine)", "Kharkiv"),
            ("Russian Armed Forces", "FIGHT", None, "Kharkiv"),
        },
    ),
    (
        "Air/drone strike",
        "A Russian drone struck an energy facility in the Odesa region, causing a fire, the governor said.",
        {
            ("Russia", "FIGHT", None, "Odesa"),
        },
    ),
    (
        "Armed clash",
        "Ukrainian troops repelled a Russian assault near Avdiivka, the general staff said on Sunday.",
        {
            ("Armed Forces of Ukraine", "FIGHT", "Russia", "Avdiyivka"),
        },
    ),
    (
        # the town taken over is El Geneina: a capture told in passing (round casemiss85)
        "Looting/property destruction",
        "RSF fighters looted homes and markets in El Geneina after taking over the town.",
        {
            ("Rapid Support Forces", "CAPTURE", None, "Al-Junaynah"),
            ("Rapid Support Forces", "COERCE", None, "Al-Junaynah"),
        },
    ),
    (
        "Armed clash",
        "Fighting between the army and the paramilitary RSF erupted in Omdurman on Friday, residents said.",
        {
            ("Rapid Support Forces", "FIGHT", "Sudanese Armed Forces", "Omdurman"),
            ("Sudanese Armed Forces", "FIGHT", "Rapid Support Forces", "Omdurman"),
        },
    ),
    (
        "Armed clash",
        "Authorities imposed a curfew in Kassala after tribal clashes killed eight people.",
        {
            ("Unidentified Armed Group (Sudan)", "ASSAULT", "Civilians (Sudan)", "Kassala"),
            # gov63: the authorities of the place's country impose the curfew on its civilians
            ("Sudan", "MOBILIZE", "Civilians (Sudan)", "Kassala"),
        },
    ),
    (
        "Protest with intervention",
        "Police fired tear gas at students protesting a rise in bread prices in Khartoum.",
        {
            ("Police Forces of Sudan", "COERCE", "Protesters (Sudan)", "Khartoum"),
            ("Protesters (Sudan)", "PROTEST", None, "Khartoum"),
        },
    ),
    (
        "Abduction/forced disappearance",
        "Abu Sayyaf gunmen kidnapped three fishermen off the coast of Sulu and demanded ransom.",
        {
            ("Abu Sayyaf", "ASSAULT", "Civilians (Philippines)", "Jolo"),
            ("Abu Sayyaf", "REQUEST", None, None),
        },
    ),
    (
        "Attack",
        "Police shot dead a drug suspect during an anti-drug operation in Caloocan, saying he fought back.",
        {
            ("Police Forces of the Philippines", "FIGHT", None, "Caloocan"),
        },
    ),
    (
        "Armed clash",
        "Soldiers mutinied at a military camp in Kati, near Bamako, and exchanged fire with loyalist troops.",
        {
            ("Malian Armed Forces", "FIGHT", None, "Bamako"),
        },
    ),
    (
        "Attack",
        "Two farmers were hacked to death in a land dispute in Kasese district, police said.",
        {
            ("Unidentified Armed Group (Uganda)", "ASSAULT", "Civilians (Uganda)", "Kasese"),
        },
    ),
    (
        "Peaceful protest",
        "Miners at a gold mine in Sonora staged a work stoppage over unpaid bonuses.",
        {
            ("Protesters (Mexico)", "PROTEST", None, "Sonora"),
        },
    ),
    # round left61: a state leading the body noun names the coalition it leads
    (
        "Air/drone strike",
        "A Saudi-led coalition air strike hit a market in Saada province, killing 10 civilians, "
        "Houthi-run media said.",
        {
            ("Saudi-led coalition", "ASSAULT", "Civilians (Yemen)", "Şāʻdah"),
            ("Saudi-led coalition", "FIGHT", None, "Şāʻdah"),
        },
    ),
    # round left61: Samar, a Philippine province, is Samara's (Russia) only as another name
    (
        "Armed clash",
        "New People's Army rebels ambushed an army patrol in Samar, killing two soldiers.",
        {
            ("New People's Army", "FIGHT", "Military Forces of the Philippines", "Samar"),
        },
    ),
    (
        # Koutoukale, a town the gazetteer lacked (towns.toml, round casemiss85); the inmates freed by
        # the attack on the prison are its outcome, no release (round jail85b)
        "Attack",
        "Jihadists stormed the prison in Koutoukale overnight and freed dozens of inmates, a "
        "security source said.",
        {
            ("Unidentified Armed Group (Niger)", "FIGHT", None, "Koutoukalé"),
        },
    ),
]

# (ACLED sub-event type, snippet, the actor a fitting row needs, the target it needs or None): misses
KNOWN_MISSES: list[tuple[str, str, str, str | None]] = []

# no conflict type
NON_CONFLICT = [
    "Colombia beat Uruguay 2-1 in a World Cup qualifier in Barranquilla on Tuesday.",
    "Heavy rains triggered a landslide that buried a mining camp in Antioquia, killing 11 workers.",
    "Mexico's central bank raised its benchmark interest rate by a quarter point on Thursday.",
    "A ferry carrying 60 passengers capsized off the coast of Sulu, the coast guard said.",
    "Voters in Kinshasa queued for hours to cast their ballots in the presidential election.",
    "The Ukrainian grain harvest is expected to fall by a fifth this year, the ministry said.",
    "A cholera outbreak in Sana'a has infected more than 3,000 people, health officials said.",
    "Typhoon Haiyan flattened coastal towns in Leyte, leaving thousands homeless.",
    "Sudan's football team qualified for the Africa Cup of Nations after a draw in Omdurman.",
    "Myanmar's election commission announced the date of the by-elections in Yangon.",
]


test_snippet_rows = snippet_rows(BATTERY)
test_known_misses = needed_parties(KNOWN_MISSES, "case60")
test_battery_size = battery_size(40, BATTERY, KNOWN_MISSES)
test_non_conflict_snippets = non_conflict(NON_CONFLICT)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of mob violence done by dwellers, people or a crowd is the rioters' assault
        ("Villagers lynched two men in Puebla.",
         {("Rioters (Mexico)", "ASSAULT", "Civilians (Mexico)", "Puebla")}),
        ("A crowd lynched a suspected thief in Kaduna.",
         {("Rioters (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kaduna")}),
        # done by state forces it stays theirs
        ("Soldiers lynched two men in Puebla.",
         {("Military Forces of Mexico", "ASSAULT", "Civilians (Mexico)", "Puebla")}),
    ],
)  # fmt: skip
def test_lynching_crowds(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people told in anger who burn property riot
        ("Angry youths set fire to the town hall in Goma.",
         {("Rioters (Democratic Republic of Congo)", "PROTEST", None, "Goma")}),
        ("Irate villagers torched a police post in Goma.",
         {("Rioters (Democratic Republic of Congo)", "PROTEST",
           "Police Forces of the Democratic Republic of Congo", "Goma")}),
        # angry soldiers are no crowd; angry people meeting someone do not riot
        ("Angry soldiers torched houses in Goma.",
         {("Armed Forces of the Democratic Republic of the Congo", "COERCE", None, "Goma")}),
        ("Angry residents met the governor in Goma.",
         {("Civilians (Democratic Republic of Congo)", "CONSULT", "DR Congo", "Goma")}),
    ],
)  # fmt: skip
def test_angry_crowds(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a protest participle after the people names them protesters
        ("Police fired tear gas at students protesting in Khartoum.",
         {("Police Forces of Sudan", "COERCE", "Protesters (Sudan)", "Khartoum"),
          ("Protesters (Sudan)", "PROTEST", None, "Khartoum")}),
        # a participle of anything else does not
        ("Police fired tear gas at students leaving the campus in Khartoum.",
         {("Police Forces of Sudan", "ASSAULT", "Civilians (Sudan)", "Khartoum")}),
    ],
)  # fmt: skip
def test_protest_participles_after_people(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Burundi's ruling-party militia, as ACLED names it
        ("Imbonerakure militiamen attacked a bar in Kirundo.",
         {("Imbonerakure", "FIGHT", None, "Kirundo")}),
    ],
)  # fmt: skip
def test_great_lakes_groups(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
