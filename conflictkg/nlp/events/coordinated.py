"""Places taken together ("took control of A and B areas", "recaptured A and B"): one capture
per place the coordinated object names, as ACLED codes one event per location; so is a fight at a
list of places, each with its preposition, fronted or not ("À Gao, à Kidal et à Tombouctou, ...")."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.clause_places import fired_from
from conflictkg.nlp.events.headed_places import heading_captures
from conflictkg.nlp.events.places import place_np
from conflictkg.nlp.events.prior_adjuncts import in_prior_act
from conflictkg.nlp.events.region_asides import region_aside
from conflictkg.nlp.events.shared_prep_places import copies_at, each_listed_place
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.events.struck_places import then_struck

NAME_DEPS = frozenset({"compound", "nmod", "conj"})
_LIST_DEPS = frozenset({"nmod", "conj"})  # an apposition is the region ("X district, Ghazni")


def each_place_taken(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    return [x for e in heading_captures(st, events) for x in [e, *_also_taken(st, e)]]


def _also_taken(st: DocState, e: EventRecord) -> list[EventRecord]:
    if e["place"] is None or e["modality"] != "asserted":
        return []
    if e["type"] != "CAPTURE":
        return _also_at(st, e)
    first = st.doc[e["place"]["start"]]
    while first.dep_ in ("compound", "flat") and first.head.pos_ == "PROPN":
        first = first.head  # "Tal Afar": the name's head holds its conjuncts
    if not st.doc[e["pred"]].is_ancestor(first):
        return []  # a place the sentence or the one before set, not the object taken
    named = {e["place"]["name"]}
    more: list[EventRecord] = []
    for tok in _coordinated_names(first):
        place = place_np(st, tok)
        if place is not None and place["name"] not in named:
            named.add(place["name"])
            more.append({**e, "place": place})
    return more


def _coordinated_names(first: Token) -> list[Token]:
    """The names joined to the first: its conjuncts, or, in 'A and B areas', the names the parser
    hung beside it on the head noun after an 'and'."""
    names = [n for c in first.conjuncts for n in _names_in(c)]
    names += _after_bracket(first)
    if first.dep_ in ("compound", "nmod"):
        siblings = [c for c in first.head.children if c.i > first.i and c.dep_ in NAME_DEPS]
        names += [c for c in siblings if c.pos_ == "PROPN" and _joined(first, c)]
    return names


def _after_bracket(first: Token) -> list[Token]:
    """ "A (district, province) and B (...)": the name after the 'and' that follows the bracketed
    region of A, which the parser hangs anywhere (its last word: the name's head)."""
    doc = first.doc
    if first.i + 1 >= len(doc) or doc[first.i + 1].text != "(":
        return []
    close = next((t.i for t in doc[first.i + 1 : first.sent.end] if t.text == ")"), None)
    if close is None or close + 2 >= first.sent.end or doc[close + 1].dep_ != "cc":
        return []
    run = [t for t in doc[close + 2 : first.sent.end]]
    name = next((i for i, t in enumerate(run) if t.pos_ != "PROPN"), len(run))
    return [run[name - 1]] if name else []


def _joined(first: Token, other: Token) -> bool:
    between = first.doc[first.i : other.left_edge.i]
    return any(t.dep_ == "cc" for t in between)


def _names_in(conjunct: Token) -> list[Token]:
    """A name (also one the tagger read as a capitalised common noun: "de Ménaka et de Gao"), or the
    names of a place noun ("A and B districts": 'B districts' is the conjunct)."""
    if conjunct.pos_ == "PROPN" or (conjunct.pos_ == "NOUN" and conjunct.text[:1].isupper()):
        return [conjunct]
    return [c for c in conjunct.children if c.pos_ == "PROPN" and c.dep_ in NAME_DEPS and c.i < conjunct.i]


def with_fallback(st: DocState, place: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    """``place`` with the sentence's other place as its fallback (where an unknown place is), unless
    the two are coordinated ("à Tombouctou et à Gao"): two places, neither within the other, or the
    other is where a weapon was fired from ("tirées depuis Gaza ... à Sdérot"): no frame of where it fell."""
    a, b = st.doc[place["start"]], st.doc[other["start"]]
    apart = a in b.conjuncts or fired_from(st, other) or in_prior_act(st, b)  # "a day after another attack"
    return place if apart else {**place, "fallback": then_struck(place, other)}


def _also_at(st: DocState, e: EventRecord) -> list[EventRecord]:
    """ "ont attaqué à Tombouctou et à Gao": a fight, an assault, an arrest or a protest told at
    places each with its own locative preposition, or names joined bare to the first one ("sur Khan
    Younès et Deir el-Balah"), happened at each (one event a place, as ACLED codes them)."""
    ref = e["place"]
    if e["type"] not in ("FIGHT", "ASSAULT", "COERCE", "PROTEST") or ref is None or ref.get("start") is None:
        return each_listed_place(st, e)
    places = st.lex.group("place_preps")
    at = st.doc[ref["start"]]
    if not _located(at, places) or st.doc[e["pred"]].sent != at.sent:
        return each_listed_place(st, e)  # "near A and B": one English preposition
    named = {ref["name"]}
    listed = listed_places(at, places) if ref.get("kind") != "country" else []  # "à Gao, au Mali"
    if e["type"] in ("COERCE", "PROTEST"):  # joined by 'et' only: "à Kadikoy, à Istanbul" is within
        listed = [t for t in listed if t in at.conjuncts]
    listed = [t for t in listed if not region_aside(st.lex, at, t)]  # "à Tessalit, en Kidal": no list
    if listed and ref.get("within") in {t.text for t in listed}:  # a list, not "à X, à Y": X within Y
        e["place"] = {k: v for k, v in ref.items() if k not in ("within", "fallback")}
    bare = [t for t in at.conjuncts if _name(t) and not any(c.dep_ == "case" for c in t.children)]
    more = copies_at(st, e, [t for t in [*at.conjuncts, *listed] if _located(t, places) or t in bare], named)
    # "protests in Lagos and Abuja states": the names a place noun after one English preposition holds
    return more + each_listed_place(st, e, named)


def listed_places(at: Token, places: frozenset[str] | set[str]) -> list[Token]:
    """ "à Gao, à Kidal et à Tombouctou": the parser hangs a name after a comma, with a locative
    preposition of its own, on the name before it (``nmod``), not as a conjunct; the names of such a
    list, each a proper noun led by its preposition, are all places of the event."""
    top = at
    while top.dep_ in _LIST_DEPS and _listed(top.head, top, places):
        top = top.head
    found, todo = [top], [top]
    while todo:
        links = [c for c in todo.pop().children if c.dep_ in _LIST_DEPS and _listed(c.head, c, places)]
        found += links
        todo += links
    found += _next_in_line(at, places)  # "l'armée à Gao, à Kidal": hung elsewhere, next in the text
    return [t for t in found if t != at]


def _next_in_line(at: Token, places: frozenset[str] | set[str]) -> list[Token]:
    doc, found, last = at.doc, [], at
    while last.i + 3 < last.sent.end and (doc[last.i + 1].text == "," or doc[last.i + 1].dep_ == "cc"):
        name = doc[last.i + 3] if doc[last.i + 2].dep_ == "case" else None
        if name is None or not _name(name) or not _located(name, places):
            break
        found.append(name)
        last = name
    return found


def _listed(head: Token, name: Token, places: frozenset[str] | set[str]) -> bool:
    """``name`` follows ``head`` in a list of places: both proper nouns with a locative preposition,
    a comma or a conjunction right before the name's preposition."""
    before = name.doc[name.left_edge.i - 1] if name.left_edge.i > 0 else None
    return (
        _name(head)
        and _name(name)
        and head.i < name.i
        and _located(head, places)
        and _located(name, places)
        and before is not None
        and (before.text == "," or before.dep_ == "cc")
    )


def _name(tok: Token) -> bool:
    return tok.pos_ == "PROPN" or tok.ent_type_ in ("LOC", "GPE")  # "à Gao" tagged a NOUN, found a place


def _located(tok: Token, places: frozenset[str] | set[str]) -> bool:
    return any(c.dep_ == "case" and c.lower_ in places for c in tok.children)
