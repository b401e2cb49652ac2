"""An act its actors agree to do is not done yet: "X agreed to hold talks" is X's agreement, asserted,
and the talks, hypothetical ("agree" among ``modal_verbs``). Needed once plover78 (talks resumed or
held are CONSULT) and petr78 (a symmetric act in the infinitive of a coordinated subject's verb) met
in one merge: "MILF and Manila agree to resume their talks" told talks as held."""

from __future__ import annotations

import pytest
from unit._extract import SNIPPETS_PUBLISHED, modal_rows

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Kenya and Somalia agreed on Monday to resume talks over their maritime border.",
            {("Kenya", "AGREE", "asserted"), ("Somalia", "AGREE", "asserted"),
             ("Kenya", "CONSULT", "hypothetical"), ("Somalia", "CONSULT", "hypothetical")},
        ),
        (
            "The rebels agreed to withdraw from the town by Friday.",
            {("Unidentified Armed Group", "AGREE", "asserted"),
             ("Unidentified Armed Group", "RETREAT", "hypothetical")},
        ),
        (
            "Kenya and Somalia resumed talks over their maritime border on Monday.",
            {("Kenya", "CONSULT", "asserted"), ("Somalia", "CONSULT", "asserted")},
        ),
    ],
)  # fmt: skip
def test_an_act_agreed_to_is_not_yet_done(text: str, expected: set[tuple[str, str, str]]) -> None:
    rows = modal_rows(text, "en", SNIPPETS_PUBLISHED)
    assert {(actor, type_, modality) for actor, type_, _place, modality in rows} == expected
