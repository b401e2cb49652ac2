// What did this actor do, and with whom? One table, one row per fact, by section:
//   actor_of / target_of  events by type (as actor, as target): count, first and last seen
//   backs / backed_by     derived SUPPORTS, with the other actor
//   opponent              derived OPPOSES (FIGHT / ASSAULT / THREATEN / COERCE events), either side
//   member / member_of    MEMBER_OF, with the role in `type`
//   controls              places it holds (open control periods), with the kind in `type`
// actor: the actor's name or id (required); source ('text', 'acled' or 'gdelt', optional): only that
// source's events count (memberships are kept).
:param actor => 'Turkey';
:param source => null;
CALL {
  MATCH (a:Actor) WHERE a.id = $actor OR a.name = $actor
  MATCH (a)-[:ACTOR]->(e)
  WHERE $source IS NULL OR e.source = $source
  RETURN 'actor_of' AS section, null AS other, e.type AS type, count(e) AS events,
         min(e.date) AS first_seen, max(e.date) AS last_seen
  UNION ALL
  MATCH (a:Actor) WHERE a.id = $actor OR a.name = $actor
  MATCH (a)<-[:TARGET]-(e)
  WHERE $source IS NULL OR e.source = $source
  RETURN 'target_of' AS section, null AS other, e.type AS type, count(e) AS events,
         min(e.date) AS first_seen, max(e.date) AS last_seen
  UNION ALL
  MATCH (a:Actor) WHERE a.id = $actor OR a.name = $actor
  MATCH (a)-[s:SUPPORTS]-(o)
  WHERE $source IS NULL OR $source IN s.sources
  WITH a, s, o, [i IN range(0, size(s.dates) - 1) WHERE $source IS NULL OR s.sources[i] = $source] AS idx
  RETURN CASE WHEN startNode(s) = a THEN 'backs' ELSE 'backed_by' END AS section, o.name AS other,
         null AS type, size(idx) AS events,
         head([i IN idx WHERE s.dates[i] <> '' | s.dates[i]]) AS first_seen,
         last([i IN idx WHERE s.dates[i] <> '' | s.dates[i]]) AS last_seen
  UNION ALL
  MATCH (a:Actor) WHERE a.id = $actor OR a.name = $actor
  MATCH (a)-[x:OPPOSES]-(o)
  WHERE $source IS NULL OR $source IN x.sources
  WITH a, x, o, [i IN range(0, size(x.dates) - 1) WHERE $source IS NULL OR x.sources[i] = $source] AS idx
  RETURN 'opponent' AS section, o.name AS other, null AS type, size(idx) AS events,
         head([i IN idx WHERE x.dates[i] <> '' | x.dates[i]]) AS first_seen,
         last([i IN idx WHERE x.dates[i] <> '' | x.dates[i]]) AS last_seen
  UNION ALL
  MATCH (a:Actor) WHERE a.id = $actor OR a.name = $actor
  MATCH (a)<-[m:MEMBER_OF]-(o)
  RETURN 'member' AS section, o.name AS other, m.role AS type, null AS events,
         null AS first_seen, null AS last_seen
  UNION ALL
  MATCH (a:Actor) WHERE a.id = $actor OR a.name = $actor
  MATCH (a)-[m:MEMBER_OF]->(o)
  RETURN 'member_of' AS section, o.name AS other, m.role AS type, null AS events,
         null AS first_seen, null AS last_seen
  UNION ALL
  MATCH (a:Actor) WHERE a.id = $actor OR a.name = $actor
  MATCH (a)-[c:CONTROLS]->(l)
  WHERE c.until IS NULL
  OPTIONAL MATCH (art:Article {id: c.article})
  WITH c, l, art
  WHERE $source IS NULL OR $source IN coalesce(c.evidence_sources, [art.source])
  RETURN 'controls' AS section, l.name AS other, c.kind AS type, null AS events,
         c.since AS first_seen, null AS last_seen
}
RETURN section, other, type, events, first_seen, last_seen
ORDER BY section, events DESC, other, type, first_seen
