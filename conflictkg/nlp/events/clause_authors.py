"""The author a clause of time names for an agentless attack: "two jawans were killed when Maoists
triggered an IED blast", "three policemen died after gunmen attacked their post". The killing told
in the passive with no agent is the act of whom the clause of time (opened by one of
``time_clause_marks``, on the verb or on a toll coordinated with it: "were killed and three injured
when") names: the actor of a violent event told in the clause, or the subject of a clause whose
verb is violent or whose object (or means: "blew up their vehicle with an IED") is a blast or an
explosive, or the agent of the participle on an explosive it names ("when their vehicle ran over an IED
planted by X", round case88). The unnamed armed group the passive
defaults to gives way to that actor when it is an armed organisation the text names. A named agent
stays ("were killed by soldiers when rebels attacked"), and a clause naming no such actor changes
nothing ("when a boiler exploded": nlp/events/accidents.py)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import OBJ, SUBJ, SUBJ_PASS, prep_args

TIME_CLAUSE_DEPS = frozenset({"advcl"})
CLAUSE_MARK_DEPS = frozenset({"mark", "advmod"})  # the parser hangs "when" either way
AUTHOR_KINDS = frozenset({"armed_group", "militia"})


def clause_authors(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` with each agentless passive attack of an unnamed armed group made the named actor's
    that its clause of time tells."""
    for e in events:
        if e["type"] not in VIOLENT_TYPES or e["nominal"] or not unnamed_armed(st, e["actor"]):
            continue
        pred = st.doc[e["pred"]]
        deps = {c.dep_ for c in pred.children}
        if not deps & SUBJ_PASS or "agent" in deps:
            continue
        author = next((a for c in _time_clauses(st, pred) if (a := _author(st, c, e, events))), None)
        if author is not None:
            e["actor"] = author
    return events


def unnamed_armed(st: DocState, actor_id: str) -> bool:
    """The unnamed armed group of a country (or of none), as an agentless attack gets."""
    return st.actors.get(actor_id, {}).get("group") == "armed"


def _time_clauses(st: DocState, pred: Token) -> list[Token]:
    marks = st.lex.group("time_clause_marks")
    told = [pred, *(c for c in pred.children if c.dep_ == "conj")]  # "were killed and three injured when"
    clauses = [c for v in told for c in v.children if c.dep_ in TIME_CLAUSE_DEPS]
    return [c for c in clauses if any(m.dep_ in CLAUSE_MARK_DEPS and m.lower_ in marks for m in c.children)]


def _author(st: DocState, clause: Token, e: EventRecord, events: list[EventRecord]) -> str | None:
    """The named actor of a violent event whose predicate lies in the clause, or the subject of a
    clause whose verb or object is violent ("triggered an IED blast"); not the attack's target."""
    inside = {t.i for t in clause.subtree}
    named = [x["actor"] for x in events if x is not e and x["pred"] in inside and x["type"] in VIOLENT_TYPES]
    if not named and _violent_clause(st, clause):
        got = np_actor(st, next((c for c in clause.children if c.dep_ in SUBJ), None))
        named = [got[0]] if got is not None else []
    layer = np_actor(st, _layer(st, clause))  # "when their truck hit an IED planted by X": who laid it
    named += [layer[0]] if layer is not None else []
    return next((str(a) for a in named if _named(st, a) and a != e["target"]), None)


def _violent_clause(st: DocState, clause: Token) -> bool:
    """A clause of a violent lexicon verb, or whose object is a blast or an explosive."""
    verb = st.lex.verbs.get(clause.lemma_.lower())
    if verb is not None and verb.type in VIOLENT_TYPES:
        return True
    blasts = st.lex.group("blast_subjects") | st.lex.group("explosive_means_words")
    means = st.lex.group("explosive_means_preps")  # "blew up their vehicle with an IED"
    objects = [t for c in clause.children if c.dep_ in OBJ for t in c.subtree]
    objects += [t for p, c in prep_args(clause) if p in means for t in c.subtree]
    return any(t.lemma_.lower() in blasts for t in objects)


def _layer(st: DocState, clause: Token) -> Token | None:
    """The agent of a participle on an explosive the clause names ("an IED planted by suspected
    al-Shabaab militants"), its noun."""
    blasts = st.lex.group("blast_subjects") | st.lex.group("explosive_means_words")
    for t in clause.subtree:
        if t.dep_ == "acl" and t.head.lemma_.lower() in blasts:
            agent = next((c for c in t.children if c.dep_ == "agent"), None)
            noun = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if noun is not None:
                return noun
    return None


def _named(st: DocState, actor_id: str) -> bool:
    """An armed organisation the text names: no generic group."""
    rec = st.actors.get(actor_id, {})
    return rec.get("group") is None and rec.get("kind") in AUTHOR_KINDS
