"""Whom a rejection of a document is aimed at: its author. "Le Mali a refusé d'entériner les
conclusions du rapport rédigé par les experts de l'ONU", "X a rejeté le texte présenté par Y",
"rejected the findings of the report drawn up by X": the report's author (the agent of its
participle, else its own 'de'/'of' complement) is who is rejected.
What a report found (``finding_nouns``: "les conclusions du rapport") leads to the report, a document
noun (``topic_nouns``); the object may be the verb's or that of the infinitive it embeds ("a refusé
d'entériner X"). Called from nlp/events/late_targets.late_target only, for a rejection that its own
arguments gave no target."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import agent_of, np_actor
from conflictkg.nlp.events.state import Actor, DocState, Frame
from conflictkg.nlp.syntax import OBJ, prep_args


def document_author(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    if f.pred.type != "REJECT":
        return None
    verbs = [f.tok, *(c for c in f.tok.children if c.dep_ == "xcomp" and c.pos_ == "VERB")]
    for obj in (c for v in verbs for c in v.children if c.dep_ in OBJ):
        document = _document(st, obj)
        got = _author(st, document) if document is not None else None
        if got is not None and got[0] != actor_id:
            return got
    return None


def _document(st: DocState, noun: Token) -> Token | None:
    """The document noun ``noun`` is, or whose findings it names ("les conclusions du rapport")."""
    of, findings = st.lex.group("of_preps"), st.lex.group("finding_nouns")
    for _ in range(3):
        if noun.lemma_.lower() in st.lex.group("topic_nouns"):
            return noun
        if noun.lemma_.lower() not in findings:
            return None
        nxt = next((c for prep, c in prep_args(noun) if prep in of), None)
        if nxt is None:
            return None
        noun = nxt
    return None


def _author(st: DocState, document: Token) -> Actor | None:
    """The agent of the participle on the document ("élaboré par X"), else its 'de' complement."""
    for c in document.children:
        if c.dep_ in ("acl", "amod") and c.pos_ == "VERB":
            got = agent_of(st, c)
            if got is not None:
                return got
    of = st.lex.group("of_preps")
    return next((got for prep, c in prep_args(document) if prep in of and (got := np_actor(st, c))), None)
