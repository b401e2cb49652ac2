"""Areas held by a party as a fight's target (issue 14): "shells target areas controlled by the
regime forces", "Turkish forces shelled SDF-controlled villages", "shelling on the rebels' controlled
neighbourhoods". A fight (or an assault) that names no target but aims at places a participle of
holding (``holding_participles``) gives to a party, by its agent ("controlled by X") or by the name
before it ("X-controlled", "X's controlled"), is aimed at that party: the place stays where it was
(an event noun's complement the parser hung on the light verb carrying it too: "began their assault
on insurgent-held Karabilah").
A state holds its ground with its armed forces: "areas controlled by Syria", "regime-controlled areas"
(a ruling noun, ``regime_nouns``, of the article's country) are aimed at its military. A capture of
such places ("the army captured areas controlled by the Islamic State") is taken from their holder."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import generic_id, np_actor
from conflictkg.nlp.events.held_wheres import held_wheres
from conflictkg.nlp.events.possessed import STATE_KINDS
from conflictkg.nlp.events.state import Actor, DocState, EventRecord
from conflictkg.nlp.syntax import OBJ, prep_args

_BEFORE = frozenset({"npadvmod", "compound", "poss", "nmod"})


def held_targets(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` with an untargeted fight on (or capture of) held places aimed at their holder."""
    return [_aimed_at_holder(st, e) for e in events]


def _aimed_at_holder(st: DocState, e: EventRecord) -> EventRecord:
    if e["type"] not in ("FIGHT", "ASSAULT", "CAPTURE") or e["target"] is not None:
        return e
    tok = st.doc[e["pred"]]
    frame = st.frames.get(tok.i)
    preps = frame.pred.target if frame is not None else ()
    aimed = [c for c in tok.children if c.dep_ in OBJ] + [a for p, a in prep_args(tok) if p in preps]
    carried = frame is not None and frame.nominal and tok.dep_ in OBJ
    if carried and tok.head.lemma_.lower() in st.lex.group("light"):  # "began their assault on X-held Y"
        aimed += [a for p, a in prep_args(tok.head) if p in preps]
    aimed = [n for a in aimed for n in (a, *a.conjuncts)]
    wheres = held_wheres(st, tok, aimed) if e["type"] == "FIGHT" else []  # "clashes in areas held by X"
    for noun in aimed + wheres:
        holder = _holder(st, noun, event_country(st, e))
        if holder is not None and holder[0] != e["actor"]:
            return {**e, "target": holder[0]}
    return e


def event_country(st: DocState, e: EventRecord) -> str | None:
    """The country of the article, else of the event's place."""
    return st.doc._.country or (e["place"] or {}).get("country") or None


def _holder(st: DocState, noun: Token, country: str | None) -> Actor | None:
    """The party a participle of holding on ``noun`` names."""
    words = st.lex.group("holding_participles")
    for part in (c for c in noun.children if c.lower_ in words):
        if part.i > noun.i:  # "areas controlled by X"
            named = [a for p, a in prep_args(part) if p in st.lex.group("agent_preps")]
        else:  # "X-controlled areas", "X's controlled areas"
            named = [c for c in part.children if c.i < part.i and c.dep_ in _BEFORE]
            named += [c for c in noun.children if c.i < part.i and c.dep_ in _BEFORE]
        for name in named:
            found = np_actor(st, name) or _ruling_noun(st, name, country)
            if found is not None:
                return _forces_of_state(st, found)
    return None


def _ruling_noun(st: DocState, name: Token, country: str | None) -> Actor | None:
    """ "regime-controlled": a ruling noun no mention covers names the state of the country (the
    place's, found later, when the article names none: its forces are placed as soldiers are)."""
    if name.lemma_.lower() not in st.lex.group("regime_nouns"):
        return None
    return (generic_id(st, "military", country), 0.55, None)


def _forces_of_state(st: DocState, holder: Actor) -> Actor:
    """A state holding ground holds it with its military."""
    rec = st.actors.get(holder[0], {})
    if rec.get("kind") not in STATE_KINDS or not rec.get("country"):
        return holder
    return (generic_id(st, "military", str(rec["country"])), holder[1], holder[2])
