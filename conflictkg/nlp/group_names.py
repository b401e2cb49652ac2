"""Names of armed groups opened by a common noun of a group: "les Brigades d'Abdel Karim Hamdan ont
revendiqué l'attentat", "le Front de libération du Sahel oriental a attaqué". NER gives the name
(often as ORG, sometimes as MISC) but its head is a common noun, so it was taken for no name at
all, or for the generic group the noun names ("forces": an unidentified armed group).

A named entity whose first word (after its article) is a capitalised noun of the lexicon's
``group_name_nouns`` ("Brigades", "Front", "Forces", "Mouvement", "Armée", "Bataillon") that does
not open the sentence (where any word has a capital), followed by at least one more word, names an
organisation of its own; its words are kept as written, prepositions and elided articles included
("Brigades d'Abdel Karim Hamdan"). A name whose every other content word makes a generic group
with the noun ("Forces de défense et de sécurité": "force défense", "force sécurité") is that
generic group written with a capital, the forces of the article's country, no name of its own."""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflictkg.knowledge.lexicon import Lexicon

NAMED_LABELS = frozenset({"ORG", "MISC"})
CUTS = frozenset({"(", ")", "[", "]", ",", ";", ":", "«", "»", '"'})  # no name runs over these


def group_name(ent: Span, lex: Lexicon) -> list[Token] | None:
    """The words of the group's name when the entity ``ent`` is one opened by a group noun, else None."""
    if ent.label_ not in NAMED_LABELS:
        return None
    toks = list(ent)
    while toks and toks[0].pos_ in ("DET", "ADP"):
        toks = toks[1:]
    cut = next((i for i, t in enumerate(toks) if t.text in CUTS), len(toks))
    toks = toks[:cut]  # "Front X (FLX)": NER ran into the bracket
    while toks and toks[-1].pos_ in ("DET", "ADP", "PUNCT", "CCONJ"):
        toks = toks[:-1]
    if len(toks) < 2:
        return None
    noun = toks[0]
    if noun.is_sent_start or not noun.is_title:
        return None
    nouns = lex.group("group_name_nouns")
    if noun.lemma_.lower() not in nouns and noun.lower_ not in nouns:
        return None
    if _generic_words(toks, lex):
        return None
    return toks


def _generic_words(toks: list[Token], lex: Lexicon) -> bool:
    noun, generic = toks[0], lex.generic
    words = [t for t in toks[1:] if t.pos_ not in ("DET", "ADP", "CCONJ", "PUNCT")]
    heads = {noun.lemma_.lower(), noun.lower_, noun.lower_.rstrip("s")}
    return bool(words) and all(
        any(f"{h} {w}" in generic for h in heads for w in (t.lemma_.lower(), t.lower_)) for t in words
    )
