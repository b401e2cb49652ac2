"""The counted victims a sentence gives: dead, wounded, casualties, arrested, abducted (issue 14).

Two tellings of one attack give the same numbers; "20 morts" and "35 morts", "12 arrested" and
"40 arrested" are two events (:mod:`.tellings`). A count is a number written in digits or in words
(``data/number_words.json``: "vingt-deux morts", "twelve people killed") right before a count word of
its class (the lexicon's ``toll_words``, ``wounded_words``, ``casualty_words``, ``arrested_words``,
``abducted_words``), else right after it ("killing 20", "tuant 12"; a weekday may stand between:
"a tué lundi 12 civils"), else two or three words before it ("12 soldats tués", "12 people were killed").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache

from conflictkg.knowledge.lexicon import load_lexicon, weekday_numbers
from conflictkg.knowledge.packaged import packaged_json

Counts = frozenset[tuple[str, int]]
# the victims' class of each count-word group of a lexicon
# "casualties" counts the dead and the wounded together: a class of its own, never the dead
CLASSES = {"dead": "toll_words", "wounded": "wounded_words", "casualties": "casualty_words",
           "arrested": "arrested_words", "abducted": "abducted_words"}  # fmt: skip


@cache
def _numbers(lang: str) -> tuple[dict[str, int], frozenset[str]]:
    """The language's number words (word → value) and the words that may join two of them."""
    table = packaged_json("conflictkg.nlp", "data", "number_words.json").get(lang, {})
    return {str(k): int(v) for k, v in table.get("words", {}).items()}, frozenset(table.get("joiners", []))


def numbered(tokens: list[str], words: Mapping[str, int], joiners: frozenset[str]) -> list[str]:
    """``tokens`` with each run of number words made one token in digits ("vingt deux" → "22",
    "quatre vingt dix" → "90", "two hundred and five" → "205"), but for "un", "une" or "one" alone."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if tokens[i] not in words:
            out.append(tokens[i])
            i += 1
            continue
        total = current = last = 0
        first = i
        while i < len(tokens):
            t = tokens[i]
            if t in joiners and i + 1 < len(tokens) and tokens[i + 1] in words:
                i += 1
                continue
            if t not in words:
                break
            v = words[t]
            if v >= 1000:
                total += max(current, 1) * v
                current = 0
            elif v == 100:
                current = max(current, 1) * v
            elif 0 < last == current < 10 and 10 < v < 100:
                current *= v  # "quatre-vingts"
            else:
                current += v
            last = v
            i += 1
        # "un", "one" alone are articles as often as numbers ("une centaine de blessés"): no count
        out.append(tokens[first] if i == first + 1 and total + current == 1 else str(total + current))
    return out


def counted(sentence: str, groups: Mapping[str, frozenset[str]], lang: str | None = None) -> Counts:
    """The (class, number) counts ``sentence`` gives, for count-word ``groups`` by class (see the
    module's doc); numbers written in words are read in ``lang``'s number words."""
    words, joiners = _numbers(lang) if lang else ({}, frozenset[str]())
    toks = numbered(re.findall(r"\w+", sentence.lower()), words, joiners)
    days = weekday_numbers()
    found = set()
    for i, t in enumerate(toks):
        for cls, group in groups.items():
            if t not in group:
                continue
            after = i + 2 if i + 1 < len(toks) and toks[i + 1] in days else i + 1  # "a tué lundi 12 civils"
            near = [toks[j] for j in (i - 1, after, i - 2, i - 3) if 0 <= j < len(toks) and toks[j].isdigit()]
            if near:
                found.add((cls, int(near[0])))
    return frozenset(found)


@cache
def victim_counts(lang: str) -> Callable[[str], Counts]:
    """The counts of victims of every class a sentence in ``lang`` gives."""
    lex = load_lexicon(lang)
    groups = {cls: lex.group(name) for cls, name in CLASSES.items()}
    return lambda sentence: counted(sentence, groups, lang)
