"""A vehicle hit is its passengers when a participle of carrying names them: "struck a car carrying
Kurdish fighters", "ambushed a bus transporting soldiers", "attacked a convoy ferrying pilgrims". The
vehicle (``carrier_nouns``, as "un bus de pèlerins" in French) with a participle of ``carrying_verbs``
whose object names a party is aimed at that party; a vehicle bare, or carrying goods, is no one's."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.syntax import OBJ


def carried_party(st: DocState, c: Token, actor_id: str) -> Actor | None:
    """The party a carrying participle on the vehicle ``c`` names, never the actor itself."""
    if c.pos_ != "NOUN" or c.lemma_.lower() not in st.lex.group("carrier_nouns"):
        return None
    carrying = st.lex.group("carrying_verbs")
    for x in c.children:
        if x.dep_ not in ("acl", "relcl") or x.lemma_.lower() not in carrying:
            continue
        for o in (o for o in x.children if o.dep_ in OBJ):
            got = np_actor(st, o, 1)
            if got is not None and got[0] != actor_id:
                return got
    return None
