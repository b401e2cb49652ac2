"""A place name the tagger read as a common noun ("shelled Hays": a plural of "hay"): a word written
with a capital inside a lower-case sentence, the object or the prepositional object of its verb, that
names no word of the lexicons (a group, an institution, an event, a place noun), is a name. A run of
capitalised words (a headline in title case) says nothing of any one of them."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.name_spans import capitalised

OBJECT_DEPS = frozenset({"dobj", "obj", "pobj"})


def misread_name(st: DocState, tok: Token) -> bool:
    """``tok`` is a capitalised common noun that stands for a name (see the module's doc)."""
    if tok.pos_ != "NOUN" or tok.ent_type_ or tok.dep_ not in OBJECT_DEPS or not capitalised(tok):
        return False
    if any(c.dep_ in ("det", "poss", "amod", "compound") for c in tok.children):
        return False  # "the Army", "our Forces": a common noun with its determiner
    lex, lemma, lower = st.lex, tok.lemma_.lower(), tok.lower_
    words = lex.group("institution_nouns")
    if any(w in lex.generic or w in lex.nouns or w in lex.place_nouns or w in words for w in (lemma, lower)):
        return False
    sent = tok.sent
    others = [t for t in sent if t.i != tok.i and t.is_alpha and not t.is_sent_start]
    return not any(t.is_title and t.pos_ not in ("PROPN",) for t in others)  # a title-case headline


def lower_proper(tok: Token) -> bool:
    """A lower-case word with no entity the tagger read as a proper noun ("outside the oil ministry in
    Baghdad", 'ministry' as NNP): a common noun, no name of a place, unless it is the unit word of a name
    before it ("Bolivar department") (round case88)."""
    lower = tok.is_lower and tok.is_alpha and not tok.is_sent_start
    named = any(not c.is_lower and c.i < tok.i and c.dep_ not in ("det", "punct") for c in tok.children)
    return tok.pos_ == "PROPN" and lower and not tok.ent_type_ and not named
