"""People named by a past participle ("un camp de déplacés", "des milliers de réfugiés", "une dizaine de
blessés"): right after a bare "de" that completes a noun, the French tagger reads the participle as a
verb ("déplacer"), so the group noun ("déplacé": civilians) is never found.

``participle_nouns`` (lexicon group) lists those nouns; called by the ``ckg_invariable_lemmas``
component (after the lemmatizer), which mends noun lemmas: a participle written as one of them
(singular, plural, feminine) right after "de" or "d'" that follows a noun or a number is that noun.
A participle with anything else before it ("des soldats déplacés vers Gao", "accusé d'avoir déplacé")
stays a verb.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import Lexicon

COMPLEMENT_PREPS = frozenset({"de", "d'", "d’"})
HEAD_POS = frozenset({"NOUN", "NUM"})
INFLECTIONS = ("es", "s", "e")


def participle_noun_words(lex: Lexicon) -> frozenset[str]:
    return lex.group("participle_nouns")


def _noun_of(tok: Token, nouns: frozenset[str]) -> str | None:
    """The noun of ``nouns`` a participle ``tok`` spells, inflected or not, or None."""
    word = tok.lower_
    if word in nouns:
        return word
    return next((word[: -len(e)] for e in INFLECTIONS if word.endswith(e) and word[: -len(e)] in nouns), None)


def nominalise_participles(doc: Doc, nouns: frozenset[str]) -> None:
    """Give each participle of ``doc`` that completes a noun after a bare "de" its noun reading."""
    if not nouns:
        return
    for tok in doc[2:]:
        if tok.pos_ not in ("VERB", "ADJ") or "Part" not in tok.morph.get("VerbForm", []):
            continue
        prep, head = doc[tok.i - 1], doc[tok.i - 2]
        noun = _noun_of(tok, nouns)
        if noun is not None and prep.lower_ in COMPLEMENT_PREPS and head.pos_ in HEAD_POS:
            tok.pos_, tok.lemma_ = "NOUN", noun
            if tok.dep_ == "acl":  # the parser hung it as a participial clause on the noun
                tok.dep_ = "nmod"
            if prep.head.i == tok.i and prep.dep_ == "mark":  # ... with "de" as its marker
                prep.dep_ = "case"
