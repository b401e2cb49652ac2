// The actors of an export page, by id: what the export contract says of each (and their aliases,
// for evaluation). The ids come from export_events.cypher's actor_id / target_id columns.
:param ids => [];
MATCH (n:Actor)
WHERE n.id IN $ids
RETURN n.id AS id, n.name AS name, n.kind AS kind, n.country AS country, n.wikidata AS wikidata,
       n.aliases AS aliases
