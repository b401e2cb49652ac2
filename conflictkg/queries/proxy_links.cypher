// Proxy links: A backs B and B fights C, so C is A's indirect opponent. One row per (backer, proxy,
// opponent) with the support events (derived SUPPORTS) and the fight events between proxy and
// opponent (derived OPPOSES: FIGHT / ASSAULT / THREATEN / COERCE, asserted or reported, either side).
// Filters (all optional): actor (name or id; the backer), since / until (ISO dates, on the fights),
// min_events (fight events); limit caps the rows.
:param actor => null
:param since => null
:param until => null
:param min_events => 1
:param limit => 1000000
MATCH (a:Actor)-[s:SUPPORTS]->(b:Actor)
WHERE $actor IS NULL OR a.id = $actor OR a.name = $actor
MATCH (b)-[o:OPPOSES]-(c)
WHERE c.id <> a.id
WITH a, b, c, s, o, $since IS NULL AND $until IS NULL AS everything,
     [d IN coalesce(o.dates, [])
      WHERE ($since IS NULL OR d >= substring($since, 0, size(d)))
        AND ($until IS NULL OR d <= substring($until, 0, size(d)))] AS ds
WITH a, b, c, s, o, everything, ds, CASE WHEN everything THEN o.events ELSE size(ds) END AS fight_events
WHERE fight_events > 0 AND fight_events >= coalesce($min_events, 1)
RETURN a.name AS backer,
       b.name AS proxy,
       c.name AS opponent,
       s.events AS support_events,
       fight_events,
       CASE WHEN everything THEN o.first_seen ELSE ds[0] END AS first_seen,
       CASE WHEN everything THEN o.last_seen ELSE ds[size(ds) - 1] END AS last_seen
ORDER BY fight_events DESC, backer, proxy, opponent
LIMIT $limit
