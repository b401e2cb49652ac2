"""A word the knowledge base matches to a person only by a near spelling ("Kawlin" ~ Ibrahim Kalin)
while the gazetteer knows it as written, and NER reads no person there or the sentence names it where
a place is named: after a preposition of place ("in Kawlin") or as the town of a place noun ("the
town of Kawlin", "la ville de Kawlin"). A place, no actor: a person's name written exactly ("Kalin")
stays the person."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.syntax import case_of
from conflictkg.textkeys import key

_PERSON_LABELS = frozenset({"PERSON", "PER"})


def fuzzy_person_place(lex: Lexicon | None, gazetteer: Any, span: Sequence[Token], entry: Any) -> bool:
    """Whether the person ``entry``, found for the one word ``span`` by a near spelling only, is
    rather the place the gazetteer names exactly so, where NER or the sentence names a place."""
    if lex is None or gazetteer is None or entry.kind != "person" or len(span) != 1:
        return False
    t = span[0]
    names = {key(n) for n in (entry.name, *entry.aliases)}
    if key(t.text) in names | {n.split()[-1] for n in names if n}:
        return False  # one of its names, or its surname, in another spelling ("Erdogan")
    hit = gazetteer.lookup(t.text)
    if hit is None or key(t.text) not in {key(n) for n in (hit.name, *hit.aliases)}:
        return False
    if t.ent_type_ not in _PERSON_LABELS:
        return True  # NER reads no person there ("the Sahm Golan-Jisr road": not al-Golani)
    prep = case_of(t)
    if prep in lex.group("place_preps") or prep in lex.group("near_words"):
        return True
    noun = (t.head.head if t.dep_ == "pobj" else t.head).lemma_.lower()  # "the town of X", "la ville de X"
    return prep in lex.group("of_preps") and (noun in lex.place_nouns or noun in lex.group("near_words"))
