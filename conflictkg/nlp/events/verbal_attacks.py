"""Verbal attacks: "the opposition leader attacked the government in parliament", "the minister
attacked the opposition in a speech". A verb of attack (``verbal_attack_verbs``) done in or at a venue
of speech (``speech_venue_nouns``: a parliament, a speech, a press conference, an interview), in, at
or during it (``speech_venue_preps``, not "after his speech"), on the verb or on its object, attacks
with words: the "criticize" reading (ACCUSE), no fight, unless a force (``force_classes``) attacks.

A subject attacked ('came under attack from X': an entry whose target is its subject and whose actor a
phrase names) is attacked with words when that phrase names no force, no armed group and no state ("came
under attack from opposition lawmakers", "came under fire from traders"), or, with none, when the subject
is a body or office of government ("the government came under attack over the budget"): no event."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.hand_holders import complement_args
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ, SUBJ, first_child, prep_args

CRITICISM = "criticize"  # the lexicon verb read instead


def verbal_reading(st: DocState, f: Frame) -> Frame | None:
    """The criticism frame of an attack verb spoken in a venue of speech, else ``f``; None for a subject
    attacked with words."""
    if _attacked_with_words(st, f):
        return None
    if f.nominal or f.noun is not None or f.pred.type != "FIGHT" or CRITICISM not in st.lex.verbs:
        return f
    if f.tok.lemma_.lower() not in st.lex.group("verbal_attack_verbs"):
        return f
    subj = first_child(f.tok, SUBJ)
    if subj is not None and st.lex.generic.get(subj.lemma_.lower()) in st.lex.group("force_classes"):
        return f  # "gunmen attacked lawmakers in parliament": a force's attack is one
    venues, preps = st.lex.group("speech_venue_nouns"), st.lex.group("speech_venue_preps")
    holders = [f.tok, *(c for c in f.tok.children if c.dep_ in OBJ)]
    if not any(p in preps and g.lemma_.lower() in venues for h in holders for p, g in prep_args(h)):
        return f
    return Frame(f.tok, st.lex.verbs[CRITICISM])


_ARMED_KINDS = frozenset({"armed_group", "militia", "state", "coalition"})


def _attacked_with_words(st: DocState, f: Frame) -> bool:
    p = f.pred
    if f.nominal or f.noun is None or p.target != ("subj",) or not p.actor_preps or p.type != "FIGHT":
        return False
    phrases = [c for prep, c in [*prep_args(f.tok), *complement_args(f.tok, p.noun_complement)]
               if prep in p.actor_preps]  # fmt: skip
    if phrases:
        return not any(_armed(st, c) for c in phrases)
    subj = first_child(f.tok, SUBJ)
    bodies = st.lex.group("placed_government_nouns")
    return subj is not None and (subj.lemma_.lower() in bodies or subj.lemma_.lower() in st.lex.roles)


def _armed(st: DocState, tok: Token) -> bool:
    """A force, an armed group or a state: by the generic class of the noun (or of it with a modifier:
    'security forces'), or by the kind of the actor a mention on it names."""
    for t in tok.subtree:  # "at the hands of the militants": the holder's noun
        lemma = t.lemma_.lower()
        keys = [lemma, *(f"{c.lower_} {lemma}" for c in t.children if c.dep_ in ("amod", "compound"))]
        if any(st.lex.generic.get(k) in st.lex.group("force_classes") for k in keys):
            return True
    m = next((st.covered[t.i] for t in tok.subtree if t.i in st.covered), None)
    return m is not None and st.actors.get(m["actor"], {}).get("kind") in _ARMED_KINDS
