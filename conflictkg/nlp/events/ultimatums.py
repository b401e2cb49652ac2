"""An ultimatum: an attack announced on a condition another side can meet ("les militants
exécuteraient les otages à moins que le gouvernement italien rappelle ses soldats", "they would kill
the hostages unless France withdrew its troops") is no attack told but a threat against that side,
the subject of the condition (lexicon group unless_phrases: the words opening it)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import THREAT_CAMEO, DocState, EventRecord
from conflictkg.nlp.syntax import SUBJ, first_child


def ultimatums(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    demanded: set[int] = set()  # "à moins que X retire ses soldats": the act asked, not done
    for e in events:
        if e["type"] not in ("FIGHT", "ASSAULT") or e["nominal"]:
            continue
        side = conditioned_side(st, st.doc[e["pred"]])
        if side is not None and side != e["actor"]:
            e["type"], e["cameo"], e["target"] = "THREATEN", THREAT_CAMEO, side
            e["modality"] = "reported" if e["modality"] == "reported" else "asserted"
            demanded |= {t.i for t in condition_clauses(st, st.doc[e["pred"]])}
    return [e for e in events if e["pred"] not in demanded]


def conditioned_side(st: DocState, pred: Token) -> str | None:
    """The actor subject of the 'unless' clause on ``pred``: the clause a word of unless_phrases
    marks ("unless France withdrew"), or the one under the fixed phrase ("à moins que X retire")."""
    for cond in condition_clauses(st, pred):
        subj = first_child(cond, SUBJ)
        got = np_actor(st, subj) if subj is not None else None
        if got is not None:
            return got[0]
    return None


def condition_clauses(st: DocState, pred: Token) -> list[Token]:
    """The verbs of the 'unless' clauses on ``pred``."""
    phrases = st.lex.group("unless_phrases")
    found: list[Token] = []
    for c in pred.children:
        if any(m.dep_ == "mark" and m.lower_ in phrases for m in c.children):
            cond: Token | None = c
        elif " ".join([c.lower_, *(f.lower_ for f in c.children if f.dep_ == "fixed")]) in phrases:
            # the clause under the phrase, or hung on the verb right after it ("à" fixed on the verb)
            after = [v for v in pred.children if v.dep_ in ("ccomp", "advcl") and v.i > c.i]
            cond = next((v for v in [*c.children, *after] if v.pos_ in ("VERB", "AUX")), None)
        else:
            continue
        found += [cond] if cond is not None else []
    return found
