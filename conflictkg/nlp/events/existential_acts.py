"""An act told by its being, "there's shelling close to the school, says X", "there was fighting all
night": the expletive stands where a subject would, so no one named acts, never the speaker or the
subject of the clause it hangs on. A fight so told is the unnamed armed group's of the article's country,
as a fight told with no author is."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.actors import generic_id
from conflictkg.nlp.events.state import Actor, DocState


def existential(tok: Token) -> bool:
    """The verb ``tok`` has an expletive for its subject ("there's shelling")."""
    return any(c.dep_ == "expl" for c in tok.children)


def existential_author(st: DocState, tok: Token) -> Actor | None:
    """The unnamed armed group of the article's country for a fight told by its being; else none."""
    pred = st.lex.verbs.get(tok.lemma_.lower())
    if pred is None or pred.type not in VIOLENT_TYPES:
        return None
    return (generic_id(st, "armed", st.doc._.country), 0.55, None)
