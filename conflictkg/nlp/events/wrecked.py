"""Property destruction (ACLED's "Looting/property destruction"): a wrecking verb whose object is
property and that hits no party ("les jihadistes ont détruit des mausolées", "ont fait sauter un
pont", "ont incendié une école"), or a wrecking noun whose "de" complement is ("la destruction des
mausolées par X"), is coercion against property (COERCE, CAMEO 171), not a fight.
``wrecking_verbs``, ``wrecking_nouns`` and ``property_nouns`` are lexicon groups; a language without
them keeps its fights. A crowd wrecking property still riots (nlp/events/repression.py)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import PROPERTY_CAMEO, DocState, EventRecord
from conflictkg.nlp.syntax import OBJ, SUBJ_PASS, first_child, is_passive, prep_args


def wrecked(st: DocState, e: EventRecord) -> EventRecord:
    """``e`` as property destruction when its verb wrecks property and it has no target."""
    if e["type"] != "FIGHT" or e["target"] is not None:
        return e
    verb = st.doc[e["pred"]]
    words = st.lex.group("wrecking_nouns" if e["nominal"] else "wrecking_verbs")
    if verb.lemma_.lower() not in words:
        return e
    obj = _wrecked_of(st, verb) if e["nominal"] else _wrecked_thing(verb)
    if obj is not None and obj.lemma_.lower() in st.lex.group("collective_nouns"):
        obj = _wrecked_of(st, obj)  # "une dizaine de maisons", "plusieurs dizaines de véhicules"
    if obj is None or obj.lemma_.lower() not in st.lex.group("property_nouns"):
        return e
    return {**e, "type": "COERCE", "cameo": PROPERTY_CAMEO}


def _wrecked_thing(verb: Token) -> Token | None:
    """The object of the verb, or its subject in the passive ("des mausolées ont été détruits")."""
    if is_passive(verb):
        return first_child(verb, SUBJ_PASS)
    return first_child(verb, OBJ)


def _wrecked_of(st: DocState, noun: Token) -> Token | None:
    """The 'de' complement of a wrecking noun ("la destruction des mausolées")."""
    return next((c for prep, c in prep_args(noun) if prep in st.lex.group("of_preps")), None)
