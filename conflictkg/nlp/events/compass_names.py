"""Place names ending in a compass point: "le Waziristan du Nord", "le Kivu du Sud", "la province
du Kordofan du Sud". The parser reads the compass point as the name's "de" complement; it is part of
the name (lexicon ``compass_name_parts``). And the place a compass point or another word of nearness
is measured from ("north of Aleppo city"), for the sentence's last-resort place. And the adjective
written right before a name ("the western Ghouta", "the eastern Qalamoun"), which a curated place
may bear as part of its own name (nlp/kind_names.py)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import case_of


def compass_part(st: DocState, c: Token, name: Token) -> list[Token]:
    """The tokens of ``c`` when it is a capitalised compass point right after ``name`` with only
    its preposition and article in between ("du", "de l'"), else none."""
    if c.dep_ != "nmod" or not c.is_title or c.lower_ not in st.lex.group("compass_name_parts"):
        return []
    between = list(st.doc[name.i + 1 : c.i])
    if not between or not all(t.head.i == c.i and t.dep_ in ("case", "det") for t in between):
        return []
    return [*between, c]


def past_compass(st: DocState, t: Token) -> bool:
    """ "près de Mopti", "north of Homs": the noun of a preposition two words after a word of
    nearness (lexicon ``near_words``), the parser's reading of the adverb aside; and "west of Deir
    Ezzor", "north of Aleppo city", "southwest of the town of X": the noun of the English preposition
    right after that word, however many words its phrase has before it."""
    near = st.lex.group("near_words")
    if t.i >= 2 and case_of(t) is not None and t.doc[t.i - 2].lower_ in near:
        return True
    prep = t.head if t.dep_ == "pobj" else None
    return prep is not None and prep.i > 0 and t.doc[prep.i - 1].lower_ in near


def compass_word(name: Token, text: str) -> str | None:
    """The lower-case adjective right before the place name ``text`` whose head word is ``name``
    ("western" in "the western Ghouta"), else None."""
    doc = name.doc
    start = next(
        (j for j in range(name.i, max(name.sent.start, name.i - 6) - 1, -1)
         if doc.text.startswith(text, doc[j].idx)),
        None,
    )  # fmt: skip
    if start is None or start == name.sent.start:
        return None
    before = doc[start - 1]
    named = before.head.i == name.i or before.head.i in range(start, name.i + 1)
    return before.lower_ if before.dep_ == "amod" and before.is_lower and named else None
