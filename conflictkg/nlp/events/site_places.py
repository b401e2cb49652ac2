"""Sites: "dans un marché de la province de Helmand" is placed by the place its common noun's "de"
complement names; a country there names whom the site belongs to or stands for ("devant le consulat
de Turquie à Canton", "l'ambassade de France"), not where it is. An event noun's object is such a
site, and so is a looting verb's ("ont pillé les magasins de Tombouctou")."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, PlaceResolver
from conflictkg.nlp.syntax import OBJ, SUBJ_PASS, prep_args

_SITE_DEPTH = 1  # "the shelling of a market of X": one site between the noun and its place


def site_place(st: DocState, tok: Token, place: PlaceResolver, depth: int = 0) -> dict[str, Any] | None:
    """The place of the site the common noun ``tok`` names, by its complement naming a place that
    is no country (``place`` reads a noun phrase). The complement may itself be such a site: "tués
    dans le bombardement d'un marché de Deraa" is placed by the market's place."""
    if tok.pos_ != "NOUN":
        return None
    of = st.lex.group("of_preps")
    for prep, c in prep_args(tok):
        if prep not in of:
            continue
        got = place(st, c) or (site_place(st, c, place, depth + 1) if depth < _SITE_DEPTH else None)
        if got is not None and got.get("kind") != "country":
            return got
    return None


def site_noun(st: DocState, tok: Token, nominal: bool) -> bool:
    """Whether ``tok`` may name a site the event noun takes ("le bombardement d'un marché de X"): no
    actor and no role ("l'enlèvement du maire de Gao": the mayor's town is not where he was taken)."""
    return (
        (nominal or _looted(st, tok))
        and tok.i not in st.covered
        and tok.lemma_.lower() not in st.lex.titles()
    )


def _looted(st: DocState, tok: Token) -> bool:
    """The object of a looting verb (``looting_verbs``) is a site too: "ont pillé les magasins de
    Tombouctou" happens at Tombouctou."""
    return tok.dep_ in OBJ | SUBJ_PASS and tok.head.lemma_.lower() in st.lex.group("looting_verbs")
