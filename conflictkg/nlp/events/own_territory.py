"""A state's territory named by a country noun and its demonym: "des obus sont tombés sur le
territoire turc", "en territoire syrien". The demonym names the place (Turkey), not a party to the
event: the country noun (``country_nouns``) with that adjective is that state's country, however
many other countries the sentence names before it, and the adjective is no target."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import prep_args

DEFINITE_ARTICLES = shared_words("definite_articles")


def country_noun_place(st: DocState, noun: Token) -> bool:
    """ "le pays", "le territoire turc", "en territoire syrien": a country noun that names a country,
    by its definite article (the last country named) or a state's demonym (that state). One whose
    "de" complement is a name ("le territoire de Beni", DR Congo's subdivision) is that place."""
    if noun.lemma_.lower() not in st.lex.group("country_nouns"):
        return False
    if any(p in st.lex.group("of_preps") and c.pos_ == "PROPN" for p, c in prep_args(noun)):
        return False
    return any(c.lower_ in DEFINITE_ARTICLES for c in noun.children) or demonym_state(st, noun) is not None


def demonym_state(st: DocState, noun: Token) -> str | None:
    """The name of the state whose demonym qualifies the country noun ``noun``, or None."""
    if noun.lemma_.lower() not in st.lex.group("country_nouns"):
        return None
    for c in noun.children:
        m = st.covered.get(c.i)
        if c.dep_ == "amod" and m is not None and m["demonym"] and m["kind"] == "state":
            a = st.actors.get(m["actor"])
            return str(a["name"]) if a is not None else None
    return None


def names_territory(st: DocState, adjective: Token) -> bool:
    """ "turc" in "le territoire turc", "la frontière turque": a demonym that names a country noun's
    state, or the state whose border a border noun (``border_nouns``) is."""
    if adjective.i == adjective.head.i:
        return False
    border = adjective.head.lemma_.lower() in st.lex.group("border_nouns")
    return border or demonym_state(st, adjective.head) is not None
