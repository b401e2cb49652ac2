// The actors and places of an export page, by id: what the export contract says of each (and their
// aliases, for evaluation), in one round trip. The ids come from export_events.cypher's actor_id /
// target_id ($actors) and location_id ($places) columns.
:param actors => [];
:param places => [];
MATCH (n:Actor)
WHERE n.id IN $actors
RETURN 'actor' AS part, n.id AS id, n.name AS name, n.kind AS kind, n.country AS country,
       n.wikidata AS wikidata, null AS lat, null AS lon, null AS geonames_id, n.aliases AS aliases
UNION ALL
MATCH (n:Location)
WHERE n.id IN $places
RETURN 'place' AS part, n.id AS id, n.name AS name, null AS kind, n.country AS country,
       null AS wikidata, n.lat AS lat, n.lon AS lon, n.geonames_id AS geonames_id, n.aliases AS aliases
