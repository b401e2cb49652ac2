"""French speech acts and protests (issue 14), round 43: sentences of our own, as exact (actor, type,
target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # kin (and colleagues) who gather to demand something are the country's protesters
        ("Les familles des otages se sont réunies devant le palais présidentiel à Bamako "
         "pour réclamer leur libération.",
         {("Protesters (Mali)", "PROTEST", "Mali", "Bamako")}),
        ("Les proches des soldats se sont rassemblés devant le ministère à Bamako pour exiger leur retour.",
         {("Protesters (Mali)", "PROTEST", "Mali", "Bamako")}),
        ("Les collègues et les familles des otages se sont réunis devant le palais présidentiel "
         "pour réclamer leur libération.",
         {("Protesters", "PROTEST", None, None)}),
        ("Les familles des otages ont manifesté devant le palais présidentiel à Bamako.",
         {("Protesters (Mali)", "PROTEST", None, "Bamako")}),
        # kin who meet someone hold no protest
        ("Les familles des otages se sont réunies avec le ministre malien des Affaires étrangères à Bamako.",
         set()),
    ],
)  # fmt: skip
def test_kin_protest(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verdict on the acts told before accuses their author, whatever verb tells it
        ("Des rebelles ont attaqué un poste de police à Bamako. "
         "« Ces violences sont inacceptables », juge le gouvernement malien.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Police Forces of Mali", "Bamako"),
          ("Mali", "ACCUSE", "Unidentified Armed Group (Mali)", None)}),
        ("Des rebelles ont attaqué un poste de police à Bamako. "
         "« C'est un crime », a estimé le gouvernement malien.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Police Forces of Mali", "Bamako"),
          ("Mali", "ACCUSE", "Unidentified Armed Group (Mali)", None)}),
        ("Des rebelles ont attaqué un poste de police à Bamako. "
         "Le gouvernement malien a affirmé que ces actes lâches ne resteraient pas impunis.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Police Forces of Mali", "Bamako"),
          ("Mali", "ACCUSE", "Unidentified Armed Group (Mali)", None)}),
        ("Des hommes armés ont incendié une école à Kidal. "
         "Le gouvernement malien juge ces violences inacceptables.",
         {("Unidentified Armed Group (Mali)", "COERCE", None, "Kidal"),
          ("Mali", "ACCUSE", "Unidentified Armed Group (Mali)", None)}),
        ("L'armée malienne a bombardé Kidal. Le MNLA a déclaré que ces frappes étaient un crime.",
         {("Malian Armed Forces", "FIGHT", None, "Kidal"),
          ("National Movement for the Liberation of Azawad", "ACCUSE", "Malian Armed Forces", None)}),
        # no act told before: an accusation of no one
        ("« C'est un crime », a estimé le gouvernement malien.", {("Mali", "ACCUSE", None, None)}),
        # a word of condemnation in passing passes no verdict
        ("Des rebelles ont attaqué Gao. "
         "Le ministre malien de la Justice a déclaré que la loi sur les crimes de guerre serait votée.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Gao")}),
        ("Le gouvernement malien a affirmé que la situation restait calme à Bamako.", set()),
    ],
)  # fmt: skip
def test_verdict_accuses(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the protest an act is a sign of: the verb's subject protests against what "contre" names
        ("Le MNLA a quitté les négociations en signe de protestation contre la Cédéao.",
         {("National Movement for the Liberation of Azawad", "PROTEST", "ECOWAS", None)}),
        ("Les députés de l'opposition malienne ont quitté la salle "
         "en signe de protestation contre le gouvernement malien.",
         {("Opposition (Mali)", "PROTEST", "Mali", None)}),
        ("Les étudiants ont brûlé leurs cartes à Bamako, "
         "un geste de protestation contre le gouvernement malien.",
         {("Protesters (Mali)", "PROTEST", "Mali", "Bamako")}),
        # a march that is the sign: one protest, with its target
        ("Des manifestants ont défilé à Bamako en signe de protestation contre la Cédéao.",
         {("Protesters (Mali)", "PROTEST", "ECOWAS", "Bamako")}),
    ],
)  # fmt: skip
def test_protest_sign(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
