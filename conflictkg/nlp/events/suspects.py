"""Suspects arrested: "l'arrestation de trois hommes qui auraient pris part à l'enlèvement de X",
"la police a interpellé trois hommes qui ont commis l'attentat". People a relative clause on the
arrested says took part in an attack, or committed it (lexicon ``participation``,
``authorship_verbs``), are that attack's authors, not civilians: the arrest is of the attack's actor,
as ACLED codes an arrest of suspects."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import OBJ, SUBJ_PASS, prep_args

_CIVILIANS = "civilians"  # the class of groups.json the unnamed arrested are of


def arrested_suspects(st: DocState, e: EventRecord, events: list[EventRecord]) -> EventRecord:
    """``e`` with the authors of the attack its arrested civilians took part in as its target."""
    if e["type"] != "COERCE" or st.actors.get(e["target"] or "", {}).get("group") != _CIVILIANS:
        return e
    verbs = st.lex.group("participation") | st.lex.group("authorship_verbs")
    for noun in _arrested(st, st.doc[e["pred"]]):
        for rel in (c for c in noun.children if c.dep_.endswith("relcl")):
            for verb in (t for t in rel.subtree if t.pos_ == "VERB" and t.lemma_.lower() in verbs):
                inside = {t.i for t in verb.subtree if t.i != verb.i}
                author = next(
                    (o["actor"] for o in events if o["type"] in VIOLENT_TYPES and o["pred"] in inside), None
                )
                if author is not None and author != e["actor"]:
                    return {**e, "target": author}
    return e


def _arrested(st: DocState, pred: Token) -> Iterator[Token]:
    """The nouns naming who is arrested: an arrest noun's "de" complement, a verb's object or its
    passive subject, or the "de" complement of the noun a light verb takes ("procéder à
    l'arrestation de X")."""
    of = st.lex.group("of_preps")
    if pred.pos_ == "NOUN":
        yield from (c for prep, c in prep_args(pred) if prep in of)
        return
    for c in pred.children:
        if c.dep_ in OBJ | SUBJ_PASS:
            yield c
        if c.pos_ == "NOUN" and (c.dep_ in OBJ or c.dep_.startswith("obl")):
            yield from (n for prep, n in prep_args(c) if prep in of)
