"""Names of laws, which NER takes for organisations: "protested against the Citizenship Amendment Act",
"demanding the repeal of AFSPA". A law is what a protest is against, no party that acts or is acted on.

A name of two words or more whose last word is a law noun (``law_name_heads``: "Act", "Bill") or a
name written as one of the known law acronyms (``law_names``: "AFSPA", "CAA") is no actor."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon


def law_name(lex: Lexicon, toks: Sequence[Token]) -> bool:
    """The name ``toks`` NER gives names a law."""
    if not toks:
        return False
    if len(toks) == 1:
        return toks[0].is_upper and toks[0].lower_ in lex.group("law_names")
    return toks[-1].text[:1].isupper() and toks[-1].lower_ in lex.group("law_name_heads")
