"""A unit noun written with a capital as a title ("the Municipality of Alvaro Obregon", "the District
of Kurram", "in Lalpur Village of ..."): the parser reads it as a proper name of its own; the place is
the name after "of", of that kind (round enloc88)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.named_parts import PlaceNP, proper
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import prep_args


def titled_unit(st: DocState, tok: Token, depth: int, place_np: PlaceNP) -> dict[str, Any] | None:
    """The place named after "of" when ``tok`` is a unit noun set in title case ("Municipality"),
    else None: a name that only opens with such a word ("Province Hall") is left alone."""
    if not tok.is_title or tok.i in st.covered or tok.i + 2 >= len(tok.doc):
        return None  # "l'État islamique près de Kirkouk": a party's name
    if tok.nbor(1).lower_ not in st.lex.group("of_preps"):
        return None  # the "of" right after the title word: "the District of Kurram"
    kind = st.lex.place_nouns.get(tok.lower_)
    if kind is None or any(c.dep_ in ("compound", "flat", "amod") and c.i < tok.i for c in tok.children):
        return None  # "Kurram District of ...", "New Province of ...": a name of its own
    for prep, c in prep_args(tok):
        if prep in st.lex.group("of_preps") and c.i > tok.i and proper(c):
            got = place_np(st, c, depth + 1)
            if got is not None and not got.get("descriptor"):
                got["kind"] = got.get("kind") or kind
                return got
    return None
