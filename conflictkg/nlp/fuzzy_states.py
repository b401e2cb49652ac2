"""A place name that only resembles a state's ("Corse-du-Sud" ~ Corée du Sud, found by the knowledge
base's fuzzy match): when the gazetteer says the name, as written, points to other countries (a
subdivision of France), it is that place, and names no state."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.name_spans import exact_alias


def fuzzy_state_place(gazetteer: Any, span: Sequence[Token], entry: Any) -> bool:
    """Whether the state ``entry``, found for ``span`` by a near spelling only (none of its names as
    written), is rather a place of another country the gazetteer names so."""
    if gazetteer is None or entry.kind != "state" or not entry.country or not span:
        return False
    text = span[0].doc[span[0].i : span[-1].i + 1].text
    if exact_alias(entry, text) is not None or gazetteer.lookup_country_name(text) is not None:
        return False
    countries = gazetteer.countries_of_name(text)
    return bool(countries) and entry.country not in countries
