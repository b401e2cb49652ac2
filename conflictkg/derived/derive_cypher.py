"""The Cypher statements of ``derive``: the reads of the events and derived facts (whole-graph and
anchored on the pairs and places of a scope) and the batched writes and deletes."""

from __future__ import annotations

from conflictkg.graph.derive_keys import FIGHT_TYPES

READ_SUPPORT_EVENTS = """
MATCH (e:Event) WHERE e.type IN $types AND e.modality IN $modalities
MATCH (b:Actor)-[:ACTOR]->(e)-[:TARGET]->(t:Actor)
WHERE b.id <> t.id
OPTIONAL MATCH (e)-[r:REPORTED_IN]->(art:Article)
RETURN b.id AS backer, t.id AS backed, e.id AS event, e.date AS date, e.confidence AS confidence,
       e.source AS source, r.sentence AS sentence, art.url AS article
"""


READ_SUPPORTS = "MATCH (b:Actor)-[:SUPPORTS]->(t:Actor) RETURN b.id AS backer, t.id AS backed"


def set_by_name(var: str, names: tuple[str, ...]) -> str:
    """``var.name = row.props.name`` for each name: a derived relationship's properties set by name.
    After ``SET var += row.props`` Neo4j cannot tell what the map leaves alone and puts an Eager
    (every row read before any is written) before the SET (issue 16); a null still removes the
    property, as ``+=`` did, so every name must be a key the rows always give."""
    return ", ".join(f"{var}.{name} = row.props.{name}" for name in names)


# The properties of a SUPPORTS / OPPOSES row (aggregates.support_rows, derive.oppose_rows) in their order;
# the per-event lists (SUPPORTS_LISTS, OPPOSES_LISTS) are sent joined by the derive by delta.
SUPPORTS_LISTS = ["dates", "sources"]
OPPOSES_LISTS = ["dates", "types", "sources"]
SUPPORT_PROPS = ("events", "first_seen", "last_seen", "dates", "sources", "confidence", "noisy_or_weight",
                 "evidence_dates", "sentences", "articles", "event_ids", "evidence_sources")  # fmt: skip
OPPOSE_PROPS = (
    "events",
    *(ty.lower() for ty in FIGHT_TYPES),
    "first_seen",
    "last_seen",
    "dates",
    "types",
    "sources",
)


WRITE_SUPPORTS = f"""
UNWIND $rows AS row
MATCH (b:Actor {{id: row.backer}})
MATCH (t:Actor {{id: row.backed}})
MERGE (b)-[s:SUPPORTS]->(t)
ON CREATE SET s.run_id = $run_id
SET {set_by_name("s", SUPPORT_PROPS)}
RETURN count(*) AS done
"""


DELETE_SUPPORTS = """
UNWIND $rows AS row
MATCH (b:Actor {id: row.backer})-[s:SUPPORTS]->(t)
WHERE t.id = row.backed
DELETE s
RETURN count(*) AS done
"""


READ_CONTROL_EVENTS = """
MATCH (e:Event) WHERE e.type IN ['CAPTURE', 'RETREAT'] AND e.modality IN $modalities
MATCH (a:Actor)-[:ACTOR]->(e)-[:AT]->(l:Location)
OPTIONAL MATCH (e)-[:TARGET]->(t:Actor)
OPTIONAL MATCH (e)-[r:REPORTED_IN]->(art:Article)
RETURN e.id AS event, e.type AS type, e.date AS date, e.source AS source, a.id AS actor, a.name AS actor_name,
       a.country AS country, l.id AS place, t.id AS target, t.name AS target_name,
       r.sentence AS sentence, art.url AS article, art.id AS article_id, art.published AS published
"""


READ_STATED = """
MATCH (a:Actor)-[c:CONTROLS]->(l:Location) WHERE c.kind = 'stated'
RETURN a.id AS actor, a.name AS actor_name, a.country AS country, l.id AS place, c.since AS since,
       c.article AS article_id
"""


# The parties to the conflict events of some articles (to infer who lost an untargeted capture).
READ_PARTIES = """
UNWIND $articles AS article
MATCH (art:Article {id: article})
// the WITH keeps FalkorDB on the Article index (without it: a scan of every node per article)
WITH article, art
MATCH (art)<-[:REPORTED_IN]-(e)
WHERE e.type IN $types AND e.modality IN $modalities
MATCH (a)-[:ACTOR]->(e)
OPTIONAL MATCH (e)-[:TARGET]->(t)
RETURN article, a.id AS actor, a.name AS actor_name, a.country AS country,
       t.id AS target, t.name AS target_name, t.country AS target_country
"""


READ_CAPTURED = """
MATCH (a:Actor)-[c:CONTROLS]->(l:Location) WHERE c.kind = 'captured'
RETURN a.id AS actor, l.id AS place, c.event AS event
"""


# A captured period's properties (derive._Period.row gives them all, a null one removed), each set by
# name: after ``SET c += row.props`` Neo4j cannot tell the map leaves the MERGE's kind and event alone,
# and puts an Eager (every row read before any is written) before the SET (issue 16).
CONTROL_PROPS = ("since", "until", "from_actor", "from_id", "from_inferred", "events",
                 "evidence_dates", "sentences", "articles", "event_ids", "evidence_sources")  # fmt: skip


WRITE_CONTROLS = f"""
UNWIND $rows AS row
MATCH (a:Actor {{id: row.actor}})
MATCH (l:Location {{id: row.place}})
MERGE (a)-[c:CONTROLS {{kind: 'captured', event: row.event}}]->(l)
ON CREATE SET c.run_id = $run_id
SET {set_by_name("c", CONTROL_PROPS)}
RETURN count(*) AS done
"""


DELETE_CONTROLS = """
UNWIND $rows AS row
MATCH (a:Actor {id: row.actor})-[c:CONTROLS]->(l)
WHERE l.id = row.place AND c.kind = 'captured' AND c.event = row.event
DELETE c
RETURN count(*) AS done
"""


READ_FIGHT_PAIRS = """
MATCH (e:Event) WHERE e.type IN $types AND e.modality IN $modalities
MATCH (a:Actor)-[:ACTOR]->(e)-[:TARGET]->(t:Actor)
WHERE a.id <> t.id
RETURN a.id AS actor, a.name AS actor_name, t.id AS target, t.name AS target_name,
       collect([e.id, e.type, coalesce(e.date, ''), e.source]) AS events
"""


READ_OPPOSES = "MATCH (a:Actor)-[:OPPOSES]->(b:Actor) RETURN a.id AS a, b.id AS b"


WRITE_OPPOSES = f"""
UNWIND $rows AS row
MATCH (a:Actor {{id: row.a}})
MATCH (b:Actor {{id: row.b}})
MERGE (a)-[o:OPPOSES]->(b)
ON CREATE SET o.run_id = $run_id
SET {set_by_name("o", OPPOSE_PROPS)}
RETURN count(*) AS done
"""


DELETE_OPPOSES = """
UNWIND $rows AS row
MATCH (a:Actor {id: row.a})-[o:OPPOSES]->(b)
WHERE b.id = row.b
DELETE o
RETURN count(*) AS done
"""


# --- the incremental form: the same reads, anchored on the pairs and places of a scope ---------------

# Both kinds of pair events, found by the pairs' derive keys (conflictkg/graph/derive_keys.py): one
# index lookup a pair, whatever the number of events of its actors. A key names an unordered pair;
# the caller drops the rows of another pair whose key collides. The evidence of the supporting events
# is read apart (READ_EVENT_REPORTS): the fights, most of the rows, need none. One row a pair (its
# events collected: FalkorDB's cost is by row), no label checks: the writer links ACTOR from an Actor
# and TARGET to an Actor.
READ_KEYED_PAIR_EVENTS = """
UNWIND $keys AS key
MATCH (e:Event {derive_key: key})
WITH e
MATCH (a)-[:ACTOR]->(e)-[:TARGET]->(t)
WHERE e.type IN $types AND e.modality IN $modalities
RETURN a.id AS actor, a.name AS actor_name, t.id AS target, t.name AS target_name,
       collect([e.id, e.type, e.date, e.confidence, e.source]) AS events
"""


READ_EVENT_REPORTS = """
UNWIND $ids AS id
MATCH (e:Event {id: id})
WITH e
MATCH (e)-[r:REPORTED_IN]->(art:Article)
RETURN e.id AS event, r.sentence AS sentence, art.url AS article
"""


# The SUPPORTS / OPPOSES the graph holds between the ordered pairs given.
READ_PAIR_DERIVED = """
UNWIND $pairs AS pair
MATCH (a:Actor {id: pair.a})
MATCH (b:Actor {id: pair.b})
WITH a, b
MATCH (a)-[s:SUPPORTS|OPPOSES]->(b)
RETURN type(s) AS rel, a.id AS a, b.id AS b
"""


# The captures and retreats of places, found by the places' derive keys (the caller drops the rows of
# a place whose key collides).
READ_KEYED_PLACE_EVENTS = """
UNWIND $keys AS key
MATCH (e:Event {derive_key: key})
WITH e
MATCH (a:Actor)-[:ACTOR]->(e)-[:AT]->(l:Location)
WHERE e.type IN ['CAPTURE', 'RETREAT'] AND e.modality IN $modalities
OPTIONAL MATCH (e)-[:TARGET]->(t:Actor)
OPTIONAL MATCH (e)-[r:REPORTED_IN]->(art:Article)
RETURN e.id AS event, e.type AS type, e.date AS date, e.source AS source, a.id AS actor, a.name AS actor_name,
       a.country AS country, l.id AS place, t.id AS target, t.name AS target_name,
       r.sentence AS sentence, art.url AS article, art.id AS article_id, art.published AS published
"""


READ_PLACE_CONTROLS = """
UNWIND $places AS place
MATCH (l:Location {id: place})
WITH l
MATCH (a:Actor)-[c:CONTROLS]->(l)
RETURN c.kind AS kind, a.id AS actor, a.name AS actor_name, a.country AS country, l.id AS place,
       c.since AS since, c.article AS article_id, c.event AS event, c.until AS until,
       c.from_actor AS from_actor, c.from_id AS from_id, c.from_inferred AS from_inferred, c.events AS events,
       c.event_ids AS event_ids
"""


# What the graph holds for some articles: the pairs and places their events and claims touch.
READ_ARTICLE_KEYS = """
UNWIND $ids AS id
MATCH (art:Article {id: id})
WITH art
MATCH (art)<-[:REPORTED_IN]-(e)
MATCH (a)-[:ACTOR]->(e)
OPTIONAL MATCH (e)-[:TARGET]->(t)
OPTIONAL MATCH (e)-[:AT]->(l)
RETURN e.id AS event, e.type AS type, a.id AS actor, t.id AS target, l.id AS place
"""


# Runs that wrote and never derived (killed, or stopped by an error before their derive).
READ_UNDERIVED_RUNS = """
MATCH (r:Run) WHERE r.derived = false AND r.id <> $run_id
RETURN r.id AS id ORDER BY id
"""


MARK_RUNS_DERIVED = """
UNWIND $rows AS row
MATCH (r:Run {id: row.id})
SET r.derived = true
RETURN count(*) AS done
"""


# The stated control claims of some articles (their places; their actors are parties of the article).
READ_ARTICLE_CLAIMS = """
UNWIND $ids AS id
MATCH (a)-[c:CONTROLS {article: id}]->(l)
RETURN c.kind AS kind, a.id AS actor, a.name AS actor_name, a.country AS country, l.id AS place,
       c.since AS since, c.article AS article_id
"""


# --- derive by delta (derived/delta.py) --------------------------------------------------------------

# What some events give to the pairs: one row per (event, actor, target, report), as the full reads.
READ_CONTRIBUTIONS = """
UNWIND $ids AS id
MATCH (e:Event {id: id})
WITH e
WHERE e.type IN $types AND e.modality IN $modalities
MATCH (a)-[:ACTOR]->(e)-[:TARGET]->(t)
WHERE a.id <> t.id
OPTIONAL MATCH (e)-[r:REPORTED_IN]->(art:Article)
RETURN e.id AS event, e.type AS type, e.date AS date, e.confidence AS confidence, e.source AS source,
       a.id AS actor, a.name AS actor_name, t.id AS target, t.name AS target_name,
       r.sentence AS sentence, art.url AS article
"""

# A list property travels as one string (LIST_SEP between its entries, after a '#' that keeps an
# empty list apart from a list of one ''): FalkorDB sends a string at a fraction of a list's cost.
LIST_SEP = "\x1f"


def _state_read(rel: str, columns: list[str], lists: list[str], joined: bool) -> str:
    """The aggregates of the ``rel`` relationships between the ordered pairs given; the lists joined
    into strings (FalkorDB's ``string.join``) or as they are (Neo4j)."""
    read_list = "string.join(['#'] + coalesce(s.{0}, []), $sep) AS {0}" if joined else "s.{0} AS {0}"
    returned = ["a.id AS a", "b.id AS b", *(f"s.{c} AS {c}" for c in columns)]
    returned += [read_list.format(name) for name in lists]
    return f"""
UNWIND $pairs AS pair
MATCH (a:Actor {{id: pair.a}})
MATCH (b:Actor {{id: pair.b}})
WITH a, b
MATCH (a)-[s:{rel}]->(b)
RETURN {", ".join(returned)}
"""


EVIDENCE_COLUMNS = ["evidence_dates", "event_ids", "sentences", "articles", "evidence_sources"]
SUPPORTS_COLUMNS = ["events", "noisy_or_weight", *EVIDENCE_COLUMNS]
OPPOSES_COLUMNS = ["events", "fight", "assault", "threaten", "coerce"]
# by whether the lists come joined (FalkorDB)
READ_SUPPORTS_STATE = {j: _state_read("SUPPORTS", SUPPORTS_COLUMNS, SUPPORTS_LISTS, j) for j in (False, True)}
READ_OPPOSES_STATE = {j: _state_read("OPPOSES", OPPOSES_COLUMNS, OPPOSES_LISTS, j) for j in (False, True)}

# The derive by delta's rows: the properties but the lists in ``row.props``, the lists joined.
SUPPORT_DELTA_PROPS = tuple(name for name in SUPPORT_PROPS if name not in SUPPORTS_LISTS)
OPPOSE_DELTA_PROPS = tuple(name for name in OPPOSE_PROPS if name not in OPPOSES_LISTS)

WRITE_SUPPORTS_LISTS = f"""
UNWIND $rows AS row
MATCH (b:Actor {{id: row.backer}})
MATCH (t:Actor {{id: row.backed}})
MERGE (b)-[s:SUPPORTS]->(t)
ON CREATE SET s.run_id = $run_id
SET {set_by_name("s", SUPPORT_DELTA_PROPS)},
    s.dates = split(row.dates, $sep)[1..], s.sources = split(row.sources, $sep)[1..]
RETURN count(*) AS done
"""

WRITE_OPPOSES_LISTS = f"""
UNWIND $rows AS row
MATCH (a:Actor {{id: row.a}})
MATCH (b:Actor {{id: row.b}})
MERGE (a)-[o:OPPOSES]->(b)
ON CREATE SET o.run_id = $run_id
SET {set_by_name("o", OPPOSE_DELTA_PROPS)},
    o.dates = split(row.dates, $sep)[1..], o.types = split(row.types, $sep)[1..],
    o.sources = split(row.sources, $sep)[1..]
RETURN count(*) AS done
"""


SHIPPED_CYPHER = [
    READ_SUPPORT_EVENTS, READ_SUPPORTS, WRITE_SUPPORTS, DELETE_SUPPORTS, READ_CONTROL_EVENTS,
    READ_STATED, READ_PARTIES, READ_CAPTURED, WRITE_CONTROLS, DELETE_CONTROLS, READ_FIGHT_PAIRS,
    READ_OPPOSES, WRITE_OPPOSES, DELETE_OPPOSES, READ_KEYED_PAIR_EVENTS, READ_EVENT_REPORTS,
    READ_PAIR_DERIVED, READ_KEYED_PLACE_EVENTS, READ_PLACE_CONTROLS, READ_ARTICLE_KEYS, READ_ARTICLE_CLAIMS,
    READ_CONTRIBUTIONS, READ_SUPPORTS_STATE[False], READ_OPPOSES_STATE[False], WRITE_SUPPORTS_LISTS,
    WRITE_OPPOSES_LISTS, READ_UNDERIVED_RUNS, MARK_RUNS_DERIVED,
]  # fmt: skip
# Not in the list: READ_SUPPORTS_STATE[True] / READ_OPPOSES_STATE[True], FalkorDB's form of the two
# (string.join is FalkorDB's; Neo4j's parser does not know it).
