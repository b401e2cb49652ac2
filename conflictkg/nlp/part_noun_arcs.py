"""A subdivision word the parser took out of its name: in "killed 20 civilians in Gida Kiremu woreda"
or "attacked a checkpoint in Datta Khel tehsil" the small English model, meeting a word it does not
know, reads "woreda" or "tehsil" as a verb or as a clause of its own (with "civilians" as its
subject), so the act loses its object and the name ends before its subdivision word.

Run from ``ckg_resultative_arcs`` (after the parser, before the attribute ruler: tags only): a word of
``named_part_nouns`` (shared.json: "woreda", "tehsil", "raion") right after a proper noun that is the
object of a preposition, and not already the head of that name, is the head of the name and takes its
place; the noun phrase the parser made its subject, holding the name, takes the word's own place in
the clause; and what a verb reading hung after it goes back to the clause's verb."""

from __future__ import annotations

from spacy.tokens import Doc, Token

NAME_TAGS = frozenset({"NNP", "NNPS"})
NOUN_TAG = "NN"
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "conj", "dep"})


def part_noun_arcs(doc: Doc, parts: frozenset[str]) -> Doc:
    for word in doc[1:]:
        name = doc[word.i - 1]
        if (
            word.lower_ not in parts
            or name.tag_ not in NAME_TAGS
            or name.dep_ != "pobj"
            or name.head.i == word.i
        ):
            continue
        place = _place_of(word)
        if place is not None:
            _rehang(word, name, *place)
    return doc


def _place_of(word: Token) -> tuple[Token, str] | None:
    """Where the word hangs in its clause; read as the sentence's verb, the clause verb before it
    ("Rebels killed 20 civilians in X woreda": "killed") takes its place, with the word's subject as
    its object."""
    if word.head.i != word.i:
        return word.head, word.dep_
    verb = next(
        (c for c in word.children if c.dep_ in CLAUSE_DEPS and c.i < word.i and c.tag_.startswith("VB")), None
    )
    if verb is None or any(c.dep_ == "dobj" for c in verb.children):
        return None
    verb.head, verb.dep_ = verb, "ROOT"
    for c in [c for c in word.children if c.i > word.i and c.dep_ in ("prep", "punct")]:
        c.head = verb
    return verb, "dobj"


def _rehang(word: Token, name: Token, old_head: Token, old_dep: str) -> None:
    prep = name.head
    holder = next((c for c in word.children if c.i < word.i and name in c.subtree), None)
    verb_read = word.tag_.startswith("VB")
    if verb_read:  # "on Sunday" after a verb reading is the clause verb's
        for c in [c for c in word.children if c.i > word.i and c.dep_ == "prep"]:
            c.head = old_head
    if holder is not None:  # "20 civilians": the object the word's clause took
        holder.head, holder.dep_ = old_head, "prep" if holder.i == prep.i else old_dep
    word.head, word.dep_ = prep, "pobj"
    name.head, name.dep_ = word, "compound"
    if verb_read:
        word.tag_ = NOUN_TAG
