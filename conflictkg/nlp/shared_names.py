"""A name several actors carried ("la coalition internationale": ISAF in Afghanistan until 2014,
NATO in Libya in 2011, the US-led coalition in Syria and Iraq since 2014; knowledge/shared_names.py)
is, in one article, the holder of the article's year and focus country. The KB reads the name as one
of them; an actor the article names only by a shared name is marked with it (``mark``), and once the
article's date and country are known it becomes that name's holder there (``in_their_theatre``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from conflictkg.knowledge.shared_names import bare_holders, choose, holders
from conflictkg.nlp.dated_actors import moved_to
from conflictkg.textkeys import key

MARK = "shared_name"  # the record field: the shared name an actor was named by, and by nothing else


def mark(mentions: list[dict[str, Any]], actors: dict[str, dict[str, Any]]) -> None:
    """Mark each actor whose every mention is one shared name it holds (a phrase ending with it:
    "les soldats de la coalition internationale") with that name; so too the forces of no one
    country a bare body noun stands for ("the Coalition struck X", nlp/body_actors.py) when every
    mention of them is that noun and the article names no coalition (one named is the one it
    refers to; several leave it unsaid)."""
    names: dict[str, set[str | None]] = {}
    named = any(m["kind"] == "coalition" for m in mentions)  # "the coalition" is one of them, or unsaid
    for m in mentions:
        held = any(h.actor == m["actor"] for h in holders(m["text"]))
        bare = not named and _unowned_forces(actors.get(str(m["actor"])))
        held = held or (bare and bool(bare_holders(m["text"])))
        names.setdefault(str(m["actor"]), set()).add(m["text"] if held else None)
    for aid, said in names.items():
        if None not in said and len({str(_holders(str(t))) for t in said}) == 1 and aid in actors:
            actors[aid][MARK] = min(str(t) for t in said)


def _holders(name: str) -> Any:
    return holders(name) or bare_holders(name)


def _unowned_forces(rec: dict[str, Any] | None) -> bool:
    """The record is the forces of no one country (what an unnamed body noun stands for)."""
    return rec is not None and rec.get("kind") == "military" and not rec.get("country")


def in_their_theatre(parsed: Any, kb: Any, published: str | None, country: Callable[[], str | None]) -> Any:
    """``parsed`` with each actor marked by a shared name the holder of its article's year and
    ``country()`` (read only when some actor is marked)."""
    marked = {aid: rec for aid, rec in parsed.records.items() if rec.get(MARK)}
    if not marked:
        return parsed
    year = int(published[:4]) if published and published[:4].isdigit() else None
    where = country()
    records = dict(parsed.records)
    moved: dict[str, str] = {}
    for aid, rec in marked.items():
        if where is None and not holders(str(rec[MARK])):
            continue  # a bare body noun says whose only in a known country
        held = choose(_holders(str(rec[MARK])), year, where)
        entry = kb.get(held.actor) if held is not None else None
        if entry is not None and entry.id != aid:
            moved[aid] = entry.id
            # the name the article calls it by is one of its names there ("the Coalition")
            said = [str(rec[MARK])] if key(str(rec[MARK])) not in {key(a) for a in entry.aliases} else []
            new = {"id": entry.id, "name": entry.name, "kind": entry.kind, "country": entry.country}
            new |= {"wikidata": entry.wikidata, "aliases": [*entry.aliases, *said]}
            records.setdefault(entry.id, {**rec, **new})
    return moved_to(parsed, records, moved)
