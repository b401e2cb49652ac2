"""The event record of an act a noun tells with its parties found by a rule: "its Russian allies",
"the coalition against ISIL", "the Iran-Iraq war", "a bounty on X" (asserted, no place of its own, the
sentence's date near the noun)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflictkg.nlp.events.dates import date_expr
from conflictkg.nlp.events.state import DocState, EventRecord


def nominal_record(
    st: DocState,
    sent: Span,
    noun: Token,
    kind: tuple[str, str],
    actor: str,
    target: str | None,
    via: str | None = None,
) -> EventRecord:
    """``actor``'s act of ``kind`` (type, CAMEO code) on ``target``, told by ``noun`` in ``sent``."""
    return {
        "type": kind[0], "cameo": kind[1], "actor": actor, "via": via, "target": target,
        "modality": "asserted", "pred": noun.i, "pred_text": noun.text, "nominal": True,
        "sent_start": sent.start_char, "sent_end": sent.end_char, "place": None,
        "date_expr": date_expr(st, noun, sent), "confidence": 0.6,
    }  # fmt: skip
