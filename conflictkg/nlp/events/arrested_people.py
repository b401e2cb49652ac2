"""The person a person-targeted act (an arrest) takes when the object names a group and a person:
"X, chef d'Ansar Dine, a été arrêté", "un commandant taliban, X, a été arrêté": the person arrested,
not his group. A person named first stays: "detained Ekrem Imamoglu, the main rival of President
Erdogan" (round case84)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import Actor, DocState


def person_of(st: DocState, c: Token, got: Actor) -> Actor:
    """The person the object ``c`` names beside the actor ``got`` it resolved to, else ``got``."""
    if got[2] is not None:
        return (got[2], got[1], None)
    if st.actors.get(got[0], {}).get("kind") == "person":
        return got  # "X, a rival of President Y, was arrested": X, not the one his apposition names
    named = (st.covered.get(a.i) for a in c.children if a.dep_ == "appos")
    person = next((m for m in named if m is not None and m["kind"] == "person"), None)
    return (person["actor"], got[1], None) if person is not None else got
