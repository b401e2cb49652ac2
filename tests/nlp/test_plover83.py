"""English round plover83: PLOVER misses that carry. Forces named after the state that leads them
("Vietnamese-led forces", "US-led troops") are that state's military, as "Vietnamese forces" are
(nlp/led_forces.py; a backing participle, "Iran-backed militias", still names a camp, and a leading
word that names no state, "rebel-led forces", leaves the group unnamed); the International Labour
Organization is in the knowledge base (its English and French names, ILO / OIT); a name spelt with
a dotted acronym ("U.N. Security Council") is the name spelt without the dots (knowledge/kb.py);
nationals and expatriates are civilians of their demonym's state, as "ressortissants" are; patrols
or security stepped up, ordered or reinforced ("renforcer les patrouilles") are a show of force
(MOBILIZE, CAMEO 15), as patrols conducted are; a clause of "until" / "jusqu'à ce que" under a promise
or an act not asserted is a goal, hypothetical (nlp/until_clauses.py), and "jurer de" an intent, as
"swear to" is; "on Iraqi soil" names where an act is, as "in Iraqi territory" does, no target
(country_nouns)."""

from __future__ import annotations

import pytest
from unit._extract import en_news_rows, events

pytestmark = pytest.mark.nlp

Fact = tuple[str, str, str | None, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vietnamese-led forces have recaptured a hilltop village in northern Cambodia.",
         {("Military Forces of Vietnam", "CAPTURE", None, "asserted")}),
        ("Saudi-led troops shelled Houthi positions near Hodeidah.",
         {("Military Forces of Saudi Arabia", "FIGHT", "Houthis", "asserted")}),
        ("US-led forces bombed Islamic State positions near Mosul.",
         {("Military Forces of the United States", "FIGHT", "Islamic State", "asserted")}),
        # the KB's army of the state, as for "Ethiopian troops"
        ("Ethiopian-led troops attacked al-Shabaab fighters near Baidoa.",
         {("Ethiopian National Defense Force", "FIGHT", "Al-Shabaab", "asserted")}),
        # a leading word that names no state leaves the group unnamed; a backer names a camp; the
        # coalition the KB knows stays itself
        ("Rebel-led forces attacked the army near Idlib.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "asserted")}),
        ("Iran-backed militias shelled the town of Tal Afar.",
         {("Iran", "SUPPORT", "Militia (Pro-Iran)", "asserted"),
          ("Militia (Pro-Iran)", "FIGHT", None, "asserted")}),
        ("The Saudi-led coalition bombed Sanaa.", {("Saudi-led coalition", "FIGHT", None, "asserted")}),
        # a noun between the participle and the group names the body the forces belong to
        ("US-led coalition forces attacked Islamic State positions near Mosul.",
         {("US-led coalition", "FIGHT", "Islamic State", "asserted")}),
    ],
)  # fmt: skip
def test_forces_led_by_a_state(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ILO demanded that Israel ease restrictions on Palestinian workers.",
         {("International Labour Organization", "REQUEST", "Israel", "asserted")}),
        ("The International Labor Office called on Myanmar to end forced labour.",
         {("International Labour Organization", "REQUEST", "Myanmar", "asserted")}),
        ("L'OIT a demandé au Qatar de protéger les travailleurs migrants.",
         {("International Labour Organization", "REQUEST", "Qatar", "asserted")}),
        # another UN agency stays itself
        ("The World Health Organization urged Yemen to open the airport.",
         {("World Health Organization", "REQUEST", "Yemen", "asserted")}),
    ],
)  # fmt: skip
def test_international_labour_organization(text: str, expected: set[Fact]) -> None:
    assert events(text, "en" if text.startswith("The") else "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hungary has said it will back a U.N. Security Council resolution.",
         {("Hungary", "AGREE", "UN Security Council", "asserted")}),
        ("The U.N. Security Council condemned the attack on the embassy in Kabul.",
         {("UN Security Council", "ACCUSE", None, "asserted")}),
        # a dotted initial of a person's name is no acronym
        ("Gen. John R. Allen met Afghan President Hamid Karzai in Kabul.",
         {("John R. Allen", "CONSULT", "Afghanistan", "asserted")}),
    ],
)  # fmt: skip
def test_dotted_acronyms(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A US national was placed under investigation in Italy over the looting.",
         {("Police Forces of Italy", "INVESTIGATE", "Civilians (United States)", "asserted")}),
        ("Two French nationals were kidnapped in Niger.",
         {("Unidentified Armed Group (Niger)", "ASSAULT", "Civilians (France)", "asserted")}),
        ("A British expatriate was shot dead in Lagos.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (United Kingdom)", "asserted")}),
        # foreign nationals stay of no one state; the national army stays the army
        ("Several foreign nationals were kidnapped near Gao.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (International)", "asserted")}),
        ("The national army shelled rebel positions near Kidal.",
         {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "asserted")}),
    ],
)  # fmt: skip
def test_nationals_are_civilians(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Police stepped up patrols in Nairobi after the attack.", "en",
         {("Police Forces of Kenya", "MOBILIZE", None, "asserted")}),
        ("The Pakistani government ordered patrols in Karachi.", "en",
         {("Pakistan", "MOBILIZE", None, "asserted")}),
        ("Kenya tightened security at its border with Somalia.", "en",
         {("Kenya", "MOBILIZE", None, "asserted")}),
        ("La police a renforcé les patrouilles à Bamako après l'attaque.", "fr",
         {("Police Forces of Mali", "MOBILIZE", None, "asserted")}),
        ("Les autorités maliennes ont renforcé la sécurité à Bamako.", "fr",
         {("Mali", "MOBILIZE", None, "asserted")}),
        # a patrol attacked stays the forces attacked; cooperation on security is no show of force
        ("Gunmen ambushed an army patrol near Kidal.", "en",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "asserted")}),
        ("Des hommes armés ont attaqué une patrouille de l'armée près de Kidal.", "fr",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "asserted")}),
        ("Le Mali et le Niger ont renforcé leur coopération en matière de sécurité.", "fr", set()),
    ],
)  # fmt: skip
def test_patrols_and_security_stepped_up(text: str, lang: str, expected: set[Fact]) -> None:
    assert events(text, lang) == expected


UAG = "Unidentified Armed Group"
UAG_M = "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # plover88: a vow of a hostile act is a threat, as "pledged to attack" is (PLOVER THREATEN)
        ("Rebels vowed to fight until they take Kidal.", "en",
         {(UAG, "THREATEN", None, "asserted"), (UAG_M, "CAPTURE", None, "hypothetical")}),
        ("Ethnic Albanian rebels have sworn to keep fighting until they gain control of the hills.", "en",
         {(UAG, "THREATEN", None, "asserted"), (UAG, "CAPTURE", None, "hypothetical")}),
        ("The rebels will fight until they capture Kidal.", "en",
         {(UAG, "FIGHT", None, "threatened"), (UAG_M, "CAPTURE", None, "hypothetical")}),
        ("Les rebelles ont juré de combattre jusqu'à ce qu'ils prennent Kidal.", "fr",
         {(UAG, "FIGHT", None, "hypothetical"), (UAG_M, "CAPTURE", None, "hypothetical")}),
        # under an act told as done, the town was taken
        ("The rebels fought until the army retook the town of Kidal.", "en",
         {(UAG, "FIGHT", None, "asserted"), ("Malian Armed Forces", "CAPTURE", None, "asserted")}),
        ("Les rebelles ont combattu jusqu'à ce que l'armée reprenne la ville de Kidal.", "fr",
         {(UAG, "FIGHT", None, "asserted"), ("Malian Armed Forces", "CAPTURE", None, "asserted")}),
    ],
)  # fmt: skip
def test_until_a_goal(text: str, lang: str, expected: set[Fact]) -> None:
    assert events(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turkish drones struck a car on Iraqi soil.", {("Turkey", "FIGHT", None, "Iraq")}),
        ("Israeli jets bombed an arms depot on Syrian soil.",
         {("Israel Defense Forces", "FIGHT", None, "Syria")}),
        # soldiers of the demonym's state stay the target; soil that is only earth names no country
        ("Turkish drones struck Iraqi soldiers near Sinjar.",
         {("Turkey", "FIGHT", "Iraqi Security Forces", "Sinjār")}),
        ("Farmers said the soil was too dry to plant after the fighting in Darfur.", set()),
    ],
)  # fmt: skip
def test_demonym_soil_is_a_place(text: str, expected: set[tuple[str, str, str | None, str | None]]) -> None:
    assert en_news_rows(text) == expected
