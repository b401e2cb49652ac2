"""The Python API for notebooks: the shipped ``.cypher`` queries as pandas DataFrames and networkx graphs.

>>> kg = KnowledgeGraph.open()                      # the embedded store under the data dir
>>> kg.who_backs_whom(since="2020-01-01")           # DataFrame: backer, backed, events, ...
>>> kg.actor_profile("ANL")                         # names resolve through aliases in any language
>>> g = kg.to_networkx("all")                       # signed support / opposition graph

Each method runs one query file of ``conflictkg/queries/`` (the same text Neo4j Browser users run).
Actor and place names are resolved to ids first: exact name or alias, then case-, accent- and
punctuation-insensitive; an unknown name raises :class:`NotFoundError` listing the closest matches.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from pathlib import Path
from typing import Any, Literal

import networkx as nx
import pandas as pd
from rapidfuzz import fuzz, process

from conflictkg.errors import InputError, NotFoundError
from conflictkg.graph.store import Row, Store
from conflictkg.queries.files import load
from conflictkg.textkeys import fold

ALL_ROWS = 1_000_000_000
_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


normalize = fold  # the name notebooks already use


def iso_date(value: Any, name: str = "date", *, upper: bool = False) -> str | None:
    """An ISO date string (2020, 2020-05 or 2020-05-21) from a string, date or timestamp.

    A string must name a real date (2020-13-45 is an error). ``upper`` makes a partial date the last
    day of its period (2020 → 2020-12-31, 2020-02 → 2020-02-29), as an ``until`` bound must be: every
    date inside the month or year then compares ``<=`` to it. This is the one rule for ``since`` /
    ``until`` in ``ask``, the API and ``export``.
    """
    if value is None or value == "":
        return None
    if hasattr(value, "isoformat"):
        return str(value.isoformat())[:10]
    text = str(value).strip()
    match = _ISO.match(text)
    try:
        if match is None:
            raise ValueError(text)
        year, month, day = (int(p) for p in (text + "-01-01"[len(text) - 4 :]).split("-"))
        dt.date(year, month, day)  # the calendar check: month 1-12, a day the month has
    except ValueError as exc:
        raise InputError(f"{name}: {text!r} is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)") from exc
    if not upper or match.group(2):
        return text
    if match.group(1):  # a month: its last day
        return f"{text}-{calendar.monthrange(year, month)[1]:02d}"
    return f"{text}-12-31"


def to_datetime(values: pd.Series) -> pd.Series:
    """ISO date strings, possibly partial ("2020-05"), as datetime64 (a partial date → its first day)."""
    padded = values.map(
        lambda v: None if v is None or v == "" or v is pd.NA else (str(v) + "-01-01"[len(str(v)) - 4 :])
    )
    return pd.to_datetime(padded, format="%Y-%m-%d", errors="coerce")


def frame(
    rows: list[Row], columns: list[str], *, dates: tuple[str, ...] = (), ints: tuple[str, ...] = ()
) -> pd.DataFrame:
    """Rows as a DataFrame with typed columns: dates as datetime64, counts as Int64.

    A partial date ("2020-05") becomes its first day, so when the rows say how precise their date is
    (``date_precision``: day, week, month, year) that column is kept, right after the date.
    """
    if rows and "date_precision" in rows[0] and "date_precision" not in columns:
        at = columns.index("date") + 1 if "date" in columns else len(columns)
        columns = [*columns[:at], "date_precision", *columns[at:]]
    df = pd.DataFrame(rows, columns=columns)
    for col in dates:
        df[col] = to_datetime(df[col].astype(object))
    for col in ints:
        df[col] = pd.to_numeric(df[col], errors="coerce").astype("Int64")
    for col in ("lat", "lon", "confidence"):
        if col in df.columns:
            df[col] = pd.to_numeric(df[col], errors="coerce").astype("float64")
    return df


FIGHT_COUNTS = ("events", "fight", "assault", "threaten", "coerce")
SOURCES = ("text", "acled", "gdelt")  # what the `source` filter of the queries names
_FILTERS = {
    "actor": None, "country": None, "since": None, "until": None, "source": None, "min_events": 1,
    "limit": ALL_ROWS,
}  # fmt: skip
# Every parameter each query declares, with its default (a query needs all of them bound).
QUERY_PARAMS: dict[str, dict[str, Any]] = {
    "who_backs_whom": _FILTERS,
    "who_fights_whom": _FILTERS,
    "towns_changed_hands": {
        k: _FILTERS[k] for k in ("actor", "country", "since", "until", "source", "limit")
    },
    "proxy_links": {k: v for k, v in _FILTERS.items() if k != "country"},
    "place_profile": {"place": None, "since": None, "until": None, "source": None, "limit": ALL_ROWS},
    "control_timeline": {"place": None, "source": None},
    "actor_profile": {"actor": None, "source": None},
    "resolve_actor": {"name": None},
    "resolve_place": {"name": None},
}
COLUMNS = {
    "who_backs_whom": ["backer", "backed", "events", "first_seen", "last_seen", "confidence", "evidence"],
    "who_fights_whom": ["actor_a", "actor_b", *FIGHT_COUNTS, "first_seen", "last_seen"],
    "towns_changed_hands": ["location", "lat", "lon", "from", "to", "date", "evidence"],
    "control_timeline": ["location", "actor", "kind", "since", "until", "from", "evidence"],
    "place_profile": [
        "location",
        "date",
        "date_precision",
        "type",
        "actor",
        "target",
        "modality",
        "source",
        "sentence",
        "article",
        "event",
    ],
    "actor_profile": ["section", "other", "type", "events", "first_seen", "last_seen"],
    "proxy_links": [
        "backer",
        "proxy",
        "opponent",
        "support_events",
        "fight_events",
        "first_seen",
        "last_seen",
    ],
}


def corroboration(
    store: Store, source: str | None = None, status: str | None = None, limit: int | None = None
) -> list[Row]:
    """Per event extracted from text, the structured records linked to it (``corroboration.cypher``).

    ``source``: only "acled" or "gdelt" records count; ``status``: "confirmed" or "unconfirmed" only.
    """
    if source not in (None, "acled", "gdelt"):
        raise InputError(f"unknown source {source!r}: use acled or gdelt")
    if status not in (None, "confirmed", "unconfirmed"):
        raise InputError(f"unknown status {status!r}: use confirmed or unconfirmed")
    params = {"source": source, "status": status, "limit": limit or 1_000_000}
    return store.query(load("corroboration"), params)


class KnowledgeGraph:
    """The questions analysts ask, over one store (embedded FalkorDB or Neo4j)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @classmethod
    def open(
        cls,
        uri: str | None = None,
        *,
        home: str | Path | None = None,
        neo4j_user: str = "neo4j",
        neo4j_password: str = "",
        neo4j_database: str | None = None,
    ) -> KnowledgeGraph:
        """Open a store by URI (default: the embedded store under ``home``, started if needed)."""
        from conflictkg.graph.open import Neo4jAuth, default_home, open_store

        base = Path(home).expanduser() if home else default_home()
        auth = Neo4jAuth(neo4j_user, neo4j_password, neo4j_database)
        return cls(open_store(uri, home=base / "falkordb", neo4j_auth=auth))

    def close(self) -> None:
        self.store.close()

    def run(self, query: str, /, **params: Any) -> list[Row]:
        """Run the shipped query file ``query`` with its parameters; raw rows."""
        return self.store.query(load(query), params)

    @staticmethod
    def source_filter(value: str | None) -> str | None:
        """A ``source`` filter as the queries take it (None = every source); an unknown one is an error."""
        if value is None or not str(value).strip():
            return None
        source = str(value).strip().lower()
        if source not in SOURCES:
            raise InputError(f"unknown source {value!r}: use one of {', '.join(SOURCES)}")
        return source

    # ---- name resolution -------------------------------------------------------------------

    def _resolve(self, kind: str, name: str) -> Row:
        query = "resolve_actor" if kind == "actor" else "resolve_place"
        if not name or not str(name).strip():
            raise InputError(f"empty {kind} name")
        name = str(name).strip()
        rows = self.run(query, name=name)
        if not rows:
            everything = self.run(query, name=None)
            key = normalize(name)
            rows = [r for r in everything if r["id"] == name]
            rows = rows or [
                r for r in everything if key in {normalize(x) for x in [r["name"], *(r["aliases"] or [])]}
            ]
            if not rows:
                raise NotFoundError(self._not_found(kind, name, everything))
        exact = [r for r in rows if normalize(r["name"]) == normalize(name)]
        return (exact or rows)[0]

    @staticmethod
    def _not_found(kind: str, name: str, everything: list[Row]) -> str:
        """The error message for an unknown name, with up to five close names (one per entity)."""
        labels: dict[str, Row] = {}
        for r in everything:
            for alias in [r["name"], *(r["aliases"] or [])]:
                labels.setdefault(normalize(alias), r)
        best: dict[str, tuple[float, str]] = {}
        for key, score, _ in process.extract(normalize(name), list(labels), scorer=fuzz.ratio, limit=20):
            r = labels[key]
            if score >= 50 and r["id"] not in best:
                shown = r["name"] if key == normalize(r["name"]) else f"{key} ({r['name']})"
                best[r["id"]] = (score, shown)
        close = [shown for _, shown in sorted(best.values(), key=lambda x: -x[0])[:5]]
        hint = f"; closest: {', '.join(close)}" if close else "; no similar name in the graph"
        return f"unknown {kind} {name!r}{hint}"

    def resolve_actor(self, name: str) -> Row:
        """The actor called ``name`` (its name, an alias in any language, or its id)."""
        return self._resolve("actor", name)

    def resolve_place(self, name: str) -> Row:
        """The place called ``name`` (its name, an alias in any language, or its id)."""
        return self._resolve("place", name)

    def _actor_id(self, name: str | None) -> str | None:
        return None if name is None else str(self.resolve_actor(name)["id"])

    @staticmethod
    def _country(code: str | None) -> str | None:
        if not code:
            return None
        code = code.strip()
        if len(code) == 3 and code.isalpha():
            return code.upper()
        import pycountry

        try:
            return str(pycountry.countries.lookup(code).alpha_3)
        except LookupError as exc:
            raise InputError(f"unknown country {code!r}: use an ISO 3166 code such as LBY") from exc

    @classmethod
    def country_code(cls, code: str | None) -> str | None:
        """An ISO 3166 alpha-3 code from a code or a country name (``'Libya'`` → ``'LBY'``)."""
        return cls._country(code)

    # ---- the questions ----------------------------------------------------------------------

    def rows(self, query: str, **kwargs: Any) -> list[Row]:
        """Run a question by its query name with friendly arguments; raw rows (dates as ISO strings).

        ``actor`` / ``place`` are names or aliases (resolved to ids), ``since`` / ``until`` ISO dates
        or ``date`` objects, ``country`` an ISO 3166 code or name; ``limit=None`` means every row.
        """
        params: dict[str, Any] = dict(QUERY_PARAMS.get(query, {}))
        for key, value in kwargs.items():
            if key == "actor":
                value = self._actor_id(value)
            elif key == "place":
                value = self.resolve_place(value)["id"]
            elif key == "country":
                value = self._country(value)
            elif key in ("since", "until"):
                value = iso_date(value, key, upper=key == "until")
            elif key == "limit":
                value = int(value) if value else ALL_ROWS
            elif key == "min_events":
                value = int(value or 1)
            elif key == "source":
                value = self.source_filter(value)
            params[key] = value
        return [_with_evidence(r) for r in self.run(query, **params)]

    def who_backs_whom(
        self,
        actor: str | None = None,
        since: Any = None,
        until: Any = None,
        *,
        country: str | None = None,
        source: str | None = None,
        min_events: int = 1,
        limit: int | None = None,
    ) -> pd.DataFrame:
        """Backer → backed, number of supporting events, first / last seen, evidence."""
        rows = self.rows(
            "who_backs_whom", actor=actor, since=since, until=until, country=country, source=source,
            min_events=min_events, limit=limit,
        )  # fmt: skip
        return frame(rows, COLUMNS["who_backs_whom"], dates=("first_seen", "last_seen"), ints=("events",))

    def who_fights_whom(
        self,
        actor: str | None = None,
        since: Any = None,
        until: Any = None,
        *,
        country: str | None = None,
        source: str | None = None,
        min_events: int = 1,
        limit: int | None = None,
    ) -> pd.DataFrame:
        """Pairs of opponents with counts by type (FIGHT, ASSAULT, THREATEN, COERCE), first / last seen."""
        rows = self.rows(
            "who_fights_whom", actor=actor, since=since, until=until, country=country, source=source,
            min_events=min_events, limit=limit,
        )  # fmt: skip
        return frame(rows, COLUMNS["who_fights_whom"], dates=("first_seen", "last_seen"), ints=FIGHT_COUNTS)

    def towns_changed_hands(
        self,
        since: Any = None,
        until: Any = None,
        *,
        country: str | None = None,
        actor: str | None = None,
        source: str | None = None,
        limit: int | None = None,
    ) -> pd.DataFrame:
        """Every capture that changed who holds a place: location, lat, lon, from, to, date, evidence."""
        rows = self.rows(
            "towns_changed_hands", actor=actor, since=since, until=until, country=country, source=source,
            limit=limit,
        )  # fmt: skip
        return frame(rows, COLUMNS["towns_changed_hands"], dates=("date",))

    def corroboration(
        self, *, source: str | None = None, status: str | None = None, limit: int | None = None
    ) -> pd.DataFrame:
        """Per event extracted from text, the ACLED / GDELT records linked to it by SAME_AS."""
        return pd.DataFrame(corroboration(self.store, source, status, limit))

    def control_timeline(self, place: str, *, source: str | None = None) -> pd.DataFrame:
        """Who held one place, from when to when (captured and stated control)."""
        rows = self.rows("control_timeline", place=place, source=source)
        return frame(rows, COLUMNS["control_timeline"], dates=("since", "until"))

    def place_profile(
        self,
        place: str,
        since: Any = None,
        until: Any = None,
        *,
        source: str | None = None,
        limit: int | None = None,
    ) -> pd.DataFrame:
        """The events at one place, in date order."""
        rows = self.rows("place_profile", place=place, since=since, until=until, source=source, limit=limit)
        return frame(rows, COLUMNS["place_profile"], dates=("date",))

    def actor_profile(self, actor: str, *, source: str | None = None) -> pd.DataFrame:
        """One actor's facts by section: actor_of, target_of, backs, backed_by, opponent, member, ..."""
        rows = self.rows("actor_profile", actor=actor, source=source)
        return frame(rows, COLUMNS["actor_profile"], dates=("first_seen", "last_seen"), ints=("events",))

    def proxy_links(
        self,
        actor: str | None = None,
        since: Any = None,
        until: Any = None,
        *,
        source: str | None = None,
        min_events: int = 1,
        limit: int | None = None,
    ) -> pd.DataFrame:
        """A backs B and B fights C: backer, proxy, opponent, support and fight events."""
        rows = self.rows(
            "proxy_links", actor=actor, since=since, until=until, source=source, min_events=min_events,
            limit=limit,
        )  # fmt: skip
        return frame(
            rows, COLUMNS["proxy_links"], dates=("first_seen", "last_seen"),
            ints=("support_events", "fight_events"),
        )  # fmt: skip

    def events(
        self,
        since: Any = None,
        until: Any = None,
        *,
        country: str | None = None,
        source: str | None = None,
    ) -> list[dict[str, Any]]:
        """Every event once, as ``conflictkg export events`` writes it (the export contract), in the
        export's order; ``country`` keeps those whose place, actor or target is of that country."""
        from conflictkg.queries.export import STREAM_PAGE_SIZE, iter_events

        code = self._country(country)
        seen: set[str] = set()
        out: list[dict[str, Any]] = []
        for event in iter_events(
            self.store, since=iso_date(since, "since"), until=iso_date(until, "until", upper=True),
            source=self.source_filter(source), page_size=STREAM_PAGE_SIZE,
        ):  # fmt: skip
            if event["event_id"] in seen:
                continue
            seen.add(event["event_id"])
            countries = {(event.get(part) or {}).get("country") for part in ("location", "actor", "target")}
            if code is None or code in countries:
                out.append(event)
        return out

    # ---- networks ----------------------------------------------------------------------------

    def to_networkx(
        self,
        kind: Literal["supports", "opposes", "all"] = "all",
        since: Any = None,
        until: Any = None,
        *,
        source: str | None = None,
    ) -> nx.MultiDiGraph:
        """Actors as nodes; edges ``supports`` (backer → backed, sign +1) and ``opposes`` (sign -1).

        Each edge has ``sign``, ``weight`` (= events), ``events``, ``first_seen``, ``last_seen``; its key
        is its kind. Opposition is symmetric: its one edge goes from the alphabetically first actor.
        """
        if kind not in ("supports", "opposes", "all"):
            raise InputError(f"unknown network kind {kind!r}: use supports, opposes or all")
        g = nx.MultiDiGraph()
        params = {"since": since, "until": until, "source": source}
        if kind in ("supports", "all"):
            for r in self.rows("who_backs_whom", **params):
                g.add_edge(
                    r["backer"], r["backed"], key="supports", sign=1, weight=int(r["events"]),
                    events=int(r["events"]), first_seen=r["first_seen"], last_seen=r["last_seen"],
                )  # fmt: skip
        if kind in ("opposes", "all"):
            for r in self.rows("who_fights_whom", **params):
                g.add_edge(
                    r["actor_a"], r["actor_b"], key="opposes", sign=-1, weight=int(r["events"]),
                    events=int(r["events"]), first_seen=r["first_seen"], last_seen=r["last_seen"],
                )  # fmt: skip
        if g.number_of_nodes():
            for r in self.run("resolve_actor", name=None):
                if r["name"] in g:
                    g.nodes[r["name"]].update(id=r["id"], kind=r["kind"], country=r["country"])
        return g

    def alliance_blocs(
        self, since: Any = None, until: Any = None, *, source: str | None = None
    ) -> list[set[str]]:
        """Blocs of actors that back each other and do not fight each other, largest first.

        Greedy modularity communities on the support graph (undirected, weighted by events); a bloc
        that contains a pair of opponents is split between them, each member going to the side it
        has more support ties with. Actors without any support tie are left out.
        """
        signed = self.to_networkx("all", since, until, source=source)
        pos = nx.Graph()
        neg: set[frozenset[str]] = set()
        for u, v, key, data in signed.edges(keys=True, data=True):
            if u == v:
                continue
            if key == "supports":
                w = pos.get_edge_data(u, v, {"weight": 0})["weight"] + data["weight"]
                pos.add_edge(u, v, weight=w)
            else:
                neg.add(frozenset((u, v)))
        if pos.number_of_nodes() == 0:
            return []
        blocs: list[set[str]] = []
        for comp in nx.algorithms.community.greedy_modularity_communities(pos, weight="weight"):
            blocs.extend(_split_on_opponents(set(comp), pos, neg))
        return sorted((b for b in blocs if len(b) > 1), key=lambda b: (-len(b), sorted(b)))

    def centrality(self, since: Any = None, until: Any = None, *, source: str | None = None) -> pd.DataFrame:
        """Per actor: degree (distinct counterparts), supports given / received, opponents,
        betweenness (on the undirected signed graph, unweighted) and PageRank (on support edges)."""
        g = self.to_networkx("all", since, until, source=source)
        cols = ["actor", "degree", "backs", "backed_by", "opponents", "betweenness", "pagerank"]
        if g.number_of_nodes() == 0:
            return frame([], cols, ints=("degree", "backs", "backed_by", "opponents"))
        simple = nx.Graph(g.to_undirected())
        support = nx.DiGraph()
        support.add_nodes_from(g.nodes)
        support.add_weighted_edges_from(
            (u, v, d["weight"]) for u, v, k, d in g.edges(keys=True, data=True) if k == "supports"
        )
        betweenness = nx.betweenness_centrality(simple)
        pagerank = _pagerank(support)
        rows = []
        for n in sorted(g.nodes):
            out_keys = [k for _, _, k in g.out_edges(n, keys=True)]
            in_keys = [k for _, _, k in g.in_edges(n, keys=True)]
            rows.append({
                "actor": n, "degree": simple.degree(n),
                "backs": out_keys.count("supports"), "backed_by": in_keys.count("supports"),
                "opponents": out_keys.count("opposes") + in_keys.count("opposes"),
                "betweenness": round(betweenness[n], 6), "pagerank": round(pagerank[n], 6),
            })  # fmt: skip
        df = frame(rows, cols, ints=("degree", "backs", "backed_by", "opponents"))
        return df.sort_values(["pagerank", "actor"], ascending=[False, True], ignore_index=True)


def _with_evidence(row: Row) -> Row:
    """A row whose evidence comes as parallel ``evidence`` (sentences) and ``articles`` lists, with
    ``evidence`` as one ``{sentence, article}`` per item (the JSON contract of ``ask``)."""
    if "articles" not in row or not isinstance(row.get("evidence"), list):
        return row
    out = {k: v for k, v in row.items() if k != "articles"}
    out["evidence"] = [
        {"sentence": s, "article": a} for s, a in zip(row["evidence"], row["articles"] or [], strict=False)
    ]
    return out


def _split_on_opponents(bloc: set[str], pos: nx.Graph, neg: set[frozenset[str]]) -> list[set[str]]:
    """Split a bloc until no two of its members oppose each other."""
    pair = next((tuple(sorted(p)) for p in sorted(neg, key=sorted) if p <= bloc), None)
    if pair is None:
        return [bloc]
    a, b = pair
    side_a, side_b = {a}, {b}
    for n in sorted(bloc - {a, b}):
        wa = sum(pos.get_edge_data(n, m, {"weight": 0})["weight"] for m in side_a | {a})
        wb = sum(pos.get_edge_data(n, m, {"weight": 0})["weight"] for m in side_b | {b})
        (side_a if wa >= wb else side_b).add(n)
    return _split_on_opponents(side_a, pos, neg) + _split_on_opponents(side_b, pos, neg)


def _pagerank(
    g: nx.DiGraph, alpha: float = 0.85, tol: float = 1e-10, max_iter: int = 200
) -> dict[str, float]:
    """Weighted PageRank by power iteration (networkx's own needs scipy, which we do not require)."""
    nodes = sorted(g.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    out_weight = {u: sum(d["weight"] for _, _, d in g.out_edges(u, data=True)) for u in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in nodes if out_weight[u] == 0) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for u, v, d in g.edges(data=True):
            new[v] += alpha * rank[u] * d["weight"] / out_weight[u]
        if sum(abs(new[u] - rank[u]) for u in nodes) < n * tol:
            return new
        rank = new
    return rank
