"""A long title before a name as a clause's subject: "Special Presidential Envoy to the Global
Coalition to Counter ISIL James Jeffrey will lead a delegation to Rome", "Special Envoy for Syria
Geir Pedersen met Syrian officials". The parser makes the title the subject and the name the object
of the title's last preposition, so the clause's subject is the office, or the body it serves (the
coalition). Run by ``ckg_compound_subjects`` (English, after the parser): a capitalised title word
(``titles``) with no determiner as a verb's subject, whose phrase ends right before the verb (or its
auxiliaries) with a proper name of two words or more hung on a preposition, is that name's title:
the name is made the subject (nsubj) and the title its modifier (nmod), as the parser reads a
shorter one. "A spokesman for President Obama said": a determined title is someone else's office,
left as it is."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import load_lexicon

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PROPER = "NNP"  # Penn tag: the component runs before the attribute ruler
_VERB_WORDS = frozenset({"aux", "auxpass", "neg"})


def titled_subjects(doc: Doc) -> None:
    titles = load_lexicon("en").titles()
    for title in doc:
        if title.dep_ not in _SUBJECTS or title.tag_ != _PROPER or title.lower_ not in titles:
            continue
        if any(c.dep_ == "det" for c in title.children):
            continue
        name = _closing_name(title)
        if name is not None:
            verb, dep = title.head, title.dep_
            name.head, name.dep_ = verb, dep
            title.head, title.dep_ = name, "nmod"


def _closing_name(title: Token) -> Token | None:
    """The proper name of two words or more that ends the title's phrase right before its verb."""
    verb, name = title.head, title.right_edge
    if verb.i <= name.i or name.tag_ != _PROPER or name.dep_ != "pobj":
        return None
    first = name.doc[name.i - 1]
    if first.tag_ != _PROPER or first.head.i != name.i or first.dep_ != "compound":
        return None
    between = name.doc[name.i + 1 : verb.i]
    return name if all(t.head.i == verb.i and t.dep_ in _VERB_WORDS for t in between) else None
