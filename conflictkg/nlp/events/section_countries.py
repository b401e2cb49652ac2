"""Country headings: a line that is a country's name and nothing else heads the lines after it, as
in the coalition's strike summaries ("Syria / Near Ar Raqqah, 15 strikes ... / Iraq / Near Sinjar,
two strikes ..."). The places of those lines lie in that country when it has a place of that name:
Sinjar under "Iraq" is Iraq's town, not the Syrian village of the same name, whatever country the
article names most. Each event's place gets the heading's country as ``section_country``, which the
extractor's place resolution reads (nlp/country_tails.py). A heading lasts until the next one."""

from __future__ import annotations

from spacy.tokens import Span

from conflictkg.nlp.events.state import DocState, EventRecord


def headed(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """The events, each place of a line under a country heading marked with that country."""
    for e in events:
        place = e.get("place")
        if place is None or place.get("kind") == "country" or place.get("country"):
            continue
        iso3 = _heading_before(st, e["sent_start"])
        if iso3 is not None:
            e["place"] = {**place, "section_country": iso3}
    return events


def _heading_before(st: DocState, start_char: int) -> str | None:
    """The country of the last heading line before the sentence that starts at ``start_char``."""
    found = None
    for sent in st.doc.sents:
        if sent.start_char >= start_char:
            break
        iso3 = _heading(st, sent)
        found = iso3 if iso3 is not None else found
    return found


def _heading(st: DocState, sent: Span) -> str | None:
    """The country a sentence that is a line of its own holding a country's name alone names."""
    words = [t for t in sent if not (t.is_space or t.is_punct)]
    text = st.doc.text
    if not words or (sent.start_char > 0 and text[sent.start_char - 1] != "\n"):
        return None
    end = words[-1].idx + len(words[-1].text)
    if end < len(text) and text[end:].lstrip(" \t")[:1] not in ("\n", ""):
        return None
    m = st.covered.get(words[0].i)
    if m is None or m["kind"] != "state" or m["demonym"] or any(st.covered.get(w.i) is not m for w in words):
        return None
    country = st.actors.get(m["actor"], {}).get("country")
    return str(country) if country else None
