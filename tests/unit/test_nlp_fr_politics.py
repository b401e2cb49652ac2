"""French political news (issue 14), on wire-style sentences of our own: accusations, aid, troop
deployments, resolutions, removals from office; exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import NEWS_PUBLISHED as PUBLISHED
from unit._extract import Row, facts
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

SYRIA = "Des combats ont éclaté en Syrie. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "accuser X de/d'avoir ...": X is accused; the rebels are the country's armed group
        # (the opening sentence tells a sideless fight, as "Fighting broke out in Syria" does)
        (SYRIA + "Les rebelles accusent le régime d'avoir utilisé des armes chimiques.",
         {("Unidentified Armed Group (Syria)", "ACCUSE", "Syria", None),
          ("Unidentified Armed Group (Syria)", "FIGHT", None, None)}),
        ("L'opposition syrienne accuse le régime de Bachar el-Assad d'avoir massacré des civils.",
         {("Opposition (Syria)", "ACCUSE", "Syria", None)}),
        # "les partisans de X" for a party or armed group X: X's side, X itself
        ("La Syrie, accusée par des partisans de l'opposition irakienne d'armer des milices, "
         "a entamé le retrait de ses soldats d'Irak.",
         {("Opposition (Iraq)", "ACCUSE", "Syria", None), ("Syria", "RETREAT", None, "Iraq")}),
        ("Des partisans du Hezbollah accusent Israël d'avoir bombardé des villages.",
         {("Hezbollah", "ACCUSE", "Israel", None)}),
    ],
)  # fmt: skip
def test_accusations(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # financer, armer, équiper, fournir des armes à: material aid (PLOVER AID); "les rebelles
        # syriens" are Syria's unidentified armed group whatever country the article is about
        ("Le Qatar et la Turquie ont financé les rebelles syriens.",
         {("Qatar", "AID", "Unidentified Armed Group (Syria)", None),
          ("Turkey", "AID", "Unidentified Armed Group (Syria)", None)}),
        ("L'Arabie saoudite a financé les rebelles syriens.",
         {("Saudi Arabia", "AID", "Unidentified Armed Group (Syria)", None)}),
        ("La France a armé les rebelles libyens.",
         {("France", "AID", "Unidentified Armed Group (Libya)", None)}),
        ("Les États-Unis ont équipé l'armée malienne.",
         {("United States", "AID", "Malian Armed Forces", None)}),
        ("La France fournit des armes aux rebelles libyens.",
         {("France", "AID", "Unidentified Armed Group (Libya)", None)}),
    ],
)  # fmt: skip
def test_material_aid(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_a_demonym_gives_way_to_the_place_of_the_fight() -> None:
    """ACLED's unidentified armed group is the one of the country the event is in (sahel34: the
    barracks with no owner named is the Syrian army's, was no target)."""
    assert rows("Des jihadistes tunisiens ont attaqué une caserne à Alep.") == {
        ("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Aleppo")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the place of "envoyer des troupes au Mali" is where the troops go, in an infinitive too
        ("La Cédéao a décidé d'envoyer des troupes au Mali.", {("ECOWAS", "MOBILIZE", None, "Mali")}),
        ("La France va envoyer des renforts en Afghanistan.",
         {("France", "MOBILIZE", None, "Afghanistan")}),
        # "des avions de combat": a kind of aircraft, no fight
        ("La France a déployé des avions de combat au Mali.", {("France", "MOBILIZE", None, "Mali")}),
        ("La France a déployé des hélicoptères de combat à Gao.", {("France", "MOBILIZE", None, "Gao")}),
    ],
)  # fmt: skip
def test_troop_deployments(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "la résolution sur la Syrie": what the resolution is about, no place of the veto
        ("La Russie et la Chine ont opposé leur veto à la résolution sur la Syrie.",
         {("Russia", "REJECT", None, None), ("China", "REJECT", None, None)}),
        ("La Russie a rejeté le projet de résolution sur la Syrie.", {("Russia", "REJECT", None, None)}),
        # an offensive "sur X" is still where it is
        ("L'armée malienne a lancé une offensive sur Tombouctou.",
         {("Malian Armed Forces", "FIGHT", None, "Timbuktu")}),
    ],
)  # fmt: skip
def test_a_topic_is_no_place(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_some_base_near_a_city_is_no_named_site() -> None:
    """ "une base militaire près d'Alep": an indefinite description names no site of the gazetteer
    (not Hmeimim air base, 140 km away); it is a place described at Aleppo's coordinates."""
    f = facts("Les rebelles de l'Armée syrienne libre ont pris le contrôle d'une base militaire près d'Alep.",
              "fr", PUBLISHED)  # fmt: skip
    (event,) = f.events
    (place,) = [loc for loc in f.locations if loc.id == event.location_id]
    assert (place.name, place.kind, place.country) == ("base militaire près d'Alep", "military_base", "SYR")
    assert (round(place.lat or 0, 1), round(place.lon or 0, 1)) == (36.2, 37.2)
    assert rows("L'armée syrienne a repris la base aérienne de Hmeimim.") == {
        ("Syrian Arab Army", "CAPTURE", None, "Hmeimim air base")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a passive with a "par" agent: the agent acts, the subject is the target; "le Congrès",
        # "le Parlement" are the legislature of the country (named or the article's)
        ("Le président équatorien a été destitué par le Congrès.",
         {("Legislature (Ecuador)", "COERCE", "Ecuador", None)}),
        ("Le Premier ministre pakistanais a été limogé par le Parlement.",
         {("Legislature (Pakistan)", "COERCE", "Pakistan", None)}),
        ("Le Parlement malien a destitué le président Amadou Toumani Touré.",
         {("Legislature (Mali)", "COERCE", "Amadou Toumani Touré", None)}),
        # a legislature the KB knows by name stays itself
        ("Le Parlement libyen a limogé le Premier ministre Ali Zeidan.",
         {("House of Representatives (Libya)", "COERCE", "Ali Zeidan", None)}),
    ],
)  # fmt: skip
def test_removals_from_office(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # authorising a force's deployment backs it (PLOVER SUPPORT: approval); the deployment is
        # not yet an event; a resolution or a report acts through whoever adopts or publishes it
        ("Le Conseil de sécurité de l'ONU a autorisé le déploiement de la Misma au Mali.",
         {("UN Security Council", "SUPPORT", "AFISMA", "Mali")}),
        ("Le Conseil de sécurité de l'ONU a adopté une résolution autorisant le déploiement de la Misma "
         "au Mali.",
         {("UN Security Council", "SUPPORT", "AFISMA", "Mali")}),
        ("Human Rights Watch a publié un rapport accusant l'armée malienne d'exécutions sommaires.",
         {("Human Rights Watch", "ACCUSE", "Malian Armed Forces", None)}),
    ],
)  # fmt: skip
def test_resolutions_and_reports(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "inviter X à faire", "sommer X de faire": a request to X; an invitation to a place is none
        ("Les États-Unis ont invité le président syrien à quitter le pouvoir.",
         {("United States", "REQUEST", "Syria", None)}),
        ("L'ONU a sommé la Syrie de cesser les bombardements.",
         {("United Nations", "REQUEST", "Syria", None)}),
        ("La France a invité le président malien à Paris.", set()),
    ],
)  # fmt: skip
def test_requests(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # present tenses spelt like nouns ("bombarde", "réclame"): the lexicon's -er verb
        ("L'armée syrienne bombarde les quartiers rebelles d'Alep.",
         {("Syrian Arab Army", "FIGHT", None, "Aleppo")}),
        ("La Cédéao réclame le retour à l'ordre constitutionnel au Mali.",
         {("ECOWAS", "REQUEST", None, "Mali")}),
    ],
)  # fmt: skip
def test_present_tense_verbs_spelt_like_nouns(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
