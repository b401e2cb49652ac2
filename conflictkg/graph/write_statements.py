"""The writer's Cypher: one part per kind of row, chained into one statement per batch.

Every part is ``UNWIND $<part> AS row ...``. Articles that may exist and their events go through
``MERGE`` (idempotent: every property set again, a null one removed). A new article's events are written by
``CREATE`` alone, from **flat rows**: each event node is created with all its properties in its
pattern (no ``SET`` after it, so every index of the label is written once), with its ACTOR,
REPORTED_IN (the evidence in the pattern too), TARGET and AT edges; one part per row shape (with or
without target and place). A flat row is a list, one value a column of :data:`COLUMNS` (the event's
properties, then its edges' ends and evidence under reserved names, :data:`FLAT`), the event's extra
fields in a map in the last column: no key is repeated in every row of the statement's text, which
FalkorDB parses (issue 16: a third less text, a fifth less server time than the same rows as maps).
The properties the pattern lists are those of the batch's rows (:class:`EventKeys`); a property a
row holds as null is not stored, as with ``+=``. A new article is created with all its properties in
its pattern too. The MERGE path's event rows are the same lists, and every article row is a list
(:data:`ARTICLE_COLUMNS`): the rewrite of a changed article sends as little text as its first write.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from conflictkg.graph import schema
from conflictkg.graph.derive_keys import PROPERTY as DERIVE_KEY
from conflictkg.model import Actor, Article, Event, Evidence, Location

# REPORTED_IN's strings that an article may repeat (one sentence for several events, a span that is
# the whole sentence): each repeated one is kept once on FalkorDB (see writer._repeats).
REPEATED_EVIDENCE = ("sentence", "text")
EVIDENCE_KEYS = tuple(Evidence("", 0, 0, "").props())
# A flat row's keys that are not event properties: the edges' ends, the evidence, the repeated
# strings (``_r_<key>``). An event whose extra fields use a reserved name goes through MERGE.
FLAT = {"actor": "_actor", "article": "_article", "target": "_target", "location": "_location",
        **{k: f"_{k}" for k in EVIDENCE_KEYS}}  # fmt: skip
REPEATED_PREFIX = "_r_"
# The event properties every event has (Event.props) and the derive key, in the pattern's order.
EVENT_KEYS = (*Event("", "", "", Evidence("", 0, 0, "")).props(), DERIVE_KEY)
# A new event's flat row, by position: its id and EVENT_KEYS, its edges' ends and evidence, the strings
# its article repeats (``_r_<key>``: the plain column is null then), and its extra fields (a map or null).
EXTRA = "_extra"
COLUMNS = ("id", *EVENT_KEYS, *FLAT.values(), *(REPEATED_PREFIX + k for k in (*REPEATED_EVIDENCE, "summary")),
           EXTRA)  # fmt: skip
COLUMN = {name: i for i, name in enumerate(COLUMNS)}
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


def reserved(key: str) -> bool:
    """Whether an event property cannot be a flat row's key (it would hide the event's id, run id
    or an edge's end)."""
    return key in ("id", "run_id") or key.startswith("_")


@dataclass(frozen=True)
class EventKeys:
    """The event properties a CREATE pattern lists (``keys``), and those of them stored through
    ``intern`` on FalkorDB (schema.INTERNED, unless a row of the batch holds a value that is not a
    string: ``intern`` takes only strings); ``merge_extra``: the MERGE path adds the extra fields."""

    keys: tuple[str, ...] = EVENT_KEYS
    not_interned: frozenset[str] = frozenset()
    merge_extra: bool = False  # whether an event of the MERGE path has extra fields


def _interned(expr: str, intern: bool) -> str:
    return f"intern({expr})" if intern else expr


def _name(key: str) -> str:
    return key if _NAME.fullmatch(key) else "`" + key.replace("`", "``") + "`"


def _field(key: str) -> str:
    """A flat row's value: its column, or an extra field in the last column's map."""
    if key in COLUMN:
        return f"row[{COLUMN[key]}]"
    return f"row[{COLUMN[EXTRA]}].{_name(key)}"


def _event_map(keys: EventKeys, intern: bool, only: tuple[str, ...] | None = None) -> dict[str, str]:
    """A new event's properties from a flat row, each as the expression of its value (``only``:
    these properties, without the id and run id)."""
    fields = {} if only else {"id": _field("id"), "run_id": _interned("$run_id", intern)}
    for key in only or keys.keys:
        value = _field(key)
        if key == "summary":
            value = f"coalesce({_interned(_field(REPEATED_PREFIX + key), intern)}, {value})"
        elif key in schema.INTERNED["Event"] and key not in keys.not_interned:
            value = _interned(value, intern)
        fields[key] = value
    return fields


def _props(fields: dict[str, str]) -> str:
    return ", ".join(f"{_name(k)}: {v}" for k, v in fields.items())


def _create_events(part: str, target: bool, place: bool, intern: bool, keys: EventKeys) -> str:
    """New events with all their properties and edges in one CREATE: one statement per row shape
    (with or without target and place), as an OPTIONAL MATCH for the optional edges is slower on
    FalkorDB. Nothing is SET after the CREATE: FalkorDB 4.16 crashes on a SET of a relationship whose
    CREATE broke a unique constraint (the case of an article taken for new that exists)."""
    evidence = ", ".join(
        f"{k}: coalesce({_interned(_field(REPEATED_PREFIX + k), intern)}, {_field(FLAT[k])})"
        if k in REPEATED_EVIDENCE
        else f"{k}: {_field(FLAT[k])}"
        for k in EVIDENCE_KEYS
    )
    nodes = [f"(a:Actor {{id: {_field(FLAT['actor'])}}})", f"(art:Article {{id: {_field(FLAT['article'])}}})"]
    event = _props(_event_map(keys, intern))
    paths = [f"(a)-[:ACTOR]->(e:Event {{{event}}})-[:REPORTED_IN {{{evidence}}}]->(art)"]
    if target:
        nodes.append(f"(t:Actor {{id: {_field(FLAT['target'])}}})")
        paths.append("(e)-[:TARGET]->(t)")
    if place:
        nodes.append(f"(l:Location {{id: {_field(FLAT['location'])}}})")
        paths.append("(e)-[:AT]->(l)")
    return f"UNWIND ${part} AS row MATCH {' MATCH '.join(nodes)} CREATE {', '.join(paths)}"


def _merge_events(intern: bool, keys: EventKeys) -> str:
    """Events of articles that may exist (the MERGE path), from flat rows as a new event's: every
    property of EVENT_KEYS set (a null one removed, as ``+=`` did), the extra fields' map added with
    ``+=`` (only when the batch has some: a property the event no longer gives is kept, as before)."""
    fields = _event_map(keys, intern, only=EVENT_KEYS)
    extra = f", e += coalesce(row[{COLUMN[EXTRA]}], {{}})" if keys.merge_extra else ""
    evidence = ", ".join(
        f"r.{k} = coalesce({_interned(_field(REPEATED_PREFIX + k), intern)}, {_field(FLAT[k])})"
        if k in REPEATED_EVIDENCE
        else f"r.{k} = {_field(FLAT[k])}"
        for k in EVIDENCE_KEYS
    )
    return (
        f"UNWIND $events AS row MERGE (e:Event {{id: {_field('id')}}}) "
        f"ON CREATE SET e.run_id = {_interned('$run_id', intern)} "
        f"SET {', '.join(f'e.{_name(k)} = {v}' for k, v in fields.items())}{extra} "
        f"WITH e, row MATCH (a:Actor {{id: {_field(FLAT['actor'])}}}) MERGE (a)-[:ACTOR]->(e) "
        f"WITH e, row MATCH (art:Article {{id: {_field(FLAT['article'])}}}) MERGE (e)-[r:REPORTED_IN]->(art) "
        f"SET {evidence}"
    )


# The part that writes a new event, by (has target, has place).
NEW_EVENTS = {
    (False, False): "new_events",
    (True, False): "new_events_target",
    (False, True): "new_events_place",
    (True, True): "new_events_target_place",
}


# An article's row is a list too: its id, the properties (Article.props) that are not interned, then
# two columns for each interned one: its value when a string (interned on FalkorDB), else null, and its
# value when not a string (kept as it is), else null.
ARTICLE_OWN = tuple(p for p in Article("", "", "", "").props() if p not in schema.INTERNED["Article"])
ARTICLE_COLUMNS = ("id", *ARTICLE_OWN, *(p + k for p in schema.INTERNED["Article"] for k in ("", "_other")))
ARTICLE_COLUMN = {name: i for i, name in enumerate(ARTICLE_COLUMNS)}


def _article_values(intern: bool) -> dict[str, str]:
    """An article row's properties (Article.props), each as the expression of its value."""
    values = {p: f"row[{ARTICLE_COLUMN[p]}]" for p in ARTICLE_OWN}
    for p in schema.INTERNED["Article"]:
        string, other = ARTICLE_COLUMN[p], ARTICLE_COLUMN[p + "_other"]
        values[p] = f"coalesce({_interned(f'row[{string}]', intern)}, row[{other}])"
    return values


# An actor's or a place's row is a list too: its id, then its properties (Actor.props, Location.props)
# in these columns' order, each set by name (a null one removed, as ``+=`` did). Not ``SET n += map``:
# Neo4j cannot tell such a map leaves the MERGE's id alone, and puts an Eager (every row of the part
# read before any is written) between the MERGE and the SET (issue 16).
ACTOR_KEYS = tuple(Actor("", "").props())
LOCATION_KEYS = tuple(Location("", "").props())


def _merge_node(part: str, label: str, keys: tuple[str, ...], run_id: str) -> str:
    sets = ", ".join(f"n.{_name(k)} = row[{i}]" for i, k in enumerate(keys, start=1))
    merge = f"UNWIND ${part} AS row MERGE (n:{label} {{id: row[0]}})"
    return f"{merge} ON CREATE SET n.run_id = {run_id} SET {sets}"


def _parts(intern: bool, keys: EventKeys) -> dict[str, str]:
    """The statement of each part; with ``intern`` (FalkorDB), repeated values are set through
    ``intern`` (schema.INTERNED, every node's run id, the ingestion time)."""
    run_id, now = _interned("$run_id", intern), _interned("$now", intern)
    article = _article_values(intern)
    return {
        "new_articles": (
            "UNWIND $new_articles AS row "
            f"CREATE (n:Article {{id: row[0], run_id: {run_id}, ingested_at: {now}, {_props(article)}}})"
        ),
        "articles": (
            "UNWIND $articles AS row MERGE (n:Article {id: row[0]}) "
            f"ON CREATE SET n.run_id = {run_id}, n.ingested_at = {now} "
            f"SET {', '.join(f'n.{k} = {v}' for k, v in article.items())}"
        ),
        "stale": (
            # `e` stays unlabelled so FalkorDB anchors on the Article index, not a scan of every Event.
            "UNWIND $stale AS row MATCH (:Article {id: row.article})<-[:REPORTED_IN]-(e) "
            "WHERE NOT e.id IN row.keep DETACH DELETE e "
            # Kept events may now point elsewhere: their target and place edges that the article no
            # longer gives ([event id, type, end id] in row.edges) are removed; the others stay, and
            # the targets and places parts below MERGE (find) them instead of laying them again.
            "WITH count(*) AS _ UNWIND $stale AS row "
            "MATCH (:Article {id: row.article})<-[:REPORTED_IN]-(e)-[r:AT|TARGET]->(x) "
            "WHERE NOT [e.id, type(r), x.id] IN row.edges DELETE r"
        ),
        "stale_controls": (
            "UNWIND $stale_controls AS row MATCH ()-[c:CONTROLS {article: row.article}]->() DELETE c"
        ),
        "actors": _merge_node("actors", "Actor", ACTOR_KEYS, run_id),
        "locations": _merge_node("locations", "Location", LOCATION_KEYS, run_id),
        **{
            part: _create_events(part, target, place, intern, keys)
            for (target, place), part in NEW_EVENTS.items()
        },
        # Articles that may exist, or give an event id twice (MERGE makes one event of both).
        "events": _merge_events(intern, keys),
        # [event id, target id] / [event id, place id]
        "targets": (
            "UNWIND $targets AS row MATCH (e:Event {id: row[0]}) MATCH (t:Actor {id: row[1]}) "
            "MERGE (e)-[:TARGET]->(t)"
        ),
        "places": (
            "UNWIND $places AS row MATCH (e:Event {id: row[0]}) MATCH (l:Location {id: row[1]}) "
            "MERGE (e)-[:AT]->(l)"
        ),
        "members": (
            "UNWIND $members AS row MATCH (p:Actor {id: row.person}) MATCH (o:Actor {id: row.org}) "
            "MERGE (p)-[m:MEMBER_OF]->(o) SET m.role = row.role"
        ),
        "controls": (
            "UNWIND $controls AS row MATCH (a:Actor {id: row.actor}) MATCH (l:Location {id: row.location}) "
            "MERGE (a)-[c:CONTROLS {article: row.article}]->(l) SET c += row.props"
        ),
    }


PARTS = _parts(intern=False, keys=EventKeys())
_PARTS_INTERNED = _parts(intern=True, keys=EventKeys())


# Neo4j's query option that keeps a cached plan when the graph's statistics have moved (see
# batch_statement), and the parts whose plan depends on those statistics: not given it.
FIXED_PLAN = "CYPHER replan=skip "
PLANNED_BY_STATISTICS = frozenset({"stale_controls"})  # a relationship property lookup


def batch_statement(
    parts: Iterable[str], intern: bool = False, keys: EventKeys | None = None, fixed_plan: bool = False
) -> str:
    """The statement that writes the given parts, in a fixed order, as one transaction (``intern``:
    FalkorDB's form, see :func:`_parts`; ``keys``: the new events' properties, by default those every
    event has).

    ``fixed_plan`` (Neo4j): the statement keeps its cached plan as the graph grows
    (:data:`FIXED_PLAN`). Neo4j plans a statement again whenever a label's count or an index's
    selectivity has moved by half since it was planned, which a graph being loaded does every few
    seconds, and the chained statement costs far more to plan than a batch to run (0.1-1 s each; 12
    to 14 plans per 100k events, ~25 % of the server's time). Every part but
    :data:`PLANNED_BY_STATISTICS` finds its nodes by a unique id, whose plan is the same at any size;
    a schema change still empties Neo4j's plan cache."""
    wanted = set(parts)
    if keys is None or keys == EventKeys():
        texts = _PARTS_INTERNED if intern else PARTS
    else:
        texts = _parts(intern, keys)
    chosen = [text for name, text in texts.items() if name in wanted]
    head = FIXED_PLAN if fixed_plan and not wanted & PLANNED_BY_STATISTICS else ""
    return head + " WITH count(*) AS _ ".join(chosen) + " RETURN count(*) AS done"


ALL_PARTS_STATEMENT = batch_statement(PARTS)
