"""Participles the parser hangs on the wrong noun of a chain of 'de' complements: "l'attaque d'un camp
de déplacés en Ituri, attribuée à la milice CODECO" hangs the participle on "camp", the last noun it
saw, though it agrees with "attaque" only. A participle on a noun of the complement chain of an event
noun that does not agree with the noun it hangs on, in gender or number, and has the event noun's
number, is the event noun's (the tagger's gender of the event noun is not trusted: it reads
"embuscade" as masculine); one that agrees with the noun it hangs on stays that noun's ("l'attaque
d'un entrepôt, attribué à X") (round frstyle85)."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Token

from conflictkg.nlp.syntax import prep_args

CHAIN_DEPTH = 3  # "l'attaque d'un camp de déplacés de la ville": nouns this far down the chain


def chain_participles(noun: Token, of_preps: Collection[str], deps: Collection[str]) -> Iterator[Token]:
    """The participles (of ``deps``) on the nouns of ``noun``'s chain of 'de' complements that have
    ``noun``'s number and do not agree with the noun they hang on."""
    layer = [noun]
    for _ in range(CHAIN_DEPTH):
        layer = [c for n in layer for prep, c in prep_args(n) if prep in of_preps]
        for held in layer:
            for c in held.children:
                if c.dep_ in deps and _agrees(c, noun, ("Number",)) and not _agrees(c, held):
                    yield c


def _agrees(participle: Token, noun: Token, features: tuple[str, ...] = ("Gender", "Number")) -> bool:
    """Same ``features`` where both are told; a feature the tagger left out never agrees."""
    for feature in features:
        mine, its = participle.morph.get(feature, []), noun.morph.get(feature, [])
        if not mine or not its or mine != its:
            return False
    return True
