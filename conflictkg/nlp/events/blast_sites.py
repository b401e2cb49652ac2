"""The forces' site where an untargeted attack went off: "a car bomb exploded outside a police station",
"a suicide bomber blew himself up near a police station, killing five officers". A violent act that
names no target and whose place complement (``place_preps``, ``near_words``) is a site of a state
force (a generic group noun of the police or the military: 'police station', 'army post') was aimed at
that force, as an attack on the site is (events/force_sites.py); so is a toll told as a participle on
an act whose object is such a site ("torched a police station, killing two officers": the officers
are that force's, round casemiss89). A toll that names the victims comes
first ("..., killing two passers-by": the civilians), and a site of anyone else gives no target."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import prep_args

STATE_FORCE_CLASSES = frozenset({"police", "military"})


def blast_site_targets(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events``, each untargeted violent act that went off at a state force's site aimed at it."""
    # "..., killing three passers-by": the toll named whom the sentence's attack hit
    hit = {e["sent_start"] for e in events if e["type"] in VIOLENT_TYPES and e["target"] is not None}
    return [_aimed(st, e) if _untargeted(e) and e["sent_start"] not in hit else e for e in events]


def _hit_before(toll: Token, places: frozenset[str]) -> list[Token]:
    """ "torched a police station, killing two officers", "set fire to a police post, killing ...": the
    object of the act a toll's participle hangs on, or its complement of no place preposition, is the
    site the toll's act hit ("a crowd that gathered outside the police station, killing two": where
    the crowd was, not what it hit)."""
    if toll.dep_ != "advcl" or toll.tag_ != "VBG":
        return []
    hit = (site for prep, site in prep_args(toll.head) if prep not in places)
    return [*(c for c in toll.head.children if c.dep_ == "dobj"), *hit]


def _untargeted(e: EventRecord) -> bool:
    return e["type"] in VIOLENT_TYPES and e["target"] is None


def _aimed(st: DocState, e: EventRecord) -> EventRecord:
    preps = st.lex.group("place_preps") | st.lex.group("near_words")
    verb = st.doc[e["pred"]]
    for site in [*(site for prep, site in prep_args(verb) if prep in preps), *_hit_before(verb, preps)]:
        if site.pos_ != "NOUN":
            continue
        got = np_actor(st, site)
        record = st.actors.get(got[0], {}) if got is not None else {}
        if got is not None and got[0] != e["actor"] and record.get("group") in STATE_FORCE_CLASSES:
            return {**e, "target": got[0]}
    return e
