"""A protest participle qualifying the people it names, read by the parser as a verb taking them: in
"police lathicharged agitating teachers" or "fired tear gas at protesting farmers" the small English
model makes "agitating" a clause of the main verb (or of the preposition) and "teachers" its object,
so the police seem to protest against the teachers, and the teachers are no crowd the police met.

Run from ``ckg_resultative_arcs`` (after the parser, before the lemmatizer: the lemma is read from the
form): a present participle of a lexicon PROTEST verb with no subject of its own, whose object's phrase
follows it at once ("protesting job aspirants", round protest82) and is a plural noun of people
(``generic_groups`` of the civilians or protesters class), qualifies that noun; the noun takes the
participle's place as the object of the main verb or of the preposition. A participle taking anything
else ("protesting farm laws") keeps its object."""

from __future__ import annotations

from spacy.tokens import Doc, Token

PARTICIPLE_TAG = "VBG"
PLURAL_TAG = "NNS"
CLAUSE_DEPS = frozenset({"xcomp", "advcl", "pcomp"})
OWN_SUBJECTS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})
PEOPLE_CLASSES = frozenset({"civilians", "protesters"})
PLURAL_ENDINGS = ("s", "es")  # "teachers" -> "teacher", "nurses" -> "nurse"


def protest_participles(doc: Doc, protest_verbs: frozenset[str], generic: dict[str, str]) -> Doc:
    for part in doc:
        if part.tag_ != PARTICIPLE_TAG or part.dep_ not in CLAUSE_DEPS or not _protest(part, protest_verbs):
            continue
        # "protesting job aspirants": the object's phrase starts right after the participle
        people = next((c for c in part.children if c.dep_ == "dobj" and c.left_edge.i == part.i + 1), None)
        if people is not None and _people(people, generic) and _free(part):
            _rehang(part, people)
    return doc


def _protest(part: Token, verbs: frozenset[str]) -> bool:
    stem = part.lower_.removesuffix("ing")  # "protesting" -> "protest", "agitating" -> "agitat(e)"
    return stem != part.lower_ and (stem in verbs or f"{stem}e" in verbs)


def _people(noun: Token, generic: dict[str, str]) -> bool:
    if noun.tag_ != PLURAL_TAG:
        return False
    forms = [noun.lower_] + [noun.lower_.removesuffix(e) for e in PLURAL_ENDINGS if noun.lower_.endswith(e)]
    return any(generic.get(f) in PEOPLE_CLASSES for f in forms)


def _free(part: Token) -> bool:
    """No subject of its own, and no other object where the noun would go ("fired gas protesting X")."""
    if any(c.dep_ in OWN_SUBJECTS for c in part.children):
        return False
    return part.dep_ == "pcomp" or not any(c.dep_ == "dobj" for c in part.head.children)


def _rehang(part: Token, people: Token) -> None:
    head = part.head
    for c in list(part.children):  # "on Tuesday": the main verb's
        if c.i != people.i:
            c.head = head if part.dep_ != "pcomp" else people
    people.head, people.dep_ = head, "pobj" if part.dep_ == "pcomp" else "dobj"
    part.head, part.dep_ = people, "amod"
