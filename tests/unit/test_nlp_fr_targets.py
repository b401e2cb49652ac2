"""French targets and political events (issue 14), on sentences of our own: pronouns told in a
clause beside a statement, targets of demands and promises, support given and withdrawn;
exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a temporal clause hung on the reporting verb is told beside the statement: its pronoun
        # is the clause's own group, not the speaker
        ("Le porte-parole du gouvernement a déclaré jeudi que Bamako ne cèderait pas, après que les "
         "rebelles eurent diffusé un communiqué dans lequel ils menaçaient l'armée malienne.",
         {("Unidentified Armed Group (Mali)", "THREATEN", "Malian Armed Forces", None)}),
        # inside the statement it is still the speaker's
        ("Le ministre a affirmé que la Turquie resterait ferme et qu'elle menaçait Damas.",
         {("Turkey", "THREATEN", "Syria", None)}),
    ],
)  # fmt: skip
def test_pronouns_beside_a_statement(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # calling a named actor the author of an attack accuses it; the attack is the accusation's
        ("La police kényane considère Al-Shabaab comme l'auteur de l'attentat de Nairobi.",
         {("Police Forces of Kenya", "ACCUSE", "Al-Shabaab", None)}),
        ("Les États-Unis présentent l'Iran comme l'instigateur des attaques contre leurs navires.",
         {("United States", "ACCUSE", "Iran", None)}),
        # no attack in the complement: an appointment, an opinion
        ("Le Premier ministre a désigné Amadou Touré comme responsable de la sécurité.", set()),
        ("Le Hamas considère le Fatah comme un partenaire.", set()),
        # a pronoun object: the antecedent is too uncertain to accuse anyone
        ("Le gouvernement malien l'a présenté comme le commanditaire de l'attaque contre la base.", set()),
    ],
)  # fmt: skip
def test_calling_someone_the_author_of_an_attack(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the receiver of support is the subject the parser hung on the auxiliary
        ("Alfredo Palacio a prêté serment. Il a d'ailleurs reçu le soutien discret de Jaime Nebot.",
         {("Jaime Nebot", "SUPPORT", "Alfredo Palacio", None)}),
        # support withdrawn is a sanction (CAMEO 16), no support
        ("L'armée malienne a retiré son soutien au président Moussa Traoré.",
         {("Malian Armed Forces", "SANCTION", "Moussa Traoré", None)}),
        # recognising someone's authority or legitimacy supports its holder
        ("Les militaires maliens ont reconnu l'autorité du président Dioncounda Traoré.",
         {("Malian Armed Forces", "SUPPORT", "Mali", None)}),
        ("La Turquie a reconnu la légitimité du Conseil national syrien.",
         {("Turkey", "SUPPORT", "Syrian National Council", None)}),
        # political asylum is aid to the one it shelters; an honorific opens a person's name
        ("Le Brésil a accordé l'asile politique à l'ancien président Lucio Gutiérrez.",
         {("Brazil", "AID", "Lucio Gutiérrez", None)}),
        ("Le Venezuela a annoncé qu'il offrait l'asile à M. Gutiérrez.",
         {("Venezuela", "AID", "M. Gutiérrez", None)}),
    ],
)  # fmt: skip
def test_support_given_and_withdrawn(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demand is made of whoever is to do the act demanded ("par X"), wherever the parser hangs it
        ("Le Hamas exige la libération des prisonniers par Israël.",
         {("Hamas", "REQUEST", "Israel", None)}),
        ("Le Hamas exige la libération de Marwan Barghouti par Israël.",
         {("Hamas", "REQUEST", "Israel", None)}),
        ("L'opposition exige le départ de Bachar el-Assad.",
         {("Opposition", "REQUEST", "Syria", None)}),
        # ... or the subject of the clause demanded; a protest held for a demand targets the same
        ("Le Conseil de sécurité exige que la Syrie retire ses troupes.",
         {("UN Security Council", "REQUEST", "Syria", None)}),
        ("Des milliers de manifestants se sont rassemblés à Bamako pour exiger que l'armée malienne "
         "quitte le pouvoir.",
         {("Protesters (Mali)", "PROTEST", "Malian Armed Forces", "Bamako")}),
    ],
)  # fmt: skip
def test_whom_a_demand_is_made_of(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a promise to no one named was made to the one reporting it; the country a withdrawal
        # leaves is no party to the promise
        ("Selon un envoyé de l'ONU, le président syrien a promis le retrait total de "
         "ses soldats du Liban.",
         {("Syria", "AGREE", "United Nations", None)}),
        ("D'après l'envoyé de l'Union africaine, le MNLA a promis le retrait de ses combattants de Kidal.",
         {("National Movement for the Liberation of Azawad", "AGREE", "African Union", None)}),
        # a party named in what is promised comes first
        ("Selon l'envoyé de l'Union africaine, le MNLA a promis de libérer les otages.",
         {("National Movement for the Liberation of Azawad", "AGREE", "Civilians", None)}),
    ],
)  # fmt: skip
def test_to_whom_a_promise_is_made(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verbless sentence giving a gathering's purpose names the target of the protest told before
        ("Des centaines de personnes se sont rassemblées vendredi sur la place de l'Indépendance à "
         "Bamako. Une mobilisation pour exiger que l'armée malienne quitte le pouvoir.",
         {("Protesters (Mali)", "PROTEST", "Malian Armed Forces", "place de l'Indépendance")}),
        ("Des centaines de manifestants ont défilé à Tunis. Un rassemblement pour réclamer le départ "
         "du gouvernement tunisien.",
         {("Protesters (Tunisia)", "PROTEST", "Tunisia", "Tunis")}),
        # no protest told just before: nothing to credit, no event of its own
        ("Une mobilisation pour exiger que l'armée malienne quitte le pouvoir.", set()),
    ],
)  # fmt: skip
def test_the_purpose_of_a_gathering_told_before(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # loyalty supports: the noun the adjective describes, or the subject of the verb it completes
        # (a leader stands for the state they hold office in, as everywhere)
        ("L'armée malienne, fidèle à Dioncounda Traoré, est restée dans ses casernes.",
         {("Malian Armed Forces", "SUPPORT", "Mali", None)}),
        ("L'armée malienne est restée loyale à Dioncounda Traoré.",
         {("Malian Armed Forces", "SUPPORT", "Mali", None)}),
        # worshippers, loyalty to one's word: no actor supported
        ("Les fidèles ont prié à la mosquée.", set()),
        ("Le Premier ministre malien s'est dit fidèle à ses engagements.", set()),
    ],
)  # fmt: skip
def test_loyalty(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "dont les dirigeants": the leaders of each actor listed before the relative; a request
        # made to an office with no holder named goes to the state of the article's country
        ("Les Népalais ont manifesté à Katmandou. Le roi a ensuite visité la Chine, Singapour et "
         "l'Indonésie, dont les dirigeants ont fermement invité le monarque à restaurer la démocratie.",
         {("China", "REQUEST", "Nepal", None), ("Singapore", "REQUEST", "Nepal", None),
          ("Indonesia", "REQUEST", "Nepal", None),
          ("Protesters (Nepal)", "PROTEST", None, "Kathmandu")}),  # "les Népalais": a demonym (round 27)
        ("Le président malien s'est rendu au Niger et au Tchad, dont les dirigeants ont appelé Bamako "
         "à négocier avec le MNLA.",
         {("Niger", "REQUEST", "Mali", None), ("Chad", "REQUEST", "Mali", None),
          ("Mali", "CONSULT", "Niger", None), ("Mali", "CONSULT", "Chad", None)}),  # visits (round 34)
        ("L'opposition malienne a appelé le président à démissionner.",
         {("Opposition (Mali)", "REQUEST", "Mali", None)}),
        # the office named alone is the one last named with its country ("roi", "monarque": one role)
        ("Le roi Gyanendra du Népal a levé mardi l'état d'urgence. La Chine et l'Inde ont invité le "
         "monarque à rétablir la démocratie.",
         {("Nepal", "CONCEDE", None, None), ("China", "REQUEST", "Nepal", None),
          ("India", "REQUEST", "Nepal", None)}),
    ],
)  # fmt: skip
def test_requests_by_listed_leaders_and_to_offices(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
