// Which towns changed hands? Every capture that changed who holds a place: the place and its
// coordinates, from (the previous holder, null when unknown) → to, the date, and the evidence: the
// sentences (`evidence`) and, in the same order, their articles (`articles`).
// Reads the derived CONTROLS {kind: 'captured'} relationships (recomputed after every ingest).
// Filters (all optional): since / until (ISO dates), country (of the place), actor (name or id,
// taker or loser), source ('text', 'acled' or 'gdelt': the changes that source reports, with its
// own evidence and its first date); limit caps the rows.
:param since => null;
:param until => null;
:param country => null;
:param actor => null;
:param source => null;
:param limit => 1000000;
MATCH (taker:Actor)-[c:CONTROLS]->(l:Location)
WHERE c.kind = 'captured'
  AND ($country IS NULL OR l.country = $country)
  AND ($actor IS NULL OR taker.id = $actor OR taker.name = $actor
       OR c.from_id = $actor OR c.from_actor = $actor)
  AND ($source IS NULL OR $source IN c.evidence_sources)
// ei: with a source filter, the positions of that source's evidence (in date order)
WITH taker, c, l,
     CASE WHEN $source IS NULL THEN null
          ELSE [i IN range(0, size(c.sentences) - 1) WHERE c.evidence_sources[i] = $source] END AS ei
WITH taker, c, l, ei, CASE WHEN ei IS NULL THEN c.since ELSE c.evidence_dates[ei[0]] END AS date
WHERE ($since IS NULL OR date >= substring($since, 0, size(coalesce(date, ''))))
  AND ($until IS NULL OR date <= substring($until, 0, size(coalesce(date, ''))))
RETURN l.name AS location,
       l.lat AS lat,
       l.lon AS lon,
       c.from_actor AS `from`,
       taker.name AS `to`,
       date,
       CASE WHEN ei IS NULL THEN c.sentences ELSE [i IN ei | c.sentences[i]] END AS evidence,
       CASE WHEN ei IS NULL THEN c.articles ELSE [i IN ei | c.articles[i]] END AS articles
ORDER BY date, location, `to`
LIMIT $limit
