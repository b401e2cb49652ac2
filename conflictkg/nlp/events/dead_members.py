"""The groups a toll's dead belong to: "a bombing killed 12 people on Monday, including 5 members of the
regime forces". A killing whose 'including' list (``casualty_list_preps``, on the verb or on its
victims) names an armed group, or the members (``member_nouns``, then ``member_preps``: 'of', 'from')
of one, or a count of one ('23 of the army'), hit that group: a fight with it as the target, not an
assault on civilians (the people are civilians only when no group is named)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import FIGHTING_KINDS, Actor, DocState, Frame
from conflictkg.nlp.syntax import OBJ, SUBJ_PASS, prep_args


def dead_members(st: DocState, f: Frame) -> Actor | None:
    """The armed group the 'including' list of the killing ``f`` names, if any."""
    if f.nominal or f.pred.civilian_type is None:
        return None
    tok = f.tok
    holders = [tok, *(c for c in tok.children if c.dep_ in OBJ or c.dep_ in SUBJ_PASS)]
    words = st.lex.group("casualty_list_preps")
    for holder in holders:
        for prep, named in prep_args(holder):
            if prep not in words:
                continue
            group = _group_of(st, named)
            if group is not None:
                return group
    return None


def _group_of(st: DocState, noun: Token) -> Actor | None:
    """The armed actor a noun is, or whose members it counts ("5 members of the regime forces")."""
    members, of = st.lex.group("member_nouns"), st.lex.group("member_preps")
    heads = [noun]
    if noun.lemma_.lower() in members or noun.lower_ in members or noun.like_num:  # "23 of the army"
        heads = [g for p, g in prep_args(noun) if p in of]
    for head in heads:
        m = st.covered.get(head.i)
        a = st.actors.get(m["actor"]) if m is not None else None
        if m is not None and a is not None and a.get("kind") in FIGHTING_KINDS:
            return (m["actor"], 0.0, None)
    return None
