"""Targets named inside what an event is about, not as its object.

- The agent of the act a verb takes: "rejected calls by X", "opened an investigation into abuses
  committed by X", "a rejeté la proposition faite par X": the act is X's, so the one rejected,
  investigated or condemned is X (the agent after an agent preposition on the noun, or on the
  participle describing it).
- The other side of a relation noun the predicate takes ("demanded a truce with X").
- The name qualifying a possessed noun ("urged its African Union partners to act"): the possessor
  is who acts, the name the other side.
- The party a protest is aimed at, named in what it demands or protests against, as whose act
  it protests ("in protest of X's decision"), who did what it protests ("the return of land
  seized by X") or from whom it demands ("to demand reforms from X", "independence from X").
  Whose release or rights are demanded ("demanding the release of X") is no such party, nor is
  who acts on the protest ("une manifestation dispersée par la police", nlp/events/undergone.py),
  nor who called it (``call_nouns``: "observed a shutdown in response to a strike call given by X",
  "on the call of X": X organised the protest, round protest82).
"""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import mention_actor
from conflictkg.nlp.events.state import Actor, DocState, Frame
from conflictkg.nlp.events.undergone import undergone
from conflictkg.nlp.syntax import case_of, prep_args

# the dependents of a protest that tell its purpose or its cause
_PURPOSES = frozenset({"advcl", "xcomp", "prep", "acl", "obl", "npadvmod", "ccomp"})


def object_agents(st: DocState, cands: list[Token]) -> list[Token]:
    """The agents of the common nouns among the target candidates (or of their participles), and
    the other side of a relation noun ("talks with X")."""
    agents, partners = st.lex.group("agent_preps"), st.lex.group("relation_partner_preps")
    out: list[Token] = []
    for n in (n for n in cands if n.pos_ == "NOUN"):
        if any(c.dep_ == "poss" for c in n.children):
            out.extend(
                c for c in n.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i in st.covered
            )
        if n.i in st.covered:
            continue
        holders = [n, *(a for a in n.children if a.dep_ in ("acl", "amod") and a.pos_ == "VERB")]
        out.extend(c for h in holders for prep, c in prep_args(h) if prep in agents)
        out.extend(c for prep, c in prep_args(n) if prep in partners)
    return out


def ranged_objects(st: DocState, verb: Token) -> list[Token]:
    """ "kidnapped up to 16 engineers": the parser reads "up" as the verb's particle and the
    counted noun as the object of "to"; that noun is the verb's object."""
    opens, to = st.lex.group("range_particles"), st.lex.group("range_preps")
    ups = [c for c in verb.children if c.dep_ == "prt" and c.lower_ in opens]
    nouns = [g for u in ups for p in u.children if p.lower_ in to for g in p.children if g.dep_ == "pobj"]
    return [g for g in nouns if any(x.dep_ == "nummod" for x in g.children)]


def protested_party(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    """The first actor a protest's purpose or cause names as its addressee (see the module)."""
    if f.pred.type != "PROTEST":
        return None
    parties = st.lex.group("protested_party_preps") | st.lex.group("agent_preps")
    tok = f.tok
    # "began a hunger strike to demand X", "went on strike over X": the verb holding the noun's
    holders = [tok, tok.head] if f.nominal and tok.head.pos_ in ("VERB", "ADP") else [tok]
    holders += [tok.head.head] if len(holders) == 2 and tok.head.pos_ == "ADP" else []
    purposes = [c for h in holders for c in h.children if c.dep_ in _PURPOSES and c.i > tok.i]
    # "une manifestation dispersée par la police": what the protest underwent, not what it protests
    purposes = [c for c in purposes if not (c.head.i == tok.i and c.dep_ == "acl" and undergone(st, c))]
    for c in purposes:
        for t in c.subtree:
            m = st.covered.get(t.i)
            if m is None or t.i != m["head"] or not _addressed(t, parties) or _caller(st, t, c):
                continue
            a = mention_actor(st, m, 0.6)
            if a[0] != actor_id:
                return a
    return None


def _addressed(t: Token, parties: frozenset[str]) -> bool:
    """A possessor of an act, or the object of a preposition of the party addressed (or the demonym
    qualifying it: "independence from Indonesian rule")."""
    if t.dep_ == "amod" and t.pos_ == "ADJ" and t.head.pos_ == "NOUN":
        t = t.head
    if t.dep_ == "poss" and t.head.pos_ == "NOUN":
        return True
    prep = t.head if t.dep_ == "pobj" else None
    if prep is not None:
        return ("by" if prep.dep_ == "agent" else prep.lower_) in parties
    return case_of(t) in parties


def _caller(st: DocState, t: Token, top: Token) -> bool:
    """``t`` hangs, below ``top``, on a noun of a call to protest ("a strike call given by X")."""
    calls = st.lex.group("call_nouns")
    while t.i != top.i and t.head.i != t.i:
        t = t.head
        if t.pos_ == "NOUN" and t.lemma_.lower() in calls:
            return True
    return False
