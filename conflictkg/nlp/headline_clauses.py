"""A verbless headline joined to a clause by "and": in "Clashes in X and warplanes bomb Y" or "Human losses
in X and airstrikes target Y" the small English parser reads the event or toll noun that opens the
headline as the subject of the verb, with the clause's own subject its conjunct, so the verb has no actor
(an event noun acts on nothing) and the opening noun is no event of its own (it is the subject of a
predicate). ``headline_clauses`` (run by ``ckg_compound_subjects``, after the parser) makes that conjunct
the verb's subject and sets the opening noun beside the clause (parataxis), as the headline's two parts
are.

Only when the opening noun is a lexicon event noun or a toll noun (``toll_head_nouns``) with a complement
of its own before the conjunction ("in X", "renewed in X", or a compass or surrounding noun with its own
complement, ``surrounding_nouns``: "Clashes west of X and", round ucdp88), no article (headlines drop
theirs: "The clashes in X and the shelling of Y killed 20" is one subject), the conjunction joined to the
opener itself (not to a noun of its complement: "a clash between X and Y forces took place"), and the
conjunct's phrase ending right before the finite verb."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import load_lexicon, shared_words
from conflictkg.nlp.syntax import PENN_NOUNS

NOMINAL = PENN_NOUNS  # Penn tags
VERBS = frozenset({"VBD", "VBZ", "VBP"})  # a finite verb
COMPLEMENTS = frozenset({"prep", "acl"})  # "clashes in X", "clashes renewed in X"
SUBJECT, SIDE, CONJUNCT, COORDINATOR = "nsubj", "parataxis", "conj", "cc"
BETWEEN_PREPS = shared_words("between_preps")


def headline_clauses(doc: Doc) -> None:
    """Give every finite verb of ``doc`` whose subject swallowed its own subject that subject back."""
    if doc.lang_ != "en":
        return
    lex = load_lexicon(doc.lang_)
    openers = frozenset(lex.nouns) | lex.group("toll_head_nouns")
    around = lex.group("surrounding_nouns")
    for verb in doc:
        split = _split(doc, verb, openers, around)
        if split is None:
            continue
        opener, subject, cc = split
        cc.head = verb
        subject.head = verb
        subject.dep_ = SUBJECT
        opener.dep_ = SIDE


def _split(
    doc: Doc, verb: Token, openers: frozenset[str], around: frozenset[str]
) -> tuple[Token, Token, Token] | None:
    """(the opening noun, the clause's subject, the conjunction) when ``verb``'s subject is a
    headline noun that swallowed the clause's subject, else None."""
    if verb.tag_ not in VERBS or verb.i < 3:
        return None
    opener = next((c for c in verb.children if c.dep_ == SUBJECT and c.i < verb.i), None)
    if opener is None or opener.tag_ not in NOMINAL or not _forms(opener.lower_) & openers:
        return None
    if any(c.dep_ == "det" for c in opener.children):
        return None
    joints = _joints(opener, around)
    subject = next((t for t in doc[opener.i + 1 : verb.i] if _swallowed(t, joints, verb)), None)
    if subject is None or subject.tag_ not in NOMINAL or subject.left_edge.i < 1:
        return None
    cc = doc[subject.left_edge.i - 1]
    if cc.dep_ != COORDINATOR or cc.lower_ != "and" or cc.head.i not in joints:
        return None
    complement = any(
        (c.dep_ in COMPLEMENTS or _surrounding(c, around)) and opener.i < c.i < cc.i for c in opener.children
    )
    return (opener, subject, cc) if complement else None


def _swallowed(tok: Token, joints: set[int], verb: Token) -> bool:
    """A phrase ending right before the verb that is a conjunct of the opener (or of its participle),
    not of a noun inside its complement ("a clash between X and Y forces"), or a second subject of the
    verb ("Clashes in X and the regime forces target Y")."""
    if tok.right_edge.i != verb.i - 1:
        return False
    return (tok.dep_ == CONJUNCT and tok.head.i in joints) or (tok.dep_ == SUBJECT and tok.head.i == verb.i)


def _surrounding(tok: Token, around: frozenset[str]) -> bool:
    """A compass or surrounding noun hung on the opener with a complement of its own ("west of X")."""
    return tok.lower_ in around and any(c.dep_ == "prep" for c in tok.children)


def _joints(opener: Token, around: frozenset[str]) -> set[int]:
    """The words of the opener's phrase a conjunction may join the clause's subject to, as the parser
    reads it: the opener, its participle ("clashes renewed in X and"), or the noun of a complement
    ("clashes in X and"), but none inside "between" ("a clash between X and Y forces": its sides)."""
    out = {opener.i}
    for t in opener.subtree:
        if t.i <= opener.i or t.head.i == t.i:
            continue
        participle = (t.dep_ == "acl" or _surrounding(t, around)) and t.head.i == opener.i
        prep = t.head if t.dep_ == "pobj" else None
        placed = prep is not None and prep.lower_ not in BETWEEN_PREPS and prep.head.i in out
        if participle or placed:
            out.add(t.i)
    return out


def _forms(word: str) -> set[str]:
    """The word and the singulars it may be the plural of (the component runs before the lemmatizer)."""
    forms = {word}
    if word.endswith("s"):
        forms |= {word[:-1], word[:-2]}
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    return forms
