"""Loading the shipped ``.cypher`` files: one query a file, Browser ``:param`` lines at the top."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

from conflictkg.errors import ConflictKGError
from conflictkg.knowledge.packaged import packaged_text

_PARAM_LINE = re.compile(r"^\s*:param\s+`?([A-Za-z_][A-Za-z0-9_]*)`?\s*=>\s*(.*?)\s*;?\s*$")
_NUMBER = re.compile(r"-?(?:\d+\.\d*|\.\d+|\d+)(?:[eE][+-]?\d+)?")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "'": "'", '"': '"', "\\": "\\"}


def strip_browser_lines(text: str) -> str:
    """Drop Neo4j Browser commands (``:param ...``), which are not Cypher."""
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith(":")).strip()


class _Literal:
    """A reader of the Cypher literals a ``:param`` line holds: null, booleans, numbers, strings,
    lists and maps (Browser evaluates any expression there; these are the ones that mean a value)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def fail(self, what: str) -> ConflictKGError:
        return ConflictKGError(f"{what} at character {self.pos + 1} of {self.text!r}")

    def skip_space(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def value(self) -> Any:
        self.skip_space()
        if self.pos >= len(self.text):
            raise self.fail("a value is missing")
        c = self.text[self.pos]
        if c in "'\"":
            return self.string(c)
        if c == "[":
            return self.items("]", self.value)
        if c == "{":
            return dict(self.items("}", self.entry))
        number = _NUMBER.match(self.text, self.pos)
        if number:
            self.pos = number.end()
            token = number.group()
            return float(token) if any(ch in token for ch in ".eE") else int(token)
        word = re.match(r"[A-Za-z]+", self.text[self.pos :])
        keyword = word.group().lower() if word else ""
        if keyword in {"null", "true", "false"}:
            self.pos += len(keyword)
            return {"null": None, "true": True, "false": False}[keyword]
        raise self.fail("not a literal value")

    def string(self, quote: str) -> str:
        out: list[str] = []
        self.pos += 1
        while self.pos < len(self.text):
            c = self.text[self.pos]
            if c == quote:
                self.pos += 1
                return "".join(out)
            if c == "\\" and self.pos + 1 < len(self.text):
                nxt = self.text[self.pos + 1]
                if nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", self.text[self.pos + 2 : self.pos + 6]):
                    out.append(chr(int(self.text[self.pos + 2 : self.pos + 6], 16)))
                    self.pos += 6
                    continue
                out.append(_ESCAPES.get(nxt, "\\" + nxt))
                self.pos += 2
                continue
            out.append(c)
            self.pos += 1
        raise self.fail("unterminated string")

    def entry(self) -> tuple[str, Any]:
        self.skip_space()
        key = re.match(r"`([^`]*)`|[A-Za-z_][A-Za-z0-9_]*", self.text[self.pos :])
        if not key:
            raise self.fail("a map key is missing")
        self.pos += key.end()
        self.skip_space()
        if not self.text.startswith(":", self.pos):
            raise self.fail("':' expected")
        self.pos += 1
        return key.group(1) if key.group(1) is not None else key.group(), self.value()

    def items(self, close: str, item: Any) -> list[Any]:
        self.pos += 1
        out: list[Any] = []
        self.skip_space()
        if self.text.startswith(close, self.pos):
            self.pos += 1
            return out
        while True:
            out.append(item())
            self.skip_space()
            if self.text.startswith(close, self.pos):
                self.pos += 1
                return out
            if not self.text.startswith(",", self.pos):
                raise self.fail(f"',' or '{close}' expected")
            self.pos += 1

    def whole(self) -> Any:
        result = self.value()
        self.skip_space()
        if self.pos != len(self.text):
            raise self.fail("unexpected text after the value")
        return result


def parse_literal(text: str) -> Any:
    """The value of one Cypher literal (``null``, ``1000000``, ``'Turkey'``, ``['a', 1]``, ``{k: 1}``)."""
    return _Literal(text).whole()


def browser_params(text: str) -> dict[str, Any]:
    """The defaults a query file declares with Neo4j Browser's ``:param name => value`` lines."""
    params: dict[str, Any] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.lstrip().startswith(":param"):
            continue
        match = _PARAM_LINE.match(line)
        if not match:
            raise ConflictKGError(f"line {number}: expected ':param name => value', got {line.strip()!r}")
        try:
            params[match.group(1)] = parse_literal(match.group(2))
        except ConflictKGError as exc:
            raise ConflictKGError(f"line {number}: :param {match.group(1)}: {exc}") from exc
    return params


def _text(name: str) -> str:
    return packaged_text("conflictkg.queries", f"{name}.cypher")


@cache
def load(name: str) -> str:
    """The Cypher text of ``conflictkg/queries/<name>.cypher``, ready for a driver."""
    return strip_browser_lines(_text(name))


def defaults(name: str) -> dict[str, Any]:
    """The ``:param`` defaults of ``conflictkg/queries/<name>.cypher``."""
    return browser_params(_text(name))


def names() -> list[str]:
    return sorted(
        p.name.removesuffix(".cypher")
        for p in resources.files("conflictkg.queries").iterdir()
        if p.name.endswith(".cypher")
    )
