// Find a place by its name or one of its aliases (any language, case-insensitive), e.g.
// 'base aérienne d''Al-Watiya'. name => null lists every place.
:param name => 'Tripoli';
MATCH (l:Location)
WHERE $name IS NULL OR toLower(l.name) = toLower($name)
   OR any(x IN coalesce(l.aliases, []) WHERE toLower(x) = toLower($name))
RETURN l.id AS id, l.name AS name, l.kind AS kind, l.country AS country, l.lat AS lat, l.lon AS lon,
       l.aliases AS aliases
ORDER BY name, id
