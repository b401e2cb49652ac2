"""A phrase set off by commas between a subject and its verb, which the French parser reads as a
second subject (or a conjunct of the first): in "Le MNLA, un groupe rebelle touareg, a pris Ménaka"
it makes "groupe" a subject beside "MNLA", and in "Le Hamas, qui contrôle Gaza, a tiré" it reads
"contrôle" as a noun subject. The verb has one subject, the name; the set-off phrase describes it:
an apposition (a relative clause when it opens on a pronoun). When the parser instead makes the name
the sentence's root and the verb a relative clause of the apposed noun ("Le Front X, une milice
nigérienne, a attaqué Y", no pronoun to open a relative clause), the verb is the root and the name its
subject. A common noun subject is left as the parser reads it: the phrase after it often names the
group better ("les ravisseurs, des militants islamistes, ..."). Run by ``ckg_loose_subjects``."""

from __future__ import annotations

from spacy.tokens import Doc, Token

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_MISREAD_SUBJECTS = frozenset({"obl:mod", "obl", "dep"})  # a sentence-opening name the parser left off
NOMINAL = frozenset({"NOUN", "PROPN"})
BEFORE_VERB = frozenset({"AUX", "ADV", "PRON", "PART"})  # between a subject and its verb


def apposed_subjects(doc: Doc) -> None:
    for verb in doc:
        name = _rooted_name(verb)
        if name is not None:
            for t in doc[name.i : verb.right_edge.i + 1]:
                if t.head.i == name.i and t.dep_ == "punct" and t.i > verb.i:
                    t.head = verb  # the full stop
            verb.head, verb.dep_ = verb, "ROOT"
            name.head, name.dep_ = verb, "nsubj"
    for tok in doc:
        first = _described(tok)
        if first is None:
            continue
        start, end = _edges(tok)
        opening, closing = doc[start - 1], doc[end + 1]
        if first.dep_ in _MISREAD_SUBJECTS:
            first.dep_ = tok.dep_
        tok.dep_ = "acl:relcl" if doc[start].pos_ == "PRON" else "appos"
        tok.head = first
        opening.head = closing.head = tok


def _described(tok: Token) -> Token | None:
    """The subject the set-off phrase headed by ``tok`` describes, if it is one."""
    doc = tok.doc
    if tok.dep_ in _SUBJECTS:
        verb = tok.head
        first = next((c for c in verb.children if c.i < tok.i and _subject_like(c)), None)
    elif tok.dep_ == "conj" and tok.head.dep_ in _SUBJECTS and _lone_conjunct(tok):
        first, verb = tok.head, tok.head.head
    else:
        return None
    if first is None or first.pos_ != "PROPN" or verb.i <= tok.i:
        return None
    start, end = _edges(tok)
    if start < 2 or end + 1 >= verb.i or doc[start - 1].text != "," or doc[end + 1].text != ",":
        return None
    if any(t.i not in (first.i, *(d.i for d in first.subtree)) for t in doc[first.left_edge.i : start - 1]):
        return None
    if not all(t.pos_ in BEFORE_VERB and t.head.i == verb.i for t in doc[end + 2 : verb.i]):
        return None
    return first


def _edges(tok: Token) -> tuple[int, int]:
    """The first and last word of the phrase ``tok`` heads, the commas the parser hung on it left out."""
    start, end = tok.left_edge.i, tok.right_edge.i
    while start < tok.i and tok.doc[start].is_punct:
        start += 1
    while end > tok.i and tok.doc[end].is_punct:
        end -= 1
    return start, end


def _subject_like(tok: Token) -> bool:
    """A subject, or a name opening the sentence with no preposition that the parser read otherwise."""
    if tok.dep_ in _SUBJECTS:
        return True
    return (
        tok.dep_ in _MISREAD_SUBJECTS
        and tok.pos_ == "PROPN"
        and tok.left_edge.i == tok.sent.start
        and not any(c.dep_ == "case" for c in tok.children)
    )


def _lone_conjunct(tok: Token) -> bool:
    """No coordinator of its own, and no other conjunct: not one item of a list."""
    return not any(c.dep_ == "cc" for c in tok.children) and all(
        c.i == tok.i or c.dep_ != "conj" for c in tok.head.children
    )


def _rooted_name(verb: Token) -> Token | None:
    """The name the verb, read as a relative clause of the noun apposed to it, has for its subject."""
    noun = verb.head
    name = noun.head
    if verb.pos_ != "VERB" or verb.dep_ not in ("acl:relcl", "acl") or noun.dep_ != "appos":
        return None
    if name.dep_ != "ROOT" or name.pos_ not in NOMINAL or not name.i < noun.i < verb.i:
        return None
    if any(c.dep_ in _SUBJECTS for c in verb.children):
        return None
    doc = verb.doc
    comma = verb.left_edge.i - 1
    start = _edges(noun)[0]
    if doc[comma].text != "," or start < 2 or doc[start - 1].text != ",":
        return None
    between = doc[comma + 1 : verb.i]
    if not all(t.pos_ in BEFORE_VERB and t.head.i == verb.i for t in between) or not between:
        return None
    return name
