"""The time span an actor's own name carries, as ACLED writes it: "Military Forces of Libya
(1969-2011)" is Libya's forces of those years only, "Military Forces of Libya (2014-)" the ones
since 2014 (open-ended: the current ones). An actor whose name has no span is of no one period."""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPAN = re.compile(r"^(?P<base>.+?)\s+\((?P<start>\d{4})\s*[-–]\s*(?P<end>\d{4})?\)$")


@dataclass(frozen=True)
class Span:
    base: str  # the name without its span: "Military Forces of Libya"
    start: int
    end: int | None  # None: open-ended, still current

    def holds(self, year: int) -> bool:
        return self.start <= year and (self.end is None or year <= self.end)


def name_span(name: str) -> Span | None:
    """The span a name ends with ("... (1969-2011)", "... (2014-)"), or None."""
    m = _SPAN.match(name.strip())
    if m is None:
        return None
    return Span(m["base"], int(m["start"]), int(m["end"]) if m["end"] else None)


def closed(name: str) -> bool:
    """A name of an actor of a past period only ("(1969-2011)")."""
    span = name_span(name)
    return span is not None and span.end is not None
