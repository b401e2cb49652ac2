"""Issue 14, round geo75: events placed near the right spot. A name written with the Arabic article
is no place of a land not speaking Arabic found once the article is dropped ("al-Arima" is not
Trinidad's Arima), nor a sign of that country; with the one country the text signs, it is sought
there, and of several countries signed, the one holding a place of that very name is meant. A place
named as part of a city that lies on its edges across a line ("the Shufat neighbourhood of
Jerusalem") keeps its own country. Each rule has a near sentence it must not fire on. Sentences are
our own."""

from __future__ import annotations

import pytest
from unit._extract import facts

from conflictkg.knowledge.article_lands import arabic_lands, has_article, lost_article
from conflictkg.knowledge.gazetteer import Gazetteer

pytestmark = pytest.mark.nlp


def _placed(text: str) -> set[tuple[str, str | None]]:
    """(place, country) of every located event."""
    f = facts(text, "en", "2016-05-01")
    locs = {loc.id: loc for loc in f.locations}
    placed = [locs[e.location_id] for e in f.events if e.location_id in locs]
    return {(loc.name, loc.country) for loc in placed}


def test_arabic_lands() -> None:
    assert {"SYR", "IRQ", "LBY", "SDN", "PSE"} <= arabic_lands()
    assert not {"TTO", "GTM", "MYS", "IRN"} & arabic_lands()
    assert has_article("al-Arima") and has_article("El Bab")
    assert not has_article("Arima") and not has_article("Alamo")


def test_lookup_keeps_its_article() -> None:
    gaz = Gazetteer.load()
    assert gaz.lookup("al-Arima") is None  # Trinidad's Arima, once the article is dropped: not meant
    arima = gaz.lookup("Arima")
    assert arima is not None and arima.country == "TTO"  # the exact name abroad stays
    assert not lost_article("Arima", arima)
    syrian = gaz.lookup("al-Arima", "SYR")
    assert syrian is not None and syrian.country == "SYR"
    assert "TTO" not in gaz.countries_of_name("al-Arima")
    paso = gaz.lookup("El Paso")  # the article as the place's own name writes it
    assert paso is not None and paso.country == "USA"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the Syrian regime's forces are the one sign: the Syrian village so spelt, not Trinidad's
        ("Regime forces stormed the town of al-Arima at dawn.", "SYR"),
        # the exact name, no article: the real town abroad
        ("Police clashed with protesters in Arima on Monday.", "TTO"),
        ("Gunmen opened fire on a crowd in El Paso on Sunday.", "USA"),
    ],
)  # fmt: skip
def test_article_names(text: str, country: str) -> None:
    got = _placed(text)
    assert got and {c for _, c in got} == {country}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Hezbollah (Lebanon) and the regime forces (Syria): of the two, Syria has a Madaya
        ("Hezbollah fighters and regime forces shelled the besieged town of Madaya on Sunday.", "SYR"),
        # a region of Myanmar named beside it: Myanmar's
        ("Soldiers clashed with insurgents near Madaya in Mandalay region.", "MMR"),
    ],
)  # fmt: skip
def test_namesake_of_signed_country(text: str, country: str) -> None:
    got = _placed(text)
    assert got and {c for _, c in got} == {country}


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb went off in Al Shahal, killing four people.",  # no Guatemalan Chahal
        "Rebels shelled the village of al-Jerthi, killing two civilians.",  # no Malaysian Jertih
    ],
)
def test_no_land_without_article(text: str) -> None:
    assert not {c for _, c in _placed(text)} & {"GTM", "MYS"}


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a quarter or camp GeoNames sets across the line from the city the clause names
        ("Settlers beat a shepherd in the Shufat neighborhood of Jerusalem.", "PSE"),
        ("Youths threw stones at Israeli troops at Qalandia refugee camp, Jerusalem.", "PSE"),
        # a town of that name with the wider unit named too: the hints' own country
        ("Gunmen wounded a conscript near Rafah (Rafah, North Sinai) on Monday.", "EGY"),
        # a quarter GeoNames lacks: an unknown spot of the city, in its country
        ("Police arrested a protester in the Talpiot neighbourhood of Jerusalem.", "ISR"),
    ],
)  # fmt: skip
def test_city_edges(text: str, country: str) -> None:
    got = _placed(text)
    assert got and {c for _, c in got} == {country}
