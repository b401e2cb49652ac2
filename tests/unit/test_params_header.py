"""FalkorDB's ``CYPHER k=v`` header: the exact text for the cases that once broke it, and refusals."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from conflictkg.graph.falkordb_store import params_header
from conflictkg.graph.params import ParameterError, check_params


@pytest.mark.parametrize(
    ("params", "header"),
    [
        # a string value that starts with ':' lost its opening quote
        ({"s": ": x"}, 'CYPHER s=": x" '),
        (
            {"rows": [{"evidence": {"sentence": ": On 4 May"}}]},
            'CYPHER rows=[{evidence:{sentence:": On 4 May"}}] ',
        ),
        ({"m": {"a": '":', "b": '\\":'}}, 'CYPHER m={a:"\\":",b:"\\\\\\":"} '),
        # control characters went as JSON's \u0007, which FalkorDB keeps as that text
        ({"s": "\x07\x0b\x1b\x01"}, 'CYPHER s="\x07\x0b\x1b\x01" '),
        ({"s": "\\u0007"}, 'CYPHER s="\\\\u0007" '),
        ({"s": "a\\", "t": '"'}, 'CYPHER s="a\\\\" t="\\"" '),
        ({"s": "line\nnext\ttab"}, 'CYPHER s="line\nnext\ttab" '),
        # keys that are not identifiers are backquoted
        (
            {"m": {"b c": 1, ":k": 2, "é": 3, "": 4, "ok_1": 5}},
            "CYPHER m={`b c`:1,`:k`:2,`é`:3,``:4,ok_1:5} ",
        ),
        (
            {"v": [None, True, False, -3, 2.5, 1e-07, 1e16, -0.0]},
            "CYPHER v=[null,true,false,-3,2.5,1e-07,1e+16,-0.0] ",
        ),
        ({"t": (1, "a")}, 'CYPHER t=[1,"a"] '),
        ({}, ""),
        (None, ""),
    ],
)
def test_header_text(params: dict[str, Any] | None, header: str) -> None:
    assert params_header(params) == header


REFUSED = [
    (float("nan"), r"\$v: nan is not a finite number"),
    (float("inf"), r"\$v: inf is not a finite number"),
    ({"a": [float("-inf")]}, r"\$v\.a\[0\]: -inf is not a finite number"),
    ({"x"}, r"\$v: values of type set cannot be stored"),
    ([{"tags": frozenset()}], r"\$v\[0\]\.tags: values of type frozenset"),
    (b"x", r"\$v: values of type bytes"),
    (dt.datetime(2024, 5, 4), r"\$v: values of type datetime"),
    (object(), r"\$v: values of type object"),
    (2**63, r"\$v: 9223372036854775808 does not fit in a 64-bit integer"),
    (-(2**63) - 1, r"\$v: -9223372036854775809 does not fit"),
    ({1: "a"}, r"\$v: map key 1 is not a string"),
]


@pytest.mark.parametrize(("value", "message"), REFUSED)
def test_falkordb_refuses(value: Any, message: str) -> None:
    with pytest.raises(ParameterError, match=message):
        params_header({"v": value})


@pytest.mark.parametrize(("value", "message"), REFUSED)
def test_neo4j_rules_refuse_the_same(value: Any, message: str) -> None:
    with pytest.raises(ParameterError, match=message):
        check_params({"v": value})


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("a\x00b", r"\$v: FalkorDB cannot store the NUL character"),
        (["ok", {"k": "\x00"}], r"\$v: FalkorDB cannot store the NUL character"),
        ({"a`b": 1}, r"\$v: FalkorDB cannot take a map key with a backquote or a NUL: 'a`b'"),
        ({"a\x00": 1}, r"\$v: FalkorDB cannot take a map key with a backquote or a NUL"),
    ],
)
def test_falkordb_only_refusals(value: Any, message: str) -> None:
    with pytest.raises(ParameterError, match=message):
        params_header({"v": value})
    check_params({"v": value})  # Neo4j stores these


@pytest.mark.parametrize("name", ["a b", "1x", "x=1", "", "é"])
def test_parameter_names_must_be_identifiers(name: str) -> None:
    with pytest.raises(ParameterError, match="is not an identifier"):
        params_header({name: 1})
    with pytest.raises(ParameterError, match="is not an identifier"):
        check_params({name: 1})


def test_parameter_error_is_a_store_error() -> None:
    """The CLI prints a StoreError as one `error:` line."""
    from conflictkg.errors import StoreError

    assert issubclass(ParameterError, StoreError)
