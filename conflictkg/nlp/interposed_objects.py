"""An object after a phrase set off by commas between it and its verb: in "qui avait suspendu, en
raison des entorses à la constitution, l'aide militaire fournie au royaume" the parser takes the
object for one more conjunct of the interposed phrase's noun, and the verb is left without it. A
determined noun after the phrase's closing comma, hung as a conjunct with no coordinating word, in
an oblique or adverbial phrase that opens with a comma right after a verb with no object, is that
verb's object again (read by ``ckg_transitive_objects``, nlp/partitive_objects.py), with a participle
right after it the parser hung back inside the phrase ("fournie au royaume")."""

from __future__ import annotations

from spacy.tokens import Token

_ASIDES = frozenset({"obl", "obl:mod", "obl:arg", "advcl", "advmod"})


def interposed_object(verb: Token) -> Token | None:
    """The noun after an aside the parser read as the aside's conjunct, or None."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return None
    for aside in verb.children:
        if aside.dep_ not in _ASIDES or aside.left_edge.i != verb.i + 2:
            continue
        for n in aside.subtree:
            if n.dep_ != "conj" or n.pos_ != "NOUN" or any(c.dep_ == "cc" for c in n.children):
                continue
            first = min(t.i for t in n.subtree if t.text != ",")  # the comma may hang on the noun
            if first > 0 and doc[first - 1].text == "," and any(c.dep_ == "det" for c in n.children):
                n.head = verb
                _participle_after(n)
                return n
    return None


def _participle_after(noun: Token) -> None:
    """A participle right after the noun phrase that the parser hung back inside the aside ("l'aide
    militaire fournie au royaume": "fournie" on "entorses") qualifies the noun."""
    doc = noun.doc
    i = noun.right_edge.i + 1
    if i >= len(doc):
        return
    part = doc[i]
    if part.dep_ in ("acl", "amod") and "Part" in part.morph.get("VerbForm", []) and part.head.i < noun.i:
        part.head = noun
