"""A causative of ordering the French parser hangs below the infinitive it governs: in "la junte a
fait arrêter un journaliste" it makes "arrêter" the clause's head and "fait" a loose dependent
("dep") that keeps the subject and the auxiliary, so the infinitive has no subject. The causative
(``ordering_causatives``: "faire") right before an infinitive that heads it is its causative auxiliary
("aux:caus", as Universal Dependencies reads it), and its subject and auxiliaries go to the infinitive,
whose act it orders (nlp/events/causatives.py; round frstyle89). A reflexive causative ("s'est fait
tuer") is left: its subject undergoes the act."""

from __future__ import annotations

from spacy.tokens import Doc

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.syntax import is_reflexive

_LOOSE = frozenset({"dep", "aux", "aux:tense"})
_MOVED = frozenset({"nsubj", "aux:tense", "aux", "advmod"})


def causative_arcs(doc: Doc, lex: Lexicon) -> None:
    ordering = lex.group("ordering_causatives")
    if not ordering:
        return
    for tok in doc:
        if tok.lemma_.lower() not in ordering or tok.i + 1 >= len(doc) or tok.dep_ not in _LOOSE:
            continue
        verb = doc[tok.i + 1]
        if tok.head != verb or "Inf" not in verb.morph.get("VerbForm", []) or is_reflexive(tok):
            continue
        if any(c.dep_ == "nsubj" for c in verb.children):
            continue  # the parser gave the infinitive its own subject already
        for c in [c for c in tok.children if c.dep_ in _MOVED]:
            c.head = verb
        tok.dep_ = "aux:caus"
