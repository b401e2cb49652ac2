"""A name several actors carried ("la coalition internationale": ISAF in Afghanistan until 2014,
NATO in Libya in 2011, the US-led coalition in Syria and Iraq since 2014; knowledge/shared_names.py)
is, in each clause, the holder of the year and of the country of the clause's own place (then the
article's focus country). The KB reads the name as one of them; an actor the article names only by a
shared name is marked with it (``mark``), and once the article's date and places are known it becomes
that name's holder where each event happened (``in_their_theatre``), never an actor the same clause
names apart (then the unnamed armed group of that country). A placeholder that stands for nothing but
the holder (``ONLY``: "the organization", nlp/events/theatre_groups.py) is, with none, that group too."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from conflictkg.knowledge.shared_names import bare_holders, choose, holders
from conflictkg.nlp.dated_actors import moved_to
from conflictkg.nlp.events.claims import UNNAMED_AUTHOR
from conflictkg.nlp.generic import generic_entry, record
from conflictkg.textkeys import key

MARK = "shared_name"  # the record field: the shared name an actor was named by, and by nothing else
ONLY = "shared_only"  # the record field: a placeholder with no reading but the name's holder (else generic)


def mark(mentions: list[dict[str, Any]], actors: dict[str, dict[str, Any]], doc: Any = None) -> None:
    """Mark each actor whose every mention is one shared name it holds (a phrase ending with it:
    "les soldats de la coalition internationale") with that name; so too the forces of no one
    country a bare body noun stands for ("the Coalition struck X", nlp/body_actors.py) when every
    mention of them is that noun and the article names no coalition (one named is the one it
    refers to; several leave it unsaid)."""
    if doc is not None:
        _apart(mentions, actors, doc)
    names: dict[str, set[str | None]] = {}
    named = any(m["kind"] == "coalition" for m in mentions)  # "the coalition" is one of them, or unsaid
    for m in mentions:
        held = any(h.actor == m["actor"] for h in holders(m["text"]))
        bare = not named and _unowned_forces(actors.get(str(m["actor"])))
        held = held or (bare and bool(bare_holders(m["text"]))) or bool(m.get(MARK))
        names.setdefault(str(m["actor"]), set()).add(m["text"] if held else None)
    for aid, said in names.items():
        if None not in said and len({str(_holders(str(t))) for t in said}) == 1 and aid in actors:
            actors[aid][MARK] = min(str(t) for t in said)


def _apart(mentions: list[dict[str, Any]], actors: dict[str, dict[str, Any]], doc: Any) -> None:
    """A shared name of an actor its sentence also names by a name of its own ("Kurdish fighters took
    SDF-controlled villages") is someone else there: the unnamed armed group (of the place it acts
    in), marked with the name, whose holder in_their_theatre then reads by place, the named one apart."""

    def shared(m: dict[str, Any]) -> bool:
        return any(h.actor == m["actor"] for h in holders(m["text"]))

    own = {(m["actor"], doc[m["start"]].sent.start) for m in mentions if not shared(m)}
    for m in mentions:
        if shared(m) and (m["actor"], doc[m["start"]].sent.start) in own:
            m["actor"], m[MARK] = _generic(actors), True


def _holders(name: str) -> Any:
    return holders(name) or bare_holders(name)


def _unowned_forces(rec: dict[str, Any] | None) -> bool:
    """The record is the forces of no one country (what an unnamed body noun stands for)."""
    return rec is not None and rec.get("kind") == "military" and not rec.get("country")


def in_their_theatre(parsed: Any, extractor: Any, published: str | None) -> Any:
    """``parsed`` with each actor marked by a shared name the holder of its article's year and of the
    country of each event's own place (none told: the article's focus country), never an actor its
    clause names otherwise ("Kurdish fighters battled ISIS alongside the Peshmerga near Sinjar": no
    Peshmerga), which leaves the generic reading: the unnamed armed group of the place's country."""
    marked = {aid: rec for aid, rec in parsed.records.items() if rec.get(MARK)}
    if not marked:
        return parsed
    kb, gazetteer = extractor.kb, extractor.gazetteer
    year = int(published[:4]) if published and published[:4].isdigit() else None
    where = extractor.focus_country(parsed)
    records = dict(parsed.records)
    moved: dict[str, str] = {}
    for aid, rec in marked.items():
        held = _held(rec, year, where, kb, records) or (_generic(records) if rec.get(ONLY) else None)
        if held is not None and held != aid:
            moved[aid] = held
    read: list[dict[str, str]] = []  # each event's marked sides, read where it happened
    for e in parsed.events:
        named = _named(e, parsed.events, marked)
        sides = {}
        for role in ("actor", "target"):
            aid = str(e.get(role))
            if aid not in marked:
                continue
            there = _place_country(e, gazetteer) or where or _other_country(e, role, marked[aid], records)
            held = _held(marked[aid], year, there, kb, records, named) or moved.get(aid, aid)
            sides[role] = _generic(records) if held in named else held
        read.append(sides)
    out = moved_to(replace(parsed, records=records), records, moved)
    return replace(out, events=[{**e, **sides} for e, sides in zip(out.events, read, strict=True)])


def _other_country(e: dict[str, Any], role: str, rec: dict[str, Any], records: dict[str, Any]) -> Any:
    """For a placeholder with no other reading (``ONLY``), with no place and no focus country: the
    country of the other side of its event ("fighting between the organization and HTS": Syria's)."""
    other = records.get(str(e.get("target" if role == "actor" else "actor"))) or {}
    return other.get("country") if rec.get(ONLY) else None


def _named(e: dict[str, Any], events: list[dict[str, Any]], marked: dict[str, Any]) -> frozenset[str]:
    """The actors the clause of ``e`` names by names of their own (in any of its events)."""
    clause = e.get("clause")
    return frozenset(
        str(o[r]) for o in events if o.get("clause") == clause for r in ("actor", "target", "via")
        if o.get(r) and o[r] not in marked
    )  # fmt: skip


def _place_country(e: dict[str, Any], gazetteer: Any) -> str | None:
    """The country of the event's own place, when the gazetteer knows it."""
    place = e.get("place") or {}
    if place.get("country"):
        return str(place["country"])
    found = gazetteer.lookup(str(place["name"])) if gazetteer is not None and place.get("name") else None
    return str(found.country) if found is not None and found.country else None


def _held(
    rec: dict[str, Any],
    year: int | None,
    where: str | None,
    kb: Any,
    records: dict[str, Any],
    named: frozenset[str] = frozenset(),
) -> str | None:
    """The id of the holder of ``rec``'s shared name in ``year`` in ``where`` (its record added to
    ``records``); for one of the ``named`` actors, the generic reading; none, the KB's own one."""
    if where is None and not holders(str(rec[MARK])):
        return None  # a bare body noun says whose only in a known country
    held = choose(_holders(str(rec[MARK])), year, where)
    entry = kb.get(held.actor) if held is not None else None
    if entry is None:
        return None
    if entry.id in named:
        return _generic(records)
    # the name the article calls it by is one of its names there ("the Coalition")
    said = [str(rec[MARK])] if key(str(rec[MARK])) not in {key(a) for a in entry.aliases} else []
    new = {"id": entry.id, "name": entry.name, "kind": entry.kind, "country": entry.country}
    new |= {"wikidata": entry.wikidata, "aliases": [*entry.aliases, *said]}
    records.setdefault(entry.id, {**rec, **new})
    return str(entry.id)


def _generic(records: dict[str, Any]) -> str:
    """The id of the unnamed armed group of no country yet (the event's place scopes it)."""
    rec = record(generic_entry(UNNAMED_AUTHOR, None, None))
    records.setdefault(str(rec["id"]), rec)
    return str(rec["id"])
