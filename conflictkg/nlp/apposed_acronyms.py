"""An acronym the recognizer leaves out, typed by the group noun in apposition to it: in "Le MPLS, un
groupe rebelle tchadien, a attaqué Abéché" no name is found, so the demonym of the apposed phrase
(Chad) becomes the attacker. A word in capitals read as a name, outside every entity, with an apposed
noun of an armed group (``generic_groups`` of an armed class, the noun alone or with its adjective)
is an organisation (ORG) of its own, which nlp/apposed_kinds.py then types. Run by
``ckg_verb_names``, after the recognizer."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

_ARMED = frozenset({"armed", "islamist", "militia"})
_MIN_LETTERS = 3


def apposed_acronyms(doc: Doc, generic: Mapping[str, str]) -> None:
    found = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if _typed_acronym(t, generic)]
    if found:
        doc.set_ents(found, default="unmodified")


def _typed_acronym(tok: Token, generic: Mapping[str, str]) -> bool:
    if (
        tok.ent_type_
        or tok.pos_ != "PROPN"
        or not (tok.is_upper and tok.is_alpha and len(tok) >= _MIN_LETTERS)
    ):
        return False
    for noun in (c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
        lemma = noun.lemma_.lower()
        forms = [lemma, *(f"{lemma} {a.lemma_.lower()}" for a in noun.children if a.dep_ == "amod")]
        forms += [a.lemma_.lower() for a in noun.children if a.dep_ == "amod"]
        if any(generic.get(f) in _ARMED for f in forms):
            return True
    return False
