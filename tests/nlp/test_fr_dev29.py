"""French real-news patterns, round 29 (issue 14): disputes that are no fight, the incumbent power,
deposed presidents, the judiciary and the electoral commission of a country, demands on a
coordination, addressee possessives; invented sentences, exact rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dispute noun as the subject of "opposer": a disagreement, no event
        ("Un différend oppose le Mali au Niger sur la frontière.", set()),
        ("Un litige oppose l'armée malienne aux rebelles sur le partage des armes.", set()),
        ("Le litige qui oppose le Soudan au Soudan du Sud porte sur le pétrole.", set()),
        # a fight noun still makes both sides fight
        ("Des combats opposent l'armée malienne aux rebelles touareg près de Kidal.",
         {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Kidal"),
          ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Kidal")}),
    ],
)  # fmt: skip
def test_a_dispute_opposing_two_sides_is_no_fight(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the addressee's or the speaker's circle in quoted speech is nobody of the article
        ("Le préfet Paul Morel, successeur de Jean Dufour, lui a répondu : « Je partirai quand vos amis "
         "cesseront d'assassiner dans les villages. »", set()),
        ("Le ministre a déclaré : « Nos alliés ont bombardé Kidal. »", set()),
        # a group noun keeps the speaker's force
        ("Le ministre malien a déclaré : « Nos soldats ont attaqué les rebelles à Gao. »",
         {("Mali", "FIGHT", "Unidentified Armed Group (Mali)", "Gao")}),
    ],
)  # fmt: skip
def test_speech_possessives_name_no_actor(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the judiciary of a country is a generic class of its own, not the state
        ("La justice malienne a condamné l'ancien ministre Amadou Traoré à Bamako.",
         {("Judiciary of Mali", "ACCUSE", "Amadou Traoré", "Bamako")}),
        ("Au Pérou, un mandat d'arrêt a été lancé par la justice à l'encontre de Mario Gonzálvez.",
         {("Judiciary of Peru", "COERCE", "Mario Gonzálvez", "Peru")}),
        # the electoral commission of the country; the Muslim Brotherhood named in French
        ("Au Caire, les Frères musulmans ont accusé la commission électorale de fraude.",
         {("Muslim Brotherhood", "ACCUSE", "Electoral Commission (Egypt)", "Cairo")}),
        ("Les Frères musulmans ont accusé la commission électorale égyptienne de fraude.",
         {("Muslim Brotherhood", "ACCUSE", "Electoral Commission (Egypt)", None)}),
    ],
)  # fmt: skip
def test_judiciary_and_electoral_commission_of_a_country(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


DEPOSED = (
    "Le président de la République Mario Gonzálvez a été destitué par le Congrès. Les militaires ont "
    "reconnu le nouveau président Ramos. La justice équatorienne a lancé un mandat d'arrêt à l'encontre "
    "du président déchu."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "le président déchu": the president named and deposed before, not the new one, not the state
        (DEPOSED,
         {("Legislature (Ecuador)", "COERCE", "Mario Gonzálvez", None),
          ("Military Forces of Ecuador", "SUPPORT", "Ramos", None),
          ("Judiciary of Ecuador", "COERCE", "Mario Gonzálvez", None)}),
        # a former president deposed long ago is not "le président déchu"
        ("Le président Mario Gonzálvez a été renversé en mars. L'ancien président Jorge Quispe, renversé "
         "en 1997, est rentré d'exil. La police a arrêté le président déchu à Quito.",
         {("Police Forces of Ecuador", "COERCE", "Mario Gonzálvez", "Quito")}),
        # nobody named deposed: no target, and never the state
        ("La police a arrêté le président déchu à Quito.",
         {("Police Forces of Ecuador", "COERCE", None, "Quito")}),
        # the name after the title and its complement is the person removed
        ("Le président de la République Mario Gonzálvez a été destitué par le Congrès équatorien.",
         {("Legislature (Ecuador)", "COERCE", "Mario Gonzálvez", None)}),
    ],
)  # fmt: skip
def test_a_deposed_office_holder_is_the_person_deposed(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_a_group_named_once_with_its_own_country_keeps_it() -> None:
    # "justice" in a court's name first, then "la justice équatorienne": Ecuador's, wherever it acts
    text = (
        "La Cour suprême de justice a siégé à Quito. Un mandat d'arrêt a été lancé par la justice "
        "équatorienne contre Mario Gonzálvez à Panama."
    )
    assert rows(text) == {("Judiciary of Ecuador", "COERCE", "Mario Gonzálvez", "Panama")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the power in office named by what it is: the government of the article's country
        ("Au Togo, l'opposant Kossi Amegan a menacé le pouvoir en place de nouvelles manifestations.",
         {("Kossi Amegan", "THREATEN", "Togo", "Togo")}),  # the fronted "Au Togo," is the scene
        ("Au Togo, le pouvoir en place a arrêté trois opposants.",
         {("Togo", "COERCE", "Opposition (Togo)", "Togo")}),
        # power handed over is no actor: a concession (frint40) to the new president, his state's
        ("Au Togo, les militaires ont remis le pouvoir au nouveau président Kossi Amegan.",
         {("Military Forces of Togo", "CONCEDE", "Togo", "Togo")}),
    ],
)  # fmt: skip
def test_the_incumbent_power_is_the_government_of_the_country(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # of coordinated demands, the last whose complement names an actor names whom they are made of
        ("Les manifestants réclament la libération des détenus et le départ du gouvernement malien.",
         {("Protesters (Mali)", "REQUEST", "Mali", None)}),
        ("Les manifestants exigent la fin des violences et la démission du président Traoré.",
         {("Protesters", "REQUEST", "Traoré", None)}),
        # one demand: its own complement, as before
        ("Les manifestants réclament la libération des détenus.",
         {("Protesters", "REQUEST", "Civilians", None)}),
    ],
)  # fmt: skip
def test_coordinated_demands_target_the_last_actor_named(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object relative ("que", tagged a mark by the parser) stands for its antecedent
        ("Le journaliste que les rebelles ont enlevé à Gao a été libéré.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Journalists (Mali)", "Gao")}),
        # where they fled to is not where they were attacked (round frstyle87: nlp/events/goal_places.refuge)
        ("Au Mali, les rebelles, que l'armée malienne a attaqués lundi, ont fui vers Kidal.",
         {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", None),
          ("Unidentified Armed Group (Mali)", "RETREAT", None, "Kidal")}),
        # an antecedent that names no actor gives no target
        ("Au Mali, l'accord que les rebelles ont signé avec le gouvernement a été rompu.", set()),
    ],
)  # fmt: skip
def test_an_object_relative_is_the_target_of_its_clause(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # opponents who turn violent are rioters, as ACLED codes them; a crowd's arson with no one
        # attacked is a violent demonstration (at the fronted place: war29's 'À Tripoli, ...')
        ("À Tripoli, des opposants aux élections ont volé des urnes et les ont incendiées sur une place.",
         {("Rioters (Libya)", "PROTEST", None, "Tripoli")}),
        ("À Tripoli, des manifestants ont incendié des voitures.",
         {("Rioters (Libya)", "PROTEST", None, "Tripoli")}),
        ("À Tripoli, des opposants ont attaqué des policiers.",
         {("Rioters (Libya)", "PROTEST", "Police Forces of Libya", "Tripoli")}),
    ],
)  # fmt: skip
def test_violent_opponents_and_crowds_riot(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
