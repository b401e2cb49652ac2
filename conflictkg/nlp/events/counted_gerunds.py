"""An -ing event noun the tagger read as a gerund after a count of time and "of": "seized Lashio after
weeks of fighting with the junta", "after two days of shelling". A span of time has no clause under it:
the -ing word is the lexicon noun it spells, as "after months of fighting" parsed as a noun is, so the
fight told in passing is read (its side after "with", its place the capture's: taken_from.py)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.syntax import OBJ, SUBJ, SUBJ_PASS

TIME_ENTITIES = ("DATE", "TIME")


def counted_gerund(lex: Lexicon, tok: Token) -> bool:
    """``tok`` is an -ing event noun, the object of "of" on a span of time ("weeks of fighting"), with no
    subject nor object of its own."""
    if tok.tag_ != "VBG" or tok.lower_ not in lex.nouns or tok.dep_ != "pobj":
        return False
    of, span = tok.head, tok.head.head
    if of.lower_ != "of" or span.i == of.i or span.pos_ != "NOUN" or span.ent_type_ not in TIME_ENTITIES:
        return False
    return not any(c.dep_ in SUBJ or c.dep_ in SUBJ_PASS or c.dep_ in OBJ for c in tok.children)
