"""spaCy-based event extraction: articles → events, actors, places, memberships and control claims.

``NLPExtractor`` (in :mod:`.extractor`) is the entry point; the spaCy pipelines and components are in
:mod:`.pipeline`. Importing this package does not load spaCy models: they load lazily, once per process.
"""
