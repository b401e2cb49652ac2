"""Support given to a party's own act: "welcomed the surrender", "rallied to support the
announcement of Marshal X that the LNA will ...". Backing an act backs the party whose act it is:
the act noun's possessor or its "of"/"by" complement, else the actor of that same act told before
("The rebels surrendered in Goma. The government welcomed the surrender"). The act nouns are the
lexicon's ``endorsed_acts``; a party named inside what the act says (the LNA above) is not backed."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import Actor, DocState, Frame
from conflictkg.nlp.syntax import OBJ, first_child, prep_args


def endorsed_party(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    """The party whose act the SUPPORT verb ``f`` takes as its object, if it is one."""
    if f.pred.type != "SUPPORT" or f.nominal:
        return None
    act = first_child(f.tok, OBJ)
    if act is None or act.lemma_.lower() not in st.lex.group("endorsed_acts"):
        return None
    owner = _owner(st, act)
    if owner is not None:
        return owner if owner[0] != actor_id else None
    told = [e for e in st.done if st.doc[e["pred"]].lemma_.lower() == act.lemma_.lower()]
    if not told or told[-1]["actor"] == actor_id:
        return None
    return (str(told[-1]["actor"]), 0.6, None)


def _owner(st: DocState, act: Token) -> Actor | None:
    """ "the GNA's decision", "the announcement of Marshal X", "the offer by Y": whose act it is."""
    of = st.lex.group("of_preps") | st.lex.group("agent_preps")
    owners = [c for c in act.children if c.dep_ == "poss"] + [c for prep, c in prep_args(act) if prep in of]
    got = next(filter(None, (np_actor(st, o) for o in owners)), None)
    # a leader's announcement is his own act, not his organisation's
    return (got[2], got[1], None) if got is not None and got[2] is not None else got
