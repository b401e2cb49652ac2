"""An act carried out by a verb that is also an event verb of its own: "a military operation executed
by coalition forces", "the raid was executed by special forces", "troops executed an operation
against X". A verb of ``executing_verbs`` (also in ``light``, so the noun takes its subject or agent)
whose object, passive subject or the noun its participle qualifies is an event noun of the lexicon
carries that noun's event (as "conducted an operation" does), no event of its own: no execution ("the
militants executed three soldiers" keeps it). Other light verbs that are event verbs ("fournir une
aide") keep their own reading."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ, SUBJ_PASS


def carried_act(st: DocState, f: Frame) -> bool:
    """Whether the verb frame ``f`` (no verb_object pair) is an executing verb carrying an event noun
    (no event of its own)."""
    verb, lemma = f.tok, f.tok.lemma_.lower()
    if f.noun is not None or lemma not in st.lex.group("executing_verbs"):
        return False
    carried = [c for c in verb.children if c.dep_ in OBJ or c.dep_ in SUBJ_PASS]
    if verb.dep_ in ("acl", "amod") and verb.head.i != verb.i:
        carried.append(verb.head)  # "an operation executed by X"
    return any(c.lemma_.lower() in st.lex.nouns for c in carried)
