"""perf57: docs per spaCy batch bounded by the text at hand (nlp/pipe_batches.py)."""

from __future__ import annotations

from conflictkg.nlp.pipe_batches import PIPE_BATCH_CHARS, pipe_batch_size


def test_short_notes_go_at_the_batch_size() -> None:
    notes = ["Rebels shelled an army post near the river.", "Police arrested two men at the market."]
    assert pipe_batch_size(32, notes, 20_000) == 32


def test_long_articles_go_five_pieces_of_20000_at_a_time() -> None:
    texts = ["word " * 30_000, "Police arrested two men."]  # one text longer than a piece
    assert pipe_batch_size(32, texts, 20_000) == PIPE_BATCH_CHARS // 20_000 == 5


def test_the_longest_text_sets_the_batch() -> None:
    texts = ["short note.", "x" * 10_000]
    assert pipe_batch_size(32, texts, 20_000) == 10
    assert pipe_batch_size(8, texts, 20_000) == 8  # never above what the caller asks


def test_never_below_one_doc() -> None:
    assert pipe_batch_size(32, ["x" * 500_000], 1_000_000) == 1
    assert pipe_batch_size(32, [""], 20_000) == 32
    assert pipe_batch_size(32, [], 20_000) == 32
