"""Groups told by their allegiance as a verb's object: in "Rebels attack the gunmen loyal to the
regime" the small English model reads "the gunmen loyal to the regime" as a clause of its own ("the
gunmen [are] loyal to the regime") complementing the verb, so the verb takes no object.

Run from ``ckg_resultative_arcs`` (after the parser, before the attribute ruler: tags only): an
allegiance adjective (``allegiance_adjectives``: "loyal") heading a complement clause of a lexicon
verb that takes an object and has none, whose subject is a noun between the two, is that noun's
modifier, and the noun is the verb's object. With no article the parser may instead hang the adjective
itself on the verb ("Rebels attack gunmen loyal to the regime": "loyal" the verb's adverb or
complement, round ucdp83b): an allegiance adjective so hung right after the verb's object noun
modifies that noun."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.nlp.syntax import PENN_NOUNS

CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl"})
NOUN_TAGS = PENN_NOUNS
OBJECT_DEPS = frozenset({"dobj", "obj"})
VERB_HUNG_DEPS = frozenset({"advmod", "acomp", "oprd"})  # "attack gunmen loyal to X": "loyal" on the verb


def object_forms(transitive: frozenset[str], past: dict[str, str]) -> frozenset[str]:
    """The written forms of the verbs of ``transitive`` (lemmas): the lemma, its "-s", "-es", "-d" and
    "-ed" forms and its irregular past forms (``past``: form → lemma)."""
    regular = {lemma + end for lemma in transitive for end in ("", "s", "es", "d", "ed")}
    return frozenset(regular | {form for form, lemma in past.items() if lemma in transitive})


def allegiant_objects(doc: Doc, adjectives: frozenset[str], verbs: frozenset[str]) -> Doc:
    """Each noun read as the subject of an allegiance adjective complementing an object verb (written
    forms ``verbs``) made the verb's object, the adjective its modifier."""
    for adj in doc:
        noun = _misread_subject(adj, adjectives, verbs)
        if noun is not None:
            noun.head, noun.dep_ = adj.head, "dobj"
            adj.head, adj.dep_ = noun, "amod"
        elif (obj := _object_before(adj, adjectives, verbs)) is not None:
            adj.head, adj.dep_ = obj, "amod"
    return doc


def _object_before(adj: Token, adjectives: frozenset[str], verbs: frozenset[str]) -> Token | None:
    """The object noun of an object verb right before an allegiance adjective the parser hung on
    that verb ("attack gunmen loyal to the regime")."""
    verb = adj.head
    if adj.lower_ not in adjectives or adj.dep_ not in VERB_HUNG_DEPS or verb.lower_ not in verbs:
        return None
    if not verb.tag_.startswith("VB") or adj.i == 0:
        return None
    obj = adj.doc[adj.i - 1]
    return obj if obj.head == verb and obj.dep_ in OBJECT_DEPS and obj.tag_ in NOUN_TAGS else None


def _misread_subject(adj: Token, adjectives: frozenset[str], verbs: frozenset[str]) -> Token | None:
    verb = adj.head
    if adj.lower_ not in adjectives or adj.dep_ not in CLAUSE_DEPS or not verb.tag_.startswith("VB"):
        return None
    if verb.lower_ not in verbs or verb.i > adj.i or any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return None
    subjects = [c for c in adj.children if c.dep_ == "nsubj" and c.tag_ in NOUN_TAGS and verb.i < c.i < adj.i]
    return subjects[0] if len(subjects) == 1 else None
