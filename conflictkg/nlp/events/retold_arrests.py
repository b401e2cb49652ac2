"""An arrest told again by a definite description of the one held: "X, présenté comme le numéro
deux d'Al-Qaida, a été arrêté samedi. Le haut responsable du réseau a été arrêté avec quatre autres
militants dans la zone de Y". The definite leader noun (``leader_nouns``) the passive arrests names
no new group member: it refers back to the person whose arrest the article told last, so the arrest
is that person's, by whom that arrest was told to be by."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import SUBJ_PASS, first_child


def retold_arrest(st: DocState, e: EventRecord) -> EventRecord:
    """``e`` with the person arrested before as its target (and that arrest's actor) when its
    passive subject is a definite singular leader noun and its target is no person."""
    if st.actors.get(e["target"] or "", {}).get("kind") == "person":
        return e
    subj = first_child(st.doc[e["pred"]], SUBJ_PASS)
    if subj is None or subj.lemma_.lower() not in st.lex.group("leader_nouns"):
        return e
    definite = any(c.dep_ == "det" and "Def" in c.morph.get("Definite", []) for c in subj.children)
    if not definite or "Plur" in subj.morph.get("Number", []):
        return e
    held = next((d for d in reversed(st.done) if _person_arrested(st, d, e)), None)
    return {**e, "target": held["target"], "actor": held["actor"]} if held is not None else e


def _person_arrested(st: DocState, told: EventRecord, e: EventRecord) -> bool:
    kind = st.actors.get(told["target"] or "", {}).get("kind")
    same = told["type"] == e["type"] == "COERCE" and told["cameo"] == e["cameo"]
    return same and kind == "person" and told["pred"] != e["pred"]
