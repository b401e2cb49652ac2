"""Light coreference: pronouns and possessives → an actor already mentioned.

Order: the speaker of the reported statement the word sits in ("le GNA a déclaré que ses forces",
"l'ANL a déclaré qu'elle se repliait"); else the subject of the governing clause ("la Turquie a mis
en garde contre toute attaque de ses intérêts"); else the last organisation or state mentioned before.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from spacy.tokens import Token

_PERSONAL = frozenset({"Prs"})
_NOT_PERSONAL = frozenset(
    {"se", "s'", "s’", "qui", "que", "où", "dont", "which", "who", "that", "cela", "ce", "ça"}
)
M = TypeVar("M", bound=Mapping[str, Any])  # an actor mention


def latter_phrase(tok: Token) -> str:
    """The word with the demonstrative right before it ("ces derniers"), else the whole hyphenated word
    as written, whose parts the tokenizer splits ("ceux-ci": "ceux", "-", "ci"; from any of them)."""
    det = next((c for c in tok.children if c.dep_ == "det" and c.i == tok.i - 1), None)
    if det is not None and tok.pos_ != "PRON":
        return f"{det.lower_} {tok.lower_}"
    doc, i, j = tok.doc, tok.i, tok.i
    while i > 0 and not doc[i - 1].whitespace_ and "-" in (doc[i - 1].text, doc[i].text):
        i -= 1
    while j + 1 < len(doc) and not doc[j].whitespace_ and "-" in (doc[j].text, doc[j + 1].text):
        j += 1
    return doc[i : j + 1].text.lower()


def is_pronoun(tok: Token, pronouns: frozenset[str]) -> bool:
    if (phrase := latter_phrase(tok)) != tok.lower_ and phrase in pronouns:
        return True  # "ces derniers", "ceux-ci": words that stand for the last ones named
    if tok.pos_ != "PRON" or (tok.is_upper and len(tok) > 1):
        return False  # "les FARDC" tagged PRON: an acronym, a name
    if tok.lower_ in _NOT_PERSONAL:
        return False
    return tok.lower_ in pronouns or bool(set(tok.morph.get("PronType", [])) & _PERSONAL)


def possessive(tok: Token) -> Token | None:
    """The possessive determiner of a noun ("ses forces", "its troops"), if any."""
    for c in tok.children:
        if c.dep_ in ("det", "poss") and ("Yes" in c.morph.get("Poss", []) or c.tag_ == "PRP$"):
            return c
    return None


def speech_party(tok: Token, possessives: frozenset[str], groups: Mapping[str, str]) -> bool:
    """ "vos amis", "nos alliés": a noun of the speaker's or the addressee's circle in quoted speech,
    no actor of the article; a group noun ("nos soldats") stays the speaker's force."""
    det = possessive(tok)
    return det is not None and det.lower_ in possessives and tok.lemma_.lower() not in groups


def last_actor_before(mentions: Sequence[M], i: int, org_of: Callable[[M], str | None]) -> str | None:
    best = None
    for m in mentions:
        if m["start"] >= i:
            break
        if m["demonym"]:
            continue
        a = org_of(m)
        if a:
            best = a
    return best
