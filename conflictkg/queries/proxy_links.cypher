// Proxy links: A backs B and B fights C, so C is A's indirect opponent. One row per (backer, proxy,
// opponent) with the support events (derived SUPPORTS) and the fight events between proxy and
// opponent (FIGHT / ASSAULT / THREATEN / COERCE, asserted or reported, either side).
// Filters (all optional): actor (name or id; the backer), since / until (ISO dates, on the fights),
// min_events (fight events); limit caps the rows.
:param actor => null
:param since => null
:param until => null
:param min_events => 1
:param limit => 1000000
MATCH (a:Actor)-[s:SUPPORTS]->(b:Actor)
WHERE $actor IS NULL OR a.id = $actor OR a.name = $actor
MATCH (b)-[:ACTOR|TARGET]-(e)-[:ACTOR|TARGET]-(c)
WHERE c.id <> b.id AND c.id <> a.id
  AND e.type IN ['FIGHT', 'ASSAULT', 'THREATEN', 'COERCE'] AND e.modality IN ['asserted', 'reported']
  AND ($since IS NULL OR e.date >= substring($since, 0, size(coalesce(e.date, ''))))
  AND ($until IS NULL OR e.date <= substring($until, 0, size(coalesce(e.date, ''))))
WITH a.name AS backer, b.name AS proxy, c.name AS opponent, s.events AS support_events,
     count(DISTINCT e.id) AS fight_events, min(e.date) AS first_seen, max(e.date) AS last_seen
WHERE fight_events >= coalesce($min_events, 1)
RETURN backer, proxy, opponent, support_events, fight_events, first_seen, last_seen
ORDER BY fight_events DESC, backer, proxy, opponent
LIMIT $limit
