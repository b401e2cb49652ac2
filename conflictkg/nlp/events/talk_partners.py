"""The unnamed side of talks: "La Russie va négocier avec les rebelles", "l'Algérie a discuté avec
les islamistes", "Moscow held talks with the rebels". A talk (a CONSULT predicate whose two sides
are symmetric: 'négocier', 'discuter', 'dialoguer avec', 'talk with') between a state and a generic
group that names no country of its own is a state speaking with another country's fighters, as a
mediator does, unless the article names no other country ("Le Mali va négocier avec les rebelles":
Mali's own). So the group takes the country the article names most after the talker's own, never
the talker's; and the place of the talks is a venue ("à Moscou", "à Genève"), which says nothing of
whose the group is (the event is marked ``venue``: the extractor scopes no target to it)."""

from __future__ import annotations

from conflictkg.nlp.events.actors import generic_id
from conflictkg.nlp.events.noun_held_partners import without_noun_held_partners
from conflictkg.nlp.events.own_visits import without_own_troop_visits
from conflictkg.nlp.events.state import DocState, EventRecord


def talk_partners(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    events = without_noun_held_partners(st, events)  # "speaking after the fall of X to Y": no talks with Y
    events = without_own_troop_visits(st, events)  # "visited French troops in Gao": his own, no talks
    for e in events:
        if not _talk(st, e):
            continue
        e["venue"] = True
        target = st.actors.get(e["target"] or "") or {}
        country = (st.actors.get(e["actor"]) or {}).get("country")
        if not target.get("group") or target.get("own") or not country or target.get("country") != country:
            continue
        other = other_country(st, str(country))
        if other is not None:
            e["target"] = generic_id(st, str(target["group"]), other)
    return events


def _talk(st: DocState, e: EventRecord) -> bool:
    lemma = st.doc[e["pred"]].lemma_.lower()
    entry = st.lex.nouns.get(lemma) if e["nominal"] else st.lex.verbs.get(lemma)
    return entry is not None and entry.type == "CONSULT" and bool(entry.symmetric)


def other_country(st: DocState, own: str) -> str | None:
    """The country the article's states and demonyms name most, the talker's own left out."""
    counts: dict[str, int] = {}
    for m in st.mentions:
        rec = st.actors.get(m["actor"]) or {}
        got = rec.get("country")
        if got and got != own and (rec.get("kind") == "state" or rec.get("own")):
            counts[str(got)] = counts.get(str(got), 0) + 1
    return max(counts, key=lambda c: counts[c]) if counts else None
