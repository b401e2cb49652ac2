"""Clauses of present-tense verbs the parser leaves inside their subject: once ``ckg_present_verbs``
has tagged "pilonne" or "assiège" a verb again, the parser may still read "l'armée syrienne pilonne
Homs" as one noun phrase, the verb a modifier of its subject and the object a name in it.
``ckg_present_clauses`` (after the parser) makes such a verb the clause's root, the noun before it its
subject, and what the noun held after the verb the verb's: the first bare noun or name its object,
a phrase opened by a preposition its oblique.

The parser may also hang such a verb on its subject as a conjunct and make the capitalised name after
it the sentence's root ("Ansar Dine attaque Konna": "Konna" the root, "Ansar" its subject, "attaque" a
conjunct of "Ansar"): the verb becomes the root, the subject its subject and that name its object.

A verb it handles is one ``ckg_present_verbs`` re-read: its norm is an imperfect of the lexicon's
present endings (``present_imperfect_endings``, ``present_singular_endings``) that is not its text."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

NOMINAL = frozenset({"NOUN", "PROPN"})
_OBJ, _OBL = "obj", "obl:mod"
_MODIFIER_DEPS = frozenset({"amod", "acl", "nmod", "appos"})
_NAME_PARTS = frozenset({"nmod", "flat:name", "flat"})


def present_clauses(imperfects: frozenset[str]) -> Callable[[Doc], Doc]:
    """The component: ``imperfects`` the endings of the norms ``ckg_present_verbs`` gives."""

    def component(doc: Doc) -> Doc:
        for tok in doc:
            if _inside_subject(tok, imperfects):
                _as_clause(tok)
            elif _before_name_root(tok, imperfects):
                _name_root_as_object(tok)
            _name_as_object(tok)
        return doc

    return component


def _inside_subject(tok: Token, imperfects: frozenset[str]) -> bool:
    norm = tok.norm_.lower()
    reread = norm != tok.lower_ and any(norm.endswith(e) for e in imperfects)
    if tok.pos_ != "VERB" or not (reread or _misread_present(tok)):
        return False
    subj = _subject_of(tok)
    # the noun before it, read as the root of a verbless sentence
    return subj.i < tok.i and subj.pos_ in NOMINAL and subj.head.i == subj.i


def _subject_of(verb: Token) -> Token:
    """The noun the verb hangs on, or the first word of the name it ends ("Boko Haram menace le
    Nigeria": the parser hangs "Haram" on "Boko" as a modifier and the verb on "Haram")."""
    subj = verb.head
    while subj.pos_ == "PROPN" and subj.dep_ in _NAME_PARTS and subj.head.i == subj.i - 1:
        if subj.head.pos_ != "PROPN":
            break
        subj = subj.head
    return subj


def _misread_present(tok: Token) -> bool:
    """ "l'armée syrienne bombarde Homs": a verb the tagger reads right but the parser hangs on the noun
    before it as a modifier. A finite indicative can modify no noun; a relative ("qui bombarde") has its
    own subject and is left alone."""
    if tok.i == 0 or tok.dep_ not in _MODIFIER_DEPS or any(c.dep_.startswith("nsubj") for c in tok.children):
        return False
    finite = "Fin" in tok.morph.get("VerbForm", []) and "Ind" in tok.morph.get("Mood", [])
    before = tok.doc[tok.i - 1]
    return finite and before.pos_ in ("NOUN", "PROPN", "ADJ")


def _name_as_object(verb: Token) -> None:
    """ "l'armée bombarde Homs": the parser may hang the name after a verb as a part of a name
    (flat:name), which only a name heads; with no object of its own, the verb takes it as its object."""
    if verb.pos_ != "VERB" or any(c.dep_ == _OBJ for c in verb.children):
        return
    for c in verb.children:
        if c.dep_.startswith("flat") and c.pos_ == "PROPN" and c.i > verb.i:
            c.dep_ = _OBJ
            return


def _as_clause(verb: Token) -> None:
    subj, part = _subject_of(verb), verb.head
    moved = [c for t in subj.doc[subj.i : verb.i] for c in t.children if c.i > verb.i]
    if part != subj:
        part.dep_ = "flat:name"
    verb.head, verb.dep_ = verb, "ROOT"
    subj.head, subj.dep_ = verb, "nsubj"
    has_obj = False
    for c in moved:
        c.head = verb
        opened = any(d.dep_ == "case" and d.i < c.i for d in c.children)
        if c.pos_ in NOMINAL and not opened and not has_obj:
            c.dep_, has_obj = _OBJ, True
        elif c.pos_ in NOMINAL and opened:
            c.dep_ = _OBL


def _before_name_root(verb: Token, imperfects: frozenset[str]) -> bool:
    """A re-read present verb hung on the subject of a capitalised word after it, the sentence's root."""
    norm = verb.norm_.lower()
    if verb.pos_ != "VERB" or norm == verb.lower_ or not any(norm.endswith(e) for e in imperfects):
        return False
    root, subj = verb.sent.root, _subject_of(verb)
    named = root.i > verb.i and root.is_title and not any(c.dep_ == "case" for c in root.children)
    return named and subj.i < verb.i and subj.dep_.startswith("nsubj") and subj.head.i == root.i


def _name_root_as_object(verb: Token) -> None:
    root, subj = verb.sent.root, _subject_of(verb)
    kept = [c for c in root.children if c.i != subj.i]
    verb.head, verb.dep_ = verb, "ROOT"
    subj.head = verb
    root.head, root.dep_, root.pos_, root.lemma_ = verb, _OBJ, "PROPN", root.text  # "Konna", not "konner"
    for c in kept:
        c.head = verb
