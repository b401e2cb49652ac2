"""Every group of every lexicon data file is read by the package: a list nobody reads is dead data
(or a typo in a group's name), and a word list in code belongs in these files."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from pathlib import Path

import pytest

from conflictkg.knowledge import lexicon

PACKAGE = Path(str(resources.files("conflictkg")))
LEXICONS = sorted((PACKAGE / "knowledge" / "data" / "lexicons").glob("*.json"))
# the tuple that lists the word groups: naming a group there loads it, it does not use it
_LOADED_GROUPS = re.compile(r"_WORD_GROUPS = \(.*?\)", re.S)


@cache
def package_code() -> str:
    texts = [p.read_text(encoding="utf-8") for p in sorted(PACKAGE.rglob("*.py"))]
    return _LOADED_GROUPS.sub("", "\n".join(texts))


def groups() -> list[tuple[str, str]]:
    return [
        (path.name, group)
        for path in LEXICONS
        for group in json.loads(path.read_text(encoding="utf-8"))
        if not group.startswith("_")
    ]


def test_the_lexicon_files_are_all_checked() -> None:
    assert {p.name for p in LEXICONS} == {"en.json", "fr.json", "groups.json", "shared.json"}
    assert len(groups()) > 70


@pytest.mark.parametrize(("file", "group"), groups())
def test_every_group_is_read_by_the_code(file: str, group: str) -> None:
    assert f'"{group}"' in package_code(), f"{file}: group {group!r} is read nowhere in conflictkg/"


@pytest.mark.parametrize("lang", lexicon.SUPPORTED)
def test_every_word_group_of_a_language_is_loaded(lang: str) -> None:
    """A group of fr.json / en.json reaches the Lexicon: a word group, or a table load_lexicon reads."""
    tables = {"verbs", "reflexive", "verb_object", "nouns", "place_nouns", "roles", "generic_groups"}
    loaded = lexicon.load_lexicon(lang)
    for file, group in groups():
        if file == f"{lang}.json" and group not in tables:
            assert group in loaded.words, f"{file}: group {group!r} is not loaded"


def _no_repeated_key(pairs: list[tuple[str, object]]) -> dict[str, object]:
    keys = [k for k, _ in pairs]
    assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})
    return dict(pairs)


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("data/**/*.json")), ids=lambda p: p.name)
def test_no_data_file_repeats_a_key(path: Path) -> None:
    """JSON keeps the last of two equal keys: a group written twice (two branches each adding it)
    silently drops the first list, and the rule that read it with it."""
    json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_no_repeated_key)


@pytest.mark.parametrize("path", LEXICONS, ids=lambda p: p.name)
def test_no_verb_object_pair_is_written_twice(path: Path) -> None:
    """verb_object entries are keyed by (verb, noun): of two entries of one pair the package keeps
    the last, so the first (a reading a round wrote) would be dead without a word."""
    rows = json.loads(path.read_text(encoding="utf-8")).get("verb_object", [])
    pairs = [(row["verb"], row["noun"]) for row in rows]
    assert sorted({p for p in pairs if pairs.count(p) > 1}) == []
