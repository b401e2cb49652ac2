"""A seeded generator of synthetic conflict events, shaped like real data, as :class:`ArticleFacts`.

N events over A actors and P places: actor popularity follows a Zipf-like law (a few actors are in
most events), a handful of hot places get a large share of the events, the event types follow the
proportions of coded conflict data (ACLED / PLOVER: mostly FIGHT and ASSAULT, some statements, few
SUPPORT / AID, few CAPTURE), dates spread over several years, a few events per article. The same
spec and seed always give the same facts, so every run writes the same graph.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import random
from collections.abc import Iterator
from dataclasses import dataclass

from conflictkg.model import Actor, Article, ArticleFacts, Event, Evidence, Location, make_id

# Share of each event type (sums to 1), after ACLED event mixes mapped to PLOVER-style types.
TYPE_MIX: dict[str, float] = {
    "FIGHT": 0.30, "ASSAULT": 0.20, "PROTEST": 0.08, "ACCUSE": 0.07, "THREATEN": 0.05,
    "CONSULT": 0.05, "COERCE": 0.04, "MOBILIZE": 0.03, "SUPPORT": 0.03, "AID": 0.02,
    "CAPTURE": 0.02, "AGREE": 0.02, "COOPERATE": 0.02, "REQUEST": 0.02, "REJECT": 0.015,
    "RETREAT": 0.01, "SANCTION": 0.01, "INVESTIGATE": 0.01, "CONCEDE": 0.005,
}  # fmt: skip
# Types that usually have no target in coded data (a protest, a mobilisation).
UNTARGETED = {"PROTEST": 0.7, "MOBILIZE": 0.6}
ACTOR_KINDS = (("armed_group", 0.45), ("government", 0.2), ("state", 0.15), ("person", 0.1), ("igo", 0.1))
COUNTRIES = ("LBY", "SYR", "YEM", "MLI", "BFA", "NER", "UKR", "SDN", "SOM", "IRQ")


@dataclass(frozen=True)
class Spec:
    events: int
    actors: int = 2000
    places: int = 5000
    seed: int = 42
    events_per_article: int = 4  # mean; each article has 1 .. 2*mean-1 events
    start_year: int = 2015
    years: int = 8
    hot_places: int = 10  # this many places get ``hot_share`` of all located events
    hot_share: float = 0.3
    zipf_s: float = 1.1


def _cumulative(weights: list[float]) -> list[float]:
    return list(itertools.accumulate(weights))


class _Picker:
    """Weighted choice by bisection over cumulative weights (fast for thousands of items)."""

    def __init__(self, weights: list[float], rng: random.Random) -> None:
        self.cum = _cumulative(weights)
        self.total = self.cum[-1]
        self.rng = rng

    def __call__(self) -> int:
        return bisect.bisect_right(self.cum, self.rng.random() * self.total)


def actor_id(i: int) -> str:
    return make_id("actor", "synthetic", i)


def actor_name(i: int) -> str:
    return f"Synthetic Actor {i:05d}"


def place_id(i: int) -> str:
    return make_id("loc", "synthetic", i)


def place_name(i: int) -> str:
    return f"Synthetic Town {i:05d}"


def make_actors(spec: Spec, rng: random.Random) -> list[Actor]:
    kinds = [k for k, _ in ACTOR_KINDS]
    kind_w = [w for _, w in ACTOR_KINDS]
    out = []
    for i in range(spec.actors):
        kind = rng.choices(kinds, kind_w)[0]
        out.append(
            Actor(
                id=actor_id(i),
                name=actor_name(i),
                kind=kind,
                country=rng.choice(COUNTRIES),
                aliases=[f"SA{i}"],
            )
        )
    return out


def make_places(spec: Spec, rng: random.Random) -> list[Location]:
    out = []
    for i in range(spec.places):
        out.append(
            Location(
                id=place_id(i),
                name=place_name(i),
                kind="town",
                country=rng.choice(COUNTRIES),
                lat=round(rng.uniform(-5.0, 45.0), 5),
                lon=round(rng.uniform(-10.0, 50.0), 5),
            )
        )
    return out


def generate(spec: Spec) -> Iterator[ArticleFacts]:
    """The synthetic articles of ``spec``, each with the actors and places its events name."""
    rng = random.Random(spec.seed)
    actors = make_actors(spec, rng)
    places = make_places(spec, rng)
    actor_pick = _Picker([1.0 / (rank + 1) ** spec.zipf_s for rank in range(spec.actors)], rng)
    hot = min(spec.hot_places, spec.places)
    cold_w = (1.0 - spec.hot_share) / max(1, spec.places - hot)
    hot_w = spec.hot_share / max(1, hot)
    place_pick = _Picker([hot_w if i < hot else cold_w for i in range(spec.places)], rng)
    types = list(TYPE_MIX)
    type_pick = _Picker([TYPE_MIX[t] for t in types], rng)
    first_day = dt.date(spec.start_year, 1, 1).toordinal()
    days = 365 * spec.years

    made = 0
    n_article = 0
    while made < spec.events:
        k = min(spec.events - made, rng.randint(1, 2 * spec.events_per_article - 1))
        day = dt.date.fromordinal(first_day + rng.randrange(days))
        art_id = make_id("art", "synthetic", spec.seed, n_article)
        article = Article(
            id=art_id,
            url=f"synthetic://{spec.seed}/{n_article}",
            text="",
            sha256=make_id("sha", spec.seed, n_article),
            title=f"Synthetic report {n_article}",
            published=day.isoformat(),
            language="en",
            source="synthetic",
            extractor="synthetic/1",
        )
        used_actors: dict[str, Actor] = {}
        used_places: dict[str, Location] = {}
        events = []
        offset = 0
        for j in range(k):
            typ = types[type_pick()]
            a = actors[actor_pick()]
            target: Actor | None = None
            if rng.random() >= UNTARGETED.get(typ, 0.05):
                t = actors[actor_pick()]
                if t.id == a.id:
                    t = actors[(actor_pick() + 1) % spec.actors]
                target = t if t.id != a.id else None
            place = places[place_pick()] if rng.random() < 0.9 else None
            used_actors[a.id] = a
            if target:
                used_actors[target.id] = target
            if place:
                used_places[place.id] = place
            sentence = (
                f"{a.name} {typ.lower()} {target.name if target else ''} near {place.name if place else '?'}."
            )
            evidence = Evidence(sentence=sentence, start=offset, end=offset + len(sentence), text=typ.lower())
            offset += len(sentence) + 1
            ev_day = dt.date.fromordinal(day.toordinal() - rng.randrange(3))
            events.append(
                Event(
                    id=make_id("ev", art_id, j),
                    type=typ,
                    actor_id=a.id,
                    target_id=target.id if target else None,
                    location_id=place.id if place else None,
                    evidence=evidence,
                    date=ev_day.isoformat(),
                    date_precision="day",
                    confidence=round(rng.uniform(0.5, 0.95), 2),
                    summary="",
                    source="synthetic",
                )
            )
        made += k
        n_article += 1
        yield ArticleFacts(
            article=article,
            actors=list(used_actors.values()),
            locations=list(used_places.values()),
            events=events,
        )


def hottest_actor(spec: Spec) -> tuple[str, str]:
    """(id, name) of the most frequent actor (rank 0 of the Zipf law)."""
    return actor_id(0), actor_name(0)


def hottest_place(spec: Spec) -> tuple[str, str]:
    """(id, name) of a hot place (one of the few that get many events)."""
    return place_id(0), place_name(0)


def typical_place(spec: Spec) -> tuple[str, str]:
    """(id, name) of an ordinary place (a long-tail one)."""
    i = spec.places // 2
    return place_id(i), place_name(i)


def typical_actor(spec: Spec) -> tuple[str, str]:
    """(id, name) of a mid-popularity actor."""
    i = min(spec.actors - 1, 50)
    return actor_id(i), actor_name(i)
