"""Air strikes a state force tells of with no author ("L'armée affirme que des frappes aériennes ont
« neutralisé » une trentaine de terroristes"): its own. Who has aircraft to strike with is a state
or a coalition (``air_force_kinds``, or a force named by ``state_force_words``), so the strikes are
not the armed group's that acted last. An air strike is an attack noun with an air modifier
(``air_modifiers``)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.syntax import SUBJ, first_child


def strikes_told_by_force(st: DocState, tok: Token) -> Actor | None:
    """The state force telling of the air strike ``tok`` (the subject of the clause it reports)."""
    if not any(c.dep_ == "amod" and c.lemma_.lower() in st.lex.group("air_modifiers") for c in tok.children):
        return None
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
