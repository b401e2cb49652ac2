"""Normalisation of names for matching: case, accents, apostrophes, articles, transliteration noise.

``norm`` is the key every alias index is built on; ``loose`` folds transliteration variants
(ou/u, al-/el-, doubled letters, trailing h) for place names; ``strip_articles`` drops the leading
French/English articles and prepositions a mention may carry ("l'ANL", "à Tripoli", "the UN").
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({c: "'" for c in "’‘`´ʼʻ′‛ʿʾ"})
# letters that are not a base letter plus accents, so NFKD leaves them alone
_LETTERS = str.maketrans(
    {"œ": "oe", "æ": "ae", "ß": "ss", "ə": "e", "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "þ": "th"}
)
_NON_WORD = re.compile(r"[^\w']+|_")

# Leading words dropped from a mention before lookup (after norm(): lower case, no accents).
_LEADING = (
    "de la ", "de l'", "l'", "d'", "le ", "la ", "les ", "the ", "des ", "du ", "de ", "a ", "au ", "aux ",
    "en ", "in ", "at ", "near ", "pres de ", "dans ", "of ", "from ", "to ", "vers ", "qu'", "par ",
    "sur ", "contre ", "against ", "by ", "autour de ", "around ",
)  # fmt: skip


def strip_accents(text: str) -> str:
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive key: "Armée nationale" → "armee nationale"."""
    plain = strip_accents(unicodedata.normalize("NFKD", text)).casefold()
    return " ".join(_NON_ALNUM.sub(" ", plain).split())


_NON_ALNUM = re.compile(r"[^\w]+|_")


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Lower case, no accents, one kind of apostrophe, punctuation and hyphens as spaces. Cached: the
    date tests and the discovered actors' keys ask it of the same words over and over."""
    text = strip_accents(text.translate(_APOSTROPHES)).lower()
    text = text.translate(_LETTERS)
    return " ".join(_NON_WORD.sub(" ", text).split()).strip(" '")


_LEADING_RE = re.compile("|".join(re.escape(lead) for lead in _LEADING))


def strip_articles(key: str) -> str:
    """Drop leading articles/prepositions from a norm()ed key, repeatedly ("de la", "à la")."""
    while (m := _LEADING_RE.match(key)) and len(key) > m.end():
        key = key[m.end() :].lstrip()
    return key


_POSSESSIVE = re.compile(r"(?<=\w)'s?\b")
_ELISION = re.compile(r"\b(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)'")


@lru_cache(maxsize=1 << 16)
def key(text: str) -> str:
    """The exact-match key: norm(), articles and elisions (l', d') dropped, apostrophes removed.
    Cached: lookups and index builds call it on the same names over and over."""
    return key_uncached(text)


def key_uncached(text: str) -> str:
    """:func:`key` without the cache (for one-off bulk use such as building an index)."""
    k = strip_articles(norm(text))
    if "'" not in k:
        return k
    k = _POSSESSIVE.sub("", _ELISION.sub("", k))  # "the LNA's" → "lna"
    return " ".join(k.replace("'", "").split())


_TRANSLIT_PREFIX = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ech|es|et|er|ez)\s+")
_DOUBLE = re.compile(r"(\w)\1+")


@lru_cache(maxsize=1 << 16)
def loose(text: str) -> str:
    """A coarse key folding common transliteration variants of Arabic (and other) place names."""
    return loose_of_key(key(text))


def loose_of_key(k: str) -> str:
    """:func:`loose` of a text already turned into a :func:`key`."""
    k = _TRANSLIT_PREFIX.sub("", k)
    k = k.replace(" ", "")
    for a, b in (("ou", "u"), ("kh", "k"), ("dh", "d"), ("th", "t"), ("gh", "g"), ("sh", "s"),
                 ("ch", "s"), ("q", "k"), ("dj", "j"), ("ee", "i"), ("y", "i"), ("w", "u")):  # fmt: skip
        k = k.replace(a, b)
    k = _DOUBLE.sub(r"\1", k)
    if len(k) > 4 and k.endswith("h"):
        k = k[:-1]
    return k


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
