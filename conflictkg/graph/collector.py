"""Pause Python's cyclic garbage collector while a wide query result is read and parsed.

A result of tens of thousands of rows is millions of new lists, dicts and strings (none of them
cyclic); each generation-2 collection they trigger rescans every live object, which doubled the time
of reading 30,000 rows with their evidence. Both stores read their replies inside :func:`paused`.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

WIDE = 100_000  # objects allocated while paused (about 10,000 rows of a few columns)


@contextlib.contextmanager
def paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            # After a wide result the first allocation after enable() would scan all of it (50-90 ms
            # for 30,000 rows). freeze + unfreeze hands every tracked object to the oldest generation
            # by moving lists, without scanning, and resets the young generation's count; cycles
            # among them are still found by the next full collection. Only for wide results, and
            # never when the caller froze objects of its own.
            if gc.get_count()[0] > WIDE and gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()
