"""Place names ending in a compass point: "le Waziristan du Nord", "le Kivu du Sud", "la province
du Kordofan du Sud". The parser reads the compass point as the name's "de" complement; it is part of
the name (lexicon ``compass_name_parts``)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState


def compass_part(st: DocState, c: Token, name: Token) -> list[Token]:
    """The tokens of ``c`` when it is a capitalised compass point right after ``name`` with only
    its preposition and article in between ("du", "de l'"), else none."""
    if c.dep_ != "nmod" or not c.is_title or c.lower_ not in st.lex.group("compass_name_parts"):
        return []
    between = list(st.doc[name.i + 1 : c.i])
    if not between or not all(t.head.i == c.i and t.dep_ in ("case", "det") for t in between):
        return []
    return [*between, c]
