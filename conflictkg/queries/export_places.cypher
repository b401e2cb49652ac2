// The places of an export page, by id: what the export contract says of each (and their aliases,
// for evaluation). The ids come from export_events.cypher's location_id column.
:param ids => [];
MATCH (n:Location)
WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, n.lat AS lat, n.lon AS lon, n.geonames_id AS geonames_id,
       n.country AS country, n.aliases AS aliases
