// Find an actor by its name or one of its aliases (any language, case-insensitive), e.g. 'ANL',
// 'Turquie'. name => null lists every actor (the Python API matches accents and typos itself).
:param name => 'ANL';
MATCH (a:Actor)
WHERE $name IS NULL OR toLower(a.name) = toLower($name)
   OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($name))
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.country AS country, a.aliases AS aliases
ORDER BY name, id
