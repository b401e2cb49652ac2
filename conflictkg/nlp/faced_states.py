"""A state an institution acts on is not whose institution it is: "The government accused Rwanda of
backing rebels" names the accuser's government, not Rwanda's, even when Rwanda is the only state
the article names (then the government is the one of the article's other country, or unresolved)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "obj"})


def faced_countries(
    doc: Doc, noun: Token, mentions: list[dict[str, Any]], actors: dict[str, Any]
) -> set[str]:
    """The countries (ISO3) of the states that are the object of the verb ``noun`` is subject of."""
    if noun.dep_ not in SUBJECT_DEPS:
        return set()
    out = set()
    for m in mentions:
        a, head = actors.get(m["actor"]), doc[m["head"]]
        if (
            a
            and a["kind"] == "state"
            and a["country"]
            and head.dep_ in OBJECT_DEPS
            and head.head.i == noun.head.i
        ):
            out.add(a["country"])
    return out
