"""French political, protest and coercion events (issue 14), round 30: sentences of our own, as
exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
MALI_POLICE = "Police Forces of Mali"
MALI_ARMED = "Unidentified Armed Group (Mali)"
MALI_CROWD = "Protesters (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a protest noun naming no protesters: the article country's
        ("Une manifestation a eu lieu à Bamako.", {(MALI_CROWD, "PROTEST", None, "Bamako")}),
        ("Un rassemblement regroupant 5 000 personnes s'est tenu mardi à Bamako.",
         {(MALI_CROWD, "PROTEST", None, "Bamako")}),
        ("Une manifestation a eu lieu sur la Place des martyrs.",
         {("Protesters (Lebanon)", "PROTEST", None, "Martyrs' Square")}),
        ("Une manifestation a eu lieu.", {("Protesters", "PROTEST", None, None)}),
        # pointed back to, told again, or a word of a name: no new protest
        ("Une manifestation a eu lieu à Bamako. Cette manifestation était pacifique.",
         {(MALI_CROWD, "PROTEST", None, "Bamako")}),
        ("Une manifestation a eu lieu à Bamako. La manifestation a dégénéré dans la soirée.",
         {(MALI_CROWD, "PROTEST", None, "Bamako")}),
        ("La police est loyale au Rassemblement pour le Mali à Bamako.", set()),
    ],
)  # fmt: skip
def test_protest_nouns_with_no_crowd_named(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a rebel or jihadist leader arrested, with no agent: the police hold one of the armed group
        ("Le chef rebelle a été arrêté dimanche dans la région de Kidal.",
         {(MALI_POLICE, "COERCE", MALI_ARMED, "Kidal")}),
        ("Un dirigeant jihadiste a été arrêté lundi à Gao.", {(MALI_POLICE, "COERCE", MALI_ARMED, "Gao")}),
        # the arrest noun told by the clause, with no one named making it
        ("L'arrestation du chef rebelle a eu lieu à Gao.", {(MALI_POLICE, "COERCE", MALI_ARMED, "Gao")}),
        ("Le ministre a annoncé l'arrestation de trois jihadistes à Gao.",
         {(MALI_POLICE, "COERCE", MALI_ARMED, "Gao")}),
        # an arrest only feared, or named in passing: none
        ("Le chef rebelle vit à Gao dans la crainte de son arrestation.", set()),
    ],
)  # fmt: skip
def test_arrests_with_no_agent(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object's predicative adjective gives the verb its meaning: an election declared invalid
        ("L'opposition malienne a déclaré l'élection invalide.",
         {("Opposition (Mali)", "ACCUSE", None, None)}),
        ("L'opposition malienne a déclaré invalide l'élection du président.",
         {("Opposition (Mali)", "ACCUSE", None, None)}),
        # an accusation one defends oneself of is rejected; defending oneself in a fight is no rejection
        ("Le gouvernement malien se défend de toute accusation de vol.", {("Mali", "REJECT", None, None)}),
        ("Les soldats se sont défendus contre l'attaque.", set()),
    ],
)  # fmt: skip
def test_accusations_declared_and_rejected(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack announced unless another side gives in: a threat against that side
        ("Selon la radio, les ravisseurs, des militants islamistes irakiens, tueraient les otages à moins "
         "que le gouvernement italien retire ses soldats du pays.",
         {("Islamist Militia (Iraq)", "THREATEN", "Italy", None)}),
        # an attack told, with no condition: the attack
        ("Les jihadistes ont tué deux otages à Gao.",
         {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Gao")}),
    ],
)  # fmt: skip
def test_ultimatums(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bounty (or money) offered for a killing: a threat against the one to be killed
        ("Le MUJAO offrirait une prime pour l'assassinat du président Dioncounda Traoré.",
         {("Movement for Unity and Jihad in West Africa", "THREATEN", "Dioncounda Traoré", None)}),
        ("Le MUJAO a annoncé qu'il offrirait 100 000 dollars pour l'assassinat de Dioncounda Traoré.",
         {("Movement for Unity and Jihad in West Africa", "THREATEN", "Dioncounda Traoré", None)}),
        # a bounty for a capture: only wished for, no event
        ("Le MUJAO a promis une prime de trois millions de dollars pour la capture de Dioncounda Traoré.",
         set()),
    ],
)  # fmt: skip
def test_bounties_for_a_killing(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a call on several parties whose infinitive the parser hangs on the last of them
        ("L'opposition malienne appelle l'Union européenne, la France et l'Union africaine à intervenir.",
         {("Opposition (Mali)", "REQUEST", t, None)
          for t in ("European Union", "France", "African Union")}),  # each party called on (round frreal72)
        # ... or on the last of them coordinated with the verb itself
        ("L'opposition appelle l'ONU, l'Union européenne et l'Union africaine à agir "
         "et à affirmer l'invalidité du scrutin.",
         {("Opposition", "REQUEST", "United Nations", None),
          ("Opposition", "REQUEST", "European Union", None),
          ("Opposition", "REQUEST", "African Union", None)}),  # each party called on (round 34)
        # no infinitive nor 'à' complement: no call to act
        ("L'opposition malienne appelle le président de la commission de Bamako.", set()),
    ],
)  # fmt: skip
def test_calls_on_several_parties(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a loyalty adjective set off by a comma whose 'à' complement the parser hangs on its noun
        ("L'armée malienne, toujours loyale au président Dioncounda Traoré, est restée dans ses casernes.",
         {("Malian Armed Forces", "SUPPORT", "Mali", None)}),
        # with no comma the adjective is part of the group's name: no support told
        ("Les forces loyales au régime ont bombardé Homs.", {("Syrian Arab Army", "FIGHT", None, "Homs")}),
    ],
)  # fmt: skip
def test_loyal_forces(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
