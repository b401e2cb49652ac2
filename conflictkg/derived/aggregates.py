"""What a derived SUPPORTS / OPPOSES relationship holds, computed the same way by the full derive and
by the derive by delta: list entries in one order, evidence, and the noisy-or kept as an integer."""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

FACTUAL = ["asserted", "reported"]  # modalities that count as something that happened
MAX_EVIDENCE = 5  # evidence sentences kept on a SUPPORTS relationship per source (the earliest)
UNDATED = "9999"  # sorts an undated event after every dated one
# The noisy-or kept unrounded and exact under any order of updates: the sum over the events of
# -ln(1 - c) in units of 1e-9, an integer (a certain event counts CERTAIN: exp(-100) is 0 at 3 digits).
WEIGHT_UNIT = 1e9
CERTAIN = 100 * 10**9

Evidence = tuple[str, str, str | None, str | None, str]  # (date or UNDATED, event, sentence, article, source)


def source_of(value: Any) -> str:
    return str(value or "text")


def date_text(value: Any) -> str:
    """A date read from the graph as derive orders it: '' when there is none, the text of one written
    as something else (a library caller's int year: 2021 -> '2021'), so all dates compare (issue 16)."""
    if not value:
        return ""
    return value if type(value) is str else str(value)


def weight(confidence: Any) -> int:
    """One event's share of the noisy-or (a missing or zero confidence counts 0.5)."""
    c = min(max(float(confidence or 0.5), 0.0), 1.0)
    return CERTAIN if c >= 1.0 else min(CERTAIN, round(-math.log1p(-c) * WEIGHT_UNIT))


def noisy_or(total_weight: int) -> float:
    """Independent reports of support make it more certain: 1 - prod(1 - c), from the weights' sum."""
    return round(1.0 - math.exp(-total_weight / WEIGHT_UNIT), 3)


def entry_order(entry: tuple[str, ...]) -> tuple[bool, tuple[str, ...]]:
    """List entries (their date first, '' when undated) in date order, the undated last."""
    return (entry[0] == "", entry)


def by_date(items: Iterable[tuple[str, ...]]) -> list[tuple[str, ...]]:
    return sorted(items, key=entry_order)


def first_last(dates: list[str]) -> dict[str, str | None]:
    """The first and last dates of a list in date order (its undated entries last)."""
    first = dates[0] if dates and dates[0] else None
    last = next((d for d in reversed(dates) if d), None)
    return {"first_seen": first, "last_seen": last}


def evidence_lists(items: list[Evidence], per_source: int | None = MAX_EVIDENCE) -> dict[str, list[str]]:
    """Parallel lists (dates, sentences, articles, events, sources) of the items in date order,
    the first ``per_source`` of each source (so a source filter still finds its own evidence)."""
    chosen: list[Evidence] = []
    taken: dict[str, int] = defaultdict(int)
    for item in sorted(items, key=lambda x: (x[0], x[1])):
        if per_source is None or taken[item[4]] < per_source:
            taken[item[4]] += 1
            chosen.append(item)
    return {
        "evidence_dates": [d if d != UNDATED else "" for d, _, _, _, _ in chosen],
        "sentences": [s or "" for _, _, s, _, _ in chosen],
        "articles": [a or "" for _, _, _, a, _ in chosen],
        "event_ids": [e for _, e, _, _, _ in chosen],
        "evidence_sources": [src for _, _, _, _, src in chosen],
    }


def evidence_items(props: dict[str, Any]) -> list[Evidence]:
    """The evidence a relationship holds, back as items (the inverse of ``evidence_lists``)."""
    columns = ("evidence_dates", "event_ids", "sentences", "articles", "evidence_sources")
    return [
        (d or UNDATED, e, s, a, src)
        for d, e, s, a, src in zip(*(props.get(c) or [] for c in columns), strict=True)
    ]
