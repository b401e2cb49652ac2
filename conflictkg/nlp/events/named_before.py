"""An armed-group anaphor ("the militants") with no act of an armed group told before
it: the one organisation named just before.

``actors._armed_before`` reads "the militants" as the non-state armed group whose act was told last.
A text may name the group without telling an act of it first ("Ansaru is active in Kano. The
militants attacked a police station in Kano."): then the anaphor is the non-state armed group (an
armed group or a militia named by a proper name, not an unidentified one nor a state's force) named
in its own sentence
before it or in the sentence before, when exactly one such group is named there; two groups named
leave it unresolved (the generic armed group of the country stays). A bare "the group" or "the
organisation" is read in nlp/events/organisation_anaphors.py."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp import generic
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.sentences import window_start

_ARMED_KINDS = frozenset({"armed_group", "militia"})


def armed_named_before(st: DocState, tok: Token) -> Actor | None:
    """The one non-state armed group named in ``tok``'s sentence before it or in the sentence
    before, else None."""
    start = window_start(tok.sent)
    words = st.lex.group("state_force_words")
    named: set[str] = set()
    for m in st.mentions:
        if m["start"] >= tok.i or m["end"] > tok.i:
            break
        if m["start"] < start or m["demonym"] or m["kind"] not in _ARMED_KINDS or m.get("anaphor"):
            continue
        a = st.actors.get(m["actor"])
        if a is None or generic.unidentified(str(a["id"])) or st.doc[m["head"]].pos_ != "PROPN":
            continue  # a name, not "troops" read as a state's army
        if any(w in str(a["name"]).lower() for w in words):
            continue
        named.add(str(a["id"]))
    return (named.pop(), 0.55, None) if len(named) == 1 else None
