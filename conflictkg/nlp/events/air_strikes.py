"""Air strikes a state force tells of with no author ("L'armée affirme que des frappes aériennes ont
« neutralisé » une trentaine de terroristes"): its own. Who has aircraft to strike with is a state
or a coalition (``air_force_kinds``, or a force named by ``state_force_words``), so the strikes are
not the armed group's that acted last. An air strike is an attack noun with an air modifier
(``air_modifiers``). Air strikes no one tells of and no one is named the author of ("des raids
aériens ont frappé Alep") are the forces of the article's country that it names, else that country's
military, as military craft with no owner are (``weapons.unowned_forces``); where that country's
forces fly no strikes (``strikeless_states``: "Gaza : trois morts dans des frappes aériennes"), the
unnamed actor's, never the military of the place where they fell."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.events.strikes_told import told_striker
from conflictkg.nlp.events.weapons import unowned_forces
from conflictkg.nlp.syntax import SUBJ, first_child


def _air(st: DocState, tok: Token) -> bool:
    return any(c.dep_ == "amod" and c.lemma_.lower() in st.lex.group("air_modifiers") for c in tok.children)


def unowned_air_strike(st: DocState, tok: Token) -> Actor | None:
    """ "des frappes aériennes ont frappé Alep", with no author: the country's state forces."""
    if not _air(st, tok) or str(st.doc._.country).lower() in st.lex.group("strikeless_states"):
        return None  # "Gaza : trois morts dans des frappes aériennes": never Palestine's forces
    return unowned_forces(st, tok)


def strikes_told_by_force(st: DocState, tok: Token) -> Actor | None:
    """The state force telling of the air strike ``tok`` (the subject of the clause it reports), or
    the author of the strikes of the same noun told before (nlp/events/strikes_told.py)."""
    if not _air(st, tok):
        return told_striker(st, tok)
    verb = tok.head
    if (
        tok.dep_ not in SUBJ
        or verb.dep_ != "ccomp"
        or verb.head.lemma_.lower() not in st.lex.group("reporting")
    ):
        return None
    teller = first_child(verb.head, SUBJ)
    m = st.covered.get(teller.i) if teller is not None else None
    a = st.actors.get(m["actor"]) if m is not None else None
    if a is None:
        return None
    name = str(a["name"]).lower()  # a state's forces are armed groups named as such ("Malian Armed Forces")
    if a.get("kind") not in st.lex.group("air_force_kinds") and not any(
        w in name for w in st.lex.group("state_force_words")
    ):
        return None
    return (str(a["id"]), 0.6, None)
