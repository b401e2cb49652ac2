"""The country of a regime's forces as the home of a text that names no place at all: a state's
forces named by a ruling noun (``regime_nouns``: "the regime forces") are that state's own in its war
at home, so a daily toll that names no place ("87 were killed yesterday including 64 members of the
regime forces") tells ground events in that country. Only when the whole text names no country and
no place, and its ruling nouns name the forces of one state; a force named otherwise ("Turkish
forces") may fight abroad and gives no home, nor does the state itself ("the Syrian regime continued
its war on ISIL": wherever that war is)."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any

from conflictkg.knowledge.lexicon import SUPPORTED, load_lexicon

if TYPE_CHECKING:
    from conflictkg.nlp.extractor import Parsed


def ruled_countries(doc: Any, records: dict[str, dict[str, Any]]) -> Counter[str]:
    """The countries of the state forces the mentions of ``doc`` name by a ruling noun."""
    if doc.lang_ not in SUPPORTED:
        return Counter()
    words = load_lexicon(doc.lang_).group("regime_nouns")
    out: Counter[str] = Counter()
    for m in doc._.actor_mentions or []:
        rec = records.get(m["actor"])
        if (
            rec is None
            or not rec.get("country")
            or rec.get("group")
            or m.get("camp")
            or rec["kind"] == "state"
        ):
            continue  # a generic group, a camp ("pro-regime gunmen"), the state itself: no state's forces
        if any(t.lemma_.lower() in words for t in doc[m["start"] : m["end"]]):
            out[str(rec["country"])] += 1
    return out


def ruled_home(parsed: Parsed) -> str | None:
    """The one country whose forces a ruling noun names, when the text names no country and no place
    (a name taken for a place that is a group's, "the Islamic State", is no place)."""
    if len(parsed.ruled) != 1 or parsed.countries or any(parsed.placed_sents.values()):
        return None
    return next(iter(parsed.ruled))
