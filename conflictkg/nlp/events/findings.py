"""Who finds that an actor must act: a verb of concluding, finding or ruling (lexicon group
finding_verbs: "the forum concluded that X must pay", "the court ruled that X must leave", "le tribunal
a jugé que X devait partir") frames the obligation in its clause as a demand, as a reporting verb does
(nlp/events/intents.py, CAMEO 10); its subject is the one who asks."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.syntax import SUBJ, first_child, governors


def finder(st: DocState, tok: Token) -> Actor | None:
    """The subject of the finding verb whose clause ``tok`` heads or sits in, when it names an actor."""
    verbs = st.lex.group("finding_verbs")
    below = tok
    for g in governors(tok):
        if g.pos_ in ("VERB", "AUX") and g.lemma_.lower() in verbs:
            if below.dep_ != "ccomp":
                return None  # "ruled on the appeal": no clause found
            subj = first_child(g, SUBJ)
            return np_actor(st, subj) if subj is not None else None
        below = g
    return None
