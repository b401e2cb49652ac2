"""French rules for real news (issue 14), on sentences of our own: exact (actor, type, target, place)
sets. An attack told with no author ("une explosion a tué", "un attentat a eu lieu") is the
unidentified armed group's of the article's country, once; a demonym is never fuzzily a person."""

from __future__ import annotations

import pytest
from unit._extract import Row, events, facts
from unit._extract import rows as rows_of

pytestmark = pytest.mark.nlp

MALI_ARMED, MALI_CIVILIANS = "Unidentified Armed Group (Mali)", "Civilians (Mali)"
MNLA, FAMA = "National Movement for the Liberation of Azawad", "Malian Armed Forces"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"


def rows(text: str) -> set[Row]:
    return rows_of(text, "fr")


CASES: list[tuple[str, set[Row]]] = [
    ("Une grande explosion a tué douze personnes à Gao, au Mali.",
     {(MALI_ARMED, "ASSAULT", MALI_CIVILIANS, "Gao")}),
    ("Selon des habitants, un attentat a eu lieu mardi à Gao, au Mali.",
     {(MALI_ARMED, "ASSAULT", MALI_CIVILIANS, "Gao")}),
    # the definite noun after it is the same attack, not a second one
    ("Une explosion a tué douze personnes à Gao, au Mali. L'attentat a fait trois autres morts.",
     {(MALI_ARMED, "ASSAULT", MALI_CIVILIANS, "Gao")}),
    # the one country named, even as a complement, is the article's
    ("L'ancien premier ministre du Liban a visité une école. Une explosion a tué douze personnes.",
     {("Lebanon", "CONSULT", None, None),
      ("Unidentified Armed Group (Lebanon)", "ASSAULT", "Civilians (Lebanon)", None)}),
    # "président malien" is Mali, not "président Aliev" by spelling
    ("Le président malien a visité Niamey.", {("Mali", "CONSULT", "Niger", "Niamey")}),  # held there
    # an agentless killing in an ambush or attack: its unnamed author
    # the place the ambush is near is the event's ("dans un marché de X" likewise)
    ("Douze soldats ont été tués dans une embuscade près de Mopti, au Mali.",
     {(MALI_ARMED, "FIGHT", "Malian Armed Forces", "Mopti")}),
    ("Selon des habitants, douze civils ont été tués dans un attentat à Gao, au Mali.",
     {(MALI_ARMED, "ASSAULT", MALI_CIVILIANS, "Gao")}),
    # "s'en prendre à" is an attack, not a capture
    ("Des manifestants s'en sont pris au siège du JNIM à Gao, au Mali.",
     {("Rioters (Mali)", "FIGHT", JNIM, "Gao")}),
    # "les agresseurs" are an armed group; arrested with no agent: by the police
    ("Les agresseurs ont été interpellés à Bamako, au Mali.",
     {("Police Forces of Mali", "COERCE", MALI_ARMED, "Bamako")}),
    # "ses troupes de Syrie": the possessor's troops, Syria only where they leave from (the place)
    ("La Russie a entamé un retrait partiel de ses troupes de Syrie.",
     {("Russia", "RETREAT", None, "Syria")}),
    ("Le roi du Maroc a levé l'état d'urgence.", {("Morocco", "CONCEDE", None, None)}),
    # two subjects the parser left side by side fight each other
    ("Le MNLA et l'armée malienne s'affrontent près de Kidal.",
     {(MNLA, "FIGHT", FAMA, "Kidal"), (FAMA, "FIGHT", MNLA, "Kidal")}),
    ("Des affrontements entre les rebelles du MNLA et l'armée malienne ont fait dix morts à Kidal.",
     {(MNLA, "FIGHT", FAMA, "Kidal"), (FAMA, "FIGHT", MNLA, "Kidal")}),
    # "se rendre à" a place or a thing is to go; to an actor, or alone, to surrender
    ("Les Maliens se rendent aux urnes dimanche.", set()),
    ("Le ministre malien s'est rendu à Gao.", set()),
    ("Le ministre malien s'est rendu à Niamey.", {("Mali", "CONSULT", "Niger", "Niamey")}),  # a visit
    ("Deux cents combattants du MNLA se sont rendus à l'armée malienne.", {(MNLA, "CONCEDE", FAMA, None)}),
    ("Les rebelles du MNLA se sont rendus.", {(MNLA, "CONCEDE", None, None)}),
    # the agent hung on the complement of a nominal event
    ("L'exécution de 28 soldats maliens par le JNIM a choqué le pays.", {(JNIM, "ASSAULT", FAMA, None)}),
    # a lowercase KB alias alone; a claimed attack is the claimer's, its relative clause the event
    ("Les talibans ont revendiqué l'attentat qui a tué dix soldats afghans à Kaboul.",
     {("Taliban", "FIGHT", "Military Forces of Afghanistan", "Kabul")}),
    # the capital after "à" is where it happened, though the mentions read it as its state
    ("Un kamikaze s'est fait exploser à Kaboul, en Afghanistan, tuant dix personnes.",
     {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
    # Syrian rebels are not Syria
    ("Les rebelles syriens ont abattu un hélicoptère de l'armée près d'Alep, en Syrie.",
     {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Aleppo")}),
    # the opposition of a country is a generic actor; "les opposants de X" are against X, not X;
    # an object pronoun is the last other actor named, a coordinated threat stands on its own
    ("L'opposition malienne refuse désormais tout dialogue avec la Cédéao et l'accuse de partialité.",
     {("Opposition (Mali)", "REJECT", "ECOWAS", None), ("Opposition (Mali)", "ACCUSE", "ECOWAS", None)}),
    ("À Bamako, les opposants du JNIM l'accusent de pillages et le menacent d'une révolte armée.",
     {("Opposition (Mali)", "ACCUSE", JNIM, "Bamako"), ("Opposition (Mali)", "THREATEN", JNIM, "Bamako")}),
    # a diplomatic protest "auprès de" X accuses X; the gerund's subject through a parser's slip
    ("Tokyo a réagi en protestant vivement auprès des autorités chinoises.",
     {("Japan", "ACCUSE", "China", None)}),
    # put on alert, the army mobilizes; "l'armée" of a state the KB knows no army of: ACLED's name
    ("L'armée a été mise en état d'alerte au Caire, en Égypte.",
     {("Military Forces of Egypt", "MOBILIZE", None, "Cairo")}),
    ("Le chef du JNIM a été mis en état d'arrestation.", set()),
    # members of a named group arrested with no agent: the police's arrest of that group
    ("Trois membres de l'organisation basque ETA ont été appréhendés à Londres.",
     {("Police Forces of the United Kingdom", "COERCE", "ETA", "London")}),
    # "le gouvernement" after "le gouvernement malien", in an article naming Niger more: Mali's
    ("Le gouvernement malien a accusé le Niger. Le Niger et le Niger l'ont nié. Le gouvernement, soutenu "
     "par le Niger, a démissionné.",
     {("Mali", "ACCUSE", "Niger", None), ("Niger", "SUPPORT", "Mali", None),
      ("Mali", "CONCEDE", None, None)}),
    # a promise to X of a withdrawal: an agreement with X, the withdrawal has not happened; placed
    # where the troops are to leave (frint40)
    ("Le gouvernement malien a promis à la Cedeao de retirer ses troupes de Kidal.",
     {("Mali", "AGREE", "ECOWAS", "Kidal")}),
    # the widely known actors of the Afghan, Malian, Syrian and Libyan wars, by their French names
    ("L'armée afghane a lancé une offensive contre les talibans.",
     {("Military Forces of Afghanistan", "FIGHT", "Taliban", None)}),
    ("Le MUJAO a pris le contrôle de Gao.",
     {("Movement for Unity and Jihad in West Africa", "CAPTURE", None, "Gao")}),
    ("Les forces françaises ont bombardé des positions d'AQMI près de Gao.",
     {("French Armed Forces", "FIGHT", "Al-Qaeda in the Islamic Maghreb", "Gao")}),
    ("Le Conseil national syrien a appelé l'ONU à intervenir.",
     {("Syrian National Council", "REQUEST", "United Nations", None)}),
    ("Les forces de Kadhafi ont bombardé Misrata.",
     {("Military Forces of Libya (1969-2011)", "FIGHT", None, "Misratah")}),
    # a country's police is its police forces, neither its army nor the state
    ("La police malienne a arrêté deux suspects à Bamako.",
     {("Police Forces of Mali", "COERCE", None, "Bamako")}),
    ("Les forces de police afghanes ont arrêté deux suspects.",
     {("Police Forces of Afghanistan", "COERCE", None, None)}),
    # "blesser" is an attack like "tuer"; "islamistes" an armed group; chasing an army out is a fight
    ("Des hommes armés ont blessé deux policiers à Kaboul.",
     {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Police Forces of Afghanistan", "Kabul")}),
    ("Les islamistes ont attaqué Gao, au Mali.", {(MALI_ARMED, "FIGHT", None, "Gao")}),
    # driven out of Kidal: the fight is there and the MNLA takes it
    ("Le MNLA a chassé l'armée malienne de Kidal.",
     {(MNLA, "FIGHT", FAMA, "Kidal"), (MNLA, "CAPTURE", FAMA, "Kidal")}),
    # a state's army the KB has no entry for is ACLED's "Military Forces of X", not the state
    ("L'armée turque a riposté à des tirs de l'armée syrienne.",
     {("Military Forces of Turkey", "FIGHT", "Syrian Arab Army", None)}),
    # killed in an attack of a named group: that group's, once; "lors de" the attack likewise
    ("Un soldat français a été tué dans une attaque des talibans.",
     {("Taliban", "FIGHT", "French Armed Forces", None)}),
    ("L'ambassadeur malien a été tué lors de l'attaque de l'ambassade à Niamey.",
     {("Unidentified Armed Group (Niger)", "FIGHT", "Mali", "Niamey")}),
    # killed or abducted with no author named: the unidentified armed group of the place
    ("Deux soldats français ont été tués en Afghanistan.",
     {("Unidentified Armed Group (Afghanistan)", "FIGHT", "French Armed Forces", "Afghanistan")}),
    ("Deux journalistes ont été enlevés à Kaboul, en Afghanistan.",
     {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Journalists (Afghanistan)", "Kabul")}),
    # ... but not when it is the toll of an attack told before
    ("Les talibans ont attaqué une base à Kandahar. Deux soldats ont été tués.",
     {("Taliban", "FIGHT", None, "Kandahār")}),
    # fire on civilians is an assault (PLOVER, ACLED's violence against civilians)
    ("Des hommes armés ont tiré sur des civils à Gao, au Mali.",
     {(MALI_ARMED, "ASSAULT", MALI_CIVILIANS, "Gao")}),
    ("Les soldats ont tiré des conclusions.", set()),
    ("Le président Amadou Toumani Touré a été renversé par l'armée malienne.",
     {(FAMA, "COERCE", "Amadou Toumani Touré", None)}),
    # sanctions adopted, a veto, troops sent; a name hung as an oblique with no preposition
    ("L'Union européenne a adopté de nouvelles sanctions contre le régime syrien.",
     {("European Union", "SANCTION", "Syria", None)}),
    ("La Russie et la Chine ont opposé leur veto à la résolution.",
     {("Russia", "REJECT", None, None), ("China", "REJECT", None, None)}),
    ("La Cédéao a envoyé 3300 soldats au Mali.", {("ECOWAS", "MOBILIZE", None, "Mali")}),
    ("Hamid Karzaï a rencontré Barack Obama à Washington.",
     {("Afghanistan", "CONSULT", "United States", "Washington")}),
    # an arrest warrant issued against someone is a coercion of them
    ("La justice malienne a émis un mandat d'arrêt contre Iyad Ag Ghaly.",
     {("Judiciary of Mali", "COERCE", JNIM, None)}),
    ("L'attaquant a été abattu par la police à Gao, au Mali.",
     {("Police Forces of Mali", "FIGHT", MALI_ARMED, "Gao")}),
    # the first conjunct of a subject the parser cut off before "et" acts too
    ("Le gouvernement malien et le MNLA ont signé un accord de paix à Ouagadougou.",
     {("Mali", "AGREE", MNLA, "Ouagadougou"), (MNLA, "AGREE", "Mali", "Ouagadougou")}),
    # a country's people who protest are its protesters, against its state
    ("Des milliers de Maliens ont manifesté à Bamako contre la junte.",
     {("Protesters (Mali)", "PROTEST", "Mali", "Bamako")}),
    # fighting told as the subject of "éclater", "se poursuivre", "continuer": its sides "entre X et Y"
    ("Les combats se poursuivent entre l'armée malienne et les rebelles du MNLA.",
     {(FAMA, "FIGHT", MNLA, None), (MNLA, "FIGHT", FAMA, None)}),
    ("Les négociations se poursuivent entre le Mali et le MNLA.", set()),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_french_news(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_elided_si_makes_a_condition() -> None:
    """ "s'il refuse": the elided "si" is a condition like "si"."""
    text = "Les habitants craignent que s'il refuse, le JNIM attaque Gao."
    assert events(text, "fr") == {("Civilians (Mali)", "REJECT", JNIM, "hypothetical")}


def test_arrested_people_told_again_are_not_another_arrest() -> None:
    """ "le nombre de personnes arrêtées" after the police's arrests: the same arrests, once."""
    text = "La police a arrêté cinq hommes à Gao, au Mali. Le nombre de personnes arrêtées reste inconnu."
    f = facts(text, "fr")
    names = {a.id: a.name for a in f.actors}
    assert [(names[e.actor_id], e.type, names.get(e.target_id or "")) for e in f.events] == [
        ("Police Forces of Mali", "COERCE", MALI_CIVILIANS)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Des hommes armés tueraient les otages à Gao, au Mali.",
        "Des hommes armés prendraient la ville de Gao, au Mali.",
    ],
)
def test_conditional_read_as_imperfect_is_hypothetical(text: str) -> None:
    """ "tueraient" is the conditional (future stem "tuer" + "aient"), though tagged an imperfect."""
    assert {modality for *_, modality in events(text, "fr")} == {"hypothetical"}


def test_imperfect_stays_asserted() -> None:
    """ "tuaient" is a real imperfect: a fact."""
    text = "Des hommes armés tuaient les habitants à Gao, au Mali."
    assert {modality for *_, modality in events(text, "fr")} == {"asserted"}


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Des militants autonomistes ont attaqué un bureau de vote à Gao, au Mali.", "Rioters (Mali)"),
        ("Des militants islamistes ont attaqué un village près de Gao, au Mali.", "Islamist Militia (Mali)"),
        ("Des militants armés ont attaqué un village près de Gao, au Mali.", MALI_ARMED),
    ],
)
def test_militants_are_activists_unless_armed(text: str, actor: str) -> None:
    """French "militants" are political activists; only "militants islamistes/armés/jihadistes" fight."""
    assert {a for a, *_ in events(text, "fr")} == {actor}
