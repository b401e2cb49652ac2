"""The target of a giving, a sanction or a promise the parser hung deep inside the object: "a promis
une aide de 50 millions de dollars au Mali", "a accordé un prêt de 30 millions d'euros au Niger",
"a imposé un embargo sur les armes à la Libye". The amount, the currency or the goods named in the
object's own complements ("de 50 millions", "de dollars", "sur les armes") are common nouns; the
parser hangs the verb's "à X" on the last of them, where it belongs to the verb (prepositional
phrase attachment). Not for attacks, captures or coercion: their object's complements name places
and owners ("a attaqué un convoi de camions à Gao")."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from conflictkg.nlp.syntax import prep_args

DEPTH = 3  # "une aide (de 50 millions (de dollars (au Mali)))": the amount, the currency, the receiver
PHYSICAL = frozenset({"FIGHT", "ASSAULT", "CAPTURE", "COERCE"})


def goods_complements(objs: list[Token], kind: str, roles: tuple[str, ...]) -> list[Token]:
    """The heads of the prepositional complements in ``roles`` hung on the common nouns below the
    objects ``objs`` (not on the objects themselves: their own complements are read already)."""
    if kind in PHYSICAL:
        return []
    below = [n for o in objs for n in _below(o, DEPTH)]
    return [c for n in below for prep, c in prep_args(n) if prep in roles and prep != "de"]


def _below(tok: Token, depth: int) -> Iterator[Token]:
    """The common nouns complementing ``tok``, their own complementing ones, to ``depth`` levels."""
    if depth == 0:
        return
    for c in tok.children:
        if c.dep_ == "nmod" and c.pos_ == "NOUN":
            yield c
            yield from _below(c, depth - 1)
