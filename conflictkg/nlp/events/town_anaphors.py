"""A town told again by its kind: "les rebelles sont entrés dans Kidal. Ils contrôlent désormais la
ville". A definite noun of ``town_anaphors`` with no name of its own ("la ville", not "la ville de
Gao") is the one place the events told before it in its own sentence were placed at ("began their
assault on X, and had cleared the city"), else the town the sentence before named with that same noun
("the troops entered the city of Ubaydi. The army stormed the city": Ubaydi, whatever other place that
sentence's events had; kind_named.py), else the one place the events of the sentence before were
placed at; with none or several there, it is no place. A verb of ``town_object_verbs`` taking such a
noun as its object ("had cleared the city") needs no preposition of its own: the town is what it
takes."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.kind_named import named_with
from conflictkg.nlp.events.places import place_np
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.events.town_settings import site_town, town_anaphor
from conflictkg.nlp.sentences import sentence_before
from conflictkg.nlp.syntax import OBJ


def town_told_before(st: DocState, tok: Token) -> dict[str, Any] | None:
    """The place the town noun ``tok`` points back to, else None."""
    if not town_anaphor(st, tok):
        return None
    sent = tok.sent
    own = [e for e in st.done if e["sent_start"] == sent.start_char and e["pred"] < tok.i]
    earlier = [e["place"] for e in own if e["pred"] != tok.head.i and e["place"] is not None]
    if earlier:  # "began their assault on X, and had cleared the city"
        return _one(st, earlier)
    before = sentence_before(sent)
    if before is None:
        return None
    if (same := named_with(st, tok, before, place_np)) is not None:
        return same
    return _one(
        st, [e["place"] for e in st.done if e["sent_start"] == before.start_char and e["place"] is not None]
    )


def town_object(st: DocState, tok: Token) -> bool:
    """Whether ``tok`` is a verb of ``town_object_verbs`` whose object is a town told again."""
    return tok.lemma_.lower() in st.lex.group("town_object_verbs") and any(
        c.dep_ in OBJ and town_anaphor(st, c) for c in tok.children
    )


def _one(st: DocState, places: list[dict[str, Any]]) -> dict[str, Any] | None:
    named = {str(p.get("text") or p.get("name") or sorted(p.items())) for p in places}
    return {**site_town(st, places[0]), "inferred": True} if len(named) == 1 else None
