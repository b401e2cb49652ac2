"""Any value a parameter may hold comes back from each store as it went in, or is refused up front.

Strings over the whole code point range (controls included), strings shaped like the header's own
syntax, nested lists and maps, 64-bit ints and finite floats, through ``RETURN $v`` and through a
stored property. FalkorDB replies with doubles to 15 significant digits, so a float's exactness is
checked on the server (against its mantissa and exponent sent as ints), not on the read value.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflictkg.graph.params import INT64_MAX, INT64_MIN, ParameterError
from conflictkg.graph.store import Store

pytestmark = pytest.mark.store

SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

# The header's own syntax at the start or the end of a string, and the old encoder's `":` trap.
TRICKY = st.sampled_from([":", '"', "\\", "{", "}", "`", "'", '":', '\\"', ",", "\\u0007", "\n", "\x1b"])
tricky_text = st.builds(lambda a, b, c: a + b + c, TRICKY, st.text(max_size=20), TRICKY | st.just(""))
text = st.text() | tricky_text  # st.text(): every code point but surrogates, NUL and controls included
keys = st.text(max_size=12).filter(lambda k: "`" not in k and "\x00" not in k)  # see test_refused_keys
ints = st.integers(INT64_MIN, INT64_MAX)
# FalkorDB's 15-digit reply of a double near the largest one reads back as inf
readable_floats = st.floats(allow_nan=False, allow_infinity=False, min_value=-1e308, max_value=1e308)
scalars = st.none() | st.booleans() | ints | readable_floats | text
nested = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=4),
    max_leaves=12,
)

EXACT_FLOAT = "$v = toFloat($m) * 2.0 ^ $e1 * 2.0 ^ $e2"


def float_parts(value: float) -> dict[str, Any]:
    """``value`` as int mantissa and two exponents whose powers of two are exact doubles."""
    mantissa, exponent = math.frexp(value)
    exponent -= 53
    return {"m": int(mantissa * 2**53), "e1": exponent // 2, "e2": exponent - exponent // 2}


def has_nul(value: Any) -> bool:
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, list):
        return any(map(has_nul, value))
    if isinstance(value, dict):
        return any(map(has_nul, value.values()))
    return False


def same(sent: Any, got: Any, store: Store) -> bool:
    """Equal, floats to the digits the store replies with (checked exactly on the server)."""
    if isinstance(sent, float) and not isinstance(got, bool) and isinstance(got, float):
        return sent == got if store.kind == "neo4j" else math.isclose(sent, got, rel_tol=1e-14)
    if isinstance(sent, list) and isinstance(got, list):
        return len(sent) == len(got) and all(same(s, g, store) for s, g in zip(sent, got, strict=True))
    if isinstance(sent, dict) and isinstance(got, dict):
        return sent.keys() == got.keys() and all(same(sent[k], got[k], store) for k in sent)
    return type(sent) is type(got) and sent == got


def returned(store: Store, value: Any) -> Any:
    return store.query("RETURN $v AS v", {"v": value})[0]["v"]


@SETTINGS
@given(value=text)
def test_strings_round_trip(store: Store, value: str) -> None:
    if store.kind == "falkordb" and "\x00" in value:
        with pytest.raises(ParameterError, match="NUL"):
            returned(store, value)
        return
    assert returned(store, value) == value


@SETTINGS
@given(value=nested)
def test_nested_values_round_trip(store: Store, value: Any) -> None:
    if store.kind == "falkordb" and has_nul(value):
        with pytest.raises(ParameterError, match="NUL"):
            returned(store, value)
        return
    got = returned(store, value)
    assert same(value, got, store), (value, got)


@SETTINGS
@given(value=st.floats(allow_nan=False, allow_infinity=False))
def test_floats_arrive_exactly(store: Store, value: float) -> None:
    rows = store.query(f"RETURN {EXACT_FLOAT} AS exact", {"v": value, **float_parts(value)})
    assert rows == [{"exact": True}]


@SETTINGS
@given(value=ints)
def test_ints_round_trip(store: Store, value: int) -> None:
    assert returned(store, value) == value


@SETTINGS
@given(
    value=st.one_of(
        text.filter(lambda s: "\x00" not in s),
        ints,
        st.booleans(),
        st.lists(text.filter(lambda s: "\x00" not in s), max_size=5),
        st.lists(ints, max_size=5),
    )
)
def test_stored_property_round_trips(store: Store, value: Any) -> None:
    rows = store.query("CREATE (n:T {p: $v}) RETURN n.p AS p", {"v": value}, write=True)
    assert rows == [{"p": value}]


@SETTINGS
@given(value=st.floats(allow_nan=False, allow_infinity=False))
def test_stored_float_is_exact(store: Store, value: float) -> None:
    rows = store.query(
        f"CREATE (n:T {{p: $v}}) WITH n.p AS v RETURN {EXACT_FLOAT} AS exact",
        {"v": value, **float_parts(value)},
        write=True,
    )
    assert rows == [{"exact": True}]


def test_colon_evidence_is_written(store: Store) -> None:
    """The regression: one ACLED note whose evidence starts with ':' failed its whole batch."""
    rows = [
        {"id": "a", "evidence": {"sentence": ": On 4 May, clashes", "text": '": x'}},
        {"id": "b", "evidence": {}},
    ]
    store.query(
        "UNWIND $rows AS row CREATE (n:T {id: row.id}) SET n += row.evidence", {"rows": rows}, write=True
    )
    got = store.query("MATCH (n:T) RETURN n.id AS id, n.sentence AS s, n.text AS t ORDER BY id")
    assert got == [{"id": "a", "s": ": On 4 May, clashes", "t": '": x'}, {"id": "b", "s": None, "t": None}]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (float("nan"), r"\$v: nan is not a finite number"),
        ({"x": [1.0, float("inf")]}, r"\$v\.x\[1\]: inf is not a finite number"),
        ([float("-inf")], r"\$v\[0\]: -inf is not a finite number"),
        ({"x"}, r"\$v: values of type set cannot be stored"),
        (b"x", r"\$v: values of type bytes cannot be stored"),
        ([{"when": dt.date(2024, 5, 4)}], r"\$v\[0\]\.when: values of type date"),
        (2**63, r"\$v: 9223372036854775808 does not fit in a 64-bit integer"),
        ({1: "a"}, r"\$v: map key 1 is not a string"),
    ],
)
def test_refused_values_raise_before_sending(store: Store, value: Any, message: str) -> None:
    with pytest.raises(ParameterError, match=message):
        store.query("CREATE (n:T {p: $v})", {"v": value}, write=True)
    assert store.query("MATCH (n:T) RETURN count(n) AS n") == [{"n": 0}]


def test_refused_keys(store: Store) -> None:
    """FalkorDB reads a map key with a backquote or a NUL as something else: refused there."""
    value = {"a`b": 1, "c\x00": 2}
    if store.kind == "falkordb":
        with pytest.raises(ParameterError, match="backquote or a NUL"):
            returned(store, {"a`b": 1})
        with pytest.raises(ParameterError, match="backquote or a NUL"):
            returned(store, {"c\x00": 2})
    else:
        assert returned(store, value) == value


def test_cli_param_starting_with_colon(store: Store, cli_store_args: list[str]) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "conflictkg.cli", *cli_store_args, "cypher", "RETURN $s AS s", "-p", 's=": x"',
         "-f", "csv"],
        capture_output=True, text=True, env=dict(os.environ), timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == ["s", ": x"]


def test_lone_surrogate_is_refused(store: Store) -> None:
    """A str Python can hold but UTF-8 cannot (half of a surrogate pair)."""
    with pytest.raises(ParameterError, match="not valid Unicode"):
        returned(store, "a\ud800b")
