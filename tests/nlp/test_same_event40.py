"""One event told twice, second pass (issue 14, round 40): a date written in the sentence is the
telling's own even when it is the article's day; tolls written as words count; different numbers of
wounded, arrested or abducted keep tellings apart as different numbers of dead do
(nlp/victim_counts.py). Articles of our own, as exact lists of (actor, type, target, place, date,
number of tellings)."""

from __future__ import annotations

import pytest
from nlp.test_same_event39 import told
from unit._extract import facts

from conflictkg.nlp.victim_counts import counted, numbered, victim_counts

pytestmark = pytest.mark.nlp

PUBLISHED = "2012-10-17"  # a Wednesday
BH = "Boko Haram"
NG = "Civilians (Nigeria)"
JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"
FAMA = "Malian Armed Forces"
KENYA_POLICE = "Police Forces of Kenya"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # "on Wednesday" in a Wednesday's article is a date of its own: Tuesday's attack is another
        ("en", "Boko Haram fighters attacked Maiduguri on Wednesday. Boko Haram fighters attacked Maiduguri "
               "on Tuesday.",
         [(BH, "FIGHT", None, "Maiduguri", "2012-10-16", 1),
          (BH, "FIGHT", None, "Maiduguri", "2012-10-17", 1)]),
        ("fr", "Les jihadistes du JNIM ont attaqué mercredi un camp de l'armée malienne à Boulkessi. Les "
               "jihadistes du JNIM ont attaqué mardi un camp de l'armée malienne à Boulkessi.",
         [(JNIM, "FIGHT", FAMA, "Boulkessi", "2012-10-16", 1),
          (JNIM, "FIGHT", FAMA, "Boulkessi", "2012-10-17", 1)]),
        # a telling with no date of its own still tells the dated one
        ("en", "Boko Haram fighters attacked Maiduguri on Tuesday. Boko Haram fighters attacked Maiduguri.",
         [(BH, "FIGHT", None, "Maiduguri", "2012-10-16", 2)]),
        # tolls in words: twelve and thirty dead are two attacks, twelve and 12 one
        ("en", "Boko Haram fighters killed twelve villagers in Borno state on Monday. Boko Haram fighters "
               "killed thirty villagers in Borno state.",
         [(BH, "ASSAULT", NG, "Borno", "2012-10-15", 1), (BH, "ASSAULT", NG, "Borno", "2012-10-17", 1)]),
        ("en", "Boko Haram fighters killed twelve villagers in Borno state on Monday. Boko Haram fighters "
               "killed 12 villagers in Borno state.",
         [(BH, "ASSAULT", NG, "Borno", "2012-10-15", 2)]),
        ("fr", "Lundi, des combattants de Boko Haram ont tué vingt-deux villageois dans l'État de Borno. Des "
               "combattants de Boko Haram ont tué quarante villageois dans l'État de Borno.",
         [(BH, "ASSAULT", NG, "Borno", "2012-10-15", 1),
          (BH, "ASSAULT", NG, "Borno", "2012-10-17", 1)]),
        ("fr", "Lundi, des combattants de Boko Haram ont tué vingt-deux villageois dans l'État de Borno. Des "
               "combattants de Boko Haram ont tué 22 villageois dans l'État de Borno.",
         [(BH, "ASSAULT", NG, "Borno", "2012-10-15", 2)]),
        # arrests, wounded and abducted counted alike
        ("en", "Kenyan police arrested 12 al-Shabaab militants in Mombasa on Monday. Kenyan police arrested "
               "40 al-Shabaab militants in Mombasa.",
         [(KENYA_POLICE, "COERCE", "Al-Shabaab", "Mombasa", "2012-10-15", 1),
          (KENYA_POLICE, "COERCE", "Al-Shabaab", "Mombasa", "2012-10-17", 1)]),
        ("en", "Kenyan police arrested 12 al-Shabaab militants in Mombasa on Monday. Kenyan police arrested "
               "twelve al-Shabaab militants in Mombasa.",
         [(KENYA_POLICE, "COERCE", "Al-Shabaab", "Mombasa", "2012-10-15", 2)]),
        ("fr", "L'armée malienne a arrêté lundi 12 jihadistes du JNIM à Mopti. L'armée malienne a arrêté 40 "
               "jihadistes du JNIM à Mopti.",
         [(FAMA, "COERCE", JNIM, "Mopti", "2012-10-15", 1),
          (FAMA, "COERCE", JNIM, "Mopti", "2012-10-17", 1)]),
        ("en", "Boko Haram attacked a market in Kano on Monday, wounding 8 people. Boko Haram attacked a "
               "market in Kano, wounding eight people.",
         [(BH, "ASSAULT", NG, "Kano", "2012-10-15", 2), (BH, "FIGHT", None, "Kano", "2012-10-15", 2)]),
        ("en", "Boko Haram attacked a market in Kano on Monday, wounding 8 people. Boko Haram attacked a "
               "market in Kano, wounding 30 people.",
         [(BH, "ASSAULT", NG, "Kano", "2012-10-15", 1), (BH, "ASSAULT", NG, "Kano", "2012-10-17", 1),
          (BH, "FIGHT", None, "Kano", "2012-10-15", 1), (BH, "FIGHT", None, "Kano", "2012-10-17", 1)]),
        ("en", "Al-Shabaab fighters kidnapped 20 aid workers in Mogadishu on Monday. Al-Shabaab fighters "
               "kidnapped 6 aid workers in Mogadishu.",
         [("Al-Shabaab", "ASSAULT", "Civilians (Somalia)", "Mogadishu", "2012-10-15", 1),
          ("Al-Shabaab", "ASSAULT", "Civilians (Somalia)", "Mogadishu", "2012-10-17", 1)]),
    ],
)  # fmt: skip
def test_tellings_second_pass(lang: str, text: str, expected: list[tuple[object, ...]]) -> None:
    assert told(text, lang) == expected


def test_the_written_date_is_kept_apart_from_the_fallback() -> None:
    got = facts("Boko Haram fighters attacked Maiduguri on Wednesday. Boko Haram fighters attacked Gwoza.",
                "en", PUBLISHED).events  # fmt: skip
    assert sorted((e.date, e.date_written) for e in got) == [("2012-10-17", False), ("2012-10-17", True)]
    assert all("date_written" not in e.props() for e in got)


@pytest.mark.parametrize(
    ("lang", "words", "expected"),
    [
        ("fr", "vingt deux morts", ["22", "morts"]),
        ("fr", "quatre vingt dix blessés", ["90", "blessés"]),
        ("fr", "quatre vingts otages", ["80", "otages"]),
        ("fr", "vingt et un soldats et deux cents civils", ["21", "soldats", "et", "200", "civils"]),
        ("fr", "deux mille trois cent douze", ["2312"]),
        ("en", "one hundred and twelve people", ["112", "people"]),
        ("fr", "une centaine de blessés", ["une", "centaine", "de", "blessés"]),
        ("en", "twenty one killed and thirty wounded", ["21", "killed", "and", "30", "wounded"]),
    ],
)
def test_number_words(lang: str, words: str, expected: list[str]) -> None:
    assert numbered(words.split(), *_tables(lang)) == expected


def _tables(lang: str) -> tuple[dict[str, int], frozenset[str]]:
    from conflictkg.nlp.victim_counts import _numbers

    return _numbers(lang)


def test_counted_victims() -> None:
    en, fr = victim_counts("en"), victim_counts("fr")
    assert en("Gunmen killed twelve villagers and wounded 30 others.") == {("dead", 12), ("wounded", 30)}
    assert en("Police arrested forty protesters and wounded three.") == {("arrested", 40), ("wounded", 3)}
    assert en("Gunmen kidnapped 16 engineers on Monday.") == {("abducted", 16)}
    assert en("One soldier was killed and one hundred were wounded.") == {("wounded", 100)}
    assert fr("L'attaque a fait vingt-deux morts et une centaine de blessés.") == {("dead", 22)}
    assert fr("La police a interpellé lundi 35 manifestants.") == {("arrested", 35)}
    assert fr("Ils ont été tués le 12 mai.") == frozenset()
    assert counted("Twenty people were killed.", {"dead": frozenset({"killed"})}) == frozenset()


def test_the_export_gives_the_other_tellings() -> None:
    """An additive optional field of the export contract (its schema allows more keys): the tellings
    besides the evidence, each as the evidence is written; none for an event told once."""
    import json

    from conflictkg.queries.export import _actor, _Page, to_contract
    from conflictkg.queries.export_lines import EventLines

    row = {
        "article": "a.txt", "event_id": "ev:1", "action": "ASSAULT", "cameo": "18", "actor_id": "actor:a",
        "target_id": None, "location_id": None, "date": "2012-10-15", "date_precision": "day",
        "modality": "asserted", "confidence": 0.8, "sentence": "Gunmen killed 12 villagers on Monday.",
        "ev_start": 20, "ev_end": 57, "told_starts": [0, 20], "told_ends": [16, 57],
        "told_sentences": ["Gunmen kill 12\n\n", "Gunmen killed 12 villagers on Monday."],
    }  # fmt: skip
    once = {**row, "told_sentences": None, "told_starts": None, "told_ends": None}
    actors = {"actor:a": _actor({"id": "actor:a", "name": "Gunmen"})}
    page = _Page([row, once], actors, {}, {})
    assert to_contract(row, page)["other_tellings"] == [{"text": "Gunmen kill 12\n\n", "start": 0, "end": 16}]
    assert "other_tellings" not in to_contract(once, page)
    expected = [json.dumps(to_contract(r, page), ensure_ascii=False) for r in (row, once)]
    assert list(EventLines(limit=10).page([row, once], actors, {})) == expected
