"""The sources config (``conflictkg ingest --config sources.toml``, ``schedule``): the TOML format in
:mod:`conflictkg.sources.inputs`, read into :class:`SourceConfig`; errors are one-line InputErrors."""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from conflictkg.errors import InputError
from conflictkg.sources.http import HttpSettings
from conflictkg.sources.inputs import COLUMN_KEYS, SourceSpec, is_url


@dataclass
class ExtractionSettings:
    """The config's ``[extraction]`` table."""

    dask: str | None = None


@dataclass
class SourceConfig:
    sources: list[SourceSpec]
    http: HttpSettings = field(default_factory=HttpSettings)
    extraction: ExtractionSettings = field(default_factory=ExtractionSettings)


def _extraction_settings(raw: Any, path: Path) -> ExtractionSettings:
    if not isinstance(raw, dict):
        raise InputError(f"{path}: [extraction] must be a table")
    unknown = set(raw) - {"dask"}
    if unknown:
        raise InputError(f"{path}: unknown [extraction] key(s) {', '.join(sorted(unknown))}")
    dask = raw.get("dask")
    if dask is not None and (not isinstance(dask, str) or not (dask == "local" or "://" in dask)):
        raise InputError(
            f'{path}: [extraction] dask must be "local" or a scheduler address (tcp://HOST:8786)'
        )
    return ExtractionSettings(dask=dask)


def load_config(path: Path) -> SourceConfig:
    """Read a TOML source config (format in the module docstring); errors are one-line InputErrors."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such config file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the config ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML ({exc})") from exc
    base = path.resolve().parent
    unknown = set(data) - {"http", "extraction", "sources"}
    if unknown:
        raise InputError(
            f"{path}: unknown table(s) {', '.join(sorted(unknown))}; use [http], [extraction] and [[sources]]"
        )
    http = _http_settings(data.get("http", {}), path)
    raw_sources = data.get("sources", [])
    if not isinstance(raw_sources, list) or not raw_sources:
        raise InputError(f"{path}: no [[sources]] listed")
    return SourceConfig(
        [_source(i, s, base, path) for i, s in enumerate(raw_sources, 1)],
        http,
        _extraction_settings(data.get("extraction", {}), path),
    )


def _http_settings(raw: Any, path: Path) -> HttpSettings:
    if not isinstance(raw, dict):
        raise InputError(f"{path}: [http] must be a table")
    allowed = {f.name for f in fields(HttpSettings)}
    unknown = set(raw) - allowed
    if unknown:
        raise InputError(f"{path}: unknown [http] key(s) {', '.join(sorted(unknown))}")
    settings = HttpSettings(**raw)
    for name in ("timeout", "backoff", "rate_limit", "deadline"):
        if not isinstance(getattr(settings, name), (int, float)) or getattr(settings, name) < 0:
            raise InputError(f"{path}: [http] {name} must be a number >= 0")
    for name in ("retries", "max_bytes"):
        if not isinstance(getattr(settings, name), int) or getattr(settings, name) < 0:
            raise InputError(f"{path}: [http] {name} must be an integer >= 0")
    return settings


def _source(index: int, raw: Any, base: Path, path: Path) -> SourceSpec:
    where = f"{path}: source #{index}"
    if not isinstance(raw, dict):
        raise InputError(f"{where}: must be a table")
    kinds = [k for k in ("path", "jsonl", "csv", "url", "feed") if k in raw]
    if len(kinds) != 1:
        raise InputError(f"{where}: give exactly one of path, jsonl, csv, url, feed")
    kind = kinds[0]
    unknown = set(raw) - {kind, "glob", "columns", "delimiter", "language"}
    if unknown:
        raise InputError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    target = raw[kind]
    if not isinstance(target, str) or not target:
        raise InputError(f"{where}: {kind} must be a non-empty string")
    if kind in {"url", "feed"}:
        if not is_url(target):
            raise InputError(f"{where}: {kind} must be an http(s) URL")
    elif target != "-" and not os.path.isabs(os.path.expanduser(target)):
        target = str(base / target)
    columns = raw.get("columns", {})
    if not isinstance(columns, dict) or not all(isinstance(v, str) for v in columns.values()):
        raise InputError(f"{where}: columns must map text/title/date/url/language to column names")
    bad = set(columns) - set(COLUMN_KEYS)
    if bad:
        raise InputError(f"{where}: unknown column key(s) {', '.join(sorted(bad))}")
    if columns and kind != "csv":
        raise InputError(f"{where}: columns are for csv sources")
    return SourceSpec(
        kind=kind,
        target=os.path.expanduser(target),
        glob=raw.get("glob"),
        columns=dict(columns),
        delimiter=raw.get("delimiter"),
        language=raw.get("language"),
    )
