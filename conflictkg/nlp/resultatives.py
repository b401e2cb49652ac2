"""Resultative verbs the tagger misreads: in "gunmen riding a motorcycle shot dead a civilian" the
small English model reads "motorcycle shot" as a noun phrase and makes the adjective "dead" the
clause's head, so no verb takes the gunmen and the civilian.

The ``ckg_resultative_arcs`` component (after the parser) takes a past form of a lexicon verb read as
a noun right before a resultative adjective (``resultative_adjectives``: "dead") that heads a clause
for the verb: the adjective's dependents hang on it, the adjective becomes its complement, and the
noun phrase the verb was read in keeps its last other noun in the verb's old place; so too when the
noun phrase is the adjective's subject ("A sniper shot dead a woman": "sniper" is the subject). A
noun after the resultative that the parser read as an adverbial noun ("shot dead a boy") is the
verb's object.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import Lexicon, shared_words
from conflictkg.nlp.allegiant_objects import allegiant_objects, object_forms
from conflictkg.nlp.between_conjuncts import between_conjuncts
from conflictkg.nlp.complement_participles import complement_participles
from conflictkg.nlp.copula_participles import copula_participles
from conflictkg.nlp.finite_participles import finite_participles
from conflictkg.nlp.gapped_passives import gapped_passives
from conflictkg.nlp.hedged_subjects import hedged_subjects
from conflictkg.nlp.intransitive_participles import intransitive_participles
from conflictkg.nlp.name_conjuncts import name_conjuncts
from conflictkg.nlp.part_noun_arcs import part_noun_arcs
from conflictkg.nlp.prep_gerunds import prep_gerunds
from conflictkg.nlp.protest_participles import protest_participles
from conflictkg.nlp.reported_participles import reported_participles
from conflictkg.nlp.sequel_verbs import sequel_verbs
from conflictkg.nlp.subject_participles import subject_participles
from conflictkg.nlp.syntax import PENN_NOUNS

VERB_TAG = "VBD"
NOUN_TAGS = PENN_NOUNS  # the parser runs before the attribute ruler: no POS yet


def past_lemmas(nlp: Any, verbs: frozenset[str]) -> dict[str, str]:
    """Irregular past forms of the lexicon's verbs ("shot" → "shoot"), from the lemmatizer's table."""
    irregular = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc").get("verb", {})
    return {form: lemmas[0] for form, lemmas in irregular.items() if lemmas and lemmas[0] in verbs}


def resultative_arcs(nlp: Any, lex: Lexicon) -> Callable[[Doc], Doc]:
    """The ``ckg_resultative_arcs`` component for a pipeline and its lexicon."""
    adjectives = lex.group("resultative_adjectives")
    past = past_lemmas(nlp, lex.verb_lemmas())
    intransitive = lex.group("intransitive_verbs")
    protests = frozenset(v for v, p in lex.verbs.items() if p.type == "PROTEST")
    sequels = lex.group("sequence_adverbs")
    of = lex.group("of_preps")
    aims = {v: frozenset(p.target) - {"obj"} for v, p in lex.verbs.items() if set(p.target) - {"obj"}}
    allegiance = lex.group("allegiance_adjectives")
    between = shared_words("between_preps")
    captures = frozenset(v for v, p in lex.verbs.items() if p.type == "CAPTURE")
    territory = lex.group("territory_nouns")
    copulas = lex.group("copula_forms")
    hedges, ties = lex.group("belief_participles"), lex.group("tie_participles")
    parts = shared_words("named_part_nouns")
    elided = lex.group("elided_heads")
    transitive = object_forms(frozenset(v for v, p in lex.verbs.items() if "obj" in p.target), past)

    def repair(doc: Doc) -> Doc:
        for adj in doc[1:]:
            verb = doc[adj.i - 1]
            if adj.lower_ in adjectives and adj.tag_ == "JJ" and _misread(verb, adj, past):
                _rehang(verb, adj, past[verb.lower_])
            if adj.lower_ in adjectives and adj.dep_ == "acomp" and adj.head.i == verb.i:
                _object_after(verb)
        doc = part_noun_arcs(doc, parts)  # "killed 20 civilians in Gida Kiremu woreda"
        doc = intransitive_participles(doc, intransitive)  # "the rebels reneged on the deal"
        doc = subject_participles(doc)  # "a mob vandalized shops in X"
        doc = complement_participles(doc, of, aims, past)  # "members of a group shot at a patrol"
        doc = protest_participles(doc, protests, lex.generic)  # "lathicharged agitating teachers"
        doc = sequel_verbs(doc, sequels)  # "killed five villagers, then looted the market"
        doc = allegiant_objects(doc, allegiance, transitive)  # "attack the gunmen loyal to the regime"
        doc = name_conjuncts(doc)  # "between the Taliban and government troops"
        doc = between_conjuncts(doc, between)  # "between Jaysh al-Islam and the regime forces"
        doc = prep_gerunds(doc, captures, territory)  # "made progress in liberating neighbourhoods"
        doc = copula_participles(doc, copulas)  # "The UK, as part of X, is committed to providing Y"
        doc = hedged_subjects(doc, hedges, ties)  # "gunmen believed to belong to X killed Y"
        doc = gapped_passives(doc, elided)  # "three were killed and two others abducted"
        return reported_participles(finite_participles(doc))  # "... demanding Z"; "X killed Y, Z said"

    return repair


def _misread(verb: Token, adj: Token, past: dict[str, str]) -> bool:
    clause_head = adj.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in adj.children)
    # "A sniper shot dead a woman": "sniper shot" read as the adjective's subject, its noun before
    subject = verb.head.i == adj.i and verb.dep_ == "nsubj" and any(c.tag_ in NOUN_TAGS for c in verb.lefts)
    return (
        verb.lower_ in past and verb.tag_ in NOUN_TAGS and clause_head and (verb.head.i < verb.i or subject)
    )


def _rehang(verb: Token, adj: Token, lemma: str) -> None:
    own = [c for c in verb.children if c.i < verb.i]
    noun = next((c for c in reversed(own) if c.tag_ in NOUN_TAGS), None)
    if noun is not None:  # "riding a motorcycle": the noun takes the verb's place
        noun.head, noun.dep_ = verb.head, verb.dep_
        for c in own:
            if c is not noun:
                c.head = noun
    for c in list(adj.children):
        c.head = verb
    verb.head, verb.dep_ = verb, "ROOT"
    adj.head, adj.dep_ = verb, "acomp"
    verb.tag_ = VERB_TAG  # the attribute ruler and the lemmatizer then read a verb


def _object_after(verb: Token) -> None:
    """ "shot dead a boy": the noun after the resultative, read as an adverbial noun, is the object."""
    if verb.tag_ != VERB_TAG or any(c.dep_ == "dobj" for c in verb.children):
        return
    noun = next((c for c in verb.rights if c.dep_ == "npadvmod" and c.tag_ in NOUN_TAGS), None)
    if noun is not None:
        noun.dep_ = "dobj"
