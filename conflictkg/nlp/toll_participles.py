"""Tolls told by a participle after a comma: in "s'est fait exploser dans un restaurant de Mogadiscio,
tuant quinze personnes" the parser may hang "tuant" on the noun before the comma, so the restaurant
(or the capital in its complement) kills. ``ckg_toll_participles`` (after the lemmatizer) hangs a
present participle of a killing verb (a FIGHT or ASSAULT verb of the lexicon, or a toll verb:
"faisant vingt morts") set off by one of ``toll_participle_marks`` on a noun of an oblique back on
that oblique's verb, as an adverbial clause: the toll of the act the verb tells. A participle on a
subject or an object describes its noun ("des manifestants, réclamant X") and stays."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import Lexicon

_OBLIQUE = ("obl", "nmod")


def toll_participles(lex: Lexicon) -> Callable[[Doc], Doc]:
    marks = lex.group("toll_participle_marks")
    killing = {v for v, p in lex.verbs.items() if p.type in ("FIGHT", "ASSAULT")}
    killing |= {w.split()[0] for w in lex.group("toll_verbs")}

    def component(doc: Doc) -> Doc:
        for tok in doc:
            if tok.dep_ != "acl" or tok.lemma_.lower() not in killing or not _present_participle(tok):
                continue
            if tok.i == 0 or doc[tok.i - 1].text not in marks:
                continue
            verb = _oblique_verb(tok.head)
            if verb is not None:
                tok.head, tok.dep_ = verb, "advcl"
        return doc

    return component


def _present_participle(tok: Token) -> bool:
    return "Part" in tok.morph.get("VerbForm", []) and "Pres" in tok.morph.get("Tense", [])


def _oblique_verb(noun: Token) -> Token | None:
    """The verb whose oblique ``noun`` is, through the complements it is in ("dans un restaurant de
    Mogadiscio"), else None."""
    for _ in range(3):
        if not noun.dep_.startswith(_OBLIQUE) or noun.head is noun:
            return None
        if noun.head.pos_ == "VERB":
            return noun.head if noun.dep_.startswith("obl") else None
        noun = noun.head
    return None
