"""The other side of talks the parser took from a noun: "Speaking nearly 12 months after the fall of
Mosul to ISIL terrorists, the minister said": "to ISIL terrorists" hangs on "Speaking" in the parse,
but it is the complement of "fall" right before it, a noun whose lexicon entry takes that preposition
("the fall of X to Y": Y the taker). A talk verb whose only partner comes from such a preposition has
no partner: no talks with ISIL (round enreal83)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, EventRecord

_CLIMB = 4  # "the fall of the city of Mosul to": from the noun before the preposition up to its head


def without_noun_held_partners(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` without the talks whose partner is a complement of a noun before it (the talk
    dropped when it needs a partner, else left with none)."""
    out = []
    for e in events:
        tok = st.doc[e["pred"]]
        entry = st.lex.verbs.get(tok.lemma_.lower())
        if e["nominal"] or e["target"] is None or entry is None or entry.type != "CONSULT":
            out.append(e)
            continue
        preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in entry.target]
        if not preps or not all(_noun_held(st, p, tok) for p in preps):
            out.append(e)
            continue
        if not entry.requires_target:
            e["target"] = None
            out.append(e)
    return out


def _noun_held(st: DocState, prep: Token, verb: Token) -> bool:
    """The preposition follows the phrase of a noun (under the verb) whose entry takes it."""
    if prep.i == 0:
        return False
    t = st.doc[prep.i - 1]
    for _ in range(_CLIMB):
        if t.i == verb.i or not (verb.i < t.i < prep.i):
            return False
        entry = st.lex.nouns.get(t.lemma_.lower()) if t.pos_ == "NOUN" else None
        if entry is not None and prep.lower_ in {*entry.actor_preps, *entry.target}:
            return True
        t = t.head
    return False
