"""What agentless weapons were fired at: "rockets were fired at the airport", "shells were fired on
the town". The object of the predicate's target preposition is what was attacked, though it names no
actor and no place of the gazetteer: the unnamed armed group's attack stands. Fired into the air
(``skyward_nouns``) is no attack on anything."""

from __future__ import annotations

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import prep_args


def fired_on(st: DocState, f: Frame) -> bool:
    """The weapons of ``f`` were fired at something named ("at the airport"), not into the air."""
    sky = st.lex.group("skyward_nouns")
    return any(prep in f.pred.target and g.lemma_.lower() not in sky for prep, g in prep_args(f.tok))
