"""French diplomacy in war news (issue 14), round 32: vetoes, diplomatic sanctions, talks, agreements,
accusations and their modality, in sentences of our own, as exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import events
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
Fact = tuple[str, str, str | None, str]
MNLA = "National Movement for the Liberation of Azawad"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a veto, put or opposed, rejects the resolution
        ("La Russie a mis son veto à la résolution.", {("Russia", "REJECT", None, None)}),
        ("La Chine et la Russie ont opposé leur veto à un projet de résolution sur la Syrie.",
         {("China", "REJECT", None, None), ("Russia", "REJECT", None, None)}),
        # what a blocked resolution says is not what its blockers do ...
        ("La Russie et la Chine ont bloqué une résolution condamnant la Syrie.",
         {("China", "REJECT", None, None), ("Russia", "REJECT", None, None)}),
        ("Moscou a rejeté un projet de résolution condamnant Damas.", {("Russia", "REJECT", None, None)}),
        # ... but it is what those who adopt it do
        ("Le Conseil de sécurité a adopté une résolution condamnant la Syrie.",
         {("UN Security Council", "ACCUSE", "Syria", None)}),
        ("La résolution du Conseil de sécurité exige un retrait immédiat des troupes syriennes du Liban.",
         {("UN Security Council", "REQUEST", "Syrian Arab Army", None)}),
    ],
)  # fmt: skip
def test_vetoes_and_resolutions(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # breaking off relations, freezing assets, an embargo: sanctions on whom they name
        ("La Turquie a rompu ses relations diplomatiques avec la Syrie.",
         {("Turkey", "SANCTION", "Syria", None)}),
        ("Le Mali a rompu ses relations avec le Qatar.", {("Mali", "SANCTION", "Qatar", None)}),
        ("L'Union européenne a gelé les avoirs de plusieurs dirigeants syriens.",
         {("European Union", "SANCTION", "Syria", None)}),
        ("La Cédéao a imposé un embargo contre le Mali.", {("ECOWAS", "SANCTION", "Mali", None)}),
        ("La Cédéao a décrété un embargo total contre la junte malienne.",
         {("ECOWAS", "SANCTION", "Mali", None)}),
        ("L'Union européenne a renforcé ses sanctions contre Damas.",
         {("European Union", "SANCTION", "Syria", None)}),
        ("Les États-Unis ont suspendu l'aide militaire fournie au Mali.",
         {("United States", "SANCTION", "Mali", None)}),
        ("La Ligue arabe a suspendu la Syrie.", {("Arab League", "SANCTION", "Syria", None)}),
        ("La France a expulsé l'ambassadeur de Syrie.", {("France", "SANCTION", "Syria", None)}),
        # an ultimatum threatens whom it is given to
        ("La Cédéao a lancé un ultimatum à la junte malienne.", {("ECOWAS", "THREATEN", "Mali", None)}),
        # the same verbs with another object tell nothing
        ("Le gouvernement syrien a gelé les prix du pain.", set()),
        ("La Turquie a rompu le silence sur la Syrie.", set()),
    ],
)  # fmt: skip
def test_diplomatic_sanctions(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_recalled_ambassador() -> None:
    assert events("Le Canada a rappelé son ambassadeur en Syrie.", "fr") == {
        ("Canada", "SANCTION", "Syria", "asserted")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # talks between two sides: each consults the other
        ("Des pourparlers entre Ansar Dine et le gouvernement malien ont eu lieu à Ouagadougou.",
         {("Ansar Dine", "CONSULT", "Mali", "Ouagadougou"),
          ("Mali", "CONSULT", "Ansar Dine", "Ouagadougou")}),  # held there (round frstyle89)
        ("Des négociations entre le MNLA et Bamako se sont ouvertes dimanche.",
         {(MNLA, "CONSULT", "Mali", None), ("Mali", "CONSULT", MNLA, None)}),
        ("La rencontre entre Lakhdar Brahimi et Bachar al-Assad a eu lieu à Damas.",
         {("United Nations", "CONSULT", "Syria", "Damascus"),
          ("Syria", "CONSULT", "United Nations", "Damascus")}),  # held there (round frstyle89)
        # talks opened by one side with the other
        ("Le gouvernement malien a engagé des négociations avec Ansar Dine.",
         {("Mali", "CONSULT", "Ansar Dine", None)}),
        ("Hamid Karzaï a rencontré le président pakistanais à Islamabad.",
         {("Afghanistan", "CONSULT", "Pakistan", "Islamabad")}),
        ("Sergueï Lavrov s'est entretenu avec Kofi Annan à Moscou.",
         {("Russia", "CONSULT", "United Nations", "Moscow")}),
        # an agreement signed by two sides
        ("La junte malienne et la Cédéao ont signé un accord-cadre.",
         {("ECOWAS", "AGREE", "Mali", None), ("Mali", "AGREE", "ECOWAS", None)}),
        ("Le MNLA et Ansar Dine ont signé un accord de fusion.",
         {("Ansar Dine", "AGREE", MNLA, None), (MNLA, "AGREE", "Ansar Dine", None)}),
        # a promise to someone
        ("Le capitaine Sanogo a promis à la Cédéao de rendre le pouvoir.",
         {("Malian Armed Forces", "AGREE", "ECOWAS", None)}),
    ],
)  # fmt: skip
def test_talks_and_agreements(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # goods delivered: the one they go to is aided, also when the parser hangs "à X" on them
        ("Les États-Unis ont livré du matériel non létal à l'opposition syrienne.",
         {("United States", "AID", "Opposition (Syria)", None)}),
        ("La Russie a livré des armes au régime syrien.", {("Russia", "AID", "Syria", None)}),
        # condemnations, calls, accusations, warrants
        ("Kofi Annan a appelé à un cessez-le-feu immédiat en Syrie.",
         {("United Nations", "REQUEST", None, "Syria")}),
        ("La Ligue arabe a fermement condamné les bombardements de l'armée syrienne contre les civils.",
         {("Arab League", "ACCUSE", "Syrian Arab Army", None),
          ("Syrian Arab Army", "ASSAULT", "Civilians", None)}),
        ("Le Conseil de sécurité a condamné le coup d'État au Mali.",
         {("UN Security Council", "ACCUSE", None, "Mali")}),
        ("Le président Karzaï a accusé le Pakistan d'abriter les talibans.",
         {("Afghanistan", "ACCUSE", "Pakistan", None)}),
        ("Islamabad a rejeté les accusations de Kaboul.", {("Pakistan", "REJECT", "Afghanistan", None)}),
        ("Un mandat d'arrêt a été lancé par la justice malienne contre le capitaine Sanogo.",
         {("Judiciary of Mali", "COERCE", "Malian Armed Forces", None)}),
    ],
)  # fmt: skip
def test_aid_and_verbal_acts(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negation, hypotheticals and hearsay keep their modality
        ("La Turquie n'a pas rompu ses relations avec la Syrie.",
         {("Turkey", "SANCTION", "Syria", "denied")}),
        ("La Russie pourrait mettre son veto à toute nouvelle résolution.",
         {("Russia", "REJECT", None, "hypothetical")}),
        ("L'Union européenne envisage de geler les avoirs du président syrien.",
         {("European Union", "SANCTION", "Syria", "hypothetical")}),
        ("Le porte-parole a affirmé que l'Union européenne gèlerait "
         "les avoirs de la banque centrale syrienne.",
         {("European Union", "SANCTION", "Syria", "hypothetical")}),
        ("Selon l'opposition, la Russie aurait livré des hélicoptères au régime syrien.",
         {("Russia", "AID", "Syria", "reported")}),
        ("Le ministre russe n'a pas condamné l'attaque.", {("Russia", "ACCUSE", None, "denied")}),
    ],
)  # fmt: skip
def test_modality_kept(text: str, expected: set[Fact]) -> None:
    assert events(text, "fr") == expected


def test_no_sentence_starts_inside_a_name() -> None:
    # the parser would end a sentence inside "Nations Unies" after a line break, and read the
    # resolution as an oblique of "réclame": a sentence starts only after punctuation, and a bare
    # noun phrase opening the sentence is the subject of a verb that has none
    text = (
        "Le retrait prendra fin d'ici trois semaines, a indiqué le ministre syrien de la défense.\n"
        "La résolution 2042 des Nations Unies, adoptée l'an dernier, réclame le départ des forces "
        "syriennes du Liban."
    )
    assert rows(text) == {("United Nations", "REQUEST", "Syrian Arab Army", None)}


def test_opening_date_stays_no_subject() -> None:
    expected = {("ECOWAS", "SANCTION", "Mali", None)}
    assert rows("Lundi, la Cédéao a imposé un embargo contre le Mali.") == expected
