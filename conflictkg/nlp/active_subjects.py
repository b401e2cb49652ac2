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
("l'UE a gelé les avoirs de X": "gelé"); and a bare noun phrase opening the sentence that the parser
hung on a subjectless lexicon verb as an oblique is its subject. A place name the parser hangs on
the noun after a preposition of ``without_marks`` ("sont entrés sans combat à Kidal") is the
verb's place, where the clause happened, not the noun's; the aim of an attack noun object hung on
its verb goes back to the noun (nlp/aimed_complements.py).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.aimed_complements import aimed_complement
from conflictkg.nlp.causative_arcs import causative_arcs
from conflictkg.nlp.participles import TENSE_AUX, er_lemma, verb_again
from conflictkg.nlp.reciprocal_subjects import reciprocal_subject
from conflictkg.nlp.syntax import AUX_PASS, OBJ, SUBJ, SUBJ_PASS


def active_subjects(lex: Lexicon) -> Callable[[Doc], Doc]:
    """The ``ckg_active_subjects`` component for a lexicon."""
    etre_verbs = lex.group("etre_verbs")
    endings = sorted(lex.group("er_participle_endings"), key=len, reverse=True)
    verbs, partitives = lex.verb_lemmas(reflexive=True), lex.group("partitive_articles")
    dates = lex.group("date_words") | lex.group("weekdays")
    without, places = lex.group("without_marks"), lex.group("place_preps")

    def repair(doc: Doc) -> Doc:
        for verb in doc:
            verb_again(verb, verbs, endings, partitives)  # "ont fouetté", "a été lapidé" (nlp/participles.py)
            children = list(verb.children)
            aux_pass = [c for c in children if c.dep_ in AUX_PASS]
            if aux_pass and verb.pos_ == "NOUN":
                lemma = er_lemma(verb.lower_, endings, etre_verbs)
                verb.pos_, verb.lemma_ = ("VERB", lemma) if lemma else (verb.pos_, verb.lemma_)
            perfect = any(c.dep_ == TENSE_AUX and c.lemma_ == "avoir" for c in children)
            if verb.pos_ == "ADJ" and perfect and any(c.dep_ in OBJ for c in children):
                lemma = er_lemma(verb.lower_, endings, verbs)  # "a gelé les avoirs"
                verb.pos_, verb.lemma_ = ("VERB", lemma) if lemma else (verb.pos_, verb.lemma_)
            if verb.lemma_.lower() in verbs and ("Fin" in verb.morph.get("VerbForm", []) or perfect):
                _oblique_subject(verb, children, dates)
            _titled_subject(children, lex.roles)
            _unhung_place(verb, children, without, places)
            aimed_complement(verb, children, lex)  # "a repoussé un assaut contre son camp de X"
            reciprocal_subject(
                verb, lex, partitives
            )  # "des combattants de X et des soldats se sont affrontés"
            subjects = [c for c in children if c.dep_ in SUBJ_PASS]
            if aux_pass and verb.lemma_.lower() in etre_verbs:
                for c in aux_pass:
                    c.dep_ = TENSE_AUX
                aux_pass = []
            if subjects and not aux_pass and any(c.dep_ == TENSE_AUX for c in children):
                for c in subjects:
                    c.dep_ = "nsubj"
        causative_arcs(doc, lex)  # "la junte a fait arrêter X" (nlp/causative_arcs.py)
        return doc

    return repair


def _oblique_subject(verb: Token, children: list[Token], dates: frozenset[str]) -> None:
    """A finite lexicon verb with no subject whose sentence opens on a bare noun phrase the parser
    hung on it as an oblique ("La résolution 2042 du Conseil, adoptée l'an dernier, réclame ..."): that
    phrase is its subject (not a date: "Lundi, ...")."""
    if any(c.dep_ in SUBJ or c.dep_ in SUBJ_PASS for c in children):
        return
    lead = next((c for c in children if c.dep_ == "obl:mod" and c.i < verb.i), None)
    if lead is None or lead.pos_ not in ("NOUN", "PROPN") or not lead.left_edge.is_sent_start:
        return
    if any(g.dep_ == "case" for g in lead.children) or lead.lemma_.lower() in dates:
        return
    lead.dep_ = "nsubj"


def _unhung_place(
    verb: Token, children: list[Token], without: frozenset[str], places: frozenset[str]
) -> None:
    """ "sont entrés sans combat à Kidal": the name after a place preposition hung on the noun of
    what did not happen belongs to the verb."""
    if verb.pos_ != "VERB":
        return
    for noun in children:
        if not any(g.dep_ == "case" and g.lower_ in without for g in noun.children):
            continue
        for name in [g for g in noun.children if g.pos_ == "PROPN" and g.i > noun.i]:
            if any(m.dep_ == "case" and m.lower_ in places for m in name.children):
                name.head, name.dep_ = verb, "obl:mod"


def _titled_subject(children: list[Token], roles: dict[str, str]) -> None:
    """ "Le président afghan Hamid Karzaï a échappé à ...": the parser may read the title and the name
    right after it as two subjects of the verb; the name is the title's (its apposition)."""
    subjects = [c for c in children if c.dep_ in SUBJ]
    for title, name in pairwise(subjects):
        adjacent = title.right_edge.i + 1 == name.left_edge.i
        if adjacent and title.pos_ == "NOUN" and name.pos_ == "PROPN" and title.lemma_.lower() in roles:
            name.head, name.dep_ = title, "appos"
