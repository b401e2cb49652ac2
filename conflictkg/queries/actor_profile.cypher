// What did this actor do, and with whom? One table, one row per fact, by section:
//   actor_of / target_of  events by type (as actor, as target): count, first and last seen
//   backs / backed_by     derived SUPPORTS, with the other actor
//   opponent              derived OPPOSES (FIGHT / ASSAULT / THREATEN / COERCE events), either side
//   member / member_of    MEMBER_OF, with the role in `type`
//   controls              places it holds (open control periods), with the kind in `type`
// actor: the actor's name or id (required).
:param actor => 'Turkey'
CALL {
  MATCH (a:Actor) WHERE a.id = $actor OR a.name = $actor
  MATCH (a)-[:ACTOR]->(e)
  RETURN 'actor_of' AS section, null AS other, e.type AS type, count(e) AS events,
         min(e.date) AS first_seen, max(e.date) AS last_seen
  UNION ALL
  MATCH (a:Actor) WHERE a.id = $actor OR a.name = $actor
  MATCH (a)<-[:TARGET]-(e)
  RETURN 'target_of' AS section, null AS other, e.type AS type, count(e) AS events,
         min(e.date) AS first_seen, max(e.date) AS last_seen
  UNION ALL
  MATCH (a:Actor) WHERE a.id = $actor OR a.name = $actor
  MATCH (a)-[s:SUPPORTS]->(o)
  RETURN 'backs' AS section, o.name AS other, null AS type, s.events AS events,
         s.first_seen AS first_seen, s.last_seen AS last_seen
  UNION ALL
  MATCH (a:Actor) WHERE a.id = $actor OR a.name = $actor
  MATCH (a)<-[s:SUPPORTS]-(o)
  RETURN 'backed_by' AS section, o.name AS other, null AS type, s.events AS events,
         s.first_seen AS first_seen, s.last_seen AS last_seen
  UNION ALL
  MATCH (a:Actor) WHERE a.id = $actor OR a.name = $actor
  MATCH (a)-[x:OPPOSES]-(o)
  RETURN 'opponent' AS section, o.name AS other, null AS type, x.events AS events,
         x.first_seen AS first_seen, x.last_seen AS last_seen
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
  RETURN 'controls' AS section, l.name AS other, c.kind AS type, null AS events,
         c.since AS first_seen, null AS last_seen
}
RETURN section, other, type, events, first_seen, last_seen
ORDER BY section, events DESC, other, type, first_seen
