// Who held this place, from when to when? Every control period of one place: captured (derived from
// CAPTURE / RETREAT events) and stated ("the LNA's stronghold of X"), in date order.
// place: the place's name or id (required).
:param place => 'Asaba'
MATCH (l:Location)
WHERE l.id = $place OR l.name = $place
WITH l
MATCH (l)<-[c:CONTROLS]-(a)
OPTIONAL MATCH (art:Article {id: c.article})
RETURN l.name AS location,
       a.name AS actor,
       c.kind AS kind,
       c.since AS since,
       c.until AS until,
       c.from_actor AS `from`,
       CASE WHEN c.kind = 'stated'
            THEN [{sentence: c.sentence, article: art.url}]
            ELSE [i IN range(0, size(coalesce(c.sentences, [])) - 1) | {sentence: c.sentences[i], article: c.articles[i]}]
       END AS evidence
ORDER BY coalesce(since, ''), kind, actor
