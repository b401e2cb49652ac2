"""One event told several times in one article is one event (issue 14).

News tells its main event in the headline, again in the lead and again further down with details
("Syrie : l'armée bombarde Homs" / "L'armée syrienne a bombardé jeudi Homs, faisant 20 morts" /
"Les bombardements de Homs ont repris"). Each telling is extracted on its own; this step, run on an
article's events once they are resolved, makes one event of the tellings that agree.

Two tellings (in two different sentences) are the same event when:

- their types are one family (FIGHT and ASSAULT are one, as the evaluation counts them) and their
  modalities agree (asserted and reported are both things that happened);
- their actors agree: the same actor, or one a generic group (``groups.json``: "Unidentified Armed
  Group (Syria)", "Civilians") and the other a named actor of the same country or of none; their
  targets agree the same way, and a telling that names no target agrees with any;
- their places agree: the same place, one has none, or one contains the other (a country contains
  every place in it, a first-level region the towns of its admin1: "the Mopti region" and "Sévaré",
  :func:`conflictkg.knowledge.regions.contains`, given the gazetteer);
- their dates agree: the same date, one telling gives no date of its own (the article's date is only
  its fallback: ``Event.date_written`` is false; "mardi" written in an article of that Tuesday is a
  date of its own), or one is a coarser date containing the other ("2012-10" and "2012-10-11");
- one of them is the headline (a line of its own with no full stop), or else the event is a material
  one (PLOVER's quad classes 2 and 4: a statement told again in the body, "X a menacé ..." then "X a
  déclaré que ... seront visés", is a new statement) and both tellings have the same CAMEO code (the
  army "repelled an attack" and "fired on a town" are two acts), neither naming a target or a place
  the other leaves out (the same two acts);
- they do not give different numbers of victims of one class, dead, wounded, arrested or abducted
  ("20 morts" and "35 morts", "12 arrested" and "40 arrested": two events; numbers in digits or words,
  "vingt morts", "twelve people killed": :mod:`.victim_counts`).

The merged event is the most specific telling (named actor and target before generic ones, a place
before none, a town before its region or country, a day before a month), with the fields the others
give and it lacks (asserted when one telling asserts it and another reports it); its id and
REPORTED_IN evidence are that telling's. Every telling stays its provenance: the event's ``told_sentences``,
``told_starts`` and ``told_ends`` (additive Event properties) list all of them in text order; an event
told once has none of these. The graph keeps one REPORTED_IN edge an event and article: the export
contract is one line an event and article, the writer MERGEs that one edge, and the export's keyset
pages by event id would split an event's several rows of one article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from conflictkg.knowledge.packaged import packaged_json
from conflictkg.knowledge.regions import contains as in_region
from conflictkg.model import QUAD_CLASS, Actor, ArticleFacts, Event, Location
from conflictkg.nlp.generic import classes
from conflictkg.nlp.victim_counts import Counts

if TYPE_CHECKING:
    from conflictkg.knowledge.gazetteer import Gazetteer

_FAMILY = {"ASSAULT": "FIGHT", "DISAPPROVE": "ACCUSE", "DEMAND": "REQUEST"}
_HAPPENED = frozenset({"asserted", "reported"})
_VERBAL = frozenset({1, 3})  # PLOVER's verbal cooperation and verbal conflict
_PRECISION = {"year": 0, "month": 1, "week": 2, "day": 3}


@cache
def _generic_names() -> re.Pattern[str]:
    """The names generic groups take: each class's bare name and its name with a country."""
    alts = []
    for spec in classes().values():
        alts.append(re.escape(spec["bare"]))
        alts.append(re.escape(spec["name"]).replace(re.escape("{country}"), ".+"))
    return re.compile("|".join(f"(?:{a})" for a in alts))


@cache
def _kinds() -> dict[str, frozenset[str]]:
    """The kinds of named actor a generic group of a kind may stand for, beside its own."""
    data = packaged_json("conflictkg.knowledge", "data", "lexicons", "groups.json")["telling_kinds"]
    return {k: frozenset(v) for k, v in data.items()}


def is_generic(actor: Actor | None) -> bool:
    """A group named by what it is, not who (the generic actors of :mod:`.generic`)."""
    return actor is not None and _generic_names().fullmatch(actor.name) is not None


def headline(e: Event) -> bool:
    """Whether an event is told in a headline: a line of its own with no full stop at its end."""
    line = e.evidence.sentence.strip()
    return (
        bool(line) and "\n" not in line and line[-1] not in ".!?»\"'" and e.evidence.sentence.endswith("\n")
    )


class _Telling:
    """The fields a group of tellings has so far, and its tellings."""

    def __init__(self, e: Event, tolls: Counts) -> None:
        self.events = [e]
        self.tolls = set(tolls)
        self.sentences = {e.evidence.start}


def merge_tellings(
    events: list[Event],
    actors: dict[str, Actor],
    locations: dict[str, Location],
    counts: Callable[[str], Counts],
    gaz: Gazetteer | None = None,
) -> list[Event]:
    """The article's events with the tellings of one event made one (see the module's doc)."""

    def same_party(a: str | None, b: str | None, optional: bool) -> bool:
        if a == b:
            return True
        if a is None or b is None:
            return optional
        pa, pb = actors.get(a), actors.get(b)
        if pa is None or pb is None or is_generic(pa) == is_generic(pb):
            return False  # two named actors, or two different generic groups
        group, named = (pa, pb) if is_generic(pa) else (pb, pa)
        if named.kind != group.kind and named.kind not in _kinds().get(group.kind, ()):
            return False  # "Military Forces" never stand for a politician
        return group.country is None or named.country is None or group.country == named.country

    def unnamed(e: Event) -> bool:
        return all(i is None or is_generic(actors.get(i)) for i in (e.actor_id, e.target_id))

    def contains(big: Location, small: Location) -> bool:
        if big.kind == "country":
            return small.kind != "country" and big.country == small.country
        return gaz is not None and big.kind == "region" and in_region(gaz, big, small)

    def same_place(a: str | None, b: str | None) -> bool:
        if a is None or b is None or a == b:
            return True
        la, lb = locations.get(a), locations.get(b)
        return la is not None and lb is not None and (contains(la, lb) or contains(lb, la))

    def same_spot(a: str | None, b: str | None) -> bool:
        """The same place, or a country and none: where a sentence names no place, a ground event
        of the article's country is placed in it (nlp/home_country.py), which tells nothing more."""
        if a == b:
            return True
        known = locations.get(a or b or "")
        return (a is None or b is None) and known is not None and known.kind == "country"

    def same_date(a: Event, b: Event, strict: bool) -> bool:
        if a.date == b.date:
            return True
        if strict:
            return False
        if not (a.date_written and b.date_written) or not a.date or not b.date:
            return True
        return a.date.startswith(b.date) or b.date.startswith(a.date)

    def lacks(a: Event, b: Event) -> bool:
        return (a.target_id is None and b.target_id is not None) or (
            a.location_id is None and b.location_id is not None
        )

    def pair(o: Event, e: Event) -> bool:
        # with no one named on either side, only the same place and date tell the same event
        strict = unnamed(o) and unnamed(e)
        if not (headline(o) or headline(e)):
            if QUAD_CLASS.get(e.type) in _VERBAL or o.cameo != e.cameo:
                return False  # in the body, a statement again is a new statement, another act another event
            if lacks(o, e) and lacks(e, o):
                return False  # each names what the other does not: "repelled the attack" / "shelled X"
        return (
            _FAMILY.get(o.type, o.type) == _FAMILY.get(e.type, e.type)
            and (o.modality == e.modality or {o.modality, e.modality} <= _HAPPENED)
            and same_party(o.actor_id, e.actor_id, False)
            and same_party(o.target_id, e.target_id, True)
            and not crossed(o, e)  # "A shelled B" / "B fired at A": two acts, never A against A
            and (same_spot if strict else same_place)(o.location_id, e.location_id)
            and same_date(o, e, strict)
        )

    def crossed(o: Event, e: Event) -> bool:
        return any(a is not None and a in (e.actor_id, e.target_id) and a != b
                   for a, b in ((o.actor_id, e.actor_id), (o.target_id, e.target_id)))  # fmt: skip

    def finer(e: Event) -> set[str | None]:
        """The places of the other tellings that agree with ``e`` and are finer than its own."""
        return {o.location_id for o in events if o is not e and o.location_id != e.location_id and pair(o, e)}

    # a telling with no place or a country's that agrees with tellings of two finer places or more
    # sums several events up ("protests across China"): it stays an event of its own; a headline
    # tells the lead's event (the first that agrees), as news is written, however many follow
    summaries = {e.id for e in events if not headline(e) and len(finer(e)) > 1}

    def agree(group: _Telling, e: Event, tolls: Counts) -> bool:
        if e.evidence.start in group.sentences:
            return False  # two events of one sentence are two events
        both = {c for c, _ in tolls} & {c for c, _ in group.tolls}
        if any(not {t for t in tolls if t[0] == c} & group.tolls for c in both):
            return False  # "20 morts" and "35 morts": a class counted both times, no number in common
        if e.id in summaries or any(o.id in summaries for o in group.events):
            return False
        return all(pair(o, e) for o in group.events)

    groups: list[_Telling] = []
    for e in sorted(events, key=lambda e: (e.evidence.start, e.id)):
        tolls = counts(e.evidence.sentence)
        group = next((g for g in groups if agree(g, e, tolls)), None)
        if group is None:
            groups.append(_Telling(e, tolls))
            continue
        group.events.append(e)
        group.tolls |= tolls
        group.sentences.add(e.evidence.start)
    merged = [_merged(g.events, actors, locations) if len(g.events) > 1 else g.events[0]
              for g in groups]  # fmt: skip
    order = {e.id: i for i, e in enumerate(events)}
    return sorted(merged, key=lambda e: order.get(e.id, len(order)))


def _merged(tellings: list[Event], actors: dict[str, Actor], locations: dict[str, Location]) -> Event:
    def named(aid: str | None) -> int:
        return 0 if aid is None else 1 if is_generic(actors.get(aid)) else 2

    def place(lid: str | None) -> int:
        loc = locations.get(lid) if lid else None
        return 0 if loc is None else 1 if loc.kind == "country" else 2 if loc.kind == "region" else 3

    def dated(e: Event) -> int:
        return -1 if not e.date_written else _PRECISION.get(e.date_precision or "", 0)

    def specific(e: Event) -> tuple[int, ...]:
        return named(e.actor_id), named(e.target_id), place(e.location_id), dated(e)

    base = max(tellings, key=specific)  # the first of the most specific ones
    actor = max(tellings, key=lambda e: named(e.actor_id)).actor_id
    target = max(tellings, key=lambda e: named(e.target_id)).target_id
    where = max(tellings, key=lambda e: place(e.location_id)).location_id
    when = max(tellings, key=dated)
    summary = " ".join(
        n for n in (actors[actor].name if actor in actors else "", base.type,
                    actors[target].name if target in actors else "") if n
    )  # fmt: skip
    return replace(
        base,
        actor_id=actor,
        target_id=target,
        location_id=where,
        date=when.date,
        date_precision=when.date_precision,
        date_written=when.date_written,
        modality="asserted" if any(e.modality == "asserted" for e in tellings) else base.modality,
        confidence=max(e.confidence for e in tellings),
        summary=summary,
        extra={
            **base.extra,
            "told_sentences": [e.evidence.sentence for e in tellings],
            "told_starts": [e.evidence.start for e in tellings],
            "told_ends": [e.evidence.end for e in tellings],
        },
    )


def merge_article_tellings(
    facts: ArticleFacts,
    actors: dict[str, Actor],
    locations: dict[str, Location],
    counts: Callable[[str], Counts],
    gaz: Gazetteer | None = None,
) -> None:
    """:func:`merge_tellings` on an article's facts; the actors and places only the merged-away
    tellings named leave ``actors`` and ``locations`` (no node without an event)."""
    before = facts.events
    facts.events = merge_tellings(before, actors, locations, counts, gaz)
    if len(facts.events) == len(before):
        return
    used = {i for e in facts.events for i in (e.actor_id, e.target_id, e.location_id)}
    used |= {i for m in facts.memberships for i in (m.person_id, m.org_id)}
    used |= {i for c in facts.controls for i in (c.actor_id, c.location_id)}
    for i in {i for e in before for i in (e.actor_id, e.target_id, e.location_id)} - used:
        actors.pop(i or "", None)
        locations.pop(i or "", None)
