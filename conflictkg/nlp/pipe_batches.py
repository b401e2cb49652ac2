"""How many docs go through spaCy's ``nlp.pipe`` at once.

spaCy holds a batch of docs at once, so a batch is bounded by its text (about ``PIPE_BATCH_CHARS``).
Counted by the longest piece of the texts at hand, not by the longest piece allowed: ACLED notes of a
few hundred characters then go 32 at a time (the models run faster on larger batches) while long
articles, cut in pieces of 20,000 characters, still go 5 at a time.
"""

from __future__ import annotations

from collections.abc import Iterable

PIPE_BATCH_CHARS = 100_000


def pipe_batch_size(most: int, texts: Iterable[str], max_piece: int) -> int:
    """Docs per batch: at most ``most``, and at most about PIPE_BATCH_CHARS of text counted by the
    longest piece of ``texts`` (a text longer than ``max_piece`` goes in pieces of that size)."""
    longest = min(max_piece, max((len(t) for t in texts), default=1))
    return max(1, min(most, PIPE_BATCH_CHARS // max(1, longest)))
