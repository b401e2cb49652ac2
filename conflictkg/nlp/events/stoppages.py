"""Work stoppages: "a hunger strike", "teachers staged a strike", "a strike by doctors". A strike noun
(``stoppage_nouns``) with one of ``stoppage_modifiers``, as the object of one of ``stoppage_verbs``, or
whose complement after one of ``stoppage_agent_preps`` is a ``stoppage_modifiers`` word (the people who
strike: workers, doctors, teachers, unions; round case84) is a protest (the lexicon noun "stoppage"),
not an attack ("a drone strike", "launched a strike", "a strike by drones")."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ, prep_args


def work_stoppage(st: DocState, tok: Token) -> bool:
    """Whether the noun ``tok`` is a strike read as a work stoppage."""
    lex = st.lex
    if tok.lemma_.lower() not in lex.group("stoppage_nouns"):
        return False
    mods = {c.lemma_.lower() for c in tok.children if c.dep_ in ("compound", "amod", "poss", "nmod")}
    verb = tok.head.lemma_.lower() if tok.dep_ in OBJ | {"nsubjpass"} else ""
    stopped = bool(mods & lex.group("stoppage_modifiers")) or verb in lex.group("stoppage_verbs")
    return stopped or _struck_by_workers(st, tok)


def _struck_by_workers(st: DocState, tok: Token) -> bool:
    """ "a strike by doctors": the people who strike named in the strike noun's complement."""
    preps, strikers = st.lex.group("stoppage_agent_preps"), st.lex.group("stoppage_modifiers")
    return any(p in preps and arg.lemma_.lower() in strikers for p, arg in prep_args(tok))
