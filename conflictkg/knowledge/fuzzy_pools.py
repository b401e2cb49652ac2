"""The keys the KB's fuzzy match compares a mention with, cut down before the comparison.

``fuzz.ratio`` is at most 200·min(n, m)/(n + m), so a text of ``n`` characters is compared only
with the keys whose length ``m`` lets it reach the cutoff (kept in their order: ties fall as over
all the keys). And the KB refuses a nearest key whose first two letters differ from the text's, so
when none of the keys that start like the text reaches the cutoff, the answer is None whatever the
nearest key is: that small pool is tried first, and the whole one only when it has a hit."""

from __future__ import annotations

from rapidfuzz import fuzz, process


class FuzzyPools:
    """The KB's keys by the length of the text they can match, and by length and first two letters."""

    def __init__(self, keys: list[str], cutoff: float) -> None:
        self.keys = keys
        self.cutoff = cutoff
        self._by_length: dict[int, list[str]] = {}
        self._by_start: dict[int, dict[str, list[str]]] = {}

    def of_length(self, n: int) -> list[str]:
        """The keys (in their order) a text of ``n`` characters can reach the cutoff with."""
        pool = self._by_length.get(n)
        if pool is None:
            cut = self.cutoff - 0.01
            pool = [c for c in self.keys if 200.0 * min(n, len(c)) / (n + len(c)) >= cut]
            self._by_length[n] = pool
        return pool

    def starting_like(self, k: str) -> list[str]:
        """The keys of :meth:`of_length` that begin with the first two letters of ``k``."""
        starts = self._by_start.get(len(k))
        if starts is None:
            starts = {}
            for c in self.of_length(len(k)):
                starts.setdefault(c[:2], []).append(c)
            self._by_start[len(k)] = starts
        return starts.get(k[:2], [])

    def may_match(self, k: str) -> bool:
        """Whether a key that begins like ``k`` reaches the cutoff (else the KB's answer is None)."""
        pool = self.starting_like(k)
        if not pool:
            return False
        return process.extractOne(k, pool, scorer=fuzz.ratio, score_cutoff=self.cutoff) is not None
