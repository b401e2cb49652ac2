"""conflictkg: news about wars → a knowledge graph of who did what to whom, where and when."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("conflictkg")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = ["KnowledgeGraph", "__version__"]


def __getattr__(name: str) -> object:
    # Lazy, so the CLI does not import pandas / networkx unless a query needs them.
    if name == "KnowledgeGraph":
        from conflictkg.queries.api import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(f"module 'conflictkg' has no attribute {name!r}")
