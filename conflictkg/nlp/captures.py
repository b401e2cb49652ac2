"""Which captures the extractor keeps: a CAPTURE is the event behind "which towns changed hands", so
it needs the place taken, except when the text tells of territory it does not name ("Troops regained
control of the town from the rebels"): the territory changed hands all the same, with no place to
put it (no CONTROLS follows from it)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from conflictkg.knowledge.lexicon import load_lexicon

if TYPE_CHECKING:
    from conflictkg.model import Location


def dropped_capture(e: Mapping[str, Any], loc: Location | None) -> bool:
    """A capture with no place to put it at, or with a place only inferred that is too wide, unless
    what was taken is territory the text does not name (kept with no place: ``unplaced_capture``)."""
    if e["type"] != "CAPTURE":
        return False
    if loc is None:  # a place told that the gazetteer does not know is still no place to put it at
        return not (e.get("unnamed") and (e["place"] is None or e["place"].get("loose")))  # loose: a guess
    return _wide_inferred(e["place"], loc) and not e.get("unnamed")


def unplaced_capture(e: Mapping[str, Any], loc: Location | None) -> bool:
    """ "Militants overran an army base in Borno state": unnamed territory taken somewhere in a
    region the sentence names is kept with no place, as no town changed hands and Borno is not
    controlled; so is territory taken on the way toward a place (nlp/events/headed_places.py)."""
    heading = bool(e["place"] and e["place"].get("heading"))  # "on their way toward X": not at X
    return (
        e["type"] == "CAPTURE"
        and bool(e.get("unnamed"))
        and loc is not None
        and (_wide_inferred(e["place"], loc) or heading)
    )


def _wide_inferred(ref: dict[str, Any] | None, loc: Location) -> bool:
    """A capture whose place is only inferred from the sentence and is a whole region or country
    ("... stormed an office in the main town of X island. Soldiers regained control of the compound"):
    the thing taken lies somewhere in it; no town changed hands, and X is not controlled. A landform
    ("points in the Latakia Mountains") is no such unit: the ground taken lies in it (round ucdp84b)."""
    return bool(ref and ref.get("inferred")) and loc.kind in ("region", "country") and not landform(loc.name)


def landform(name: str) -> bool:
    """Whether a place's name is that of a landform: its last word a feature noun (lexicon
    ``feature_heads``: mountains, valley, plain) or its first one opening one (``feature_openers``)."""
    lex, words = load_lexicon("en"), name.lower().split()
    heads, openers = lex.group("feature_heads"), lex.group("feature_openers")
    return len(words) > 1 and (words[-1] in heads or words[0] in openers)
