"""Whom a condemnation is aimed at when what it condemns is an act told with its author ("condemned
the killing of civilians by Boko Haram", "denounced the shelling of Aleppo by the regime"): the
author in the object's agent phrase (lexicon group agent_preps) or its owner ("condemned ISIL's
treatment of residents"), not the act's victims (PLOVER's
target of DISAPPROVE / ACCUSE is the party blamed). The parser often hangs that phrase on the active
verb itself; it is the object's all the same ("condemned" has no agent of its own when it has a
subject).

A group the phrase names by what it is, not whose ("by rebels", "by the regime"), takes the article's
country, which for a state condemning abroad is its own: a state does not blame its own rebels or
its own regime for what it condemns there ("France condemned the killing by rebels"). Such a group
then takes the other country the article names (as the other side of talks does,
nlp/events/talk_partners.py), else none, and the place of the act it committed, if any, scopes it.
The condemned act, read as a nominal event of its own, is that author's too, never the accuser's."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import generic_id, np_actor
from conflictkg.nlp.events.possessed import STATE_KINDS
from conflictkg.nlp.events.ruling_agents import state_actor
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.events.talk_partners import other_country
from conflictkg.nlp.syntax import OBJ, is_passive, prep_args, subject_of
from conflictkg.nlp.town_preps import marked_town_countries


def blame(st: DocState, e: EventRecord, events: list[EventRecord]) -> None:
    """Aim the accusation ``e`` at the author of what it condemns, and give that act its author."""
    tok = st.doc[e["pred"]]
    acts = [c for c in tok.children if c.dep_ in OBJ]
    found = condemned_agent(st, tok, e["actor"]) or _act_author(st, e, {a.i for a in acts}, events)
    if found is None:
        return
    old, author = found
    e["target"] = author
    for act in (a for a in events if a is not e and a["nominal"] and a["pred"] in {o.i for o in acts}):
        if act["actor"] in (e["actor"], old):
            act["actor"] = author
        e["place"] = e["place"] or act["place"]  # "the shelling of Aleppo by X": at Aleppo


def condemned_agent(st: DocState, tok: Token, actor: str) -> tuple[str, str] | None:
    """The actor the agent phrase of the accusation verb's object names as read, and as blamed
    (never the accuser)."""
    agents = st.lex.group("agent_preps")
    objs = [c for c in tok.children if c.dep_ in OBJ]
    named = [g for obj in objs for prep, g in prep_args(obj) if prep in agents]
    if objs and subject_of(tok) is not None and not is_passive(tok):  # hung on the verb by the parser
        named += [g for prep, g in prep_args(tok) if prep in agents]
    named += [
        g for obj in objs if _act_noun(st, obj) for g in obj.children if g.dep_ == "poss" and g.pos_ != "PRON"
    ]
    for g in named:
        got = np_actor(st, g)
        author = _rehomed(st, g, got[0], actor) if got is not None else None
        if got is not None and author is not None and author != actor:
            return got[0], author
    return None


def _act_noun(st: DocState, obj: Token) -> bool:
    """ "condemned ISIL's treatment of residents": the object is what its owner did (round enreal83),
    not a party or a person ("condemned Iraq's president", "the army's commanders")."""
    return obj.pos_ == "NOUN" and obj.i not in st.covered and obj.lemma_.lower() not in st.lex.roles


def _act_author(
    st: DocState, e: EventRecord, objs: set[int], events: list[EventRecord]
) -> tuple[str, str] | None:
    """ "La France a condamné l'attaque des rebelles contre Tessalit": the author the condemned act
    names in its own words, a group of no country of its own given the accuser's, is of the country of
    the town the act names, when that is another; with no town named it stays as read ("le ministère
    a dénoncé les attaques des rebelles": the article's own rebels)."""
    acc = st.actors.get(e["actor"]) or {}
    for act in events:
        rec = st.actors.get(act["actor"] or "") or {}
        if act is e or not act["nominal"] or act["pred"] not in objs or not rec.get("group"):
            continue
        country, towns = rec.get("country"), marked_town_countries(st.doc[act["pred"]].subtree)
        if (
            not country
            or rec.get("own")
            or acc.get("kind") not in STATE_KINDS
            or country != acc.get("country")
        ):
            continue
        if towns and country not in towns:  # "Le Mali a condamné l'attaque ... contre Gao": its own
            return str(act["actor"]), generic_id(st, str(rec["group"]), towns[0])
    return None


def _rehomed(st: DocState, g: Token, aid: str, accuser: str) -> str | None:
    """The author as blamed: a group or ruling noun naming no country of its own that was given the
    accusing state's country takes the article's other country, else none."""
    rec, acc = st.actors.get(aid) or {}, st.actors.get(accuser) or {}
    country = rec.get("country")
    foreign = acc.get("kind") in STATE_KINDS and country == acc.get("country")  # its own army speaks for it
    if not country or not foreign or _names_country(st, g):
        return aid
    other = other_country(st, str(country))
    if rec.get("group"):
        return generic_id(st, str(rec["group"]), other)
    if g.lemma_.lower() in st.lex.group("regime_nouns"):
        return (state_actor(st, other) if other else None) or generic_id(st, "military", None)
    return aid


def _names_country(st: DocState, g: Token) -> bool:
    """The phrase names whose the group is: a name, a demonym or a possessor ("by Syrian rebels", "by
    its troops"); "government forces" names none."""
    for t in g.subtree:
        m = st.covered.get(t.i)
        if t.pos_ == "PROPN" or t.dep_ == "poss" or (m is not None and m["demonym"]):
            return True
    return False
