"""Robustness battery (issue 14, round probe51): sentences of our own that vary known-good shapes along
one axis at a time (adverbs, tense, time adverbials, place noun chains, adjectives before places, asides,
number), as exact (actor, type, target, place) rows. Breaks the round fixed are marked "fixed"; the rest
are guards that already held."""

from __future__ import annotations

import pytest
from unit._extract import en_rows, fr_rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Syrian Democratic Forces advance in Raqqa",
         {("Syrian Democratic Forces", "FIGHT", None, "Ar Raqqah")}),
        ("The Syria Democratic Forces advance again in Raqqa",
         {("Syrian Democratic Forces", "FIGHT", None, "Ar Raqqah")}),  # fixed
        ("The Syrian Democratic Forces advanced again in Raqqa",
         {("Syrian Democratic Forces", "FIGHT", None, "Ar Raqqah")}),
        ("Syrian forces shelled rebel positions in Idlib again",
         {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Idlib")}),
        ("Syrian forces shelled rebel positions in Idlib once more",
         {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Idlib")}),
        ("Islamic State fighters seized a village near Deir ez-Zor",
         {("Islamic State", "CAPTURE", None, "Deir ez-Zor")}),  # fixed
        ("Islamic State fighters briefly seized a village near Deir ez-Zor",
         {("Islamic State", "CAPTURE", None, "Deir ez-Zor")}),  # fixed
        ("Islamic State fighters briefly seized a checkpoint near Deir ez-Zor",
         {("Islamic State", "CAPTURE", None, "Deir ez-Zor")}),  # fixed
        ("Islamic State fighters seized a checkpoint near Deir ez-Zor",
         {("Islamic State", "CAPTURE", None, "Deir ez-Zor")}),  # fixed
        ("Islamic State fighters attacked a checkpoint near Deir ez-Zor",
         {("Islamic State", "FIGHT", "Syrian Arab Army", "Deir ez-Zor")}),  # fixed
        ("Rebels finally captured the town of Maarat al-Numan",
         {("Unidentified Armed Group (Syria)", "CAPTURE", None, "Ma‘arrat an Nu‘mān")}),
        ("Rebels captured the town of Maarat al-Numan",
         {("Unidentified Armed Group (Syria)", "CAPTURE", None, "Ma‘arrat an Nu‘mān")}),
    ],
)  # fmt: skip
def test_en_adverbs(text: str, expected: set[Row]) -> None:
    """EN: inserted adverbs."""
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels attack army positions in Hama",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Ḩamāh")}),
        ("Rebels attacked army positions in Hama",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Ḩamāh")}),
        ("Rebels have attacked army positions in Hama",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Ḩamāh")}),
        ("Rebels have been attacking army positions in Hama",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Ḩamāh")}),
        ("Rebels are attacking army positions in Hama",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Ḩamāh")}),
        ("Rebels had attacked army positions in Hama",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Ḩamāh")}),
    ],
)  # fmt: skip
def test_en_tense(text: str, expected: set[Row]) -> None:
    """EN: tense and aspect."""
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On Monday, rebels attacked army positions in Hama",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Ḩamāh")}),
        ("Rebels attacked army positions in Hama on Monday",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Ḩamāh")}),
        ("Early on Tuesday, Syrian warplanes bombed the town of Saraqib",
         {("Syrian Arab Army", "FIGHT", None, "Saraqib")}),
        ("Syrian warplanes bombed the town of Saraqib early on Tuesday",
         {("Syrian Arab Army", "FIGHT", None, "Saraqib")}),
        ("Last week, the army shelled villages in southern Idlib",
         {("Syrian Arab Army", "FIGHT", None, "Idlib")}),
    ],
)  # fmt: skip
def test_en_time(text: str, expected: set[Row]) -> None:
    """EN: time adverbials first or last."""
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Taliban fighters seized the district centre of Moqor",
         {("Taliban", "CAPTURE", None, "Muqêr")}),  # fixed
        ("Taliban fighters captured the district center of Moqor",
         {("Taliban", "CAPTURE", None, "Muqêr")}),  # fixed
        ("The Taliban overran a checkpoint near Kunduz",
         {("Taliban", "CAPTURE", None, "Kunduz")}),  # fixed
        ("Gunmen attacked a police station in Kunduz",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Police Forces of Afghanistan", "Kunduz")}),
        ("Gunmen attacked a police post outside Kunduz",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Police Forces of Afghanistan", "Kunduz")}),
        ("The army shelled the outskirts of Aleppo",
         {("Syrian Arab Army", "FIGHT", None, "Aleppo")}),
    ],
)  # fmt: skip
def test_en_chains(text: str, expected: set[Row]) -> None:
    """EN: place head noun chains."""
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Students marched through central Khartoum",
         {("Protesters (Sudan)", "PROTEST", None, "Khartoum")}),  # fixed
        ("Students marched in Khartoum",
         {("Protesters (Sudan)", "PROTEST", None, "Khartoum")}),
        ("Protesters gathered in central Khartoum",
         {("Protesters (Sudan)", "PROTEST", None, "Khartoum")}),
        ("Protesters gathered in downtown Khartoum",
         {("Protesters (Sudan)", "PROTEST", None, "Khartoum")}),
        ("The army shelled villages in southern Idlib",
         {("Syrian Arab Army", "FIGHT", None, "Idlib")}),
        ("The army shelled villages in Idlib",
         {("Syrian Arab Army", "FIGHT", None, "Idlib")}),
        ("Syrian warplanes struck northern Hama",
         {("Syrian Arab Army", "FIGHT", None, "Ḩamāh")}),
        ("Clashes erupted in eastern Aleppo",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Aleppo")}),
        ("Clashes erupted in the east of Aleppo",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Aleppo")}),
    ],
)  # fmt: skip
def test_en_adjectives(text: str, expected: set[Row]) -> None:
    """EN: compass and centre words before places."""
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Syrian Democratic Forces, a Kurdish-led alliance, advanced in Raqqa",
         {("Syrian Democratic Forces", "FIGHT", None, "Ar Raqqah")}),
        ("Islamic State fighters, who control much of the province, attacked a checkpoint near Deir ez-Zor",
         {("Islamic State", "FIGHT", "Syrian Arab Army", "Deir ez-Zor")}),  # fixed
        ("The army, backed by Russian jets, shelled rebel positions in Idlib",
         {("Russian Armed Forces", "SUPPORT", "Syrian Arab Army", "Idlib"),
          ("Syrian Arab Army", "FIGHT", None, "Idlib")}),
        ("Rebels, backed by Turkey, attacked army positions in Hama",
         {("Turkey", "SUPPORT", "Unidentified Armed Group (Syria)", "Ḩamāh"),
          ("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Ḩamāh")}),
    ],
)  # fmt: skip
def test_en_asides(text: str, expected: set[Row]) -> None:
    """EN: apposition and relative clauses between subject and verb."""
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A rebel attacked an army checkpoint in Hama",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Ḩamāh")}),
        ("A suicide bomber attacked a checkpoint in Kabul",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Military Forces of Afghanistan", "Kabul")}),
        ("Suicide bombers attacked a checkpoint in Kabul",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Military Forces of Afghanistan", "Kabul")}),
        ("A gunman killed two policemen in Kabul",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Police Forces of Afghanistan", "Kabul")}),
        ("Gunmen killed two policemen in Kabul",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Police Forces of Afghanistan", "Kabul")}),
        ("The rebel group attacked army positions in Hama",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Ḩamāh")}),
    ],
)  # fmt: skip
def test_en_number(text: str, expected: set[Row]) -> None:
    """EN: plural and singular subjects."""
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels shelled a village near Aleppo once more",
         {("Unidentified Armed Group (Syria)", "FIGHT", None, "Aleppo")}),
        ("The Taliban attacked a military base near Kunduz",
         {("Taliban", "FIGHT", "Military Forces of Afghanistan", "military base near Kunduz")}),
        ("Protesters marched through the streets of Khartoum",
         {("Protesters (Sudan)", "PROTEST", None, "Khartoum")}),
        ("Thousands march again in Khartoum",
         {("Protesters (Sudan)", "PROTEST", None, "Khartoum")}),
        ("Regime forces shelled Deir ez-Zor on Sunday",
         {("Syrian Arab Army", "FIGHT", None, "Deir ez-Zor")}),
        ("On Sunday, rebels briefly captured a checkpoint near Hama",
         {("Unidentified Armed Group (Syria)", "CAPTURE", None, "Ḩamāh")}),
        ("The Taliban overran an outpost near Kunduz",
         {("Taliban", "CAPTURE", None, "Kunduz")}),
        ("Islamic State fighters attacked the city of Deir ez-Zor",
         {("Islamic State", "FIGHT", None, "Deir ez-Zor")}),
    ],
)  # fmt: skip
def test_en_more(text: str, expected: set[Row]) -> None:
    """EN: more variants of the rules of this round."""
    assert en_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les rebelles ont pris le contrôle de la ville de Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        ("Les rebelles ont de nouveau pris le contrôle de la ville de Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),  # fixed
        ("Les rebelles ont à nouveau pris le contrôle de la ville de Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        ("Les rebelles ont encore pris le contrôle de la ville de Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        ("Les rebelles ont finalement pris le contrôle de la ville de Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        ("Les rebelles ont pris de nouveau le contrôle de la ville de Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        ("Les rebelles ont brièvement pris le contrôle de la ville de Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        ("Les rebelles ont repris le contrôle de la ville de Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        ("L'armée a de nouveau bombardé les positions rebelles à Idleb.",
         {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Idlib")}),
        ("L'armée a encore bombardé les positions rebelles à Idleb.",
         {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Idlib")}),
    ],
)  # fmt: skip
def test_fr_adverbs(text: str, expected: set[Row]) -> None:
    """FR: inserted adverbs."""
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les rebelles prennent le contrôle de la ville de Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        ("Les rebelles prirent le contrôle de la ville de Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        ("Les rebelles avaient pris le contrôle de la ville de Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        ("Les rebelles s'emparent de la ville de Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        ("Les rebelles se sont emparés de la ville de Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        ("L'armée bombarde les positions rebelles à Idleb.",
         {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Idlib")}),
        ("L'armée avait bombardé les positions rebelles à Idleb.",
         {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Idlib")}),
    ],
)  # fmt: skip
def test_fr_tense(text: str, expected: set[Row]) -> None:
    """FR: tense and aspect."""
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lundi, les rebelles ont attaqué une patrouille de l'armée près de Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
        ("Les rebelles ont attaqué une patrouille de l'armée près de Gao lundi.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
        ("Dans la nuit de lundi à mardi, les rebelles ont attaqué une patrouille de l'armée près de Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
        ("Mardi matin, l'armée a bombardé les positions rebelles à Idleb.",
         {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Idlib")}),
    ],
)  # fmt: skip
def test_fr_time(text: str, expected: set[Row]) -> None:
    """FR: time adverbials first or last."""
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les talibans se sont emparés de Moqor.",
         {("Taliban", "CAPTURE", None, "Muqêr")}),
        ("Les talibans se sont emparés du chef-lieu du district de Moqor.",
         {("Taliban", "CAPTURE", None, "Muqêr")}),  # fixed
        ("Les talibans se sont emparés du chef-lieu de district de Moqor.",
         {("Taliban", "CAPTURE", None, "Muqêr")}),  # fixed
        ("Les talibans ont pris le chef-lieu du district de Moqor.",
         {("Taliban", "CAPTURE", None, "Muqêr")}),  # fixed
        ("Les talibans ont attaqué un poste de contrôle près de Kunduz.",
         {("Taliban", "FIGHT", None, "Kunduz")}),
        ("Les talibans ont attaqué un check-point près de Kunduz.",
         {("Taliban", "FIGHT", None, "Kunduz")}),
        ("Les talibans ont attaqué le commissariat de Kunduz.",
         {("Taliban", "FIGHT", "Police Forces of Afghanistan", "Kunduz")}),
        ("L'armée a bombardé la périphérie d'Alep.",
         {("Syrian Arab Army", "FIGHT", None, "Aleppo")}),
        ("L'armée a bombardé les environs d'Alep.",
         {("Syrian Arab Army", "FIGHT", None, "Aleppo")}),
    ],
)  # fmt: skip
def test_fr_chains(text: str, expected: set[Row]) -> None:
    """FR: place head noun chains."""
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("L'armée a bombardé des villages du nord d'Idleb.",
         {("Syrian Arab Army", "FIGHT", None, "Idlib")}),
        ("L'armée a bombardé le nord d'Idleb.",
         {("Syrian Arab Army", "FIGHT", None, "Idlib")}),
        ("L'armée a bombardé le sud de la province d'Idleb.",
         {("Syrian Arab Army", "FIGHT", None, "Idlib")}),
        ("Des manifestants ont défilé à Khartoum.",
         {("Protesters (Sudan)", "PROTEST", None, "Khartoum")}),
    ],
)  # fmt: skip
def test_fr_adjectives(text: str, expected: set[Row]) -> None:
    """FR: compass and centre words before places."""
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les rebelles, qui contrôlent le nord du pays, ont pris le contrôle de la ville de Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        ("Les rebelles touareg, soutenus par des islamistes, ont pris le contrôle de la ville de Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        ("L'armée malienne, appuyée par les soldats français, a repris la ville de Gao.",
         {("French Armed Forces", "AID", "Malian Armed Forces", None),
          ("Malian Armed Forces", "CAPTURE", None, "Gao")}),
    ],
)  # fmt: skip
def test_fr_asides(text: str, expected: set[Row]) -> None:
    """FR: apposition and relative clauses between subject and verb."""
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un rebelle a attaqué une patrouille de l'armée près de Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
        ("Des rebelles ont attaqué une patrouille de l'armée près de Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
        ("Un kamikaze a attaqué un poste de police à Kaboul.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Police Forces of Afghanistan", "Kabul")}),
        ("Des kamikazes ont attaqué un poste de police à Kaboul.",
         {("Unidentified Armed Group (Afghanistan)", "FIGHT", "Police Forces of Afghanistan", "Kabul")}),
        ("Le groupe rebelle a attaqué une patrouille de l'armée près de Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
    ],
)  # fmt: skip
def test_fr_number(text: str, expected: set[Row]) -> None:
    """FR: plural and singular subjects."""
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Les rebelles ont de nouveau attaqué une patrouille de l'armée près de Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
        ("Les islamistes ont une nouvelle fois pris le contrôle de Gao.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Gao")}),
        ("Les talibans ont attaqué le chef-lieu du district de Ghazni.",
         {("Taliban", "FIGHT", None, "Ghazni")}),
        ("Les rebelles se sont emparés d'une base militaire près d'Alep.",
         {("Unidentified Armed Group (Syria)", "CAPTURE", None, "base militaire près d'Alep")}),
        ("Les soldats ont de nouveau repoussé les rebelles près de Gao.",
         {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Gao")}),
        ("L'armée a pris le chef-lieu de la province de Kidal.",
         {("Malian Armed Forces", "CAPTURE", None, "Kidal")}),
        ("Les rebelles se sont de nouveau emparés de la ville de Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        ("Les rebelles ont de nouveau attaqué Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Gao")}),
        ("Les rebelles ont vite pris le contrôle de la ville de Kidal.",
         {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")}),
        ("Les rebelles ont aussitôt attaqué une patrouille de l'armée près de Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
    ],
)  # fmt: skip
def test_fr_more(text: str, expected: set[Row]) -> None:
    """FR: more variants of the rules of this round."""
    assert fr_rows(text) == expected
