"""A group word the English tagger reads as an adjective before the site it holds (issue 14): in "the
army shelled militant positions near Idlib" "militant" is tagged an adjective, so no group is named
and the positions shelled belong to no one, while "rebel positions" (a noun modifier) name the
rebels. Run by ``ckg_compound_subjects``, after the parser: an adjective that is a generic group noun
(``generic_groups``), qualifying a noun of a party's sites (``party_object_nouns``: positions,
bases, strongholds, hideouts), is read as that noun's modifier noun, as "rebel" is."""

from __future__ import annotations

from spacy.tokens import Doc

from conflictkg.knowledge.lexicon import load_lexicon
from conflictkg.nlp.name_spans import word_forms

_ADJECTIVE = "JJ"  # Penn tags: before the attribute ruler
_NOUN = "NN"


def group_adjectives(doc: Doc) -> None:
    lex = load_lexicon("en")
    sites = lex.group("party_object_nouns")
    for t in doc:
        if t.tag_ != _ADJECTIVE or t.dep_ != "amod" or t.lower_ not in lex.generic:
            continue
        if any(form in sites for form in word_forms(t.head)):
            t.tag_, t.dep_ = _NOUN, "compound"
