"""French misreadings of round frlib81b, in sentences of our own (AFP, RFI register), with their
English twins: state forces freeing people release them and take no town ("l'armée a libéré une
centaine de prisonniers à Kaduna": nlp/events/abductions.py), a town freed stays a capture; an attack
whose dead are counted among the unnamed armed group that is its own actor ("dix morts parmi les
jihadistes") is a fight, never an assault on civilians (nlp/events/life_tolls.py); an air strike with
no author where the country's forces fly none (``strikeless_states``: "Gaza : trois morts dans des
frappes aériennes") is the unnamed actor's, never the military of the place it fell on
(nlp/events/air_strikes.py); a person invested into an office ("a été investi président à Lomé") is
no capture, troops who "ont investi la ville" take it."""

from __future__ import annotations

import pytest
from unit._extract import en_news_rows, fr_rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

NGA_AF = "Nigerian Armed Forces"
CIV_NGA = "Civilians (Nigeria)"

EXACT_FR: list[tuple[str, set[Row]]] = [
    (
        "Nigeria : l'armée a libéré vendredi une centaine de prisonniers à Kaduna, selon un porte-parole.",
        {(NGA_AF, "CONCEDE", CIV_NGA, "Kaduna")},
    ),
    (
        "L'armée nigériane a libéré mardi cent vingt prisonniers à Kaduna après un contrôle judiciaire.",
        {(NGA_AF, "CONCEDE", CIV_NGA, "Kaduna")},
    ),
    (
        "L'armée malienne a libéré la ville de Léré, tenue depuis deux mois par les jihadistes.",
        {("Malian Armed Forces", "CAPTURE", None, "Léré")},
    ),
    (
        "Burkina Faso : une attaque près de Djibo a fait dix morts parmi les jihadistes mardi.",
        {("Unidentified Armed Group (Burkina Faso)", "FIGHT", None, "Djibo")},
    ),
    (
        "Mali : une embuscade près de Boni a fait une dizaine de morts parmi les assaillants.",
        {("Unidentified Armed Group (Mali)", "FIGHT", None, "Boni")},
    ),
    (
        "Gaza : quatre morts dans des frappes aériennes sur Rafah lundi, selon la défense civile.",
        {("Unidentified Armed Group (Palestine)", "FIGHT", None, "Rafaḩ")},
    ),
    (
        "Liban : cinq morts dans des frappes aériennes sur Tyr mardi soir.",
        {("Unidentified Armed Group (Lebanon)", "FIGHT", None, "Tyre")},
    ),
    ("Des raids aériens ont frappé Alep mercredi.", {("Syrian Arab Army", "FIGHT", None, "Aleppo")}),
    ("Togo : le président sortant a été investi président à Lomé samedi.", set()),
    ("Investi président à Niamey dimanche, le général a promis une transition courte.", set()),
    ("Les rebelles du M23 ont investi la ville de Bunia mardi.", {("M23", "CAPTURE", None, "Bunia")}),
    (
        "Les jihadistes ont investi la localité de Boni dimanche, selon des habitants.",
        {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Boni")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), EXACT_FR)
def test_fr_exact(text: str, expected: set[Row]) -> None:
    assert fr_rows(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria : l'armée a libéré vendredi une centaine de prisonniers à Kaduna, selon un porte-parole.",
        "L'armée a libéré jeudi une vingtaine de détenus à Maiduguri.",
    ],
)
def test_fr_freed_people_take_no_town(text: str) -> None:
    assert not any(r[1] == "CAPTURE" for r in fr_rows(text))


@pytest.mark.parametrize(
    "text",
    [
        "Burkina Faso : une attaque près de Djibo a fait dix morts parmi les jihadistes mardi.",
        "Niger : une attaque près de Tillabéri a fait une vingtaine de morts parmi les terroristes.",
    ],
)
def test_fr_armed_dead_no_civilians(text: str) -> None:
    got = fr_rows(text)
    assert got and not any(r[1] == "ASSAULT" or (r[2] or "").startswith("Civilians") for r in got)


def test_fr_dead_among_civilians_stay_an_assault() -> None:
    got = fr_rows("Burkina Faso : une attaque près de Djibo a fait dix morts parmi les civils mardi.")
    assert any(r[1] == "ASSAULT" and r[2] == "Civilians (Burkina Faso)" for r in got)


@pytest.mark.parametrize(
    "text",
    [
        "Gaza : trois morts dans des frappes aériennes dimanche.",
        "Israël : trois morts dans des frappes aériennes sur Gaza dimanche.",
    ],
)
def test_fr_strike_not_the_place_state(text: str) -> None:
    assert not any(r[0] == "Military Forces of Palestine" for r in fr_rows(text))


def test_fr_named_striker_stays() -> None:
    got = fr_rows("Gaza : trois morts dans des frappes aériennes israéliennes sur Rafah dimanche.")
    assert got and all(r[0] != "Unidentified Armed Group (Palestine)" for r in got)


EXACT_EN: list[tuple[str, set[Row]]] = [
    (
        "Nigerian troops freed 100 prisoners in Kaduna on Thursday, a military spokesman said.",
        {(NGA_AF, "CONCEDE", CIV_NGA, "Kaduna")},
    ),
    ("Togo: the incumbent was sworn in as president in Lome on Saturday.", set()),
]


@pytest.mark.parametrize(("text", "expected"), EXACT_EN)
def test_en_exact(text: str, expected: set[Row]) -> None:
    assert en_news_rows(text) == expected


def test_en_ten_dead_among_jihadists_is_a_fight() -> None:
    got = en_news_rows("Burkina Faso: an attack near Djibo left ten dead among the jihadists on Tuesday.")
    assert got and all(r[1] == "FIGHT" and not (r[2] or "").startswith("Civilians") for r in got)


def test_en_gaza_strike_not_palestine_forces() -> None:
    got = en_news_rows("Air strikes hit Gaza on Sunday, killing three people.")
    assert not any(r[0] == "Military Forces of Palestine" for r in got)
