"""An event noun a party's concern is about ("Kenya expressed concern over the fighting in Somalia",
"is worried about the clashes", "a exprimé sa préoccupation face aux combats au Mali"): the party
speaks about the act; it does not take part in it. Lexicon ``concern_words``: a concern noun or
adjective on the way up from the event noun to its clause (or the object of that clause's verb, when
the parser hangs the preposition on the verb). The event is dropped when its actor is the concerned
party (the clause's subject): a fight whose sides are named ("concern over clashes between X and Y")
stands as theirs."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import OBJ, SUBJ, first_child

_ANCHOR_DEPS = OBJ | {"acomp", "xcomp", "attr"}


def without_concern_objects(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    return [e for e in events if not (e["nominal"] and _speaker_concern(st, e))]


def _speaker_concern(st: DocState, e: EventRecord) -> bool:
    clause = _concern_clause(st, st.doc[e["pred"]])
    if clause is None:
        return False
    subj = first_child(clause, SUBJ)
    got = np_actor(st, subj) if subj is not None else None
    return got is not None and got[0] == e["actor"]


def _concern_clause(st: DocState, noun: Token) -> Token | None:
    """The clause head whose concern word the event noun completes, if it does."""
    words = st.lex.group("concern_words")
    t, seen = noun, False
    for _ in range(4):
        if t.head.i == t.i:
            break
        t = t.head
        if t.pos_ in ("NOUN", "ADJ") and t.lemma_.lower() in words:
            seen = True
            if first_child(t, SUBJ) is not None:
                return t  # "Le Niger est préoccupé par ...": the adjective heads the clause
        elif t.pos_ in ("VERB", "AUX"):
            own = any(c.dep_ in _ANCHOR_DEPS and c.lemma_.lower() in words for c in t.children)
            return t if seen or own else None
    return None
