"""Active clauses the French parser labels passive. Verbs of motion that take "être" in the
perfect ("les soldats sont entrés dans Kidal") are read as passives: their subject as a passive
subject, "sont" as a passive auxiliary, so the soldiers would be who was entered. And a subject
before "avoir" is sometimes labelled passive too ("les insurgés ont attaqué Gao dans la nuit").

The ``ckg_active_subjects`` component (after the lemmatizer) gives such clauses back their active
labels: for a verb of the lexicon group ``etre_verbs``, the passive auxiliary and subject; for any
verb with a passive subject and a tense auxiliary but no passive auxiliary, the subject. A
participle of one the tagger reads as a noun, with its auxiliary ("les troupes sont entrées dans
Gao": "entrée"), is that verb again (its ending in the lexicon group ``er_participle_endings``);
so is a participle of any lexicon verb the tagger reads as an adjective after "avoir" with an object
("l'UE a gelé les avoirs de X": "gelé").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.syntax import AUX_PASS, OBJ, SUBJ_PASS

TENSE_AUX = "aux:tense"


def active_subjects(lex: Lexicon) -> Callable[[Doc], Doc]:
    """The ``ckg_active_subjects`` component for a lexicon."""
    etre_verbs = lex.group("etre_verbs")
    endings = sorted(lex.group("er_participle_endings"), key=len, reverse=True)
    verbs = lex.verb_lemmas(reflexive=True)

    def participle_lemma(word: str, lemmas: frozenset[str]) -> str | None:
        stems = [word[: -len(e)] for e in endings if word.endswith(e)]
        return next((s + "er" for s in stems if s + "er" in lemmas), None)

    def repair(doc: Doc) -> Doc:
        for verb in doc:
            children = list(verb.children)
            aux_pass = [c for c in children if c.dep_ in AUX_PASS]
            if aux_pass and verb.pos_ == "NOUN":
                lemma = participle_lemma(verb.lower_, etre_verbs)
                verb.pos_, verb.lemma_ = ("VERB", lemma) if lemma else (verb.pos_, verb.lemma_)
            perfect = any(c.dep_ == TENSE_AUX and c.lemma_ == "avoir" for c in children)
            if verb.pos_ == "ADJ" and perfect and any(c.dep_ in OBJ for c in children):
                lemma = participle_lemma(verb.lower_, verbs)  # "a gelé les avoirs"
                verb.pos_, verb.lemma_ = ("VERB", lemma) if lemma else (verb.pos_, verb.lemma_)
            subjects = [c for c in children if c.dep_ in SUBJ_PASS]
            if aux_pass and verb.lemma_.lower() in etre_verbs:
                for c in aux_pass:
                    c.dep_ = TENSE_AUX
                aux_pass = []
            if subjects and not aux_pass and any(c.dep_ == TENSE_AUX for c in children):
                for c in subjects:
                    c.dep_ = "nsubj"
        return doc

    return repair
