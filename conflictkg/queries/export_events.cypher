// Which events does the graph hold, with the sentence that reports them? One row an event and
// article, in event id order, one keyset page at a time: the events with an id in ($after, $upto],
// the first $limit of them (the next page starts after the last id returned). The range is served by
// the index on Event.id on both stores. The actor, target and place come as ids only: a stream reads
// their properties once for many events (export_endpoints.cypher), since walking
// to them and reading them for every event is most of a page's cost.
// Optional filters: one article ($article = its url as given to ingest), a date window ($since /
// $until, ISO dates; a partial event date such as 2020-05 overlaps the window) and one source
// ($source: 'text', 'acled' or 'gdelt'). Only the event carries a label: the writer links ACTOR from
// an Actor, TARGET to an Actor, AT to a Location and REPORTED_IN to an Article, and FalkorDB checks
// each extra label row by row. An event told several times in its article (nlp/tellings.py) comes with
// all its tellings (told_*: sentences, starts and ends in text order), null for one told once.
:param article => null;
:param since => null;
:param until => null;
:param source => null;
:param after => 'ev:';
:param upto => 'ev:g';
:param limit => 1000;
MATCH (e:Event)
WHERE e.id > $after AND e.id <= $upto
  AND ($source IS NULL OR e.source = $source)
  AND ($since IS NULL OR (e.date IS NOT NULL AND e.date >= substring($since, 0, size(coalesce(e.date, '')))))
  AND ($until IS NULL OR (e.date IS NOT NULL AND e.date <= substring($until, 0, size(coalesce(e.date, '')))))
MATCH (a)-[:ACTOR]->(e)-[r:REPORTED_IN]->(art)
WHERE $article IS NULL OR art.url = $article
WITH a, e, r, art
ORDER BY e.id
LIMIT $limit
OPTIONAL MATCH (e)-[:TARGET]->(t)
OPTIONAL MATCH (e)-[:AT]->(l)
RETURN art.url AS article, e.id AS event_id, e.type AS action, e.cameo AS cameo,
       a.id AS actor_id, t.id AS target_id, l.id AS location_id,
       e.date AS date, e.date_precision AS date_precision, e.modality AS modality,
       e.confidence AS confidence,
       CASE WHEN r.sentence IS NULL OR r.sentence = '' THEN r.text ELSE r.sentence END AS sentence,
       r.start AS ev_start, r.`end` AS ev_end,
       e.told_sentences AS told_sentences, e.told_starts AS told_starts, e.told_ends AS told_ends
ORDER BY event_id
