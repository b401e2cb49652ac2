"""Property destruction (ACLED's "Looting/property destruction"): a wrecking verb whose object is
property and that hits no party ("les jihadistes ont détruit des mausolées", "ont fait sauter un
pont", "ont incendié une école") is coercion against property (COERCE, CAMEO 171), not a fight.
``wrecking_verbs`` and ``property_nouns`` are lexicon groups; a language without them keeps its
fights. A crowd wrecking property still riots (nlp/events/repression.py)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import PROPERTY_CAMEO, DocState, EventRecord
from conflictkg.nlp.syntax import OBJ, SUBJ_PASS, first_child, is_passive


def wrecked(st: DocState, e: EventRecord) -> EventRecord:
    """``e`` as property destruction when its verb wrecks property and it has no target."""
    if e["type"] != "FIGHT" or e["target"] is not None or e["nominal"]:
        return e
    verb = st.doc[e["pred"]]
    if verb.lemma_.lower() not in st.lex.group("wrecking_verbs"):
        return e
    obj = _wrecked_thing(verb)
    if obj is None or obj.lemma_.lower() not in st.lex.group("property_nouns"):
        return e
    return {**e, "type": "COERCE", "cameo": PROPERTY_CAMEO}


def _wrecked_thing(verb: Token) -> Token | None:
    """The object of the verb, or its subject in the passive ("des mausolées ont été détruits")."""
    if is_passive(verb):
        return first_child(verb, SUBJ_PASS)
    return first_child(verb, OBJ)
