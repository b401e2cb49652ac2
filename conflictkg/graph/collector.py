"""Pause Python's cyclic garbage collector while a wide query result is read and parsed.

A result of tens of thousands of rows is millions of new lists, dicts and strings (none of them
cyclic); each generation-2 collection they trigger rescans every live object, which doubled the time
of reading 30,000 rows with their evidence. Both stores read their replies inside :func:`paused`.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
