"""French diplomacy in war news (issue 14), round 34: talks broken off, expulsions told as nouns,
visits, mediation, aid asked of someone, several parties condemned or called on at once, and two
readings that are no event (a status told by a participle, pronouns on both sides), in sentences of
our own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import events
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
Fact = tuple[str, str, str | None, str]
MNC = "National Coalition for Syrian Revolutionary and Opposition Forces"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # halting negotiations is a sanction of the other side (PLOVER: halt negotiations)
        ("Les États-Unis ont rompu les pourparlers avec les talibans.",
         {("United States", "SANCTION", "Taliban", None)}),
        ("Les talibans ont suspendu les discussions avec Washington.",
         {("Taliban", "SANCTION", "United States", None)}),
        # an expulsion told as a noun, its author the agent of the verb that announces it
        ("L'expulsion des diplomates syriens a été annoncée mardi par Paris.",
         {("France", "SANCTION", "Syria", None)}),
        ("Paris a annoncé l'expulsion de l'ambassadeur syrien.", {("France", "SANCTION", "Syria", None)}),
    ],
)  # fmt: skip
def test_talks_broken_off_and_expulsions(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sanctions lifted name whom they were aimed at by a participle of aiming
        ("L'Union européenne a levé les sanctions visant la Birmanie.",
         {("European Union", "CONCEDE", "Myanmar", None)}),
        ("L'Union européenne a levé les sanctions frappant la Syrie.",
         {("European Union", "CONCEDE", "Syria", None)}),
        # ... and a thing aimed at is no party
        ("L'Union européenne a levé les sanctions visant le secteur pétrolier.",
         {("European Union", "CONCEDE", None, None)}),
    ],
)  # fmt: skip
def test_sanctions_lifted(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # going to a country or its capital is a visit to its state ...
        ("Le ministre français des Affaires étrangères, Laurent Fabius, s'est rendu à Beyrouth.",
         {("France", "CONSULT", "Lebanon", "Beirut")}),
        ("Le président Karzaï s'est rendu au Pakistan pour des entretiens avec son homologue.",
         {("Afghanistan", "CONSULT", "Pakistan", None)}),
        ("Hillary Clinton s'est rendue en Libye.", {("United States", "CONSULT", "Libya", "Libya")}),
        # ... a trip to a town names no host, and armed men going somewhere neither visit nor surrender
        ("Le président malien s'est rendu à Gao.", set()),
        ("Les rebelles se sont rendus en Libye.", set()),
        # to an actor, it is still a surrender
        ("Des centaines de rebelles se sont rendus à l'armée.",
         {("Unidentified Armed Group", "CONCEDE", "Military Forces", None)}),
    ],
)  # fmt: skip
def test_visits(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # every party coordinated with the target is a target
        ("Le Japon a condamné la Russie et la Chine.",
         {("Japan", "ACCUSE", "Russia", None), ("Japan", "ACCUSE", "China", None)}),
        ("Hillary Clinton a dénoncé le veto russe et chinois comme méprisable.",
         {("United States", "ACCUSE", "Russia", None), ("United States", "ACCUSE", "China", None)}),
        # a mediation between two sides is one event, with the first side named
        ("Le Burkina Faso a mené une médiation entre Bamako et Ansar Dine.",
         {("Burkina Faso", "CONSULT", "Mali", None)}),
        ("Le Burkina Faso assure la médiation entre Bamako et les rebelles touareg.",
         {("Burkina Faso", "CONSULT", "Mali", None)}),
        # subjects coordinated stay one event each, with the one target
        ("La Russie et la Chine ont condamné la France.",
         {("Russia", "ACCUSE", "France", None), ("China", "ACCUSE", "France", None)}),
    ],
)  # fmt: skip
def test_several_targets(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aid asked for is a request to the one whose aid it is
        ("Le Mali a demandé l'aide militaire de la France pour stopper l'avancée des islamistes.",
         {("Mali", "REQUEST", "France", None)}),
        ("Bamako a sollicité l'intervention de la Cédéao.", {("Mali", "REQUEST", "ECOWAS", None)}),
        ("L'armée a demandé de l'aide.", {("Military Forces", "REQUEST", None, None)}),
        # food handed out to people
        ("Le Programme alimentaire mondial a distribué des vivres à 250 000 personnes à Homs.",
         {("World Food Programme", "AID", "Civilians (Syria)", "Homs")}),
    ],
)  # fmt: skip
def test_aid_asked_and_given(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_funding_told_in_the_conditional_is_reported() -> None:
    # the parser hangs the object on the verb as an adjective: it is the object again
    assert events("Le Qatar financerait les rebelles syriens.", "fr") == {
        ("Qatar", "AID", "Unidentified Armed Group (Syria)", "hypothetical")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # recognition granted is PLOVER's SUPPORT (diplomatic cooperation) ...
        ("La France a reconnu la Coalition nationale syrienne comme seul représentant légitime "
         "du peuple syrien.", {("France", "SUPPORT", MNC, None)}),
        # ... a status told by a participle is no act of the text
        ("Le gouvernement d'union nationale, reconnu par les Nations unies, siège à Tripoli.", set()),
        ("Les forces du gouvernement reconnu par la communauté internationale ont repris Syrte.",
         {("Libya", "CAPTURE", None, "Sirte")}),
        # pronouns on both sides name no party
        ("Les habitants ont fui le village. Ils les menaçaient depuis des semaines.", set()),
    ],
)  # fmt: skip
def test_no_event_from_a_status_or_two_pronouns(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_the_government_is_not_the_other_party_named_after_it() -> None:
    # the ambassador expelled is Qatar's; the government expelling him is the one named before
    text = "Le Mali a rompu ses relations avec le Qatar. Le gouvernement a expulsé l'ambassadeur qatari."
    assert rows(text) == {("Mali", "SANCTION", "Qatar", None)}
