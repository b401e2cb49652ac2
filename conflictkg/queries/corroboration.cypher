// Which extracted events do structured sources confirm? One row per event extracted from text
// (source 'text'): its type, actor, target, place and date, and the ACLED / GDELT records linked to
// it by SAME_AS (source, record id, type, date, link score), best first. Written by `conflictkg link`.
// Filters (all optional): source ('acled' or 'gdelt': only that source's records count);
// status ('confirmed': only events with a record, 'unconfirmed': only events without one);
// limit caps the rows.
:param source => null;
:param status => null;
:param limit => 1000000;
MATCH (e:Event)
WHERE e.source = 'text'
OPTIONAL MATCH (e)-[s:SAME_AS]-(o:Event)
WHERE o.source <> 'text' AND ($source IS NULL OR o.source = $source)
OPTIONAL MATCH (o)-[:REPORTED_IN]->(oa:Article)
WITH e, s, o, oa
ORDER BY s.score DESC, o.id
WITH e, collect(CASE WHEN o IS NULL THEN null ELSE
       {source: o.source, record: coalesce(o.acled_id, o.gdelt_id, oa.url), type: o.type,
        date: o.date, score: s.score, url: oa.url} END) AS records
WHERE $status IS NULL OR ($status = 'confirmed' AND size(records) > 0)
   OR ($status = 'unconfirmed' AND size(records) = 0)
OPTIONAL MATCH (a:Actor)-[:ACTOR]->(e)
OPTIONAL MATCH (e)-[:TARGET]->(t:Actor)
OPTIONAL MATCH (e)-[:AT]->(l:Location)
OPTIONAL MATCH (e)-[r:REPORTED_IN]->(art:Article)
RETURN e.id AS event,
       e.type AS type,
       a.name AS actor,
       t.name AS target,
       l.name AS location,
       e.date AS date,
       size(records) AS confirmations,
       records,
       r.sentence AS evidence,
       art.url AS article
ORDER BY confirmations DESC, date, event
LIMIT $limit
