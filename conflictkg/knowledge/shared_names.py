"""Names several actors carried, each in its own years and countries (``data/kb/shared_names.toml``):
"la coalition internationale" was ISAF in Afghanistan (2001-2014), NATO in Libya (2011) and the
US-led coalition in Syria and Iraq (since 2014). The data says who held a name when and where; an
article's date and focus country pick the holder (nlp/shared_names.py)."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from conflictkg.errors import ConflictKGError
from conflictkg.knowledge.kb_data import actor_id
from conflictkg.knowledge.packaged import packaged_text
from conflictkg.knowledge.spans import Span
from conflictkg.textkeys import key

_PERIOD = re.compile(r"^\s*(?P<start>\d{4})\s*(?:(?P<dash>[-–])\s*(?P<end>\d{4})?)?\s*$")


@dataclass(frozen=True)
class Holder:
    actor: str  # the actor's id
    period: Span
    countries: frozenset[str]


def choose(holders: tuple[Holder, ...], year: int | None, country: str | None) -> Holder | None:
    """The holder of a name in ``year`` in ``country``: both known, the one that fits both; the year
    unknown, the (current) holder of the country; the country unknown, the latest to begin that
    year; neither, none (the KB's own reading stands)."""
    if year is not None and country is not None:
        fits = [h for h in holders if h.period.holds(year) and country in h.countries]
    elif country is not None:
        fits = [h for h in holders if country in h.countries]
    elif year is not None:
        fits = [h for h in holders if h.period.holds(year)]
    else:
        fits = []
    return max(fits, key=lambda h: (h.period.end is None, h.period.start)) if fits else None


def holders(text: str) -> tuple[Holder, ...]:
    """The holders of the shared name ``text`` is or ends with ("la coalition internationale", "les
    soldats de la coalition internationale"), none when it names no shared name."""
    k = key(text)
    return next((held for name, held in _table(False).items() if k == name or k.endswith(" " + name)), ())


def bare_holders(text: str) -> tuple[Holder, ...]:
    """The holders of the bare body noun ``text`` is, exactly ("the Coalition", "la coalition": the
    names marked ``exact``), none for any other text."""
    return _table(True).get(key(text), ())


@lru_cache(maxsize=2)
def _table(exact: bool) -> dict[str, tuple[Holder, ...]]:
    """The shared names (``exact``: only the bare body nouns) → their holders."""
    data = tomllib.loads(packaged_text("conflictkg.knowledge", "data", "kb", "shared_names.toml"))
    table: dict[str, tuple[Holder, ...]] = {}
    for row in data.get("name", []):
        if bool(row.get("exact", False)) != exact:
            continue
        held = tuple(_holder(h) for h in row.get("holder", []))
        for name in row.get("names", []):
            table[key(str(name))] = held
    return table


def _holder(row: dict[str, object]) -> Holder:
    m = _PERIOD.match(str(row.get("period", "")))
    if m is None:
        raise ConflictKGError(
            f"shared_names.toml: {row.get('actor')!r} has no period YYYY, YYYY-YYYY or YYYY-"
        )
    start = int(m["start"])
    end = int(m["end"]) if m["end"] else (None if m["dash"] else start)
    ref = str(row["actor"])
    aid = ref if ref.startswith("actor:") else actor_id(ref)
    return Holder(aid, Span(ref, start, end), frozenset(str(c) for c in row.get("countries", [])))  # type: ignore[attr-defined]
