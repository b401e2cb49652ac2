// Who held this place, from when to when? Every control period of one place: captured (derived from
// CAPTURE / RETREAT events) and stated ("the LNA's stronghold of X"), in date order, with the
// evidence sentences (`evidence`) and, in the same order, their articles (`articles`).
// place: the place's name or id (required); source ('text', 'acled' or 'gdelt', optional): only the
// periods that source reports, with its own evidence.
:param place => 'Asaba';
:param source => null;
MATCH (l:Location)
WHERE l.id = $place OR l.name = $place
WITH l
MATCH (l)<-[c:CONTROLS]-(a)
OPTIONAL MATCH (art:Article {id: c.article})
// ei: the positions of the evidence that counts (null for a stated claim: its one sentence)
WITH l, a, c, art,
     CASE WHEN c.kind = 'stated' THEN null
          ELSE [i IN range(0, size(coalesce(c.sentences, [])) - 1)
                WHERE $source IS NULL OR c.evidence_sources[i] = $source] END AS ei
WHERE $source IS NULL OR (ei IS NULL AND art.source = $source) OR size(ei) > 0
RETURN l.name AS location,
       a.name AS actor,
       c.kind AS kind,
       c.since AS since,
       c.until AS until,
       c.from_actor AS `from`,
       CASE WHEN ei IS NULL THEN [c.sentence] ELSE [i IN ei | c.sentences[i]] END AS evidence,
       CASE WHEN ei IS NULL THEN [art.url] ELSE [i IN ei | c.articles[i]] END AS articles
ORDER BY coalesce(since, ''), kind, actor
