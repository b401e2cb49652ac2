// Who fights whom? Pairs of actors in FIGHT / ASSAULT / THREATEN / COERCE events (asserted or
// reported), whichever side started, with counts by type and first / last seen.
// actor_a is the pair's first name in alphabetical order.
// Filters (all optional): actor (name or id, either side), country (either side), since / until
// (ISO dates), min_events; limit caps the rows.
:param actor => null
:param country => null
:param since => null
:param until => null
:param min_events => 1
:param limit => 1000000
MATCH (e:Event)
WHERE e.type IN ['FIGHT', 'ASSAULT', 'THREATEN', 'COERCE'] AND e.modality IN ['asserted', 'reported']
  AND ($since IS NULL OR e.date >= substring($since, 0, size(coalesce(e.date, ''))))
  AND ($until IS NULL OR e.date <= substring($until, 0, size(coalesce(e.date, ''))))
MATCH (a:Actor)-[:ACTOR]->(e)-[:TARGET]->(t:Actor)
WHERE a.id <> t.id
  AND ($actor IS NULL OR a.id = $actor OR a.name = $actor OR t.id = $actor OR t.name = $actor)
  AND ($country IS NULL OR a.country = $country OR t.country = $country)
WITH CASE WHEN a.name <= t.name THEN a.name ELSE t.name END AS actor_a,
     CASE WHEN a.name <= t.name THEN t.name ELSE a.name END AS actor_b,
     e
WITH actor_a, actor_b,
     count(e) AS events,
     count(CASE WHEN e.type = 'FIGHT' THEN 1 END) AS fight,
     count(CASE WHEN e.type = 'ASSAULT' THEN 1 END) AS assault,
     count(CASE WHEN e.type = 'THREATEN' THEN 1 END) AS threaten,
     count(CASE WHEN e.type = 'COERCE' THEN 1 END) AS coerce,
     min(e.date) AS first_seen,
     max(e.date) AS last_seen
WHERE events >= coalesce($min_events, 1)
RETURN actor_a, actor_b, events, fight, assault, threaten, coerce, first_seen, last_seen
ORDER BY events DESC, actor_a, actor_b
LIMIT $limit
