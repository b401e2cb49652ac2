"""Name normalisation keys."""

from __future__ import annotations

import pytest

from conflictkg.textkeys import key, key_uncached, loose, loose_of_key, norm, strip_articles

KEYS = [
    ("de la ville de Syrte", "ville de syrte"),
    ("the LNA's", "lna"),
    ("à la", "la"),
    ("de l'ANL", "anl"),
    ("Près de  Tripoli", "tripoli"),
    ("l’Armée nationale libyenne", "armee nationale libyenne"),
    ("aux Forces de soutien rapide", "forces de soutien rapide"),
    ("de", "de"),
]


@pytest.mark.parametrize(("text", "expected"), KEYS)
def test_key(text: str, expected: str) -> None:
    assert key(text) == expected
    assert key_uncached(text) == expected


def test_strip_articles_repeats_and_keeps_a_lone_word() -> None:
    assert strip_articles(norm("de la de l'est")) == "est"
    assert strip_articles("la") == "la"
    assert strip_articles("the ") == "the "


def test_loose_folds_transliterations() -> None:
    variants = ["Al Watiyah", "al-Wattiya", "El Ouatia", "Watiya"]
    assert {loose(v) for v in variants} == {"uatia"}
    assert loose("Tarhouna") == loose("Tarhunah") == loose_of_key(key("Tarhuna")) == "tarhuna"
    assert loose("Beni Walid") == "beniualid"
