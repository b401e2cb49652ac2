"""Bombings by unconventional means: "killed two soldiers in a roadside bomb attack", "a car bomb
killed five policemen", "a suicide bomber attacked a checkpoint", "detonated an improvised explosive
device near a convoy". PLOVER types violence by its means, not by whom it hits: a suicide, car,
roadside or other non-military bombing is unconventional violence (ASSAULT, CAMEO 183), whoever the
dead are, where shelling, air strikes and gunfire between forces stay a FIGHT. A fight is such a
bombing when its predicate, its subject, its object or its means (``bombing_preps``: "in a bomb
attack") is a bombing noun (``bombing_nouns``) qualified by a word of unconventional means
(``bombing_modifiers``), or is a device named as such (``bombing_devices``: "an IED"). A bomb with
no such word ("a bomb exploded", "jets bombed X") may be dropped from the air: the fight stays one.
ACLED's sub-events of those bombings are Explosions/Remote violence, which either type fits."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.events.toll_twins import without_toll_twins
from conflictkg.nlp.syntax import OBJ, SUBJ, SUBJ_PASS, prep_args

BOMBING_CAMEO = "183"  # conduct suicide, car, or other non-military bombing
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
RELATIVE_DEPS = frozenset({"relcl", "acl:relcl"})


def bombings(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` with the fights carried out by an unconventional bombing made assaults, an attack
    and its toll participle then told once (nlp/events/toll_twins.py)."""
    return without_toll_twins(st, [_bombing(st, e) for e in events])


def _bombing(st: DocState, e: EventRecord) -> EventRecord:
    if e["type"] != "FIGHT":
        return e
    pred = st.doc[e["pred"]]
    if not any(_bomb(st, t) for t in (pred, *_arguments(st, pred))):
        return e
    return {**e, "type": "ASSAULT", "cameo": BOMBING_CAMEO}


def _arguments(st: DocState, pred: Token) -> Iterator[Token]:
    """The predicate's subject, object and means ("in a bomb attack", "with a car bomb"), and the
    noun a relative clause it heads qualifies ("an IED that killed three soldiers")."""
    if pred.dep_ in RELATIVE_DEPS:
        yield pred.head
    for c in pred.children:
        if c.dep_ in SUBJ or c.dep_ in SUBJ_PASS or c.dep_ in OBJ:
            yield c
    preps = st.lex.group("bombing_preps")
    yield from (n for p, n in prep_args(pred) if p in preps)


def _bomb(st: DocState, tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    if lemma in st.lex.group("bombing_devices") or tok.lower_ in st.lex.group("bombing_devices"):
        return True
    if lemma not in st.lex.group("bombing_nouns"):
        return False
    means = st.lex.group("bombing_modifiers")
    # "improvised" may be lemmatised as the verb "improvise": the word as written counts too
    return any(c.dep_ in MODIFIER_DEPS and {c.lemma_.lower(), c.lower_} & means for c in tok.children)
