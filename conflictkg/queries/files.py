"""Loading the shipped ``.cypher`` files: one query a file, Browser ``:param`` lines at the top."""

from __future__ import annotations

from functools import cache
from importlib import resources


def strip_browser_lines(text: str) -> str:
    """Drop Neo4j Browser commands (``:param ...``), which are not Cypher."""
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(":")).strip()


@cache
def load(name: str) -> str:
    """The Cypher text of ``conflictkg/queries/<name>.cypher``, ready for a driver."""
    text = resources.files("conflictkg.queries").joinpath(f"{name}.cypher").read_text(encoding="utf-8")
    return strip_browser_lines(text)


def names() -> list[str]:
    return sorted(
        p.name.removesuffix(".cypher")
        for p in resources.files("conflictkg.queries").iterdir()
        if p.name.endswith(".cypher")
    )
