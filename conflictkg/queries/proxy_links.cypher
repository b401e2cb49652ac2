// Proxy links: A backs B and B fights C, so C is A's indirect opponent. One row per (backer, proxy,
// opponent) with the support events (derived SUPPORTS) and the fight events between proxy and
// opponent (derived OPPOSES: FIGHT / ASSAULT / THREATEN / COERCE, asserted or reported, either side).
// Filters (all optional): actor (name or id; the backer), since / until (ISO dates, on the fights),
// source ('text', 'acled' or 'gdelt': only that source's events count, support and fights),
// min_events (fight events); limit caps the rows.
:param actor => null;
:param since => null;
:param until => null;
:param source => null;
:param min_events => 1;
:param limit => 1000000;
MATCH (a:Actor)-[s:SUPPORTS]->(b:Actor)
WHERE ($actor IS NULL OR a.id = $actor OR a.name = $actor)
  AND ($source IS NULL OR $source IN s.sources)
// 1. the number of backers of every proxy
WITH b, count(a) AS backers
// 2. its fights (ds: with a filter, the dates of the fights that count, '' for an undated one)
MATCH (b)-[o:OPPOSES]-(c)
WHERE $source IS NULL OR $source IN o.sources
WITH b, backers, c, o,
     CASE WHEN $since IS NULL AND $until IS NULL AND $source IS NULL THEN null ELSE
       [i IN range(0, size(o.dates) - 1)
        WHERE ($source IS NULL OR o.sources[i] = $source)
          AND (($since IS NULL AND $until IS NULL) OR (o.dates[i] <> ''
            AND ($since IS NULL OR o.dates[i] >= substring($since, 0, size(o.dates[i])))
            AND ($until IS NULL OR o.dates[i] <= substring($until, 0, size(o.dates[i])))))
        | o.dates[i]] END AS ds
WITH b, backers, c, o, ds, coalesce(size(ds), o.events) AS fight_events
WHERE fight_events > 0 AND fight_events >= coalesce($min_events, 1)
WITH b, backers, c, o, ds, fight_events
// 3. rows come in fight order, so only the pairs down to the one where the rows reach $limit can
//    be returned (counting backers - 1: one may be the opponent itself): its fight count is the floor
ORDER BY fight_events DESC
WITH collect([b, c, o, ds, fight_events, backers - 1]) AS pairs
WITH pairs, reduce(acc = [0, 0], p IN pairs |
                   CASE WHEN acc[0] >= $limit THEN acc ELSE [acc[0] + p[5], p[4]] END)[1] AS floor
UNWIND pairs AS p
WITH p[0] AS b, p[1] AS c, p[2] AS o, p[3] AS ds, p[4] AS fight_events, floor
WHERE fight_events >= floor
// 4. the rows of those pairs
MATCH (a:Actor)-[s:SUPPORTS]->(b)
WHERE a.id <> c.id AND ($actor IS NULL OR a.id = $actor OR a.name = $actor)
  AND ($source IS NULL OR $source IN s.sources)
RETURN a.name AS backer,
       b.name AS proxy,
       c.name AS opponent,
       CASE WHEN $source IS NULL THEN s.events ELSE size([x IN s.sources WHERE x = $source]) END AS support_events,
       fight_events,
       CASE WHEN ds IS NULL THEN o.first_seen ELSE head([d IN ds WHERE d <> '']) END AS first_seen,
       CASE WHEN ds IS NULL THEN o.last_seen ELSE last([d IN ds WHERE d <> '']) END AS last_seen
ORDER BY fight_events DESC, backer, proxy, opponent
LIMIT $limit
