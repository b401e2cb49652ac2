// Who fights whom? Pairs of actors in FIGHT / ASSAULT / THREATEN / COERCE events (asserted or
// reported), whichever side started, with counts by type and first / last seen.
// actor_a is the pair's first name in alphabetical order. Reads the derived OPPOSES relationships.
// Filters (all optional): actor (name or id, either side), country (either side), since / until
// (ISO dates: only events in the window count), min_events; limit caps the rows.
:param actor => null
:param country => null
:param since => null
:param until => null
:param min_events => 1
:param limit => 1000000
MATCH (a:Actor)-[o:OPPOSES]->(b:Actor)
WHERE ($actor IS NULL OR a.id = $actor OR a.name = $actor OR b.id = $actor OR b.name = $actor)
  AND ($country IS NULL OR a.country = $country OR b.country = $country)
WITH a, b, o, $since IS NULL AND $until IS NULL AS everything,
     [i IN range(0, size(coalesce(o.dates, [])) - 1)
      WHERE ($since IS NULL OR o.dates[i] >= substring($since, 0, size(o.dates[i])))
        AND ($until IS NULL OR o.dates[i] <= substring($until, 0, size(o.dates[i])))] AS idx
WITH a, b, o, everything, idx, CASE WHEN everything THEN o.events ELSE size(idx) END AS events
WHERE events > 0 AND events >= coalesce($min_events, 1)
RETURN a.name AS actor_a,
       b.name AS actor_b,
       events,
       CASE WHEN everything THEN o.fight ELSE size([i IN idx WHERE o.types[i] = 'FIGHT']) END AS fight,
       CASE WHEN everything THEN o.assault ELSE size([i IN idx WHERE o.types[i] = 'ASSAULT']) END AS assault,
       CASE WHEN everything THEN o.threaten ELSE size([i IN idx WHERE o.types[i] = 'THREATEN']) END AS threaten,
       CASE WHEN everything THEN o.coerce ELSE size([i IN idx WHERE o.types[i] = 'COERCE']) END AS coerce,
       CASE WHEN everything THEN o.first_seen ELSE o.dates[idx[0]] END AS first_seen,
       CASE WHEN everything THEN o.last_seen ELSE o.dates[idx[size(idx) - 1]] END AS last_seen
ORDER BY events DESC, actor_a, actor_b
LIMIT $limit
