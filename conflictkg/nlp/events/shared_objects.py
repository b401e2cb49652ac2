"""The object two coordinated verbs share ("stormed and torched a police station", "ont attaqué et pillé
un poste"): the parser hangs it on the last verb only, the first one takes it too."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.syntax import OBJ, SUBJ, SUBJ_PASS


def shared_objects(verb: Token) -> list[Token]:
    """The objects of the verb coordinated after ``verb`` when ``verb`` has none of its own and the
    later verb no subject of its own (not "rebels attacked and the army shelled X")."""
    if verb.pos_ != "VERB" or any(c.dep_ in OBJ for c in verb.children):
        return []
    for c in verb.children:
        if c.dep_ != "conj" or c.pos_ != "VERB" or c.i < verb.i:
            continue
        if any(g.dep_ in SUBJ | SUBJ_PASS for g in c.children):
            return []
        return [g for g in c.children if g.dep_ in OBJ]
    return []
