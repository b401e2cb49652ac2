"""An infinitive clause the French parser misreads after "avant de", "afin de" (run by
``ckg_partitive_objects``, with the other noun-phrase mends of nlp/noun_phrase_arcs.py). In "des
jihadistes ont attaqué le poste de X avant d'incendier le marché" it tags "incendier" a noun, hangs it
on the town before it and gives its object to the main verb, so the second act has no subject and no
object; in "... de X avant d'enlever trois civils" it hangs the infinitive on the town. A noun takes
no adverbial clause, and a lexicon verb's infinitive right after "de" with a preposition before it
("avant d'", "afin de") and no determiner is that verb: it is tagged so, hangs on the verb that heads
the noun it was hung on, and the noun phrase right after it that the parser gave elsewhere is its
object (round frmiss88)."""

from __future__ import annotations

from spacy.tokens import Doc, MorphAnalysis, Token

from conflictkg.knowledge.lexicon import load_lexicon

_CLAUSE = frozenset({"advcl", "obl:mod", "obl", "nmod", "acl"})
_MISPLACED = frozenset({"obj", "nmod", "obl:mod", "obl"})


def marked_infinitives(doc: Doc) -> None:
    lex = load_lexicon("fr")
    verbs, of = lex.verb_lemmas(), lex.group("infinitive_marks")
    for tok in doc:
        if tok.i < 2 or tok.dep_ not in _CLAUSE or not _marked(tok, of):
            continue
        head = _verb_above(tok)
        if head is None:
            continue
        if tok.pos_ == "NOUN" and tok.lower_ in verbs and not any(c.dep_ == "det" for c in tok.children):
            tok.pos_, tok.tag_ = "VERB", "VERB"
            tok.morph = MorphAnalysis(doc.vocab, {"VerbForm": "Inf"})
            _take_object(tok)
        elif not _infinitive_on_noun(tok):
            continue
        tok.head, tok.dep_ = head, "advcl"
        for mark in tok.doc[tok.i - 2 : tok.i]:
            mark.head, mark.dep_ = tok, "mark"


def _infinitive_on_noun(tok: Token) -> bool:
    """ "de Seytenga avant d'enlever trois civils": an infinitive clause the parser hung on a noun."""
    infinitive = tok.pos_ == "VERB" and "Inf" in tok.morph.get("VerbForm", [])
    return infinitive and tok.dep_ == "advcl" and tok.head.pos_ in ("NOUN", "PROPN")


def _marked(tok: Token, marks: frozenset[str]) -> bool:
    """ "avant d'incendier": 'de' right before (``infinitive_marks``), a preposition before it."""
    of, prep = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    return of.lower_ in marks and prep.pos_ == "ADP" and prep.lower_ not in marks and prep.is_alpha


def _verb_above(tok: Token) -> Token | None:
    """The verb heading the phrase the parser hung ``tok`` in (itself if on a verb)."""
    node = tok.head
    while node.pos_ not in ("VERB", "AUX") and node.head.i != node.i:
        node = node.head
    return node if node.pos_ == "VERB" and node.i < tok.i else None


def _take_object(verb: Token) -> None:
    """The noun phrase opened right after the infinitive, hung elsewhere, is its object."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or doc[verb.i + 1].pos_ != "DET":
        return
    noun = doc[verb.i + 1].head
    if noun.i > verb.i and noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in _MISPLACED and noun.head != verb:
        noun.head, noun.dep_ = verb, "obj"
    elif noun.head == verb and noun.dep_ != "obj":
        noun.dep_ = "obj"
