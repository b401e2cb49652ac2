"""French elision written with an opening single quote: "d‘éviter", "s‘est", "l‘armée". The tokenizer
splits an elided word only at an apostrophe or a closing quote (’), so such a word stays one unknown
token and the clause is lost. ``elided_quotes`` writes the closing quote in place of an opening one
that follows an elided word (``elided_words`` in ``data/lexicons/shared.json``) and precedes a
letter, one character for one, so offsets keep; a quote opening a quotation ("a dit ‘non’") is left."""

from __future__ import annotations

import re

from conflictkg.knowledge.lexicon import shared_words

_OPENING, _CLOSING = "\u2018", "\u2019"


def _pattern() -> re.Pattern[str]:
    words = "|".join(sorted(shared_words("elided_words"), key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])((?:{words})){_OPENING}(?=[^\W\d_])", re.IGNORECASE)


_ELIDED = _pattern()


def elided_quotes(text: str) -> str:
    """``text`` with each opening quote after an elided word read as the apostrophe it stands for."""
    if _OPENING not in text:
        return text
    return _ELIDED.sub(rf"\1{_CLOSING}", text)
