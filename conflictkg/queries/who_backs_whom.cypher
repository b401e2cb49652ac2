// Who backs whom? Backer → backed, with the number of supporting events (SUPPORT, AID, COOPERATE,
// asserted or reported), first and last seen, and the evidence sentences with their articles.
// Reads the derived SUPPORTS relationships (recomputed after every ingest).
// Filters (all optional, null = no filter): actor (name or id, either side), country (either side),
// since / until (ISO dates: only events in the window count), min_events; limit caps the rows.
:param actor => null
:param country => null
:param since => null
:param until => null
:param min_events => 1
:param limit => 1000000
MATCH (b:Actor)-[s:SUPPORTS]->(t:Actor)
WHERE ($actor IS NULL OR b.id = $actor OR b.name = $actor OR t.id = $actor OR t.name = $actor)
  AND ($country IS NULL OR b.country = $country OR t.country = $country)
WITH b, t, s,
     [d IN coalesce(s.dates, [])
      WHERE ($since IS NULL OR d >= substring($since, 0, size(d)))
        AND ($until IS NULL OR d <= substring($until, 0, size(d)))] AS ds
WITH b, t, s, ds,
     CASE WHEN $since IS NULL AND $until IS NULL THEN s.events ELSE size(ds) END AS events
WHERE events > 0 AND events >= coalesce($min_events, 1)
WITH b, t, s, ds, events
ORDER BY events DESC, b.name, t.name
LIMIT $limit
RETURN b.name AS backer,
       t.name AS backed,
       events,
       CASE WHEN size(ds) > 0 THEN ds[0] ELSE s.first_seen END AS first_seen,
       CASE WHEN size(ds) > 0 THEN ds[size(ds) - 1] ELSE s.last_seen END AS last_seen,
       s.confidence AS confidence,
       [i IN range(0, size(coalesce(s.sentences, [])) - 1)
        WHERE ($since IS NULL AND $until IS NULL) OR (s.evidence_dates[i] <> ''
          AND ($since IS NULL OR s.evidence_dates[i] >= substring($since, 0, size(s.evidence_dates[i])))
          AND ($until IS NULL OR s.evidence_dates[i] <= substring($until, 0, size(s.evidence_dates[i]))))
        | {sentence: s.sentences[i], article: s.articles[i]}] AS evidence
ORDER BY events DESC, backer, backed
