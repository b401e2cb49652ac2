"""An unnamed government ("the government", "les autorités") in an article whose country is not
decided: mentions (nlp/mentions.py) leave it unresolved, since a lone small place (Kidal, Gao) may be
a namesake elsewhere. As the subject of a verbal event it is the state of the country of the event's
resolved place (nlp/extractor.py, once the place is resolved), as generic groups are scoped there;
an event whose place resolves to no country has no actor then, and is dropped. A government named
with a country or an owner ("the Malian government", "les avions du régime") is not this one. "The
regime" (``regime_nouns``) is such a government too, whose violent acts are its army's
(nlp/events/ruling_agents.py: "The regime shells Douma" alone, the army of Syria), and so are its
forces and its weapons ("the regime's warplanes shelled X": the possessor acts)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.syntax import SUBJ, first_child, is_passive, prep_args

PLACEHOLDER = "actor:government-of-the-place"
REGIME = "actor:regime-of-the-place"  # "the regime": the same, whose violent acts are its army's
PLACEHOLDERS = frozenset({PLACEHOLDER, REGIME})
_OWNER_DEPS = frozenset({"amod", "nmod", "compound", "poss", "appos", "flat"})  # "Mali's government"
_FRENCH_OF = shared_words("french_of_preps")
_FORCE_CLASSES = frozenset({"military", "armed", "militia"})  # generic classes of armed forces


def placed_government(st: DocState, tok: Token) -> list[Actor]:
    """The placeholder actor of a verbal event whose subject is an unresolved government noun."""
    subj = first_child(tok, SUBJ)
    if subj is None or is_passive(tok):
        return []
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lemma_.lower() in st.lex.group("regime_nouns") and _forces(st, subj):
        subj = owner  # "the regime's warplanes shelled X": the regime's own act
    if subj.i in st.covered:
        return []
    words = st.lex.group("placed_government_nouns")
    if subj.lemma_.lower() not in words and subj.lower_ not in words:
        return []
    of = st.lex.group("of_preps") | _FRENCH_OF
    if any(c.dep_ in _OWNER_DEPS for c in subj.children) or any(p in of for p, _ in prep_args(subj)):
        return []  # "the government of X", "le gouvernement malien": its owner is named, resolved or not
    aid = REGIME if subj.lemma_.lower() in st.lex.group("regime_nouns") else PLACEHOLDER
    st.actors.setdefault(aid, _record(aid))
    return [(aid, 0.6, None)]


def _forces(st: DocState, noun: Token) -> bool:
    """A noun of armed forces or of what they strike with ("forces", "warplanes", "helicopters")."""
    lemma = noun.lemma_.lower()
    return st.lex.generic.get(lemma) in _FORCE_CLASSES or lemma in st.lex.group("military_equipment")


def _record(aid: str) -> dict[str, Any]:
    return {
        "id": aid, "name": "Government", "kind": "state", "country": None, "wikidata": None,
        "aliases": [], "member_of": None, "role": None, "group": None, "own": False,
    }  # fmt: skip


def state_of_place(aid: str | None, iso3: str | None, kb: Any) -> str | None:
    """The id of the state the placeholder stands for in the country ``iso3`` (None: no place, no
    actor); any other actor is returned as it is."""
    if aid not in PLACEHOLDERS:
        return aid
    state = kb.state(iso3) if iso3 else None
    return str(state.id) if state is not None else None
