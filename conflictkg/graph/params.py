"""The values a query parameter may hold, the same on every store.

None, bool, int (64-bit), finite float, str, and lists (or tuples) and maps (str keys) of these.
Anything else (NaN, infinities, sets, bytes, dates, objects) is refused before it reaches a
store, rather than stored as something else (a set as its text, NaN on one store and an error on
the other).
"""

from __future__ import annotations

import math
import re
from typing import Any

from conflictkg.errors import StoreError

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_PLAIN = (str, bool, type(None))


class ParameterError(StoreError):
    """A query parameter holds a value no store can keep as it is."""


def check_params(params: dict[str, Any]) -> None:
    """Raise :class:`ParameterError` naming the first value that breaks the rules above."""
    for name, value in params.items():
        check_name(name)
        if not valid(value):
            explain(value, "$" + name)


def check_name(name: Any) -> None:
    if not isinstance(name, str) or not _NAME.fullmatch(name):
        raise ParameterError(f"parameter name {name!r} is not an identifier (letters, digits, _)")


def valid(value: Any) -> bool:
    """Whether ``value`` keeps the rules: the fast walk, with no path kept for a message."""
    kind = type(value)
    if kind in _PLAIN:
        return True
    if kind is int:
        return bool(INT64_MIN <= value <= INT64_MAX)
    if kind is float:
        return math.isfinite(value)
    if kind is list or kind is tuple:
        return all(type(v) in _PLAIN or valid(v) for v in value)
    if kind is dict:
        keys_ok = all(type(k) is str for k in value) or all(isinstance(k, str) for k in value)
        return keys_ok and all(type(v) in _PLAIN or valid(v) for v in value.values())
    return _valid_subclass(value)


def _valid_subclass(value: Any) -> bool:
    # str/int/float subclasses (enums, numpy scalars are not) go by their base type
    if isinstance(value, str):
        return True
    if isinstance(value, int):
        return INT64_MIN <= value <= INT64_MAX
    if isinstance(value, float):
        return math.isfinite(value)
    return False


def explain(value: Any, where: str) -> None:
    """Raise :class:`ParameterError` for the first bad value inside ``value``, named by its path
    (``$rows[3].props.name``); return if there is none."""
    if isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            explain(item, f"{where}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise ParameterError(f"parameter {where}: map key {key!r} is not a string")
            explain(item, f"{where}.{key}")
    elif not valid(value):
        raise ParameterError(f"parameter {where}: {_problem(value)}")


def _problem(value: Any) -> str:
    if isinstance(value, int):
        return f"{value} does not fit in a 64-bit integer"
    if isinstance(value, float):
        return f"{value} is not a finite number"
    return (
        f"values of type {type(value).__name__} cannot be stored "
        "(use None, bool, int, float, str, or lists and maps of them)"
    )
