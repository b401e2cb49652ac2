"""The gold format and the scorer, on hand-built predictions with exact expected figures."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from conflictkg.errors import InputError
from conflictkg.evaluate import (
    Predicted,
    evaluate,
    fold,
    load_gold,
    parse_gold,
    predicted_from_facts,
    resolve_article_path,
    score_article,
)
from conflictkg.model import Actor, Article, ArticleFacts, ControlClaim, Event, Evidence, Location

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"

GOLD: dict[str, Any] = {
    "format": "conflictkg-gold/1",
    "articles": [
        {
            "article": "news/a.txt",
            "actors": {
                "Turkey": {"kind": "state", "aliases": ["Turquie", "turc"]},
                "GNA": {"aliases": ["gouvernement d'accord national"]},
                "LNA": {"aliases": ["armée nationale libyenne", "ANL"]},
                "Russia": {"aliases": ["Russie"]},
                "Hami Aksoy": {"kind": "person", "member_of": "Turkey"},
            },
            "locations": {
                "Libya": {"aliases": ["Libye"]},
                "Asaba": {"lat": 32.07, "lon": 13.2},
                "Tripoli": {"lat": 32.887, "lon": 13.187},
                "Tarhuna": {"lat": 32.435, "lon": 13.633, "aliases": ["Tarhouna"]},
                "Moscow": {"lat": 55.756, "lon": 37.617, "aliases": ["Moscou"]},
            },
            "events": [
                {"actor": "Turkey", "action": "THREATEN", "target": "LNA", "location": "Libya",
                 "via": "Hami Aksoy"},
                {"actor": "Turkey", "action": "SUPPORT", "target": "GNA"},
                {"actor": "GNA", "action": "CAPTURE", "target": "LNA", "location": "Asaba",
                 "target_implicit": True},
                {"actor": "LNA", "action": "ASSAULT", "target": "GNA", "location": "Tripoli",
                 "alt_actions": ["FIGHT"]},
                {"actor": "Russia", "action": "AID", "target": "LNA", "implicit": True},
                {"actor": "GNA", "action": "DISAPPROVE", "target": "LNA", "optional": True},
            ],
            "backs": [
                {"backer": "Turkey", "backed": "GNA"},
                {"backer": "Russia", "backed": "LNA", "implicit": True},
            ],
            "control_changes": [{"location": "Asaba", "from": "LNA", "to": "GNA", "from_implicit": True}],
            "controls": [{"actor": "LNA", "location": "Tarhuna"}],
        }
    ],
}  # fmt: skip

A = {
    "tur": Actor("a:tur", "Turkey", "state", "TUR", None, ["Turquie"]),
    "gna": Actor("a:gna", "Government of National Accord", "government", "LBY", None, ["GNA"]),
    "lna": Actor("a:lna", "Libyan National Army", "armed_group", "LBY", None, ["LNA", "Armée nationale"]),
    "rus": Actor("a:rus", "Russie"),
    "aksoy": Actor("a:aksoy", "Hami Aksoy", "person"),
    "who": Actor("a:who", "il", "unknown"),
}  # fmt: skip
L = {
    "asaba": Location("l:asaba", "Al Asabi'ah", "town", "LBY", 32.05, 13.21),  # by distance (2.4 km)
    "tripoli": Location("l:tripoli", "Tripoli", "city", "LBY", 32.9, 13.18),
    "moscow": Location("l:moscow", "Moscou", "city", "RUS", 55.75, 37.6),
    "tarhuna": Location("l:tarhuna", "Tarhouna", "town", "LBY", 32.44, 13.63),
}


def facts(events: list[tuple[str, str, str | None, str | None, str]]) -> ArticleFacts:
    art = Article("art:a", "news/a.txt", "...", "sha")
    evs = [
        Event(f"ev:{i}", typ, A[a].id, Evidence(f"s{i}", i * 10, i * 10 + 5, "x"),
              A[t].id if t else None, L[p].id if p else None, modality=mod)
        for i, (typ, a, t, p, mod) in enumerate(events)
    ]  # fmt: skip
    claim = ControlClaim("a:lna", "l:tarhuna", Evidence("held", 0, 4, "held"))
    return ArticleFacts(art, list(A.values()), list(L.values()), evs, controls=[claim])


PREDICTED = [
    ("THREATEN", "aksoy", "lna", None, "asserted"),  # via the spokesman: events yes, strict no
    ("SUPPORT", "tur", "gna", None, "asserted"),
    ("CAPTURE", "gna", None, "asaba", "asserted"),  # no target: fine, the gold target is implicit
    ("FIGHT", "lna", "gna", "tripoli", "asserted"),  # FIGHT for ASSAULT: family yes, strict no
    ("ACCUSE", "gna", "lna", None, "asserted"),  # matches an optional gold event: not counted
    ("AID", "rus", "lna", None, "asserted"),  # an implicit gold event: correct, not in main recall
    ("FIGHT", "who", "gna", "moscow", "asserted"),  # wrong; its place is an unused (optional) one
    ("SUPPORT", "tur", "gna", None, "asserted"),  # a duplicate: one-to-one, so a false positive
]


def scores(report: Any) -> dict[str, tuple[Any, ...]]:
    return {
        k: (s.tp, s.tp_implicit, s.fp, s.fn, round(s.precision or 0, 4), round(s.recall or 0, 4),
            round(s.f1 or 0, 4), round(s.recall_implicit or 0, 4))
        for k, s in report.scores.items()
    }  # fmt: skip


def test_exact_scores_on_hand_built_facts() -> None:
    gold = parse_gold(GOLD)
    report = score_article(gold.articles[0], predicted_from_facts(facts(PREDICTED)))
    assert scores(report) == {
        # tp, tp_implicit, fp, fn, P, R, F1, R with implicit
        "events": (4, 1, 2, 0, 0.7143, 1.0, 0.8333, 1.0),  # P 5/7, F1 10/12
        "events_strict": (2, 1, 4, 2, 0.4286, 0.5, 0.4615, 0.6),  # P 3/7, R 2/4, F1 6/13
        "pairs": (3, 2, 1, 0, 0.8333, 1.0, 0.9091, 1.0),  # il → GNA is the one extra
        "locations": (3, 0, 0, 1, 1.0, 0.75, 0.8571, 0.75),  # Libya missed; Moscou optional
        "backs": (1, 1, 0, 0, 1.0, 1.0, 1.0, 1.0),
        "control_changes": (1, 0, 0, 0, 1.0, 1.0, 1.0, 1.0),
        "controls": (1, 0, 0, 0, 1.0, 1.0, 1.0, 1.0),
    }
    missed = {(i.kind, i.text) for i in report.missed}
    assert missed == {("locations", "Libya")}
    extra = {(i.kind, i.text, i.evidence) for i in report.extra}
    assert extra == {
        ("events", "il FIGHT Government of National Accord @ Moscou", "s6"),
        ("events", "Turkey SUPPORT Government of National Accord", "s7"),
        ("pairs", "il → Government of National Accord", "s6"),
    }


def test_modality_and_previous_controller() -> None:
    gold_data = copy.deepcopy(GOLD)
    gold_data["articles"][0]["control_changes"] = [{"location": "Asaba", "from": "LNA", "to": "GNA"}]
    gold = parse_gold(gold_data).articles[0]
    # A threatened capture is no control change; an asserted one with the wrong previous holder fails.
    threatened = predicted_from_facts(facts([("CAPTURE", "gna", "lna", "asaba", "threatened")]))
    assert score_article(gold, threatened).scores["control_changes"].predicted == 0
    wrong_from = predicted_from_facts(facts([("CAPTURE", "gna", "tur", "asaba", "asserted")]))
    s = score_article(gold, wrong_from).scores["control_changes"]
    assert (s.tp, s.fp, s.fn) == (0, 1, 1)
    right = predicted_from_facts(facts([("CAPTURE", "gna", "lna", "asaba", "asserted")]))
    assert score_article(gold, right).scores["control_changes"].tp == 1
    # A hypothetical SUPPORT is no backing.
    maybe = predicted_from_facts(facts([("SUPPORT", "tur", "gna", None, "hypothetical")]))
    assert score_article(gold, maybe).scores["backs"].predicted == 0


def test_non_asserted_predictions_only_count_against_gold_with_that_modality() -> None:
    gold_data = copy.deepcopy(GOLD)
    gold_data["articles"][0]["events"] = [
        {"actor": "Turkey", "action": "SUPPORT", "target": "GNA"},
        {"actor": "LNA", "action": "FIGHT", "target": "GNA", "modality": "denied"},
    ]
    gold = parse_gold(gold_data).articles[0]
    got = predicted_from_facts(facts([
        ("SUPPORT", "tur", "gna", None, "reported"),  # reported = a fact: matches the asserted gold
        ("FIGHT", "lna", "gna", None, "denied"),  # listed as denied: a hit
        ("FIGHT", "rus", "gna", None, "hypothetical"),  # not listed: neither a hit nor an extra
        ("CAPTURE", "gna", None, "asaba", "denied"),  # not listed: ignored too
    ]))  # fmt: skip
    s = score_article(gold, got).scores["events"]
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)
    # an asserted attack the gold says was denied is a false fact, and the denial is missed
    wrong = predicted_from_facts(facts([("SUPPORT", "tur", "gna", None, "asserted"),
                                        ("FIGHT", "lna", "gna", None, "asserted")]))  # fmt: skip
    s = score_article(gold, wrong).scores["events"]
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)
    # a hypothetical SUPPORT does not stand for the asserted one
    maybe = predicted_from_facts(facts([("SUPPORT", "tur", "gna", None, "hypothetical")]))
    s = score_article(gold, maybe).scores["events"]
    assert (s.tp, s.fp, s.fn) == (0, 0, 2)


def test_article_not_found_is_all_misses() -> None:
    gold = parse_gold(GOLD)
    report = evaluate(gold, lambda art: (None, Predicted(found=False)))
    assert report.not_found == ["news/a.txt"]
    totals = report.totals()
    assert (totals["events"].tp, totals["events"].fn, totals["events"].f1) == (0, 4, 0.0)
    assert totals["events"].precision is None
    as_json = json.loads(json.dumps(report.as_dict()))
    assert as_json["totals"]["events"]["recall"] == 0.0


@pytest.mark.parametrize(
    ("patch", "message"),
    [
        ({"format": "other/1"}, "not a conflictkg-gold/1 file"),
        ({"articles": []}, "'articles' must be a non-empty list"),
        ({"articles[0].events[0].action": "SHOOT"}, "events[0].action: unknown action 'SHOOT'"),
        ({"articles[0].events[1].target": "Nobody"}, "events[1].target: 'Nobody' is not in the article's"),
        ({"articles[0].events[2].location": "Mars"}, "'Mars' is not in the article's locations"),
        ({"articles[0].locations.Asaba": {"lat": 32.0}}, "lat and lon go together"),
        ({"articles[0].actors.Turkey": {"aliases": "Turquie"}}, "a list of strings was expected"),
    ],
)  # fmt: skip
def test_malformed_gold_says_where(patch: dict[str, Any], message: str) -> None:
    data = copy.deepcopy(GOLD)
    for path, value in patch.items():
        if path in data:
            data[path] = value
            continue
        node: Any = data
        keys = path.replace("[", ".").replace("]", "").split(".")
        for k in keys[:-1]:
            node = node[int(k)] if k.isdigit() else node[k]
        node[int(keys[-1]) if keys[-1].isdigit() else keys[-1]] = value
    with pytest.raises(InputError, match=message.replace("[", r"\[").replace("]", r"\]")):
        parse_gold(data)


def test_bad_json_and_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "g.json"
    bad.write_text("{not json")
    with pytest.raises(InputError, match="not valid JSON"):
        load_gold(bad)
    with pytest.raises(InputError, match="no such gold file"):
        load_gold(tmp_path / "none.json")


def test_fold() -> None:
    assert fold("Armée  nationale-libyenne") == "armee nationale libyenne"
    assert fold("gouvernement d’accord") == fold("Gouvernement d'Accord")


def test_seed_gold_loads_and_resolves() -> None:
    path = SHARED / "eval" / "seed-gold.json"
    if not path.exists():
        pytest.skip("no ../shared/eval/seed-gold.json")
    gold = load_gold(path)
    art = gold.articles[0]
    assert (len(art.events), sum(e.implicit for e in art.events), sum(e.optional for e in art.events)) == (
        15,
        1,
        1,
    )
    found = resolve_article_path(path, art.article, cwd=ROOT)
    assert found.name == "000_94d16d7f8e82017f.txt"
    with pytest.raises(InputError, match="not found"):
        resolve_article_path(path, "seeds/none.txt", cwd=ROOT)


def test_our_gold_files_load() -> None:
    files = sorted((ROOT / "tests" / "gold").glob("*.json"))
    assert len(files) >= 8
    languages = []
    for f in files:
        gold = load_gold(f)
        for art in gold.articles:
            text = resolve_article_path(f, art.article, cwd=ROOT).read_text(encoding="utf-8")
            assert 150 <= len(text.split()) <= 400, f"{f.name}: {len(text.split())} words"
            assert art.events, f.name
            languages.append(art.language)
    assert languages.count("fr") >= 4 and languages.count("en") >= 4


def test_matching_is_maximal_not_greedy() -> None:
    data = copy.deepcopy(GOLD)
    data["articles"][0]["events"] = [
        {"actor": "Turkey", "action": "SUPPORT", "target": "GNA", "alt_targets": ["LNA"]},
        {"actor": "Turkey", "action": "SUPPORT", "target": "LNA"},
    ]
    gold = parse_gold(data).articles[0]
    # Greedy in order would give the first prediction (→ LNA) to the first gold event and miss one.
    pred = predicted_from_facts(
        facts([("SUPPORT", "tur", "lna", None, "asserted"), ("SUPPORT", "tur", "gna", None, "asserted")])
    )
    s = score_article(gold, pred).scores["events"]
    assert (s.tp, s.fp, s.fn) == (2, 0, 0)


def test_a_prediction_only_an_implicit_item_fits_is_not_spent_on_a_required_one() -> None:
    """Round enloc86: a country the gold holds (wide tolerance) matches its own name before a town
    inside it that only an implicit item names; the town then matches that item."""
    data = copy.deepcopy(GOLD)
    data["articles"][0]["locations"]["Libya"] = {"lat": 27.0, "lon": 17.0, "coord_tolerance_km": 900}
    data["articles"][0]["events"] = [
        {"actor": "LNA", "action": "FIGHT", "target": "GNA", "location": "Libya"},
        {"actor": "LNA", "action": "FIGHT", "target": "GNA", "location": "Tripoli", "implicit": True},
    ]
    data["articles"][0]["control_changes"], data["articles"][0]["controls"] = [], []
    gold = parse_gold(data).articles[0]
    libya = Location("l:libya", "Libya", "country", "LBY", 27.0, 17.0)
    base = facts([("FIGHT", "lna", "gna", "tripoli", "asserted")])
    extra = Event("ev:9", "FIGHT", A["lna"].id, Evidence("s9", 90, 95, "x"), A["gna"].id, libya.id)
    both = ArticleFacts(base.article, base.actors, [*base.locations, libya], [*base.events, extra])
    s = score_article(gold, predicted_from_facts(both)).scores["locations"]
    assert (s.tp, s.tp_implicit, s.fp, s.fn) == (1, 1, 0, 0)
