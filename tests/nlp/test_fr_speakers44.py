"""French offices named with no country as speakers (issue 14), round frspk44: in an article whose
focus country is clear, "le président", "le ministère de l'Intérieur", "le Premier ministre", "le
gouverneur" condemning, accusing or calling on someone are that country's government; a foreign
office ("le président américain") or a named one keeps its own reading. Sentences of our own, as
exact (actor, type, target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
MALI_ARMY = "Malian Armed Forces"
AFG_ARMY = "Military Forces of Afghanistan"
SYR_ARMY = "Syrian Arab Army"
UAG_SYR = "Unidentified Armed Group (Syria)"
UAG_MLI = "Unidentified Armed Group (Mali)"
UAG_IRQ = "Unidentified Armed Group (Iraq)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a ministry
        ("Des soldats syriens ont bombardé Homs."
         " Le ministère de l'Intérieur a accusé les rebelles de terrorisme.",
         {(SYR_ARMY, "FIGHT", None, "Homs"), ("Syria", "ACCUSE", UAG_SYR, None)}),
        ("Des soldats syriens ont bombardé Homs et Alep."
         " Le ministère de la Défense a dénoncé les attaques des rebelles.",
         {(SYR_ARMY, "FIGHT", None, "Homs"), ("Syria", "ACCUSE", UAG_SYR, None)}),
        # the president
        ("L'armée afghane a repoussé les talibans à Kandahar. Le président a appelé les talibans à négocier.",
         {(AFG_ARMY, "FIGHT", "Taliban", "Kandahār"), ("Afghanistan", "REQUEST", "Taliban", None)}),
        ("L'armée malienne a repris Gao aux rebelles près de Mopti. Le président a condamné les rebelles.",
         {(MALI_ARMY, "CAPTURE", UAG_MLI, "Gao"), ("Mali", "ACCUSE", UAG_MLI, None)}),
        # the prime minister
        ("L'armée nigériane a tué vingt jihadistes près de Maiduguri."
         " Le Premier ministre a accusé Boko Haram.",
         {("Nigerian Armed Forces", "FIGHT", "Unidentified Armed Group (Nigeria)", "Maiduguri"),
          ("Nigeria", "ACCUSE", "Boko Haram", None)}),
        ("L'armée malienne a repris Gao aux rebelles à Mopti. Le Premier ministre a accusé les rebelles.",
         {(MALI_ARMY, "CAPTURE", UAG_MLI, "Gao"), ("Mali", "ACCUSE", UAG_MLI, None)}),
        # a governor, even of a named province: the state he serves
        ("L'armée afghane a tué dix talibans près de Kandahar."
         " Le gouverneur de Kandahar a condamné les talibans.",
         {(AFG_ARMY, "FIGHT", "Taliban", "Kandahār"), ("Afghanistan", "ACCUSE", "Taliban", None)}),
        ("Les forces syriennes ont bombardé Homs. Le gouverneur de Homs a accusé les rebelles.",
         {(SYR_ARMY, "FIGHT", None, "Homs"), ("Syria", "ACCUSE", UAG_SYR, None)}),
        # the presidency
        ("Les troupes irakiennes ont repris Mossoul. La présidence a condamné les exactions des jihadistes.",
         {("Iraqi Security Forces", "CAPTURE", None, "Mosul"), ("Iraq", "ACCUSE", UAG_IRQ, None)}),
    ],
)  # fmt: skip
def test_office_of_the_focus_country(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a foreign office keeps its demonym's state
        ("L'armée malienne a repris Gao aux rebelles près de Mopti."
         " Le président français a condamné les rebelles.",
         {(MALI_ARMY, "CAPTURE", UAG_MLI, "Gao"), ("France", "ACCUSE", UAG_MLI, None)}),
        # two countries in play: whose president speaks is not clear, no speaker
        ("L'armée malienne a repris Gao aux rebelles."
         " La France a envoyé des troupes. Le président a condamné les rebelles.",
         {(MALI_ARMY, "CAPTURE", UAG_MLI, "Gao"), ("France", "MOBILIZE", None, None)}),
        # an office that only travels is no speaker
        ("L'armée malienne a repris Gao aux rebelles près de Mopti. Le président a visité Gao.",
         {(MALI_ARMY, "CAPTURE", UAG_MLI, "Gao")}),
    ],
)  # fmt: skip
def test_office_left_alone(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
