"""An acronym the recognizer leaves out, typed by the group noun in apposition to it: in "Le MPLS, un
groupe rebelle tchadien, a attaqué Abéché" no name is found, so the demonym of the apposed phrase
(Chad) becomes the attacker. A word in capitals read as a name, outside every entity, with an apposed
noun of an armed group (``generic_groups`` of an armed class, the noun alone or with its adjective)
is an organisation (ORG) of its own, which nlp/apposed_kinds.py then types. Run by
``ckg_verb_names``, after the recognizer. The recognizer may also read such a word as a place ("Le
FPNL, une milice nigérienne, a attaqué Agadez": FPNL a LOC, dropped, and the militia's demonym left as
the attacker): a one-word place entity in capitals that the gazetteer does not know, with the same
apposed noun, is the organisation too (``placed_acronyms``, run by the actors component, which holds
the gazetteer)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from spacy.tokens import Doc, Span, Token

_ARMED = frozenset({"armed", "islamist", "militia"})
_PLACE_LABELS = frozenset({"LOC", "GPE"})
_MIN_LETTERS = 3


def apposed_acronyms(doc: Doc, generic: Mapping[str, str]) -> None:
    found = [
        Span(doc, t.i, t.i + 1, label="ORG") for t in doc if not t.ent_type_ and _typed_acronym(t, generic)
    ]
    if found:
        doc.set_ents(found, default="unmodified")


def placed_acronyms(doc: Doc, generic: Mapping[str, str], known_place: Callable[[str], bool]) -> None:
    """A one-word place entity in capitals no place of the gazetteer bears, typed as an armed group by
    its apposed noun, is that group (ORG)."""
    found = [
        Span(doc, e.start, e.end, label="ORG")
        for e in doc.ents
        if e.label_ in _PLACE_LABELS
        and len(e) == 1
        and _typed_acronym(e[0], generic)
        and not known_place(e.text)
    ]
    if found:
        doc.set_ents(found, default="unmodified")


def _typed_acronym(tok: Token, generic: Mapping[str, str]) -> bool:
    if tok.pos_ != "PROPN" or not (tok.is_upper and tok.is_alpha and len(tok) >= _MIN_LETTERS):
        return False
    for noun in (c for c in tok.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
        lemma = noun.lemma_.lower()
        forms = [lemma, *(f"{lemma} {a.lemma_.lower()}" for a in noun.children if a.dep_ == "amod")]
        forms += [a.lemma_.lower() for a in noun.children if a.dep_ == "amod"]
        if any(generic.get(f) in _ARMED for f in forms):
            return True
    return False
