"""Headlines that open on a participle qualifying the event noun after it ("Escalated airstrikes in
the countryside of X", "Renewed shelling on Y"): the parser reads the participle as the root verb
and the noun as its object, a clause with no subject that tells no one's act. A past participle that
opens the sentence with no subject and no auxiliary, its object an event noun of the lexicon right
after it with no determiner ("Killed civilians in X" keeps its verb), and no other verb in the
sentence, is that noun's modifier: the noun becomes
the root of the verbless headline, with the participle's other complements. The noun may be a
gerund the tagger read as the participle's verb ("Continued shelling on Daraa city": "shelling" an
open clause with no object of its own), then tagged the noun it is (round ucdp88)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import load_lexicon
from conflictkg.nlp.syntax import PENN_COMMON_NOUNS

PARTICIPLE_TAGS = frozenset({"VBN", "VBD"})
NOUN_TAGS = PENN_COMMON_NOUNS
CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "aux", "auxpass", "expl"})
VERB_POS = frozenset({"VERB", "AUX"})
GERUND_TAG = "VBG"
GERUND_OBJECTS = frozenset({"dobj", "nsubj", "ccomp", "xcomp"})  # a gerund with these is a verb


def opening_participles(doc: Doc) -> None:
    """Re-hang each such opening participle on its noun (see the module's doc)."""
    for sent in doc.sents:
        first = sent[0]
        noun = _qualified_noun(first)
        if noun is None or any(t.pos_ in VERB_POS for t in sent if t.i not in (first.i, noun.i)):
            continue
        if noun.tag_ == GERUND_TAG:
            noun.tag_, noun.pos_ = "NN", "NOUN"
        moved = [c for c in first.children if c.i > noun.i]
        noun.head, noun.dep_ = noun, "ROOT"
        for t in sent:  # the sentence's other words keep their heads
            if t.head.i == first.i and t.i != first.i:
                t.head = noun
        first.head, first.dep_ = noun, "amod"
        first.tag_, first.pos_ = "JJ", "ADJ"
        for c in moved:
            c.head = noun


def _qualified_noun(first: Token) -> Token | None:
    if first.tag_ not in PARTICIPLE_TAGS or first.dep_ != "ROOT" or not first.is_title:
        return None
    if any(c.dep_ in CLAUSE_DEPS for c in first.children):
        return None
    if first.i + 1 >= len(first.doc):
        return None
    noun = first.doc[first.i + 1]
    gerund = noun.tag_ == GERUND_TAG and noun.dep_ == "xcomp"
    if gerund and any(c.dep_ in GERUND_OBJECTS for c in noun.children):
        return None
    if noun.head != first or not (gerund or (noun.dep_ == "dobj" and noun.tag_ in NOUN_TAGS)):
        return None
    if any(c.dep_ == "det" for c in noun.children):
        return None
    # the lemmatizer runs after the parser: the word or its singular by the regular ending
    forms = {noun.lower_, noun.lower_.removesuffix("s"), noun.lower_.removesuffix("es")}
    return noun if forms & load_lexicon("en").nouns.keys() else None
