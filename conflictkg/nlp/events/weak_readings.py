"""Two readings too weak to be an event.

A status told by a participle ("le gouvernement reconnu par les Nations unies", "the UN-recognised
government"): a verb of ``status_participles`` as a participle modifying a noun describes the noun,
not an act the text reports; its finite use ("la France a reconnu la Coalition") is the event
(PLOVER SUPPORT: granting diplomatic recognition).

Pronouns on both sides ("Ils les menaçaient"): the antecedent of each is a guess, and the two guesses
are not independent (the nearest group told before is often taken for both), so the event has no
party one can name. Not so for the subject of a relative clause opened by an object or oblique
relative pronoun ("une vidéo dans laquelle ils les menaçaient", "un message où ils le menacent"):
its antecedent is the agreeing subject, named by a noun, of the clause the relative hangs on
(``tree.bound_subject``), so only the object is left to a guess."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.events.tree import bound_subject
from conflictkg.nlp.syntax import OBJ, SUBJ


def weak_reading(st: DocState, f: Frame) -> bool:
    return not f.nominal and (_status_participle(st, f.tok) or _pronoun_parties(st, f.tok))


def _status_participle(st: DocState, tok: Token) -> bool:
    return (
        tok.dep_ in ("acl", "amod")
        and "Part" in tok.morph.get("VerbForm", [])
        and tok.lemma_.lower() in st.lex.group("status_participles")
    )


def _pronoun_parties(st: DocState, tok: Token) -> bool:
    pronouns = st.lex.group("pronouns")
    subj = [c for c in tok.children if c.dep_ in SUBJ]
    obj = [c for c in tok.children if c.dep_ in OBJ]
    both = bool(subj and obj) and all(c.pos_ == "PRON" and c.lower_ in pronouns for c in (*subj, *obj))
    return both and bound_subject(subj[0]) is None
