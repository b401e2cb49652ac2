// What happened at this place? The events at one place in date order (undated last): type,
// actor, target, modality, source and the sentence that reports it.
// place: the place's name or id (required); since / until (ISO dates) and source ('text', 'acled'
// or 'gdelt') optional; limit caps the rows.
:param place => 'Tripoli';
:param since => null;
:param until => null;
:param source => null;
:param limit => 1000000;
MATCH (l:Location)
WHERE l.id = $place OR l.name = $place
WITH l
MATCH (l)<-[:AT]-(e)
WHERE ($since IS NULL OR e.date >= substring($since, 0, size(coalesce(e.date, ''))))
  AND ($until IS NULL OR e.date <= substring($until, 0, size(coalesce(e.date, ''))))
  AND ($source IS NULL OR e.source = $source)
OPTIONAL MATCH (a)-[:ACTOR]->(e)
OPTIONAL MATCH (e)-[:TARGET]->(t)
OPTIONAL MATCH (e)-[r:REPORTED_IN]->(art)
RETURN l.name AS location,
       e.date AS date,
       e.date_precision AS date_precision,
       e.type AS type,
       a.name AS actor,
       t.name AS target,
       e.modality AS modality,
       e.source AS source,
       r.sentence AS sentence,
       art.url AS article,
       e.id AS event
ORDER BY date, type, actor, event
LIMIT $limit
