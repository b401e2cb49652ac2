"""French protests, sites, arrests and pronouns (issue 14), round 23b, on sentences of our own;
exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crowd gathered to demand something protests, whom it demands of its target
        ("Des centaines de femmes se sont réunies à Kaboul pour demander au gouvernement afghan "
         "la libération des détenus.",
         {("Protesters (Afghanistan)", "PROTEST", "Afghanistan", "Kabul")}),
        ("Des habitants se sont réunis à Gao pour exiger le départ des islamistes.",
         {("Protesters (Mali)", "PROTEST", "Unidentified Armed Group (Mali)", "Gao")}),
        # the people the demand is for are no target of the protest
        ("Des villageois se sont réunis à Bamako pour réclamer le retour de leurs fils.",
         {("Protesters (Mali)", "PROTEST", None, "Bamako")}),
        # ministers meeting to demand something hold no protest: the demand stands
        ("Les ministres de la Cédéao se sont réunis à Abidjan pour exiger le retrait des rebelles "
         "du nord du Mali.",
         {("ECOWAS", "REQUEST", "Mali", "Abidjan")}),
    ],
)  # fmt: skip
def test_crowd_gathered_to_demand_protests(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named person arrested by no one named: the state of the country holds him, and the
        # person is the target, not the group he leads
        ("Mollah Omar, chef des talibans, a été arrêté à Kandahar.",
         {("Afghanistan", "COERCE", "Mullah Omar", "Kandahār")}),
        ("Le chef rebelle Iyad Ag Ghaly a été arrêté à Gao.", {("Mali", "COERCE", "Iyad Ag Ghaly", "Gao")}),
        # a role noun with the person's name in apposition: the person
        ("L'armée malienne a repris Douentza. Un commandant d'Ansar Dine, Omar Ould Hamaha, a été "
         "arrêté avec trois autres combattants près de Tombouctou.",
         {("Malian Armed Forces", "CAPTURE", None, "Douentza"),
          ("Mali", "COERCE", "Omar Ould Hamaha", "Timbuktu")}),
        # many unnamed people arrested: the police, as before
        ("Trois militants islamistes ont été arrêtés à Tombouctou.",
         {("Police Forces of Mali", "COERCE", "Islamist Militia (Mali)", "Timbuktu")}),
        # an agent named: it stays
        ("Le journaliste Ahmed Ali a été arrêté par la police syrienne à Alep.",
         {("Police Forces of Syria", "COERCE", "Ahmed Ali", "Aleppo")}),
    ],
)  # fmt: skip
def test_named_person_arrested_by_the_state(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "il" is the person the previous sentence is about, not the last organisation named
        ("Dioncounda Traoré a rencontré les ministres de la Cédéao à Abidjan. "
         "Il a ensuite reçu le soutien de la France.",
         {("Mali", "CONSULT", "ECOWAS", "Abidjan"), ("France", "SUPPORT", "Mali", None)}),
        ("Hamid Karzaï a rencontré les chefs de l'OTAN à Kaboul. Il a ensuite reçu le soutien du Pakistan.",
         {("Afghanistan", "CONSULT", "NATO", "Kabul"), ("Pakistan", "SUPPORT", "Afghanistan", None)}),
        # "ils" after a group subject: the group, as before
        ("Les chefs de l'OTAN ont rencontré Hamid Karzaï à Kaboul. "
         "Ils ont ensuite reçu le soutien du Pakistan.",
         {("NATO", "CONSULT", "Afghanistan", "Kabul"), ("Pakistan", "SUPPORT", "NATO", None)}),
    ],
)  # fmt: skip
def test_singular_pronoun_is_the_person_before(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the participle describing the aid suspended names its recipient, the parser's amod too
        ("La France avait suspendu l'aide militaire fournie au Mali.",
         {("France", "SANCTION", "Mali", None)}),
        ("Les États-Unis ont suspendu l'aide militaire accordée à l'armée malienne.",
         {("United States", "SANCTION", "Malian Armed Forces", None)}),
        # "le royaume", "le pays": the state of the last country named
        ("Le Népal est en crise. L'Inde avait suspendu l'aide militaire fournie au royaume voisin.",
         {("India", "SANCTION", "Nepal", None)}),
    ],
)  # fmt: skip
def test_aid_suspended_to_a_country(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a country fronted before a comma sets the scene: the town the clause names is the place
        ("Au Mali, des islamistes ont tué trois soldats à Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
        ("Au Mali, des habitants ont manifesté à Gao.", {("Protesters (Mali)", "PROTEST", None, "Gao")}),
        # with no other place, the fronted one stands
        ("Dans le nord du Mali, les islamistes ont détruit des mausolées.",
         {("Unidentified Armed Group (Mali)", "COERCE", None, "Mali")}),
        ("En Syrie, l'armée a bombardé Homs.", {("Syrian Arab Army", "FIGHT", None, "Homs")}),
    ],
)  # fmt: skip
def test_fronted_country_sets_the_scene(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
