"""Attack nouns as a headline's subject: "Renewed shelling targets the countryside of Idlib".

The tagger reads the present-tense verb after an attack noun as a plural noun and the parser makes
the sentence one noun phrase (or hangs it on the adjective that opens it). ``ckg_headline_verbs``
records such a verb (a lexicon verb misread after an attack noun, an object after it); here, when the
parser still left it a noun, it becomes the root of its sentence: the attack noun before it its
subject (with the modifiers before that), the first noun after it its object, and whatever else after
it hung outside its own phrase its dependent.
"""

from __future__ import annotations

from spacy.tokens import Token

ATTACK_KEY = "ckg_attack_headline_verbs"  # doc.user_data: the indices of such verbs
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD", "MD"})
MODIFIER_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBG", "NN", "NNS", "NNP", "CC", "HYPH", "CD", "DT"})
ADJECTIVE_TAGS = frozenset({"JJ", "JJR", "JJS", "VBN", "VBG"})
OBJECT_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD", "PRP"})  # the parser runs before the POS mapping


def attack_subject_verb(tok: Token) -> bool:
    """Make ``tok`` the verb of its sentence with the attack noun before it as its subject; False
    when it is a verb already or another finite verb comes before it in its sentence."""
    sent, doc = tok.sent, tok.doc
    if tok.tag_.startswith("VB") or tok.i - 1 < sent.start:
        return False
    if any(t.tag_ in FINITE_TAGS for t in doc[sent.start : tok.i]):
        return False
    subject = doc[tok.i - 1]
    start = subject.i
    while start > sent.start and doc[start - 1].tag_ in MODIFIER_TAGS:
        start -= 1
    tok.head, tok.dep_ = tok, "ROOT"
    tok.tag_, tok.pos_ = ("VBZ" if tok.lower_.endswith("s") else "VBP"), "VERB"
    subject.head, subject.dep_ = tok, "nsubj"
    subject.tag_, subject.pos_ = ("NNS" if subject.lower_.endswith("s") else "NN"), "NOUN"
    for t in doc[start : subject.i]:
        if not start <= t.head.i < subject.i or t.head == t:
            t.head = subject
            t.dep_ = "amod" if t.tag_ in ADJECTIVE_TAGS else "compound"
            if t.tag_ in ADJECTIVE_TAGS:
                t.tag_, t.pos_ = "JJ", "ADJ"
    for t in doc[sent.start : start]:
        if t.head.i >= start and t.head != t:
            t.head = tok
    has_object = False
    for t in doc[tok.i + 1 : sent.end]:
        if tok.i < t.head.i < sent.end and t.head != t:
            continue
        t.head = tok
        if not has_object and t.tag_ in OBJECT_TAGS:
            t.dep_, has_object = "dobj", True
        elif t.dep_ in ("ROOT", "dobj", "nsubj", "appos"):
            t.dep_ = "conj" if t.tag_.startswith("VB") else "dep"
    return True
