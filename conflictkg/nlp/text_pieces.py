"""Long texts in pieces: the parser's time and memory grow faster than a text's length, so a long
text goes through the pipeline in consecutive pieces cut at paragraph, sentence or word ends."""

from __future__ import annotations

import re
from collections.abc import Iterator

CHUNK_CHARS = 20_000  # about 3,000 words: a long news article is one piece, a book is many
_PARAGRAPH_BREAK = re.compile(r"\n\s*")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?…])[\"'»”’)\]]*\s+")
_SPACE = re.compile(r"\s+")


def split_text(text: str, max_chars: int = CHUNK_CHARS) -> Iterator[tuple[int, str]]:
    """(offset, piece) for consecutive pieces of at most ``max_chars`` that make up ``text``, cut
    after a paragraph where one ends late enough in the window, else after a sentence, else at a
    space (a text without any is cut at ``max_chars``)."""
    start = 0
    while len(text) - start > max_chars:
        cut = _cut(text, start, start + max_chars)
        yield start, text[start:cut]
        start = cut
    yield start, text[start:]


def _cut(text: str, lo: int, hi: int) -> int:
    enough = lo + max(1, (hi - lo) // 4)  # not so early that pieces get small
    for boundary in (_PARAGRAPH_BREAK, _SENTENCE_BREAK, _SPACE):
        ends = [m.end() for m in boundary.finditer(text, enough, hi)]
        if ends:
            return ends[-1]
    return hi
