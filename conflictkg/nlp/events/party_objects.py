"""Verbs hostile only to a party or a place ("raid"): "the rebels raided the village", "police raided
the house", "troops raided an ISIL hideout" are fights, "pupils raid the shelves" or "raided the
fridge" is another sense. With a direct object, the object must be a named actor or place, a generic
group noun (``generic_groups``), a territory, place or property noun, or a noun of a hideout or site
(``party_object_nouns``), or a fight or an assault noun, the attack itself ("a repoussé un assaut":
repelled, where "a repoussé la date" postponed); with none (an agentless passive, "the village was
raided") it holds."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.attack_words import violent_noun
from conflictkg.nlp.events.places import is_place_name
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ


def _party_or_place(st: DocState, obj: Token) -> bool:
    if st.covered.get(obj.i) is not None or is_place_name(st, obj) or obj.pos_ == "PROPN":
        return True
    lemma = obj.lemma_.lower()
    lex = st.lex
    nouns = lex.group("territory_nouns") | lex.group("property_nouns") | lex.group("party_object_nouns")
    return lemma in nouns or lemma in lex.place_nouns or lemma in lex.generic or violent_noun(st, obj)


def foreign_object(st: DocState, tok: Token) -> bool:
    """``tok`` takes a direct object that is neither a party nor a place ("raid the shelves")."""
    objs = [c for c in tok.children if c.dep_ in OBJ]
    return bool(objs) and not any(_party_or_place(st, o) for o in objs)
