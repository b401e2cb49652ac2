"""English actors and predicates after the PETRARCH gold sentences (round petr81): a court, a
tribunal, prosecutors, a parliament or lawmakers named with no country, as the subject of a verbal
event, are the state of the country of the event's place ("a court in X" as "a Xian court": lexicon
group placed_government_nouns); a protocol, a memorandum or a convention signed with an actor is an
agreement with it; pressure from one actor on another is the first's demand of the other (CAMEO 10,
nlp/events/pressures.py); a plural demonym the English tagger reads as a plural name ("thousands
of Ghanaians") names people, who protest as that country's protesters; the demonyms of the KB
name every state the news names (demonyms.tsv: "Gambian", "Guyanese", "Bulgarian"); a counterpart
is the country its demonym names when the tagger compounds the two ("his Nigerien counterpart").
Each rule with a sentence it reads and one it must not."""

from __future__ import annotations

import pytest
from unit._extract import en_rows

pytestmark = pytest.mark.nlp


def triples(text: str) -> set[tuple[str, str, str | None]]:
    return {(actor, type_, target) for actor, type_, target, _place in en_rows(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A court in Niger has issued arrest warrants for four Malian traders.",
         ("Niger", "COERCE", "Civilians (Mali)")),
        ("The court in Abeche jailed a Sudanese herder for three years.",
         ("Chad", "COERCE", "Civilians (Sudan)")),
        ("Lawmakers in Benin condemned the raid on Tuesday.", ("Benin", "ACCUSE", None)),
        ("Legislators in Liberia demanded the release of the reporters.",
         ("Liberia", "REQUEST", "Civilians (Liberia)")),
        ("Chad signed a fisheries protocol with Cameroon on Thursday.", ("Chad", "AGREE", "Cameroon")),
        ("Ghana signed a memorandum with Togo on border patrols.", ("Ghana", "AGREE", "Togo")),
        ("Chad came under renewed pressure from Niger over the camps.", ("Niger", "REQUEST", "Chad")),
        ("Under pressure from Ghana, Togo agreed to reopen the border.", ("Ghana", "REQUEST", "Togo")),
        ("Nigeria stepped up pressure on Cameroon to hand over the suspects.",
         ("Nigeria", "REQUEST", "Cameroon")),
        ("Thousands of Ghanaians marched in Accra on Saturday.", ("Protesters (Ghana)", "PROTEST", None)),
        ("Hundreds of Togolese demonstrated against the new tax in Lome.",
         ("Protesters (Togo)", "PROTEST", None)),
        ("Senegal received the Gambian foreign minister on Monday.", ("Senegal", "CONSULT", "Gambia")),
        ("Bulgarian police detained 30 Syrian migrants near the border.",
         ("Police Forces of Bulgaria", "COERCE", "Civilians (Syria)")),
        ("The Chadian president spoke with his Nigerien counterpart.", ("Chad", "CONSULT", "Niger")),
    ],
)  # fmt: skip
def test_rule_reads_its_event(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The hearing resumed in court in Niamey on Monday.", "COERCE"),  # a place, no act
        ("Gunmen stormed the court in Mogadishu on Monday.", "Somalia"),  # a building hit, no party
        ("Lawyers boycotted the courts in Lahore on Monday.", "Pakistan"),  # an object, no actor
        ("Chad signed the visitors' book at the museum.", "AGREE"),  # no agreement signed
        ("Chad signed a protocol on Monday.", "Cameroon"),  # no partner named
        ("The Malian junta faces growing pressure at home.", "REQUEST"),  # from no one named
        ("Heavy rains put pressure on the dams near Maroua.", "REQUEST"),  # on no actor
        ("The Americans protested to China over the detentions.", "Protesters (United States)"),  # the state
        ("Thousands of Ghanaians fled to Togo after the floods.", "Protesters (Ghana)"),  # no protest
    ],
)  # fmt: skip
def test_rule_keeps_its_other_reading(text: str, absent: str) -> None:
    got = triples(text)
    assert absent not in {word for row in got for word in row}
