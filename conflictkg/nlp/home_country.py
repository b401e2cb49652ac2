"""The article's country as the place of a ground event whose clause names none: in an article on
Togo ("au Togo, ..."), "des manifestants ont dressé des barricades" is a protest in Togo. Only events
that happen on the ground (``ground_event_types`` of the places lexicon), only when the article
names its focus country as a place and once more (a locative mention counts two in
``Parsed.countries``, another one), and only for an event whose sentence names no place at all.
Where an earlier sentence placed an event in that country, that finer place is taken instead."""

from __future__ import annotations

from collections import Counter
from functools import cache
from typing import Any

from conflictkg.knowledge.place_data import places_lexicon
from conflictkg.model import Location
from conflictkg.textkeys import fold

_NAMED_AS_PLACE = 3  # named as a place ("au Togo") and once more


@cache
def ground_types() -> frozenset[str]:
    return frozenset(str(t) for t in places_lexicon().get("ground_event_types", []))


def home_country(focus: str | None, countries: Counter[str]) -> str | None:
    """The article's focus country when the text names it as a place, else None."""
    if focus is None or countries.get(focus, 0) < _NAMED_AS_PLACE:
        return None
    return focus


def named_place_sentences(doc: Any, offset: int, labels: frozenset[str]) -> dict[int, list[str]]:
    """The start offset (in the whole text) of every sentence of ``doc`` -> the places it names: its
    place entities, and a name the recognizer took for another kind written before one of them and a
    comma ("to isolate Raqqah, Syria, on ...": Raqqah, which it read as a person); not a people it
    took for a place ("des agressions envers des Nigériens": Niger's people, not Niger)."""
    people = _people(doc)
    return {
        s.start_char + offset: [
            *_tailed(s, labels),
            *(e.text for e in s.ents if e.label_ in labels and e.root.i not in people),
        ]
        for s in doc.sents
    }


def _people(doc: Any) -> set[int]:
    """The heads of actor mentions the recognizer may tag as places that name a people: a group, or
    a state's people by a plural that is none of its names ("des Nigériens": Niger's, not Niger)."""
    records = doc._.actors or {}
    out = set()
    for m in doc._.actor_mentions or []:
        rec = records.get(m["actor"])
        if rec is None:
            continue
        names = {fold(n) for n in [rec["name"], *rec.get("aliases", [])]}
        plural = "Plur" in doc[m["head"]].morph.get("Number", [])  # not a capital for its state
        if rec.get("group") or (rec["kind"] == "state" and plural and fold(m["text"]) not in names):
            out.add(int(m["head"]))
    return out


def _tailed(sent: Any, labels: frozenset[str]) -> list[str]:
    """Names of ``sent`` followed by a comma and a place entity that a punctuation mark closes
    ("Raqqah, Syria, Nov. 6"; not "Assad, Syria's president")."""
    out = []
    for e in sent.ents:
        if e.label_ not in labels or e.start < sent.start + 2 or e.end >= sent.end:
            continue
        comma, after = sent.doc[e.start - 1], sent.doc[e.end]
        if comma.text != "," or not after.is_punct:
            continue
        name = sent.doc[e.start - 2]
        if name.pos_ == "PROPN" and name.ent_type_ not in labels:
            run = [
                t for t in name.doc[name.left_edge.i : name.i + 1] if t.pos_ == "PROPN" and t.i >= sent.start
            ]
            out.append(sent.doc[run[0].i if run else name.i : name.i + 1].text)
    return out


def home_place(
    event: dict[str, Any], home: str | None, name: str | None, placed_sents: dict[int, list[str]]
) -> dict[str, Any] | None:
    """A place reference to the home country for a ground event placed nowhere whose sentence names
    no place at all (one that names a place the rules missed is left alone: "marched in Kypseli"
    is not the whole of Greece), else None."""
    if home is None or name is None or event.get("place") is not None or event["type"] not in ground_types():
        return None
    if event.get("unplaced"):  # acts a document records (nlp/events/documented_acts.py)
        return None
    if placed_sents.get(event["sent_start"]):
        return None
    return {"name": name, "kind": "country", "near": None, "descriptor": False, "inferred": True}


def earlier_place(
    told: list[tuple[int, Location]], sent_start: int, home: str | None, locations: dict[str, Location]
) -> str | None:
    """The place of the last event an earlier sentence placed in the home country ("... protested in
    Accra. Police intervened and arrested three": in Accra), finer than the country itself; ``told``
    opens with the article's own place (lead_places.py), which joins ``locations`` once taken."""
    for start, loc in reversed(told):
        if start < sent_start and loc.country == home and loc.kind != "country":
            locations.setdefault(loc.id, loc)
            return loc.id
    return None
