"""The unnamed crowd of a protest noun: "un rassemblement réunissant 5 000 personnes sur la place
X", "une manifestation a eu lieu à Bamako" name no protesters; as in English ("a protest was held
in X"), the article country's protesters (the noun's passive_actor) held it; but not a word of a
name ("le Rassemblement pour le Togo"), not one pointed back to ("cette manifestation") nor one
this crowd already held in the article ("la manifestation de mardi a dégénéré")."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import DEFINITE, generic_id
from conflictkg.nlp.events.own_kind_dead import killed_own_kind
from conflictkg.nlp.events.scenes import scene_holder
from conflictkg.nlp.events.sideless_fights import sideless_fight
from conflictkg.nlp.events.state import PURPOSE_TYPES, DocState, EventRecord, Frame
from conflictkg.nlp.events.toll_headlines import told_by_toll
from conflictkg.nlp.events.toll_participles import told_by_counted_toll
from conflictkg.nlp.events.untold_fights import untold_fight
from conflictkg.nlp.syntax import case_of, determined


def in_passing(tok: Token, type_: str) -> bool:
    """A violent nominal event or an arrest mentioned in a prepositional phrase ("following
    clashes", "killed in the fighting", "dans la crainte de son arrestation"), not one the clause
    tells ("clashes erupted", "a shoot-out took place", "l'arrestation de X a eu lieu à Gao")."""
    if tok.dep_ == "conj" and tok.head.i != tok.i:  # "slogans against the elite and the arrest of X"
        return in_passing(tok.head, type_)
    return type_ in ("FIGHT", "ASSAULT", "COERCE") and (tok.dep_ == "pobj" or case_of(tok) is not None)


def default_stands(st: DocState, f: Frame) -> bool:
    """Whether the default actor of an agentless nominal event acts (see the module's doc)."""
    tok, p = f.tok, f.pred
    # not "Casualties in an airstrike on X", "38 killed by shelling on X"
    # nor "X a été le théâtre de combats", where the scene noun tells them (nlp/events/scenes.py)
    told = told_by_toll(st, tok) or told_by_counted_toll(st, tok) or scene_holder(st, tok) is not None
    told = told or killed_own_kind(st, tok)  # "rebels were killed in clashes": the clashes are told
    if in_passing(tok, p.type) and not told:
        return False
    if tok.dep_ == "compound":  # "a detention centre", "an arrest warrant": a kind of thing, no event
        return False
    if sideless_fight(st, f):  # "Fighting continued in Syria": no side named, no event
        return False
    if untold_fight(st, tok, p.type):  # "a legal battle", "the battle for X": no one fights
        return False
    if p.type != "PROTEST":
        return True
    if tok.text[:1].isupper() and tok.i > tok.sent.start:
        return False  # a capitalised word inside a sentence: a name's
    if determined(tok, st.lex.group("demonstratives")):
        return False
    crowd = generic_id(st, p.passive_actor or "protesters", st.doc._.country)
    # "la manifestation a dégénéré", or a verbless sentence on it ("Un rassemblement pour réclamer X",
    # whose purpose nlp/events/purposes.py gives the protest told): the protest this crowd held
    retold = determined(tok, DEFINITE) or tok.dep_ == "ROOT"
    return not (retold and any(e["type"] == "PROTEST" and e["actor"] == crowd for e in st.done))


def one_protest_each(events: list[EventRecord]) -> list[EventRecord]:
    """One crowd's protest told twice in a sentence is one protest: "des manifestations à Quito, les
    manifestants réclamant la démission de X": the demand is the protest's target (no event of its
    own, as for "ont manifesté pour exiger X"); a protest noun with no target beside the same
    crowd's protest with one is that protest."""
    for e in events:
        if e["type"] != "PROTEST" or e["target"] is not None:
            continue
        demands = [d for d in events if d["type"] in PURPOSE_TYPES and d["actor"] == e["actor"]]
        aimed = [d for d in demands if d["target"] is not None]
        if len(aimed) == 1:
            e["target"] = aimed[0]["target"]
            events = [d for d in events if d is not aimed[0]]
    aimed_at = {e["actor"] for e in events if e["type"] == "PROTEST" and e["target"] is not None}
    return [
        e
        for e in events
        if not (e["type"] == "PROTEST" and e["nominal"] and e["target"] is None and e["actor"] in aimed_at)
    ]
