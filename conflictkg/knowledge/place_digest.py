"""What the gazetteer is built from, as one hash: the packaged place files, the GeoNames release and
index format, and the user's place files (the extractor version holds it)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from conflictkg.knowledge.geonames import data_dir, index_name
from conflictkg.knowledge.kb_data import file_digest


@lru_cache(maxsize=1)
def _packaged_digest() -> str:
    files = [*sorted((data_dir() / "places").glob("*.t*")), data_dir() / "kb" / "countries.tsv"]
    # the index name holds the GeoNames release, the population floor and the key function's code
    return file_digest(files, salt=index_name())


def places_digest(extra_files: Sequence[Path] = ()) -> str:
    """A hash of what Gazetteer.load(extra_files) is built from: the packaged place files, the
    GeoNames release and index format, and the user's place files."""
    if not extra_files:
        return _packaged_digest()
    return file_digest([Path(p) for p in extra_files], salt=_packaged_digest())
