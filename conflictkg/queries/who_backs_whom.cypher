// Who backs whom? Backer → backed, with the number of supporting events (SUPPORT, AID, COOPERATE,
// asserted or reported), first and last seen, and the evidence: the sentences (`evidence`) and,
// in the same order, their articles (`articles`). Reads the derived SUPPORTS relationships
// (recomputed after every ingest or import).
// Filters (all optional, null = no filter): actor (name or id, either side), country (either side),
// since / until (ISO dates: only events in the window count), source ('text', 'acled' or 'gdelt':
// only that source's events count), min_events; limit caps the rows.
:param actor => null;
:param country => null;
:param since => null;
:param until => null;
:param source => null;
:param min_events => 1;
:param limit => 1000000;
MATCH (b:Actor)-[s:SUPPORTS]->(t:Actor)
WHERE ($actor IS NULL OR b.id = $actor OR b.name = $actor OR t.id = $actor OR t.name = $actor)
  AND ($country IS NULL OR b.country = $country OR t.country = $country)
  AND ($source IS NULL OR $source IN s.sources)
// ds: with a filter, the dates of the events that count ('' for an undated one); ei: the evidence
WITH b.name AS backer, t.name AS backed, s,
     CASE WHEN $since IS NULL AND $until IS NULL AND $source IS NULL THEN null ELSE
       [i IN range(0, size(s.dates) - 1)
        WHERE ($source IS NULL OR s.sources[i] = $source)
          AND (($since IS NULL AND $until IS NULL) OR (s.dates[i] <> ''
            AND ($since IS NULL OR s.dates[i] >= substring($since, 0, size(s.dates[i])))
            AND ($until IS NULL OR s.dates[i] <= substring($until, 0, size(s.dates[i])))))
        | s.dates[i]] END AS ds
WITH backer, backed, s, ds, coalesce(size(ds), s.events) AS events
WHERE events > 0 AND events >= coalesce($min_events, 1)
WITH backer, backed, s, ds, events,
     CASE WHEN ds IS NULL THEN null ELSE
       [i IN range(0, size(s.sentences) - 1)
        WHERE ($source IS NULL OR s.evidence_sources[i] = $source)
          AND (($since IS NULL AND $until IS NULL) OR (s.evidence_dates[i] <> ''
            AND ($since IS NULL OR s.evidence_dates[i] >= substring($since, 0, size(s.evidence_dates[i])))
            AND ($until IS NULL OR s.evidence_dates[i] <= substring($until, 0, size(s.evidence_dates[i])))))
       ] END AS ei
RETURN backer,
       backed,
       events,
       CASE WHEN ds IS NULL THEN s.first_seen ELSE head([d IN ds WHERE d <> '']) END AS first_seen,
       CASE WHEN ds IS NULL THEN s.last_seen ELSE last([d IN ds WHERE d <> '']) END AS last_seen,
       s.confidence AS confidence,
       CASE WHEN ei IS NULL THEN s.sentences ELSE [i IN ei | s.sentences[i]] END AS evidence,
       CASE WHEN ei IS NULL THEN s.articles ELSE [i IN ei | s.articles[i]] END AS articles
ORDER BY events DESC, backer, backed
LIMIT $limit
