"""A meeting that is the purpose of a trip is its traveller's (CAMEO 042, make a visit; PLOVER
CONSULT): "the Iraqi foreign minister arrived in Tehran for talks with Iranian leaders", "returned
to Baghdad for more talks with Iraqi officials", "left for Beijing on an official visit". The
consultation noun (a lexicon noun of type CONSULT) hangs on a purpose preposition
(trip_purpose_preps) of a verb of going or being somewhere (trip_verbs), or of leading or sending a
delegation (delegation_verbs with a delegation_nouns object: "will lead a delegation to Berlin for a
meeting with X"); the traveller is that verb's subject, as a light verb's subject holds the talks it
carries."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ

CONSULT = "CONSULT"


def trip_of(st: DocState, tok: Token) -> Token | None:
    """The verb of the trip whose purpose the consultation noun ``tok`` is, else None."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in st.lex.group("trip_purpose_preps"):
        return None
    pred = st.lex.nouns.get(tok.lemma_.lower())
    verb = tok.head.head
    if pred is None or pred.type != CONSULT or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.lemma_.lower() in st.lex.group("trip_verbs") or _delegation_sent(st, verb):
        return verb
    return None


def _delegation_sent(st: DocState, verb: Token) -> bool:
    """ "led a delegation to X", "sent a team to X": the verb's subject makes the trip."""
    nouns = st.lex.group("delegation_nouns")
    return verb.lemma_.lower() in st.lex.group("delegation_verbs") and any(
        c.dep_ in OBJ and c.lemma_.lower() in nouns for c in verb.children
    )
