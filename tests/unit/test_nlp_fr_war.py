"""French war news (issue 14), on sentences of our own: historical asides are background, not news,
and wire-style war sentences give exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp


BACKGROUND: list[tuple[str, set[Row]]] = [
    # a participle dated years before the article, a relative clause of a dated attack, a pluperfect
    ("Il défendait le meurtrier du préfet Claude Érignac, abattu le 6 février 1998 à Ajaccio.", set()),
    ("Parmi les tentatives, une attaque en 1978, où un homme armé avait blessé le premier ministre irakien.",
     set()),
    ("Lors du procès, le 27 février 2009, les talibans avaient attaqué un convoi de l'armée afghane.", set()),
    ("Depuis 1996, les talibans attaquent les convois de l'armée afghane.", set()),
    # a named era of the past (data: historical_periods)
    ("Les troupes japonaises ont massacré des civils à Nanjing durant la Seconde Guerre mondiale.", set()),
    # within the year before the article, or told in the passé composé: news
    ("L'an dernier, les talibans ont attaqué un convoi de l'armée afghane.",
     {("Taliban", "FIGHT", "Military Forces of Afghanistan", None)}),
    ("Créé en 2001, le groupe des talibans a attaqué un convoi de l'armée afghane.",
     {("Taliban", "FIGHT", "Military Forces of Afghanistan", None)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BACKGROUND)
def test_historical_asides_are_background(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_an_undated_article_keeps_its_dated_events() -> None:
    """With no article date there is nothing to be background to."""
    text = "Lors du procès, le 27 février 2009, les talibans avaient attaqué un convoi de l'armée afghane."
    assert rows(text, published="") == {("Taliban", "FIGHT", "Military Forces of Afghanistan", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named head "du PAYS": the state it leads (the name is no actor of its own), as the title alone
        ("Le roi Gyanendra du Népal a levé hier l'état d'urgence.", {("Nepal", "CONCEDE", None, None)}),
        ("Le président Abdou Diallo du Mali a accusé le Niger.", {("Mali", "ACCUSE", "Niger", None)}),
        ("Le président Hamid Karzaï d'Afghanistan a accusé le Pakistan.",
         {("Afghanistan", "ACCUSE", "Pakistan", None)}),
        ("Le président du Togo a accusé le Ghana.", {("Togo", "ACCUSE", "Ghana", None)}),
    ],
)  # fmt: skip
def test_a_person_of_a_country(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "les" is the ballots just stolen, no actor (opponents burning them riot); "l'" after an actor
        # named last is that actor
        ("Des opposants ont volé des centaines de bulletins à Benghazi, en Libye, et les ont incendiés.",
         {("Rioters (Libya)", "PROTEST", None, "Benghazi")}),
        ("L'opposition malienne refuse désormais tout dialogue avec la Cédéao et l'accuse de partialité.",
         {("Opposition (Mali)", "REJECT", "ECOWAS", None), ("Opposition (Mali)", "ACCUSE", "ECOWAS", None)}),
    ],
)  # fmt: skip
def test_an_object_clitic_is_the_thing_it_follows(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


SYR, MALI, AFG = "Syrian Arab Army", "Malian Armed Forces", "Military Forces of Afghanistan"
ANY_ARMED = "Unidentified Armed Group"
WAR: list[tuple[str, set[Row]]] = [
    ("L'armée syrienne a bombardé les quartiers rebelles de Homs.", {(SYR, "FIGHT", None, "Homs")}),
    ("Les islamistes d'Ansar Dine se sont emparés de Tombouctou.",
     {("Ansar Dine", "CAPTURE", None, "Timbuktu")}),
    ("Un attentat suicide a fait au moins dix morts à Kaboul.",
     {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
    ("Les talibans ont revendiqué l'attaque.", {("Taliban", "FIGHT", None, None)}),
    ("Des affrontements ont opposé l'armée aux rebelles près d'Alep.",
     {(SYR, "FIGHT", "Unidentified Armed Group (Syria)", "Aleppo"),
      ("Unidentified Armed Group (Syria)", "FIGHT", SYR, "Aleppo")}),
    ("Les forces du régime de Bachar el-Assad ont bombardé Alep.", {(SYR, "FIGHT", None, "Aleppo")}),
    # "l'aviation" is the army of the country the article is about
    # ... and "les positions rebelles" the rebels' (war32: was no target)
    ("L'aviation a pilonné les positions rebelles à Homs.",
     {(SYR, "FIGHT", "Unidentified Armed Group (Syria)", "Homs")}),
    # an aid given "à la France": France is helped, not where it happens
    ("Les États-Unis fournissent une aide logistique à la France.",
     {("United States", "AID", "France", None)}),
    ("Les États-Unis ont imposé de nouvelles sanctions à la Syrie.",
     {("United States", "SANCTION", "Syria", None)}),
    ("L'Union européenne a condamné les violences en Syrie.", {("European Union", "ACCUSE", None, "Syria")}),
    ("Au moins 30 personnes ont été tuées dans des bombardements à Homs.",
     {("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "Homs")}),
    ("Le MNLA a annoncé avoir repris Kidal.",
     {("National Movement for the Liberation of Azawad", "CAPTURE", None, "Kidal")}),
    # Konna of Mali is a curated town (places/towns.toml), not the Irish hamlet that has the name as an alias
    ("Les jihadistes du Mujao ont attaqué la ville de Konna.",
     {("Movement for Unity and Jihad in West Africa", "FIGHT", None, "Konna")}),
    # a country's soldiers are its military forces (ACLED's name when the KB has none), not the state
    ("Les talibans ont tué deux soldats américains dans l'est de l'Afghanistan.",
     {("Taliban", "FIGHT", "Military Forces of the United States", "Afghanistan")}),
    ("Les talibans ont tué deux soldats britanniques.",
     {("Taliban", "FIGHT", "Military Forces of the United Kingdom", None)}),
    ("L'armée américaine a bombardé des positions des talibans.",
     {("Military Forces of the United States", "FIGHT", "Taliban", None)}),
    ("Les forces gouvernementales syriennes ont repris le contrôle du quartier de Baba Amr.",
     {(SYR, "CAPTURE", None, "Baba Amr")}),
    ("Des milliers de Syriens ont manifesté contre le régime à Hama.",
     {("Protesters (Syria)", "PROTEST", "Syria", "Ḩamāh")}),
    ("Le régime syrien a accusé la Turquie de soutenir les rebelles.", {("Syria", "ACCUSE", "Turkey", None)}),
    ("La Russie a livré des armes au régime syrien.", {("Russia", "AID", "Syria", None)}),
    # aid workers are civilians
    # "la province d'Helmand" tagged whole as a place: the province is the named one
    ("Les insurgés ont attaqué un convoi de l'armée afghane dans la province d'Helmand, en Afghanistan.",
     {("Unidentified Armed Group (Afghanistan)", "FIGHT", AFG, "Helmand")}),
    ("Les talibans ont enlevé deux travailleurs humanitaires à Kaboul, en Afghanistan.",
     {("Taliban", "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
    ("Un soldat afghan a ouvert le feu sur des soldats de l'OTAN.", {(AFG, "FIGHT", "NATO", None)}),
    ("L'armée française a détruit des dépôts d'armes des islamistes près de Gao.",
     {("French Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Gao")}),
    ("Le président français François Hollande a rencontré le président malien Dioncounda Traoré à Bamako.",
     {("France", "CONSULT", "Mali", "Bamako")}),
    # killed in strikes a demonym names: that state's, with the killed as its target
    ("Des combattants jihadistes ont été tués lors de frappes aériennes françaises près de Gao.",
     {("France", "FIGHT", "Unidentified Armed Group (Mali)", "Gao")}),
    # air strikes with no author: the state's forces (fr33), no unnamed armed group flies aircraft
    ("Dix civils ont été tués dans des frappes aériennes à Alep, en Syrie.",
     {("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Aleppo")}),
    # a second demonym coordinated: the same forces of another country
    ("Les forces françaises et maliennes ont repris Gao.",
     {("French Armed Forces", "CAPTURE", None, "Gao"), (MALI, "CAPTURE", None, "Gao")}),
    # troops sent, told as a noun: the light verb's subject mobilizes; a delegation sent does not
    ("Paris a annoncé l'envoi de 2 500 soldats au Mali.", {("France", "MOBILIZE", None, "Mali")}),
    ("Les présidents ont annoncé l'envoi d'une délégation à Niamey.", set()),
    # a state suspended from an organisation is sanctioned; a suspended cooperation alone is not
    ("La Ligue arabe a suspendu la Syrie.", {("Arab League", "SANCTION", "Syria", None)}),
    ("Les rebelles ont suspendu leurs opérations.", set()),
    ("Les soldats tchadiens et nigériens ont attaqué les jihadistes du Mujao.",
     {("Chadian Armed Forces", "FIGHT", "Movement for Unity and Jihad in West Africa", None),
      ("Niger Armed Forces", "FIGHT", "Movement for Unity and Jihad in West Africa", None)}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WAR)
def test_war_news(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "à l'encontre de X" is a preposition: X is the target, active or passive
        ("La justice malienne a lancé un mandat d'arrêt international à l'encontre de Iyad Ag Ghaly.",
         {("Judiciary of Mali", "COERCE", "Jama'at Nusrat al-Islam wal-Muslimin", None)}),
        ("Un mandat d'arrêt a été lancé par la justice malienne à l'encontre de Iyad Ag Ghaly.",
         {("Judiciary of Mali", "COERCE", "Jama'at Nusrat al-Islam wal-Muslimin", None)}),
        # "investir" a town takes it; investing someone with powers is no event
        ("Les rebelles ont investi la ville de Gao, au Mali.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Gao")}),
        ("La présidente de l'Assemblée a investi le vice-président Palacio des pleins pouvoirs.", set()),
        # a named site taken: the place is the site NER names, however the compound noun before it parses
        ("Les rebelles de l'Armée syrienne libre ont pris le contrôle du poste-frontière de Bab al-Hawa.",
         {("Free Syrian Army", "CAPTURE", None, "Bab al-Hawa border crossing")}),
        # a generic group the text gives no country: the country of the place it acted in
        ("Des rebelles ont pris le contrôle du poste-frontière de Bab al-Hawa.",
         {("Unidentified Armed Group (Syria)", "CAPTURE", None, "Bab al-Hawa border crossing")}),
        ("Des insurgés ont attaqué un poste de police dans la province de Kandahar.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Police Forces of Afghanistan", "Kandahār")}),
        ("Des islamistes ont pris le contrôle de Gao.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Gao")}),
        # a KB name the tagger takes for a common noun is still the actor, written as the KB writes it
        ("La Cédéao a menacé d'intervenir militairement au Mali.", {("ECOWAS", "THREATEN", None, "Mali")}),
        ("La Cédéao a accusé la junte malienne.", {("ECOWAS", "ACCUSE", "Mali", None)}),
    ],
)  # fmt: skip
def test_lexicon_gaps_of_dev(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
