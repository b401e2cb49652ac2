"""Derived facts: who supports whom, who opposes whom and who controls which place, from the events.

``derive(store)`` reads the events that matter (SUPPORT / AID / COOPERATE for ``SUPPORTS``;
FIGHT / ASSAULT / THREATEN / COERCE for ``OPPOSES``, one relationship per pair of opponents;
CAPTURE / RETREAT and stated control claims for ``CONTROLS {kind: "captured"}``), computes the
relationships in Python and writes them through :class:`GraphWriter.write_rows` (batched
``UNWIND ... MERGE``). Derived relationships whose events are gone are removed. Running it twice
changes nothing; stated control claims (written by the writer) are never touched.

``derive(store, scope=scope)`` is the incremental form: a :class:`Scope` names the ordered
(actor, target) pairs and the places a run touched, and only the facts those determine are read
(their events found by the events' indexed derive key, ``conflictkg/graph/derive_keys.py``, never by
walking an actor's events) and recomputed. A ``SUPPORTS`` / ``OPPOSES`` fact depends on the events
of its pair only, a ``CONTROLS {kind: "captured"}`` period on the events and stated claims of its
place (and, for an untargeted capture, on the parties of the capture's own article), so the result
is the same as a full ``derive``. The ingest fills the scope from the facts it writes and, before rewriting an
article, from the events and claims the graph holds for it (what the rewrite removes). Not in a
scope: a change of an actor's name done outside an article write; ``conflictkg derive --all``
recomputes everything.

A scope filled with the store before the write also holds what each touched event gave to its pair
then: the derive reads the same events again and updates SUPPORTS / OPPOSES by the difference
(``derived/delta.py``), recomputing from its events only a pair the delta cannot update. A place's
periods are recomputed, and written only where they changed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from conflictkg.derived.aggregates import (
    FACTUAL,
    UNDATED,
    Evidence,
    by_date,
    date_text,
    evidence_lists,
    first_last,
    noisy_or,
    source_of,
    weight,
)
from conflictkg.derived.delta import Contributions, apply_delta, read_contributions
from conflictkg.derived.derive_cypher import (
    DELETE_CONTROLS,
    DELETE_OPPOSES,
    DELETE_SUPPORTS,
    MARK_RUNS_DERIVED,
    OPPOSES_LISTS,
    READ_ARTICLE_CLAIMS,
    READ_ARTICLE_KEYS,
    READ_CAPTURED,
    READ_CONTROL_EVENTS,
    READ_EVENT_REPORTS,
    READ_FIGHT_PAIRS,
    READ_KEYED_PAIR_EVENTS,
    READ_KEYED_PLACE_EVENTS,
    READ_OPPOSES,
    READ_PAIR_DERIVED,
    READ_PARTIES,
    READ_PLACE_CONTROLS,
    READ_STATED,
    READ_SUPPORT_EVENTS,
    READ_SUPPORTS,
    READ_UNDERIVED_RUNS,
    SUPPORTS_LISTS,
    WRITE_OPPOSES,
    WRITE_SUPPORTS,
)
from conflictkg.derived.interned import write_controls, write_pairs
from conflictkg.derived.linking import link_articles
from conflictkg.graph.derive_keys import FIGHT_TYPES, PLACE_TYPES, SUPPORT_TYPES, pair_key, place_key
from conflictkg.graph.store import Store
from conflictkg.graph.writer import GraphWriter
from conflictkg.model import ArticleFacts

CONFLICT_TYPES = ["FIGHT", "ASSAULT", "THREATEN", "COERCE", "CAPTURE", "RETREAT"]


@dataclass
class Scope:
    """What a run touched: the ordered (actor, target) pairs of events, and the places of captures,
    retreats and stated control claims, written or removed (a control period depends on nothing else:
    the parties that name an untargeted capture's loser are its own article's). An empty scope
    derives nothing.

    Filled with the store (``add_articles``, ``add_facts(..., store)``), before the write, it also
    holds what each touched event gave to its pair then (``prior``), and the derive applies the
    run's delta to SUPPORTS / OPPOSES (``derived/delta.py``) instead of re-reading their pairs."""

    pairs: set[tuple[str, str]] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)  # whose extracted events get their SAME_AS links
    prior: Contributions = field(default_factory=dict)
    by_delta: bool = True  # False once facts were added without reading their events' prior state

    def __bool__(self) -> bool:
        return bool(self.pairs or self.places or self.articles)

    def add_facts(self, items: Iterable[ArticleFacts], store: Store | None = None) -> None:
        """The keys of facts about to be written (and, given the store, their events' prior state)."""
        items = list(items)
        for facts in items:
            if facts.article.source == "text":
                self.articles.add(facts.article.id)
            for e in facts.events:
                if e.target_id:
                    self.pairs.add((e.actor_id, e.target_id))
                if e.location_id and e.type in PLACE_TYPES:
                    self.places.add(e.location_id)
            self.places.update(c.location_id for c in facts.controls)
        if store is None:
            self.by_delta = False
        else:
            self._read_prior(store, [e.id for f in items for e in f.events])

    def add_articles(self, store: Store, article_ids: list[str], chunk: int = 1000) -> None:
        """The keys the graph holds now for these articles: call it before rewriting them, so the
        pairs and places of the events the rewrite removes are recomputed too."""
        events: set[str] = set()
        for start in range(0, len(article_ids), chunk):
            ids = article_ids[start : start + chunk]
            for r in store.query(READ_ARTICLE_KEYS, {"ids": ids}):
                events.add(r["event"])
                if r["target"]:
                    self.pairs.add((r["actor"], r["target"]))
                if r["place"] and r["type"] in PLACE_TYPES:
                    self.places.add(r["place"])
            self.places.update(r["place"] for r in store.query(READ_ARTICLE_CLAIMS, {"ids": ids}))
        self._read_prior(store, events)

    def _read_prior(self, store: Store, events: Iterable[str]) -> None:
        """The first state seen of each event is the one before the run."""
        self.prior.update(read_contributions(store, set(events) - self.prior.keys()))


@dataclass
class DeriveStats:
    supports: int = 0
    supports_removed: int = 0
    controls: int = 0
    controls_removed: int = 0
    opposes: int = 0
    opposes_removed: int = 0
    links: int = 0
    pairs_recomputed: int = 0  # by a scoped derive, from their events (not by the run's delta)


def _by_event(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows in (event, article) order, so the row kept for an event reported twice does not depend
    on the order a store returns them in (nor on whether the read was full or scoped)."""
    return sorted(rows, key=lambda r: (r["event"], r.get("article") or ""))


def support_rows(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per (backer, backed) pair from the supporting events."""
    pairs: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    seen: set[str] = set()
    for ev in _by_event(events):
        if ev["event"] in seen:  # an event reported once is counted once
            continue
        seen.add(ev["event"])
        pairs[(ev["backer"], ev["backed"])].append(ev)
    rows = []
    for (backer, backed), evs in sorted(pairs.items()):
        ordered = by_date((date_text(e["date"]), source_of(e["source"])) for e in evs)
        dates = [d for d, _ in ordered]
        total_weight = sum(weight(e["confidence"]) for e in evs)
        ev = evidence_lists([
            (date_text(e["date"]) or UNDATED, e["event"], e["sentence"], e["article"], source_of(e["source"]))
            for e in evs
        ])  # fmt: skip
        props = {
            "events": len(evs),
            **first_last(dates),
            # every event's date and source, so queries can count within a window or a source
            "dates": dates,
            "sources": [src for _, src in ordered],
            "confidence": noisy_or(total_weight),
            "noisy_or_weight": total_weight,
            **ev,
        }
        rows.append({"backer": backer, "backed": backed, "props": props})
    return rows


def oppose_rows(pairs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per unordered pair of opponents, directed from the alphabetically first name.

    ``dates`` / ``types`` / ``sources`` are parallel lists over every event (by date, undated ''
    last), so queries can count by type within a window or a source.
    """
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for p in pairs:
        ends = sorted([(p["actor_name"] or "", p["actor"]), (p["target_name"] or "", p["target"])])
        key = (ends[0][1], ends[1][1])
        pair = {e[0]: (e[1], date_text(e[2]), source_of(e[3])) for e in p["events"]}
        merged.setdefault(key, {}).update(pair)
    rows = []
    for (a, b), events in sorted(merged.items()):
        ordered = by_date((d, ty, src) for ty, d, src in events.values())
        dates = [d for d, _, _ in ordered]
        types = [ty for _, ty, _ in ordered]
        props: dict[str, Any] = {"events": len(events)}
        props.update({ty.lower(): types.count(ty) for ty in FIGHT_TYPES})
        props.update(first_last(dates), dates=dates, types=types, sources=[src for _, _, src in ordered])
        rows.append({"a": a, "b": b, "props": props})
    return rows


@dataclass
class _Period:
    actor: str
    place: str
    event: str
    since: str
    from_actor: str | None
    from_id: str | None
    from_inferred: bool = False
    until: str | None = None
    evidence: list[Evidence] = field(default_factory=list)

    def row(self) -> dict[str, Any]:
        ev = evidence_lists(self.evidence, per_source=None)  # every capture of the period (few)
        props = {
            "since": self.since, "until": self.until, "from_actor": self.from_actor,
            "from_id": self.from_id, "from_inferred": self.from_inferred, "events": len(self.evidence), **ev,
        }  # fmt: skip
        return {"actor": self.actor, "place": self.place, "event": self.event, "props": props}


def _capture_evidence(when: str, ev: dict[str, Any]) -> Evidence:
    return (when, ev["event"], ev["sentence"], ev["article"], source_of(ev.get("source")))


# Order of items on the same date: a stated claim, then a retreat, then a capture.
_STATED, _RETREAT, _CAPTURE = 0, 1, 2


Party = tuple[str, str, str | None]  # (id, name, country) of an actor


def article_parties(rows: list[dict[str, Any]], stated: list[dict[str, Any]]) -> dict[str, set[Party]]:
    """Per article, the actors in its conflict events or its stated control claims."""
    out: dict[str, set[Party]] = defaultdict(set)
    for r in rows:
        out[r["article"]].add((r["actor"], r["actor_name"], r["country"]))
        if r["target"]:
            out[r["article"]].add((r["target"], r["target_name"], r["target_country"]))
    for s in stated:
        if s.get("article_id"):
            out[s["article_id"]].add((s["actor"], s["actor_name"], s.get("country")))
    return out


def _inferred_loser(capture: dict[str, Any], parties: dict[str, set[Party]]) -> tuple[str, str] | None:
    """The one local adversary of an untargeted capture's actor in the same article, if there is one.

    "The GNA said its forces took Asaba" in an article about the GNA's war with the LNA: the other
    party of that country in the article's conflict events (or control claims) lost the place.
    """
    country = capture.get("country")
    if not country:
        return None
    local = {(i, n) for i, n, c in parties.get(capture.get("article_id") or "", set()) if c == country}
    local.discard((capture["actor"], capture["actor_name"]))
    return local.pop() if len(local) == 1 else None


def control_rows(
    events: list[dict[str, Any]],
    stated: list[dict[str, Any]],
    parties: dict[str, set[Party]] | None = None,
) -> list[dict[str, Any]]:
    """Control periods from captures and retreats, place by place, in date order.

    A capture starts a period of its actor, which lasts until the place is captured by another actor
    or the actor retreats from it; a capture by the actor already in control continues its period.
    The previous controller of a capture is its target, else the actor of the place's previous
    period (captured or stated), else (``from_inferred``) the one other party of the capturer's
    country in the same article's conflict events (see ``article_parties``). A capture without a
    date takes its article's date, else is skipped.
    """
    timeline: dict[str, list[tuple[str, int, str, dict[str, Any]]]] = defaultdict(list)
    seen: set[str] = set()
    for s in stated:
        timeline[s["place"]].append((date_text(s["since"]), _STATED, s["actor"], s))
    for ev in _by_event(events):
        if ev["event"] in seen:
            continue
        seen.add(ev["event"])
        when = date_text(ev["date"]) or date_text(ev["published"])
        if not when:
            continue
        kind = _CAPTURE if ev["type"] == "CAPTURE" else _RETREAT
        timeline[ev["place"]].append((when, kind, ev["event"], ev))
    periods: list[_Period] = []
    for place in sorted(timeline):
        last: tuple[str, str] | None = None  # (id, name) of the previous controller
        open_: _Period | None = None
        for when, kind, _, item in sorted(timeline[place], key=lambda x: x[:3]):
            if kind == _STATED:
                last = (item["actor"], item["actor_name"])
            elif kind == _RETREAT:
                if open_ is not None and open_.actor == item["actor"]:
                    open_.until = when
                    open_ = None
            elif open_ is not None and open_.actor == item["actor"]:
                open_.evidence.append(_capture_evidence(when, item))
            else:
                if item["target"] and item["target"] != item["actor"]:
                    prev: tuple[str, str] | None = (item["target"], item["target_name"])
                else:
                    prev = last if last and last[0] != item["actor"] else None
                inferred = prev is None and parties is not None
                if inferred:
                    prev = _inferred_loser(item, parties or {})
                if open_ is not None:
                    open_.until = when
                open_ = _Period(
                    actor=item["actor"], place=place, event=item["event"], since=when,
                    from_actor=prev[1] if prev else None, from_id=prev[0] if prev else None,
                    from_inferred=inferred and prev is not None,
                    evidence=[_capture_evidence(when, item)],
                )  # fmt: skip
                periods.append(open_)
                last = (item["actor"], item["actor_name"])
    return [p.row() for p in periods]


def _party_rows(store: Store, events: list[dict[str, Any]], batch_rows: int) -> list[dict[str, Any]]:
    """The conflict parties of the articles of untargeted captures (see ``article_parties``)."""
    untargeted = sorted(
        {e["article_id"] for e in events if e["type"] == "CAPTURE" and not e["target"] and e["article_id"]}
    )
    rows: list[dict[str, Any]] = []
    for start in range(0, len(untargeted), batch_rows):
        rows += store.query(
            READ_PARTIES,
            {
                "articles": untargeted[start : start + batch_rows],
                "types": CONFLICT_TYPES,
                "modalities": FACTUAL,
            },
        )
    return rows


def derive(
    store: Store, run_id: str | None = None, *, scope: Scope | None = None, batch_rows: int = 5000
) -> DeriveStats:
    """Recompute the derived SUPPORTS, OPPOSES and CONTROLS {kind: "captured"} relationships: all
    of them, or (with ``scope``) those of the scope's pairs and places only (same result)."""
    writer = GraphWriter(store, run_id=run_id, max_rows=batch_rows)
    if scope is not None:
        return _derive_scope(store, writer, scope, batch_rows)
    stats = DeriveStats()

    supports = support_rows(store.query(READ_SUPPORT_EVENTS, {"types": SUPPORT_TYPES, "modalities": FACTUAL}))
    wanted = {(r["backer"], r["backed"]) for r in supports}
    stale = [
        {"backer": r["backer"], "backed": r["backed"]}
        for r in store.query(READ_SUPPORTS)
        if (r["backer"], r["backed"]) not in wanted
    ]
    stats.supports_removed = writer.write_rows(DELETE_SUPPORTS, stale)
    stats.supports = write_pairs(writer, WRITE_SUPPORTS, "s", SUPPORTS_LISTS, supports)

    opposes = oppose_rows(store.query(READ_FIGHT_PAIRS, {"types": FIGHT_TYPES, "modalities": FACTUAL}))
    wanted = {(r["a"], r["b"]) for r in opposes}
    stale = [r for r in store.query(READ_OPPOSES) if (r["a"], r["b"]) not in wanted]
    stats.opposes_removed = writer.write_rows(DELETE_OPPOSES, stale)
    stats.opposes = write_pairs(writer, WRITE_OPPOSES, "o", OPPOSES_LISTS, opposes)

    events = store.query(READ_CONTROL_EVENTS, {"modalities": FACTUAL})
    stated = store.query(READ_STATED)
    controls = control_rows(events, stated, article_parties(_party_rows(store, events, batch_rows), stated))
    keep = {(r["actor"], r["place"], r["event"]) for r in controls}
    stale = [r for r in store.query(READ_CAPTURED) if (r["actor"], r["place"], r["event"]) not in keep]
    stats.controls_removed = writer.write_rows(DELETE_CONTROLS, stale)
    stats.controls = write_controls(writer, controls)
    writer.write_rows(MARK_RUNS_DERIVED, [{"id": r} for r in underived_runs(store, run_id)])
    return stats


def underived_runs(store: Store, run_id: str | None = None) -> list[str]:
    """The runs, other than ``run_id``, that wrote and never derived: their process died, or an error
    stopped them before their derive. No run's delta holds what they changed."""
    return [r["id"] for r in store.query(READ_UNDERIVED_RUNS, {"run_id": run_id or ""})]


def derive_run(store: Store, run_id: str, scope: Scope, batch_rows: int = 5000) -> DeriveStats:
    """The derive that ends an ingest run: by the run's scope, or everything once when an earlier run
    wrote and never derived (its pairs and places are in no scope), with the run's articles linked."""
    if not underived_runs(store, run_id):
        return derive(store, run_id, scope=scope, batch_rows=batch_rows)
    stats = derive(store, run_id, batch_rows=batch_rows)
    stats.links = link_articles(store, scope.articles, run_id).links
    return stats


def _fight_pairs(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Per-event rows in the shape of READ_FIGHT_PAIRS (one row per pair, its events collected)."""
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    for e in events:
        key = (e["actor"], e["target"])
        pair = pairs.setdefault(
            key, {"actor": e["actor"], "actor_name": e["actor_name"], "target": e["target"],
                  "target_name": e["target_name"], "events": []}
        )  # fmt: skip
        pair["events"].append([e["event"], e["type"], date_text(e["date"]), e["source"]])
    return list(pairs.values())


def _chunks(items: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _pair_events(store: Store, pairs: set[tuple[str, str]], batch_rows: int) -> list[dict[str, Any]]:
    """The supporting and fighting events of the ordered pairs, one row an event, found by key."""
    keys = sorted({pair_key(a, b) for a, b in pairs})
    params = {"types": SUPPORT_TYPES + FIGHT_TYPES, "modalities": FACTUAL}
    columns = ("event", "type", "date", "confidence", "source")
    return [
        {**ends, **dict(zip(columns, values, strict=True))}
        for chunk in _chunks(keys, batch_rows)
        for pair in store.query(READ_KEYED_PAIR_EVENTS, {"keys": chunk, **params})
        if (pair["actor"], pair["target"]) in pairs
        for ends in [{k: pair[k] for k in ("actor", "actor_name", "target", "target_name")}]
        for values in pair["events"]
    ]


def _with_reports(store: Store, events: list[dict[str, Any]], batch_rows: int) -> list[dict[str, Any]]:
    """The events, one row per article that reports them (its sentence and url), as the full read."""
    reports: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for chunk in _chunks(sorted({e["event"] for e in events}), batch_rows):
        for r in store.query(READ_EVENT_REPORTS, {"ids": chunk}):
            reports[r["event"]].append(r)
    unreported = [{"sentence": None, "article": None}]
    return [{**e, **r} for e in events for r in reports.get(e["event"], unreported)]


def _place_events(store: Store, places: set[str], batch_rows: int) -> list[dict[str, Any]]:
    keys = sorted({place_key(p) for p in places})
    return [
        e
        for chunk in _chunks(keys, batch_rows)
        for e in store.query(READ_KEYED_PLACE_EVENTS, {"keys": chunk, "modalities": FACTUAL})
        if e["place"] in places
    ]


def _derive_scope(store: Store, writer: GraphWriter, scope: Scope, batch_rows: int) -> DeriveStats:
    stats = DeriveStats()
    recompute, touched = scope.pairs, None
    if scope.by_delta and scope.prior:
        touched = set(scope.prior)
        after = read_contributions(store, scope.prior, batch_rows)
        delta = apply_delta(store, writer, scope.prior, after, batch_rows)
        scope.prior = after  # what the derived facts reflect now: deriving again applies nothing twice
        stats.supports, stats.supports_removed = delta.supports, delta.supports_removed
        stats.opposes, stats.opposes_removed = delta.opposes, delta.opposes_removed
        recompute = delta.recompute
    _recompute_pairs(store, writer, recompute, stats, batch_rows)
    _recompute_places(store, writer, scope.places, stats, batch_rows, touched)
    # the cross-source links of the articles written: a note ingested after its ACLED file
    stats.links = link_articles(store, scope.articles, writer.run_id).links
    return stats


def _recompute_pairs(
    store: Store, writer: GraphWriter, touched: set[tuple[str, str]], stats: DeriveStats, batch_rows: int
) -> None:
    """SUPPORTS and OPPOSES of the pairs, from their events."""
    # Both directions of every pair: OPPOSES is one fact per unordered pair.
    pairs = {p for a, b in touched if a != b for p in ((a, b), (b, a))}
    stats.pairs_recomputed = len(pairs)
    if not pairs:
        return
    events = _pair_events(store, pairs, batch_rows)
    existing = [
        r
        for chunk in _chunks([{"a": a, "b": b} for a, b in sorted(pairs)], batch_rows)
        for r in store.query(READ_PAIR_DERIVED, {"pairs": chunk})
    ]

    supporting = _with_reports(store, [e for e in events if e["type"] in SUPPORT_TYPES], batch_rows)
    supports = support_rows([{**e, "backer": e["actor"], "backed": e["target"]} for e in supporting])
    wanted = {(r["backer"], r["backed"]) for r in supports}
    stale = [
        {"backer": r["a"], "backed": r["b"]}
        for r in existing
        if r["rel"] == "SUPPORTS" and (r["a"], r["b"]) not in wanted
    ]
    stats.supports_removed += writer.write_rows(DELETE_SUPPORTS, stale)
    stats.supports += write_pairs(writer, WRITE_SUPPORTS, "s", SUPPORTS_LISTS, supports)

    opposes = oppose_rows(_fight_pairs([e for e in events if e["type"] in FIGHT_TYPES]))
    wanted = {(r["a"], r["b"]) for r in opposes}
    stale = [
        {"a": r["a"], "b": r["b"]}
        for r in existing
        if r["rel"] == "OPPOSES" and (r["a"], r["b"]) not in wanted
    ]
    stats.opposes_removed += writer.write_rows(DELETE_OPPOSES, stale)
    stats.opposes += write_pairs(writer, WRITE_OPPOSES, "o", OPPOSES_LISTS, opposes)


# What tells a stored control period from a recomputed one: the rest of it (the dates, sources,
# articles and sentences of its evidence) follows its events, which change only if the run touched them.
PERIOD_COLUMNS = ["since", "until", "from_actor", "from_id", "from_inferred", "events", "event_ids"]


def _changed(
    rows: list[dict[str, Any]], claims: list[dict[str, Any]], touched: set[str] | None
) -> list[dict[str, Any]]:
    """The periods to write: those not stored as they are (all, when the touched events are unknown)."""
    if touched is None:
        return rows
    held = {(c["actor"], c["place"], c["event"]): c for c in claims if c["kind"] == "captured"}
    return [
        r
        for r in rows
        if (old := held.get((r["actor"], r["place"], r["event"]))) is None
        or any(old[c] != r["props"][c] for c in PERIOD_COLUMNS)
        or not touched.isdisjoint(r["props"]["event_ids"])
    ]


def _recompute_places(
    store: Store,
    writer: GraphWriter,
    places: set[str],
    stats: DeriveStats,
    batch_rows: int,
    touched: set[str] | None = None,
) -> None:
    """CONTROLS {kind: "captured"} of the places, from their events and stated claims; with the
    events the run ``touched``, only the periods that changed are written."""
    place_events = _place_events(store, places, batch_rows)
    claims = [
        c
        for chunk in _chunks(sorted(places), batch_rows)
        for c in store.query(READ_PLACE_CONTROLS, {"places": chunk})
    ]
    stated = [c for c in claims if c["kind"] == "stated"]
    party_rows = _party_rows(store, place_events, batch_rows)
    # The parties of an article include the actors of its stated claims on places out of the scope.
    articles = sorted({r["article"] for r in party_rows})
    article_claims = [
        c
        for start in range(0, len(articles), batch_rows)
        for c in store.query(READ_ARTICLE_CLAIMS, {"ids": articles[start : start + batch_rows]})
        if c["kind"] == "stated"
    ]
    controls = control_rows(place_events, stated, article_parties(party_rows, stated + article_claims))
    keep = {(r["actor"], r["place"], r["event"]) for r in controls}
    stale = [
        {"actor": c["actor"], "place": c["place"], "event": c["event"]}
        for c in claims
        if c["kind"] == "captured" and (c["actor"], c["place"], c["event"]) not in keep
    ]
    stats.controls_removed = writer.write_rows(DELETE_CONTROLS, stale)
    stats.controls = write_controls(writer, _changed(controls, claims, touched))
