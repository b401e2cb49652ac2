"""English SOHR-style headlines, round ucdp88 (issue 14): the headline register a present-tense control
verb is read in (events/headline_controls.py: a title opens its text and has no bracketed note tail), a
ruling noun as a force on the move (events/forces.py), a verbless headline placed by a compass noun
before "and" and a clause (nlp/headline_clauses.py), an opening participle on a gerund
(nlp/opening_participles.py), control taken of no ground (events/controlled_things.py), a name struck by
shelling as a place (nlp/place_like.py), executions with no one named doing them, and a headline verb
swallowed into its subject's place phrase (nlp/swallowed_verbs.py)."""

from __future__ import annotations

import pytest
from unit._extract import Row, rows

pytestmark = pytest.mark.nlp

SAA = "Syrian Arab Army"
UAG = "Unidentified Armed Group (Syria)"
PUBLISHED = "2017-05-01"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ACLED-style note with its coder's bracketed tail: a body sentence, who holds the villages
        ("Insurgents control several villages near Saraqib [size=no report]", set()),
        ("Militants control the town of Saraqib [size=around 20]", set()),
        # a present control after a body sentence on the same line: no title
        ("Rebels attacked an army post. Rebels control the town of Saraqib",
         {("Unidentified Armed Group", "FIGHT", "Military Forces", None)}),
        # a real headline still tells territory taken, also on the line after a body sentence
        ("Insurgents control several villages near Saraqib",
         {(UAG, "CAPTURE", None, "Saraqib")}),
        ("Rebels control the town of Saraqib\nThe army shelled the town.",
         {(UAG, "CAPTURE", None, "Saraqib"), (SAA, "FIGHT", None, "Saraqib")}),
    ],
)  # fmt: skip
def test_headline_register(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ruling noun as the subject of a verb of forces on the move: the state's army
        ("The regime advance in the outskirts of Jobar neighborhood", {(SAA, "FIGHT", None, "Jobar")}),
        ("The regime advance in Jobar after heavy shelling", {(SAA, "FIGHT", None, "Jobar")}),
        # a subject that is no force and no ruling noun: no advance
        ("The talks advance in Geneva", set()),
    ],
)  # fmt: skip
def test_regime_as_force(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verbless headline placed by a compass noun ("west of X") joined to a clause by "and"
        ("Clashes west of Idlib city and the regime forces shell several villages in the southern "
         "countryside of Hama",
         {(SAA, "FIGHT", None, "Ḩamāh"), (UAG, "FIGHT", None, "Idlib")}),
        ("Clashes north of Hama and rebels shell Mhardeh",
         {(UAG, "FIGHT", None, "Maharda"), (UAG, "FIGHT", None, "Ḩamāh")}),
        # the conjunct is a second place of the compass phrase, no subject: one clash
        ("Clashes east of Douma and Harasta intensify", {(UAG, "FIGHT", None, "Dūmā")}),
    ],
)  # fmt: skip
def test_compass_headline_clause(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an opening participle on a gerund the tagger read as its verb: the event noun
        ("Continued shelling on the outskirts of Douma", {(UAG, "FIGHT", None, "Dūmā")}),
        ("Continued shelling on Inkhil city", {(UAG, "FIGHT", None, "Inkhil")}),
        # a gerund that is no event noun stays a verb: nothing
        ("Continued hoping for calm in Harasta", set()),
    ],
)  # fmt: skip
def test_opening_participle_on_gerund(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # control taken of no ground: a situation, a riot, a crowd
        ("Police took control of the situation in Mayadin.", set()),
        ("Police took control of the riot in Idlib.", set()),
        ("Security forces regained control over the crowd in Homs", set()),
        # ground counted by a collective noun, or named: still a capture
        ("Rebels took control of a number of villages near Homs",
         {(UAG, "CAPTURE", None, "Homs")}),
        ("Rebels took control of the town of Saraqib.", {(UAG, "CAPTURE", None, "Saraqib")}),
        ("Regime forces regain control of the power plant in the countryside of Aleppo",
         {(SAA, "CAPTURE", None, "Aleppo")}),
    ],
)  # fmt: skip
def test_control_of_no_territory(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name no actor goes by, struck by shelling: the place struck, no party
        ("Regime forces shell Hwyjet Saqr in the countryside of Deir Ezzor",
         {(SAA, "FIGHT", None, "Deir ez-Zor")}),
        ("Rebels shell Abu Dali and Hwyjet Saqr in the countryside of Hama",
         {(UAG, "FIGHT", None, "Ḩamāh")}),
        # a group's name (an Arabic group word before it), or a known group: still the target
        ("Regime forces shell Liwa Suqour al-Ghab in Hama",
         {(SAA, "FIGHT", "Suqour al-Ghab", "Ḩamāh")}),
        ("Regime forces shell Jaysh al-Izza in Hama", {(SAA, "FIGHT", "Jaysh al-Izza", "Ḩamāh")}),
    ],
)  # fmt: skip
def test_struck_ground_name(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


CIV = "Civilians (Syria)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an execution or beheading with no one named doing it: the unnamed armed group's
        ("Execution of three men in Raqqa city", {(UAG, "ASSAULT", CIV, "Ar Raqqah")}),
        ("Beheading of a young man in the countryside of Idlib", {(UAG, "ASSAULT", CIV, "Idlib")}),
        ("Two men were executed in Raqqa.", {(UAG, "ASSAULT", CIV, "Ar Raqqah")}),
        # 'against' names its victims
        ("Executions by shooting against four persons east of Mayadin",
         {(UAG, "ASSAULT", CIV, "Al Mayādīn")}),
        # an execution of no one (a plan): nothing
        ("The execution of the plan in Idlib", set()),
    ],
)  # fmt: skip
def test_unnamed_executions(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline verb swallowed into its subject's place phrase, with a verb joined after it
        ("Shells on Jobar kill and wound four people", {(UAG, "ASSAULT", CIV, "Jobar")}),
        ("Airstrikes on Saraqib kill and injure 9 citizens", {(UAG, "ASSAULT", CIV, "Saraqib")}),
        # two places joined, no verb: the strikes alone
        ("Airstrikes on Douma and Harasta", {(UAG, "FIGHT", None, "Dūmā")}),
    ],
)  # fmt: skip
def test_swallowed_headline_verb(text: str, expected: set[Row]) -> None:
    assert rows(text, "en", PUBLISHED) == expected
