"""The seeded synthetic generator of the benchmarks: deterministic, well-formed, realistically skewed."""

from __future__ import annotations

from collections import Counter

from benchmarks.synthetic import TYPE_MIX, Spec, generate, hottest_actor, hottest_place
from conflictkg.model import EVENT_TYPES


def _events(spec: Spec) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(e.id, e.type, e.actor_id, e.target_id, e.location_id) for f in generate(spec) for e in f.events]


def test_same_seed_same_facts_and_other_seed_differs() -> None:
    spec = Spec(2000, actors=100, places=200, seed=1)
    assert _events(spec) == _events(spec)
    assert _events(spec) != _events(Spec(2000, actors=100, places=200, seed=2))


def test_exact_count_unique_ids_and_every_reference_in_its_article() -> None:
    facts = list(generate(Spec(5000, actors=300, places=500)))
    events = [e for f in facts for e in f.events]
    assert len(events) == 5000
    assert len({e.id for e in events}) == 5000
    assert len({f.article.id for f in facts}) == len(facts)
    for f in facts:
        actors = {a.id for a in f.actors}
        places = {p.id for p in f.locations}
        for e in f.events:
            assert e.actor_id in actors
            assert e.target_id is None or (e.target_id in actors and e.target_id != e.actor_id)
            assert e.location_id is None or e.location_id in places
            assert e.evidence.end - e.evidence.start == len(e.evidence.sentence)
            assert e.date is not None and e.date[:4].isdigit()


def test_type_mix_and_skew() -> None:
    spec = Spec(20000, actors=2000, places=5000)
    events = [e for f in generate(spec) for e in f.events]
    types = Counter(e.type for e in events)
    assert set(types) <= set(EVENT_TYPES)
    assert abs(sum(TYPE_MIX.values()) - 1.0) < 1e-9
    # fighting dominates, support is rarer, captures are few
    assert types["FIGHT"] > types["ASSAULT"] > types["SUPPORT"] > types["CAPTURE"] > 0
    assert 0.25 < types["FIGHT"] / len(events) < 0.35
    actors = Counter(e.actor_id for e in events)
    assert actors.most_common(1)[0][0] == hottest_actor(spec)[0]
    top_20 = sum(n for _, n in actors.most_common(20))
    assert top_20 > 0.4 * len(events)  # Zipf: a few actors in most events
    places = Counter(e.location_id for e in events if e.location_id)
    assert places.most_common(1)[0][1] > 50 * (sum(places.values()) / spec.places)  # hot places
    assert hottest_place(spec)[0] in dict(places.most_common(spec.hot_places))
