"""Places (issue 14), round geo49: Arabic place names with a lower-case article inside, a bracketed
city after a quarter, and Tal Abyad with no country hint; sentences of our own, as exact (type, place,
country) rows."""

from __future__ import annotations

import pytest
from unit._extract import en_rows, placed

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name goes on across its article: read whole, never its first word alone world-wide
        ("Rebels shelled a police station in Madinat as Saleh late on Sunday.", {("FIGHT", None, None)}),
        ("Unknown gunmen ambushed a patrol close to Tal as Samin.", {("FIGHT", None, None)}),
        ("Turkish troops bombarded Ras al Ain for a second day.", {("FIGHT", "Ra’s al ‘Ayn", "SYR")}),
        (
            "Two soldiers died when gunmen fired on their truck in Dayr az Zawr.",
            {("FIGHT", "Deir ez-Zor", "SYR")},
        ),
        # a bracketed city after a quarter is its hint, not part of its name
        (
            "Students demonstrated in El Menzah (Tunis) against the new fees.",
            {("PROTEST", "El Menzah", "TUN")},
        ),
        # Tal Abyad, a border town GeoNames holds with no population, found with no country hint
        ("Gunmen killed a shopkeeper in Tal Abyad.", {("ASSAULT", "Tall Abyaḑ", "SYR")}),
        ("Turkish artillery struck the town of Tell Abyad overnight.", {("FIGHT", "Tall Abyaḑ", "SYR")}),
    ],
)
def test_arabic_names_and_brackets(text: str, expected: set[tuple[str, str | None, str | None]]) -> None:
    assert placed(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the article's country never comes from the first word of such a name ("Madinat": Madinah, SAU)
        ("Gunmen raided an army camp in Madinat as Saleh on Friday.",
         {("Unidentified Armed Group", "FIGHT", "Military Forces", None)}),
        ("Two armed factions fought in Madinat as Saleh (Aden) on Friday.",
         {("Unidentified Armed Group (Yemen)", "FIGHT", None, None)}),
    ],
)  # fmt: skip
def test_no_country_from_a_cut_name(
    text: str, expected: set[tuple[str, str, str | None, str | None]]
) -> None:
    assert en_rows(text) == expected
