"""Event nouns that stand as events of their own though they are the subject of a lexicon verb
(which is otherwise the event: "le soutien turc a aidé le GNA"):

- a fight noun whose two-sided verb names no side ("des combats ont éclaté dans l'est d'Alep":
  nlp/events/unpaired_fights.py);
- an aid noun that names its receiver, as the subject of a verb of help whose object names no
  party ("The U.S. grant of $275,000 to the World Monuments Fund will support restoration of the old citadel",
  "A British grant to the World Food Programme will fund food deliveries in Yemen"): the verb only tells what
  the aid pays for, the noun's giver aids its receiver. A verb that names a party it helps
  ("the EU grant helped the refugees") is the event, as before.
"""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.events.unpaired_fights import unpaired_subject
from conflictkg.nlp.syntax import OBJ, SUBJ, prep_args

_AID_NOUN_TYPES = frozenset({"AID"})
_HELP_VERB_TYPES = frozenset({"AID", "SUPPORT"})


def standing_subject(st: DocState, tok: Token) -> bool:
    """Whether the event noun ``tok``, subject of a lexicon verb, is an event of its own."""
    return unpaired_subject(st, tok) or _aid_for_a_purpose(st, tok)


def _aid_for_a_purpose(st: DocState, tok: Token) -> bool:
    own, head = st.frames.get(tok.i), st.frames.get(tok.head.i)
    if tok.dep_ not in SUBJ or own is None or head is None or head.nominal or not own.nominal:
        return False
    if own.pred.type not in _AID_NOUN_TYPES or head.pred.type not in _HELP_VERB_TYPES:
        return False
    if any(np_actor(st, c) is not None for c in tok.head.children if c.dep_ in OBJ):
        return False  # "the grant helped the refugees": the verb's own event
    receivers = {r for r in own.pred.target if r != "obj"}
    return any(p in receivers and np_actor(st, c) is not None for p, c in prep_args(tok))
