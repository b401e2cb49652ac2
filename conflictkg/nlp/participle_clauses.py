"""Participle clauses set off by a comma: in "les rebelles ont attaqué un convoi de l'armée près
d'Alep, tuant six soldats" the parser may hang "tuant" on the last noun of the object ("convoi"), so
the killing reads as the convoy's doing and not as the attack's toll. ``ckg_participle_clauses``
(after the lemmatizer, which runs after the parser) hangs a present participle (``gerund_endings``:
"ant", or so marked by the tagger) of a lexicon verb or a toll verb ("faisant vingt morts") that
follows one of ``toll_participle_marks`` (a comma) and modifies a noun of a verb's object or oblique
("s'est fait exploser dans un restaurant de Mogadiscio, tuant quinze personnes") on that verb
instead, as an adverbial clause (advcl), where the attack's toll is read. A participle on a subject
describes its noun ("des manifestants, réclamant X, ...") and stays."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

CLAUSE_POS = frozenset({"VERB", "AUX"})
_NOUN_LINKS = frozenset({"obj", "nmod", "obl", "obl:arg", "obl:mod", "appos", "flat:name"})
_NOUN_MODIFIERS = frozenset({"acl", "amod"})


def participle_clauses(
    verbs: frozenset[str], endings: frozenset[str], marks: frozenset[str]
) -> Callable[[Doc], Doc]:
    """The component: ``verbs`` the lexicon's verb lemmas and toll verbs, ``endings`` its participle
    endings, ``marks`` the punctuation that sets a participle clause off."""

    def component(doc: Doc) -> Doc:
        for tok in doc[1:]:
            if not _set_off_participle(tok, verbs, endings, marks):
                continue
            verb = _clause_verb(tok.head)
            if verb is not None:
                tok.head, tok.dep_ = verb, "advcl"
        return doc

    return component


def _set_off_participle(
    tok: Token, verbs: frozenset[str], endings: frozenset[str], marks: frozenset[str]
) -> bool:
    return (
        tok.pos_ == "VERB"
        and tok.dep_ in _NOUN_MODIFIERS
        and tok.doc[tok.i - 1].text in marks
        and tok.lemma_.lower() in verbs
        and (any(tok.lower_.endswith(e) for e in endings) or present_participle(tok))
        and tok.head.i < tok.i
        and tok.head.pos_ not in CLAUSE_POS
    )


def present_participle(tok: Token) -> bool:
    """A present participle by its morphology (French "tuant")."""
    return "Part" in tok.morph.get("VerbForm", []) and "Pres" in tok.morph.get("Tense", [])


def _clause_verb(noun: Token) -> Token | None:
    """The verb whose object or oblique ``noun`` is, or belongs to."""
    while noun.dep_ in _NOUN_LINKS and noun.head.i != noun.i:
        noun = noun.head
        if noun.pos_ in CLAUSE_POS:
            return noun
    return None
