// Who fights whom? Pairs of actors in FIGHT / ASSAULT / THREATEN / COERCE events (asserted or
// reported), whichever side started, with counts by type and first / last seen.
// actor_a is the pair's first name in alphabetical order. Reads the derived OPPOSES relationships.
// Filters (all optional): actor (name or id, either side), country (either side), since / until
// (ISO dates: only events in the window count), source ('text', 'acled' or 'gdelt': only that
// source's events count), min_events; limit caps the rows.
:param actor => null;
:param country => null;
:param since => null;
:param until => null;
:param source => null;
:param min_events => 1;
:param limit => 1000000;
MATCH (a:Actor)-[o:OPPOSES]->(b:Actor)
WHERE ($actor IS NULL OR a.id = $actor OR a.name = $actor OR b.id = $actor OR b.name = $actor)
  AND ($country IS NULL OR a.country = $country OR b.country = $country)
  AND ($source IS NULL OR $source IN o.sources)
// idx: with a filter, the positions of the events that count in o.dates / o.types / o.sources
WITH a.name AS actor_a, b.name AS actor_b, o,
     CASE WHEN $since IS NULL AND $until IS NULL AND $source IS NULL THEN null ELSE
       [i IN range(0, size(o.dates) - 1)
        WHERE ($source IS NULL OR o.sources[i] = $source)
          AND (($since IS NULL AND $until IS NULL) OR (o.dates[i] <> ''
            AND ($since IS NULL OR o.dates[i] >= substring($since, 0, size(o.dates[i])))
            AND ($until IS NULL OR o.dates[i] <= substring($until, 0, size(o.dates[i])))))] END AS idx
WITH actor_a, actor_b, o, idx, coalesce(size(idx), o.events) AS events
WHERE events > 0 AND events >= coalesce($min_events, 1)
WITH actor_a, actor_b, o, idx, events, [i IN idx WHERE o.dates[i] <> '' | o.dates[i]] AS dated
RETURN actor_a,
       actor_b,
       events,
       CASE WHEN idx IS NULL THEN o.fight ELSE size([i IN idx WHERE o.types[i] = 'FIGHT']) END AS fight,
       CASE WHEN idx IS NULL THEN o.assault ELSE size([i IN idx WHERE o.types[i] = 'ASSAULT']) END AS assault,
       CASE WHEN idx IS NULL THEN o.threaten ELSE size([i IN idx WHERE o.types[i] = 'THREATEN']) END AS threaten,
       CASE WHEN idx IS NULL THEN o.coerce ELSE size([i IN idx WHERE o.types[i] = 'COERCE']) END AS coerce,
       CASE WHEN idx IS NULL THEN o.first_seen ELSE head(dated) END AS first_seen,
       CASE WHEN idx IS NULL THEN o.last_seen ELSE last(dated) END AS last_seen
ORDER BY events DESC, actor_a, actor_b
LIMIT $limit
