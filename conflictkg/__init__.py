"""conflictkg: news about wars → a knowledge graph of who did what to whom, where and when."""

from conflictkg.meta import __version__

__all__ = ["KnowledgeGraph", "__version__"]


def __getattr__(name: str) -> object:
    # Lazy, so the CLI does not import pandas / networkx unless a query needs them.
    if name == "KnowledgeGraph":
        from conflictkg.queries.api import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'conflictkg' has no attribute {name!r}")
