"""A fight noun that names no side and goes on ("Fighting continued in Syria", "clashes went on
near Aleppo"): with no side named on the noun, its verb or its clause, and no fight told before
whose sides it would go on with, it sums up a war rather than telling an event. Lexicon
``sideless_fight_nouns`` (English: "fighting", "clash") as the subject of ``continuation_verbs``
("continue", "go on"): their default armed group does not act, where fighting that breaks out or
rages somewhere ("Clashes erupted in X") stays the unnamed armed group's fight."""

from __future__ import annotations

from typing import TYPE_CHECKING

from conflictkg.nlp.events.fights_going_on import going_on_here
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ, SUBJ, prep_args

if TYPE_CHECKING:
    from spacy.tokens import Token


def sideless_fight(st: DocState, f: Frame) -> bool:
    """Whether the agentless nominal ``f`` is a fight noun going on, whose default group does not act."""
    tok = f.tok
    nouns = st.lex.group("sideless_fight_nouns")  # "Fighting" the tagger may read as the verb's gerund
    if f.pred.type != "FIGHT" or not (tok.lemma_.lower() in nouns or tok.lower_ in nouns):
        return False
    verb = tok.head
    particles = [c.lower_ for c in verb.children if c.dep_ in ("prt", "compound:prt", "advmod")]
    lemma, going = verb.lemma_.lower(), st.lex.group("continuation_verbs")
    if tok.dep_ not in SUBJ or not (lemma in going or any(f"{lemma} {p}" in going for p in particles)):
        return False
    if _tolled(st, verb):
        return False  # "Clashes continued in X and cause casualties": a fight with its toll is an event
    if going_on_here(st, f, verb):
        return False  # "Clashes continue in the countryside of Latakia": today's fight, at a place
    # "Fighting with the army continued": a side hung on the verb is named
    return not any(p in f.pred.target for t in (tok, verb) for p, _ in prep_args(t))


def _tolled(st: DocState, verb: Token) -> bool:
    """Whether a verb joined to ``verb`` or hung on it takes a toll noun ("and cause casualties",
    "leaving deaths")."""
    tolls = st.lex.group("toll_head_nouns")
    return any(
        o.dep_ in OBJ and o.lemma_.lower() in tolls
        for c in verb.children
        if c.dep_ in ("conj", "advcl") and c.pos_ == "VERB"
        for o in c.children
    )
