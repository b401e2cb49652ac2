"""Names that swallowed their verb: in "Ansar Dine contrôle Tombouctou" the recognizer may read the
whole clause as one name, so neither the group nor the town is found. The ``ckg_verb_names``
component (after the recognizer) cuts a name at a lower-case word right after a capitalised one that
spells a lexicon -er verb in the present (``regular_er_endings``: "contrôle", "contrôlent",
"attaque"), the words on each side a name of their own; a lower-case word inside a name
("Force internationale d'assistance") follows a preposition or is no verb form, so it stays. The name
after a control verb (``control_verbs``) is what is held, a place (LOC): the label the recognizer gave
the whole ("Ansar Dine contrôle Tombouctou" as ORG) was the group's."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from conflictkg.nlp.apposed_acronyms import apposed_acronyms


def _verb_form(tok: Token, verbs: frozenset[str], endings: frozenset[str]) -> str | None:
    """The -er infinitive ``tok`` spells in the present right after a capitalised word, or None."""
    word = tok.text
    if not word.isalpha() or not word.islower() or tok.i == 0 or not tok.doc[tok.i - 1].is_title:
        return None
    stems = (word[: -len(e)] for e in endings if word.endswith(e) and len(word) > len(e) + 2)
    return next((f"{stem}er" for stem in stems if f"{stem}er" in verbs), None)


def verb_names(
    verbs: frozenset[str], endings: frozenset[str], controls: frozenset[str], generic: Mapping[str, str]
) -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        apposed_acronyms(doc, generic)  # "Le MPLS, un groupe rebelle tchadien,": nlp/apposed_acronyms.py
        ents: list[Span] = []
        changed = False
        for ent in doc.ents:
            start, label = ent.start, ent.label_
            for tok in ent[1:]:
                if (verb := _verb_form(tok, verbs, endings)) is not None:
                    ents.append(Span(doc, start, tok.i, label=label))
                    start, changed = tok.i + 1, True
                    label = "LOC" if verb in controls else label
            if start < ent.end:
                ents.append(ent if start == ent.start else Span(doc, start, ent.end, label=label))
        if changed:
            doc.set_ents(ents, default="outside")
        return doc

    return component


@Language.factory("ckg_verb_names", default_config={"lang": "fr"})
def make_verb_names(nlp: Language, name: str, lang: str) -> Any:
    from conflictkg.knowledge.lexicon import load_lexicon

    lex = load_lexicon(lang)
    controls = lex.group("control_verbs")
    verbs = lex.verb_lemmas(reflexive=True) | controls
    return verb_names(verbs, lex.group("regular_er_endings"), controls, lex.generic)
