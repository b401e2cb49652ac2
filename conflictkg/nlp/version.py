"""The NLP extractor's version: ingest re-extracts a stored article whose version differs.

It changes with everything an article's events depend on besides its text: the package version and
the source of the extraction code, the spaCy release and models, the lexicons, the knowledge base
(packaged and user ``--kb`` files) and the gazetteer's data (packaged and user place files).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib.metadata import PackageNotFoundError
from importlib.metadata import version as dist_version
from pathlib import Path
from typing import Any

# The modules whose code decides an article's facts (relative to the ``conflictkg`` package).
_CODE = ("nlp", "knowledge", "textkeys.py", "sources/articles.py", "sources/documents.py",
         "structured/resolver.py", "model.py")  # fmt: skip


def _installed(dist: str) -> str:
    try:
        return dist_version(dist)
    except PackageNotFoundError:
        return "absent"


@lru_cache(maxsize=1)
def _static_digest() -> str:
    """Code, lexicons, spaCy and its models: what cannot change while the process runs."""
    from conflictkg.knowledge.kb_data import file_digest
    from conflictkg.meta import PACKAGE_DIR
    from conflictkg.nlp.pipeline import MODELS

    package = PACKAGE_DIR
    code: list[Path] = []
    for part in _CODE:
        path = package / part
        code.extend(sorted(path.rglob("*.py")) if path.is_dir() else [path])  # subpackages too
    lexicons = sorted((package / "knowledge" / "data" / "lexicons").glob("*.json"))
    libraries = [f"{d}={_installed(d)}" for d in ("conflictkg", "spacy", *sorted(MODELS.values()))]
    return file_digest([*code, *lexicons], salt=";".join(libraries))


def extractor_version(kb: Any = None, gazetteer: Any = None, settings: str = "") -> str:
    """``nlp/<package version>+<hash>``. ``kb`` and ``gazetteer`` are the ones the extractor was given
    (None: the packaged ones); ``settings`` any option that changes the facts."""
    from conflictkg.knowledge.gazetteer import places_digest
    from conflictkg.knowledge.kb_data import kb_digest
    from conflictkg.meta import __version__

    kb_part = kb_digest() if kb is None else getattr(kb, "digest", "") or f"custom:{type(kb).__name__}"
    gaz_part = places_digest() if gazetteer is None else getattr(gazetteer, "digest", "") or "custom"
    h = hashlib.sha256("\0".join((_static_digest(), kb_part, gaz_part, settings)).encode())
    return f"nlp/{__version__}+{h.hexdigest()[:12]}"
