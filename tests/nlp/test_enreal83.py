"""English real articles (issue 14), round enreal83: press releases and news of the re3d corpus (its
tune half, annotated in tests/gold/real/en_re3d.json), in sentences of our own, each rule with a near
sentence it must leave alone:

- an approximate number is what it counts: "freed dozens of villages" takes territory, "captured dozens
  of fighters" still takes people (nlp/events/territory_taken.takes_no_territory);
- unnamed territory taken on the way toward a place is not taken at that place ("on their way toward
  Raqqa, ... freed dozens of villages": no place; ``heading_preps``, nlp/events/headed_places.py);
- a march by forces is no protest ("In their march toward Kobane, the fighters ...": the noun "march"
  is ``no_forces`` as its verb is; nlp/events/force_marches.py); students marching still protest;
- a condemned act's owner is the party blamed ("condemns ISIL's treatment of residents": ISIL, not
  the residents; nlp/events/condemned_agents.py);
- a talk verb's partner the parser took from a noun before it ("Speaking a year after the fall of Mosul
  to ISIL militants, X said") is no partner (nlp/events/noun_held_partners.py);
- a plural possessive in a clause with a plural subject before it is that subject's, not the
  speaking body's ("Nigerian soldiers recaptured X in their battle with Y, the government of Nigeria
  said": the soldiers' battle; nlp/events/personal_pronouns.speaker_or_none);
- the trained classifier does not type a sentence whose main verb is a lexicon predicate of another
  type ("We will continue to support their efforts ...": no protest; nlp/events/fallback_types.py).

And the gold's loader reads a document of a JSON-lines corpus by its ``_id`` (re3d's documents.json).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from unit._extract import en_rows as rows

from conflictkg.errors import InputError
from conflictkg.evaluate import load_article_record

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # counted territory: taken
        # taken on the way toward a place: not at it (nlp/events/headed_places.py)
        (
            "On their way toward Raqqa, Kurdish-led fighters have freed dozens of villages.",
            {("Syrian Democratic Forces", "CAPTURE", None, None)},
        ),
        (
            "Rebels seized several checkpoints on the road towards Aleppo.",
            {("Unidentified Armed Group (Syria)", "CAPTURE", None, None)},
        ),
        # a place the capture names stays
        (
            "Kurdish fighters advanced toward Raqqa and captured the town of Tal Abyad.",
            {
                ("Syrian Democratic Forces", "CAPTURE", None, "Tall Abyaḑ"),
                ("Syrian Democratic Forces", "FIGHT", None, "Ar Raqqah"),
            },
        ),
        (
            "Government troops recaptured hundreds of villages in Idlib province.",
            {("Syrian Arab Army", "CAPTURE", None, "Idlib")},
        ),
        # counted people: still no territory (seized from them, as before)
        (
            "The army captured dozens of fighters near Raqqa.",
            {("Syrian Arab Army", "COERCE", "Unidentified Armed Group (Syria)", "Ar Raqqah")},
        ),
        # a force's march: no protest
        ("In their march toward Kobane, the fighters met little resistance.", set()),
        ("In their march on the capital, the soldiers met little resistance.", set()),
        # students marching: a protest still
        (
            "In their march toward the parliament, the students chanted slogans against the government.",
            {("Protesters", "PROTEST", None, None)},
        ),
        # the owner of the condemned act is blamed
        (
            "Philip Hammond condemns ISIL's treatment of residents of Mosul.",
            {("Philip Hammond", "ACCUSE", "Islamic State", "Mosul")},
        ),
        (
            "France condemned the Syrian regime's detention of activists in Damascus.",
            {("France", "ACCUSE", "Syria", "Damascus"), ("Syria", "COERCE", "Civilians (Syria)", "Damascus")},
        ),
        # no owner: the residents named as before
        (
            "France condemned the treatment of residents of Mosul.",
            {("France", "ACCUSE", "Civilians (Iraq)", "Mosul")},
        ),
        # the "to" of "the fall of X to Y" is no partner of talks
        (
            "Speaking a year after the fall of Mosul to ISIL militants, Philip Hammond said he was shocked.",
            set(),
        ),
        (
            "Speaking a year after the fall of Tikrit to ISIL militants, Philip Hammond said he was sad.",
            set(),
        ),
        # speaking to officials: talks
        (
            "Speaking to Iraqi officials in Baghdad, Laurent Fabius said the talks went well.",
            {("France", "CONSULT", "Iraq", "Baghdad")},
        ),
    ],
)
def test_enreal83_rows(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


NGA = "Nigerian Armed Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nigerian soldiers recaptured the village in their battle with Boko Haram, the government of "
            "Nigeria said.",
            {(NGA, "CAPTURE", "Boko Haram", None), (NGA, "FIGHT", "Boko Haram", None)},
        ),
        (
            "Somali soldiers retook the town in their offensive against al-Shabaab, the Somali "
            "government said.",
            {("Somali National Army", "CAPTURE", None, None), ("Somali National Army", "FIGHT", None, None)},
        ),
        # the possessive inside the subject: the speaker's, as before
        (
            "The Taliban said their fighters attacked a police post in Kandahar.",
            {("Taliban", "FIGHT", "Police Forces of Afghanistan", "Kandahār")},
        ),
    ],
)
def test_enreal83_plural_owner_is_the_subject(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


AIDED = {("Military Forces of the United States", "AID", "Syrian Democratic Forces", None)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a support verb the rules read (no target named): no classifier protest
        (
            'General Lloyd Austin, head of U.S. Central Command said, "U.S. troops are training the SDF. '
            'We will continue to support their efforts specific to the campaign against ISIL."',
            AIDED,
        ),
        (
            'General Lloyd Austin said, "U.S. troops are training the SDF. We will keep supporting their '
            'efforts specific to the campaign against ISIL."',
            AIDED,
        ),
        # a capture verb the rules left without an event (people taken, no place): the classifier's
        # violent type stands (here an arrest), one family with the verb
        (
            "On 3 June 2020, Turkish troops captured three SDF fighters trying to slip into Ras al-Ain.",
            {("Military Forces of Turkey", "COERCE", "Syrian Democratic Forces", "Ra’s al ‘Ayn")},
        ),
        # the classifier still types a sentence whose verb no lexicon knows
        (
            "Hundreds of students poured into the streets of Nairobi on Monday.",
            {("Civilians (Kenya)", "PROTEST", None, "Nairobi")},
        ),
    ],
)
def test_enreal83_classifier_veto(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_gold_reads_a_json_lines_record(tmp_path: Path) -> None:
    corpus = tmp_path / "documents.json"
    lines = [{"_id": "A1", "text": " First text. "}, {"_id": "B2", "text": "Second text."}]
    corpus.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    doc = load_article_record(corpus, "B2", "documents.json#B2", "2016-12-10")
    assert (doc.text, doc.published, doc.language, doc.origin) == (
        "Second text.",
        "2016-12-10",
        "en",
        "documents.json#B2",
    )
    assert load_article_record(corpus, "A1", "x").text == "First text."
    with pytest.raises(InputError):
        load_article_record(corpus, "C3", "x")
