"""A town told again by its kind ("the city", "la ville"; lexicon ``town_anaphors``), and what places
around it say. A country its apposition names ("recapture the city - the last large IS stronghold
in Iraq") says where the town lies, not where the event happened: the town told before is the place
(town_anaphors.py). A site named after its town told before it ("seized Mosul University. ... retake
the city"; a ``named_civil_site_nouns`` or ``state_site_nouns`` noun whose capitalised compound, or
'of' complement, names the town) points the anaphor at that town, not at the site (round enloc87)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.kind_named import has_own_name
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ, determined, prep_args

_DEFINITE = shared_words("definite_determiners")


def town_anaphor(st: DocState, tok: Token) -> bool:
    """Whether ``tok`` is a definite town noun with no name of its own ("the city", not "the city of
    Homs")."""
    return (
        tok.pos_ == "NOUN"
        and tok.lemma_.lower() in st.lex.group("town_anaphors")
        and determined(tok, _DEFINITE)
        and not has_own_name(st, tok)
    )


def town_setting(st: DocState, arg: Token, got: dict[str, Any]) -> bool:
    """Whether the place ``got``, found inside the argument ``arg``, is only the country a town
    anaphor lies in."""
    if got.get("kind") != "country":
        return False
    # an apposition the parser hung on the verb as a second object ("retake the city - the stronghold")
    told = (
        [arg, *(o for o in arg.head.children if o.dep_ in OBJ and o.i < arg.i)] if arg.dep_ in OBJ else [arg]
    )
    return any(town_anaphor(st, t) for t in told)


def site_town(st: DocState, place: dict[str, Any]) -> dict[str, Any]:
    """The town a site named after it stands for, as a place reference; else ``place`` itself."""
    start = place.get("start")
    if not isinstance(start, int) or not 0 <= start < len(st.doc):
        return place
    site = st.doc[start]
    if site.lemma_.lower() not in st.lex.group("named_civil_site_nouns") | st.lex.group("state_site_nouns"):
        return place
    names = [c for c in site.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if names and names[-1].i == site.i - 1 and all(c.is_title for c in names):
        lo = names[0].i  # "Mosul University": the compound words right before the site noun
        return _town(place, st.doc[lo : site.i].text, lo)
    of = st.lex.group("of_preps")
    for prep, c in prep_args(site):  # "the University of Mosul"
        if prep in of and c.pos_ == "PROPN" and c.i not in st.covered:
            return _town(place, c.text, c.i)
    return place


def _town(place: dict[str, Any], name: str, start: int) -> dict[str, Any]:
    # the site stands in where the gazetteer knows no town of that name ("King Faisal Hospital")
    return {**place, "name": name, "kind": None, "start": start, "alt": None, "alt2": None, "fallback": place}


def told_town(st: DocState, taken: list[Token], place: dict[str, Any]) -> dict[str, Any]:
    """The place a clause's town anaphor among ``taken`` points back to, ``place`` told before: the
    town a site told there is named after ("the city" after "Mosul University": Mosul)."""
    return site_town(st, place) if any(town_anaphor(st, t) for t in taken) else place
