"""Prepositions the French tagger misreads: "des agressions envers des journalistes" comes out with
"envers" as a verb or a noun (an ``acl`` or ``advcl`` with the journalists its object), so the attack
noun loses the complement that names whom it hits.

The ``ckg_misread_prepositions`` component (after the parser) gives such a word of the lexicon's
``misread_prepositions`` its preposition reading back: the noun it governed hangs where the word hung
(on a noun as its ``nmod``, on a verb as its ``obl``), and the word is that noun's ``case``.

Read as a preposition (or given that reading back), such a word may still take the noun before it
as its complement's subject ("En outre, des agressions envers des Maliens ont été signalées":
"agressions" the ``nsubj`` of "Maliens", an ``obl`` of the verb): that noun is the verb's subject
again (passive when the verb is), the complement its ``nmod``; the root the parser gave the word
instead of the verb ("envers" the root, "signalées" its ``conj``) is the verb's again.

An agent the parser marks with no preposition of agents (``agent_preps``: "enlevés en 2022 au Mali",
"au Mali" an ``obl:agent``) is only where it happened: an ``obl:mod`` (round frstyle81); so is a
second object a preposition opens, after the verb's own ("a tué dix personnes vendredi dans le centre
de Damas": "centre" an ``obj``, round frstyle82)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

_OBJECTS = frozenset({"obj", "obl", "obl:arg", "obl:mod", "nmod", "nsubj"})


def misread_prepositions(
    words: frozenset[str], agent_preps: frozenset[str] = frozenset()
) -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        for tok in doc:
            if (agent_preps and _false_agent(tok, agent_preps)) or _second_object(tok):
                tok.dep_ = "obl:mod"
            if tok.lower_ in words and tok.pos_ == "ADP":
                _subject_back(tok)
                continue
            if tok.lower_ not in words:
                continue
            if tok.head.i == tok.i and not _verb_after_root(tok):
                continue
            noun = next(
                (
                    c
                    for c in tok.children
                    if c.i > tok.i and c.dep_ in _OBJECTS and c.pos_ in ("NOUN", "PROPN")
                ),
                None,
            )
            if noun is None:
                continue
            head = tok.head
            noun.head, noun.dep_ = head, "nmod" if head.pos_ in ("NOUN", "PROPN") else "obl"
            for c in list(tok.children):
                if c.i != noun.i:
                    c.head = noun
            tok.head, tok.dep_, tok.pos_ = noun, "case", "ADP"
            _subject_back(tok)
        return doc

    return component


def _subject_back(prep: Token) -> None:
    """ "des agressions envers des Maliens ont été signalées" parsed with "agressions" the subject of
    "Maliens": the verb's subject again, "Maliens" its complement."""
    noun = prep.head
    verb = noun.head if noun.head.pos_ in ("VERB", "AUX") else noun.sent.root  # "En outre, ..."
    if not noun.dep_.startswith("obl") or verb.pos_ not in ("VERB", "AUX") or prep.dep_ != "case":
        return
    if verb.i < noun.i:
        return
    subj = next((c for c in noun.children if c.dep_ == "nsubj" and c.i < prep.i and c.pos_ == "NOUN"), None)
    if subj is None or any(c.dep_ == "cop" for c in noun.children):
        return
    passive = any(c.dep_ == "aux:pass" for c in verb.children)
    subj.head, subj.dep_ = verb, "nsubj:pass" if passive else "nsubj"
    noun.head, noun.dep_ = subj, "nmod"


def _verb_after_root(word: Token) -> bool:
    """ "des agressions envers des Ivoiriens ont été signalées" parsed with "envers" the root and the
    verb its ``conj``: the verb is the root again, the word hung on it (then read as above)."""
    verb = next((c for c in word.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > word.i), None)
    if verb is None:
        return False
    verb.head, verb.dep_ = verb, "ROOT"
    word.head, word.dep_ = verb, "obl"
    return True


def _false_agent(tok: Token, agent_preps: frozenset[str]) -> bool:
    """An ``obl:agent`` whose prepositions are none of ``agent_preps`` ("au Mali")."""
    cases = [c.lower_ for c in tok.children if c.dep_ == "case"]
    return tok.dep_ == "obl:agent" and bool(cases) and not any(c in agent_preps for c in cases)


def _second_object(tok: Token) -> bool:
    """A second ``obj`` of a verb that a preposition opens, after an object that none opens ("a tué
    au moins dix personnes vendredi dans le centre de Damas": "centre" an ``obj``): where, not whom."""
    if tok.dep_ != "obj" or not any(c.dep_ == "case" and c.i < tok.i for c in tok.children):
        return False
    return any(
        o.dep_ == "obj" and o.i < tok.i and not any(c.dep_ == "case" for c in o.children)
        for o in tok.head.children
    )
