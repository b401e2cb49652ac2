"""Force sites and who holds them (issue 14, round chk66): a site of forces qualified by a participle
of holding ("manned by", "held by", "tenu par") is its agent's; a checkpoint with no owner named is
the forces' of the place's country, unless a state's own forces attack it; a site someone's possessive names
is no site of the country's forces; the site of a named owner stays that owner's."""

from __future__ import annotations

import pytest
from unit._extract import en_rows, fr_rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG_NGA = "Unidentified Armed Group (Nigeria)"
UAG_MLI = "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a holding participle's agent owns the site
        ("Gunmen attacked an outpost manned by police in Kano.",
         {(UAG_NGA, "FIGHT", "Police Forces of Nigeria", "Kano")}),
        ("Bandits attacked a garrison guarded by soldiers in Zaria.",
         {(UAG_NGA, "FIGHT", "Nigerian Armed Forces", "Zaria")}),
        # no holding participle: the forces of the place's country
        ("Bandits attacked a garrison near Zaria.", {(UAG_NGA, "FIGHT", "Nigerian Armed Forces", "Zaria")}),
        # a participle of another sense names no holder: nothing guessed (negative)
        ("Gunmen attacked a barracks used by soldiers in Kano.", {(UAG_NGA, "FIGHT", None, "Kano")}),
        # a possessive names whose it is: no forces guessed (negative)
        ("Gunmen attacked his barracks in Kano.", {(UAG_NGA, "FIGHT", None, "Kano")}),
    ],
)  # fmt: skip
def test_en_holders(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des jihadistes ont attaqué une caserne tenue par la police près de Tombouctou.",
         {(UAG_MLI, "FIGHT", "Police Forces of Mali", "Timbuktu")}),
        ("Des jihadistes ont attaqué une caserne à Tombouctou.",
         {(UAG_MLI, "FIGHT", "Malian Armed Forces", "Timbuktu")}),
    ],
)  # fmt: skip
def test_fr_holders(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


UAG_AFG = "Unidentified Armed Group (Afghanistan)"
AFG = "Military Forces of Afghanistan"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Insurgents attacked a checkpoint near Kandahar.", {(UAG_AFG, "FIGHT", AFG, "Kandahār")}),
        ("Insurgents attacked a checkpoint manned by police near Kandahar.",
         {(UAG_AFG, "FIGHT", "Police Forces of Afghanistan", "Kandahār")}),
        ("Insurgents attacked a checkpoint of the Taliban near Kandahar.",
         {(UAG_AFG, "FIGHT", "Taliban", "Kandahār")}),
        # a state's forces attack a site not theirs: whose, unsaid (negative)
        ("Afghan troops attacked a checkpoint near Kandahar.", {(AFG, "FIGHT", None, "Kandahār")}),
    ],
)  # fmt: skip
def test_checkpoints(text: str, expected: set[Row]) -> None:
    assert en_rows(text) == expected
