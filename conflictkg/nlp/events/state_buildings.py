"""The buildings a state keeps abroad ("l'ambassade du Japon", "le centre culturel allemand", "the
US embassy"): an attack on one hits a building, not the state at war. Stones thrown at the Japanese
embassy in Beijing, or men who set fire to the German cultural centre in Lomé, do not fight Japan or
Germany; the building is no actor of ours, so the attack names no party hit there (the lexicon's
``mission_nouns``; their demonym or their 'de'/'of' complement naming a state). So is the seat of an
office holder named by the holder's possessive ("stormed the Governor's House in Kano", "the
President's palace"; ``seat_nouns`` owned by a lexicon role): a site hit, not a party; so is a
state's own site named by its possessive, hit from within ("stormed Haiti's main prison")."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.named_sites import foreign_named_site
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.mission_owners import OWNER_DEPS, mission_noun


def state_building(st: DocState, c: Token) -> bool:
    """Whether ``c`` heads a building of a state ("l'ambassade du Japon", "le consulat français") or
    an office holder's seat ("the Governor's House"), or a civilian building a foreign state's demonym
    names ("the Saudi hospital in El Fasher")."""
    return building_state(st, c) is not None or _role_seat(st, c) or foreign_named_site(st, c)


def no_party_site(st: DocState, c: Token, actor_id: str) -> bool:
    """A border, a state's building or seat, or a state's own site hit from within: a place, no party."""
    return (
        c.lemma_.lower() in st.lex.group("border_nouns")
        or state_building(st, c)
        or home_site(st, c, actor_id)
    )


def home_site(st: DocState, c: Token, actor_id: str) -> bool:
    """ "Gangs stormed Haiti's main prison": a site (``state_site_nouns``) a state's name owns by a
    possessive, hit by an armed group of that state's own country, is where the group acts, no party
    it hits; a foreign state's site ("Russia shelled Ukraine's main port") is that state's."""
    if c.pos_ != "NOUN" or c.lemma_.lower() not in st.lex.group("state_site_nouns"):
        return False
    actor = st.actors.get(actor_id, {})
    if actor.get("kind") == "state" or not actor.get("country"):
        return False
    owners = (st.covered.get(x.i) for x in c.children if x.dep_ in ("poss", "nmod:poss"))
    states = [st.actors.get(str(m["actor"]), {}) for m in owners if m is not None and m["kind"] == "state"]
    return any(s.get("country") == actor["country"] for s in states)


def _role_seat(st: DocState, c: Token) -> bool:
    if c.pos_ not in ("NOUN", "PROPN") or c.lemma_.lower() not in st.lex.group("seat_nouns"):
        return False
    owner = next((x for x in c.children if x.dep_ in ("poss", "nmod:poss")), None)
    return owner is not None and owner.lemma_.lower() in st.lex.roles


def building_state(st: DocState, c: Token) -> str | None:
    """The state whose building ``c`` heads ("le consulat du Japon": Japan), else None."""
    if not mission_noun(c, st.lex):  # not "dans le centre de Khartoum": a part of a city
        return None
    owners = (st.covered.get(x.i) for x in c.children if x.dep_ in OWNER_DEPS)
    return next(
        (str(m["actor"]) for m in owners if m is not None and (m["demonym"] or m["kind"] == "state")), None
    )
