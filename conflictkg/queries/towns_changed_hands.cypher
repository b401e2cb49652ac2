// Which towns changed hands? Every capture that changed who holds a place: the place and its
// coordinates, from (the previous holder, null when unknown) → to, the date, and the evidence.
// Reads the derived CONTROLS {kind: 'captured'} relationships (recomputed after every ingest).
// Filters (all optional): since / until (ISO dates), country (of the place), actor (name or id,
// taker or loser); limit caps the rows.
:param since => null
:param until => null
:param country => null
:param actor => null
:param limit => 1000000
MATCH (taker:Actor)-[c:CONTROLS]->(l:Location)
WHERE c.kind = 'captured'
  AND ($since IS NULL OR c.since >= substring($since, 0, size(coalesce(c.since, ''))))
  AND ($until IS NULL OR c.since <= substring($until, 0, size(coalesce(c.since, ''))))
  AND ($country IS NULL OR l.country = $country)
  AND ($actor IS NULL OR taker.id = $actor OR taker.name = $actor
       OR c.from_id = $actor OR c.from_actor = $actor)
RETURN l.name AS location,
       l.lat AS lat,
       l.lon AS lon,
       c.from_actor AS `from`,
       taker.name AS `to`,
       c.since AS date,
       [i IN range(0, size(coalesce(c.sentences, [])) - 1) | {sentence: c.sentences[i], article: c.articles[i]}] AS evidence
ORDER BY date, location, `to`
LIMIT $limit
