"""Fight nouns that tell no armed fight of their own, so that the unnamed armed group they default
to does not act: one told of a contest that sheds no blood ("a legal battle", "the court battle over
the land", "political clashes over the budget"), by a modifier that names such a contest (lexicon
``bloodless_contest_modifiers``); and a campaign told by its name, a definite singular noun of
``campaign_nouns`` ("The battle for Aleppo lasted four years", "the battle of Raqqa"; as "the massacre
of Srebrenica" names one), where plural or indefinite ones tell fighting ("Fierce battles in X", "a
battle broke out near Y", "a new massacre in Z")."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState

SINGULAR_TAG = "NN"


def untold_fight(st: DocState, tok: Token, type_: str) -> bool:
    """Whether the violent noun ``tok`` (of event type ``type_``) is a contest without arms or the
    name of a campaign or a massacre."""
    return (type_ == "FIGHT" and _bloodless(st, tok)) or _campaign(st, tok)


def _bloodless(st: DocState, tok: Token) -> bool:
    words = st.lex.group("bloodless_contest_modifiers")
    return any(c.dep_ in ("amod", "compound") and c.lemma_.lower() in words for c in tok.children)


def _campaign(st: DocState, tok: Token) -> bool:
    if tok.lemma_.lower() not in st.lex.group("campaign_nouns") or tok.tag_ != SINGULAR_TAG:
        return False
    return any(
        (c.dep_ == "det" and "Def" in c.morph.get("Definite", [])) or c.dep_ == "poss" for c in tok.children
    )
