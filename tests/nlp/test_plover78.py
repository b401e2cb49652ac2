"""Predicate families of wire news for the PLOVER types that carry to unseen sentences (issue 14,
round plover78): whole families of verbs and verb-object pairs, with the argument that makes each
the event and the actor its target attaches to, on sentences of our own wording as exact
(actor, type, target, place) rows; each family with a sentence that is no such event."""

from __future__ import annotations

import pytest
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of completing carries the event noun it takes, as one of starting does
        ("Kenya completed the withdrawal of its troops from Somalia.",
         {("Kenya", "RETREAT", None, "Somalia")}),
        ("The army completed the capture of the town of Gao.",
         {("Malian Armed Forces", "CAPTURE", None, "Gao")}),
        # a work completed is none
        ("The engineers completed the construction of the bridge.", set()),
    ],
)  # fmt: skip
def test_completed_acts(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # goods of relief shipped, distributed or extended to an actor (CAMEO 07)
        ("Norway shipped 5,000 tons of rice to Malawi.", {("Norway", "AID", "Malawi", None)}),
        ("Canada extended a loan of 40 million dollars to Ghana.", {("Canada", "AID", "Ghana", None)}),
        ("Germany sent military advisers to Mali.", {("Germany", "AID", "Mali", None)}),
        ("Senegal granted asylum to the former president of Gambia.", {("Senegal", "AID", "Gambia", None)}),
        ("The World Bank approved a loan to Zambia on Monday.", {("World Bank", "AID", "Zambia", None)}),
        # other things shipped or extended are no aid
        ("Japan shipped 5,000 cars to Malawi.", set()),
        ("Ghana extended the deadline for the elections.", set()),
    ],
)  # fmt: skip
def test_aid(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks opened, resumed or held by two sides named together consult each other (CAMEO 04)
        ("Peru and Ecuador opened peace talks in Brasilia.",
         {("Peru", "CONSULT", "Ecuador", "Brasília"),
          ("Ecuador", "CONSULT", "Peru", "Brasília")}),  # held there (round frstyle89)
        ("Peru resumed negotiations with Ecuador.", {("Peru", "CONSULT", "Ecuador", None)}),
        # an office opened is none
        ("Peru opened a new embassy in Brasilia.", set()),
    ],
)  # fmt: skip
def test_talks(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sanctions tightened, trade banned, imports or talks halted: reduced relations (CAMEO 16)
        ("The European Union tightened sanctions against Belarus.",
         {("European Union", "SANCTION", "Belarus", None)}),
        ("Jordan halted oil imports from Syria.", {("Jordan", "SANCTION", "Syria", None)}),
        ("Ghana recalled its ambassador to Nigeria.", {("Ghana", "SANCTION", "Nigeria", None)}),
        ("Ghana froze trade talks with Nigeria on Monday.", {("Ghana", "SANCTION", "Nigeria", None)}),
    ],
)  # fmt: skip
def test_sanctions(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_a_rally_banned_is_no_sanction() -> None:
    # a rally banned stays a coercion of its protesters, no reduced relations
    assert "SANCTION" not in {t for _, t, _, _ in rows("Police banned the rally in Accra.")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ultimatum given to an actor (CAMEO 139)
        ("Ethiopia gave Eritrea an ultimatum to withdraw.", {("Ethiopia", "THREATEN", "Eritrea", None)}),
    ],
)  # fmt: skip
def test_threats(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pact initialled with a partner (CAMEO 05)
        ("Sudan initialled a peace accord with South Sudan.", {("Sudan", "AGREE", "South Sudan", None)}),
        # a word initialled that is no pact is none
        ("Sudan initialled the draft of the budget.", set()),
    ],
)  # fmt: skip
def test_agreements(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a meeting that is a trip's purpose is the traveller's (CAMEO 042)
        ("The Kenyan foreign minister arrived in Kampala on Monday for talks with Ugandan leaders.",
         {("Kenya", "CONSULT", "Uganda", None)}),
        ("The Ghanaian president returned to Abuja for more talks with Nigerian officials.",
         {("Ghana", "CONSULT", "Nigeria", None)}),
        # a trip for anything else is no consultation
        ("The Kenyan foreign minister arrived in Kampala on Monday for a football match.", set()),
    ],
)  # fmt: skip
def test_trips_for_talks(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cooperative act promised not to be done is refused (CAMEO 12); a hostile one forsworn is
        # a promise (CAMEO 03), no threat
        ("Ethiopia pledged not to return the border town to Eritrea.",
         {("Ethiopia", "REJECT", "Eritrea", None)}),
        ("Somali militants pledged not to attack Kenya.",
         {("Unidentified Armed Group (Somalia)", "AGREE", "Kenya", None)}),
    ],
)  # fmt: skip
def test_promised_not(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
