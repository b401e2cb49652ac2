"""The states whose embassy or consulate an article names ("devant l'ambassade du Japon", "le
consulat français"): a mission abroad stands in another state, so its owner is not where the article
happens ("des manifestants ont jeté des pierres contre le consulat du Japon" tells of protesters of the
host country, not of Japan). Only when another country is named does the owner give way; named alone,
it says nothing of the host, and no country is read."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import Lexicon

OWNER_DEPS = frozenset({"amod", "nmod", "compound", "poss", "nmod:poss"})  # "du Japon", "français"


def host_counts(
    doc: Doc,
    mentions: list[dict[str, Any]],
    actors: dict[str, Any],
    lex: Lexicon,
    counts: dict[str, int],
    complements: dict[str, int],
) -> dict[str, int]:
    """The article-country ``counts`` without the owners of the missions named when another country
    counts; with no count, the one country named in a complement unless it owns the mission."""
    owners = mission_owners(doc, mentions, actors, lex)
    if any(k not in owners for k in counts):
        return {k: n for k, n in counts.items() if k not in owners}
    if not counts and len(complements) == 1 and not owners & set(complements):
        return complements  # the one country named at all
    return counts


def mission_owners(
    doc: Doc, mentions: list[dict[str, Any]], actors: dict[str, Any], lex: Lexicon
) -> set[str]:
    """The countries of the states (named or by their demonym) owning a mission noun in ``doc``."""
    out: set[str] = set()
    for m in mentions:
        a = actors.get(m["actor"])
        head = doc[m["head"]]
        if not a or a["kind"] != "state" or not a["country"]:
            continue
        # "l'ambassade du Japon" as one mention of Japan, or "du Japon" a mention of its own
        if mission_noun(head, lex) or (head.dep_ in OWNER_DEPS and mission_noun(head.head, lex)):
            out.add(str(a["country"]))
    return out


def mission_noun(noun: Token, lex: Lexicon) -> bool:
    """A mission noun; one that also names a part of a country ("le centre du Mali") only with an
    adjective of its own ("le centre culturel du Japon"), ``mission_homographs``."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or lemma not in lex.group("mission_nouns"):
        return False
    return lemma not in lex.group("mission_homographs") or any(c.dep_ == "amod" for c in noun.children)
