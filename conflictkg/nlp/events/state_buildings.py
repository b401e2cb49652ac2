"""The buildings a state keeps abroad ("l'ambassade du Japon", "le centre culturel allemand", "the
US embassy"): an attack on one hits a building, not the state at war. Stones thrown at the Japanese
embassy in Beijing, or men who set fire to the German cultural centre in Lomé, do not fight Japan or
Germany; the building is no actor of ours, so the attack names no party hit there (the lexicon's
``mission_nouns``; their demonym or their 'de'/'of' complement naming a state). So is the seat of an
office holder named by the holder's possessive ("stormed the Governor's House in Kano", "the
President's palace"; ``seat_nouns`` owned by a lexicon role): a site hit, not a party."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.mission_owners import OWNER_DEPS, mission_noun


def state_building(st: DocState, c: Token) -> bool:
    """Whether ``c`` heads a building of a state ("l'ambassade du Japon", "le consulat français") or
    an office holder's seat ("the Governor's House")."""
    return building_state(st, c) is not None or _role_seat(st, c)


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
