"""An armed-group anaphor ("the militants") with no act of an armed group told before
it: the one organisation named just before.

``actors._armed_before`` reads "the militants" as the non-state armed group whose act was told last.
A text may name the group without telling an act of it first ("Ansaru is active in Kano. The
militants attacked a police station in Kano."): then the anaphor is the non-state armed group (an
armed group named by a name of its own, ``named_armed.names_armed_group``) named in its own sentence
before it or in the sentence before, when exactly one such group is named there; two groups named
leave it unresolved (the generic armed group of the country stays). A bare "the group" or "the
organisation" is read in nlp/events/organisation_anaphors.py."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.named_armed import names_armed_group
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.sentences import window_start


def armed_named_before(st: DocState, tok: Token) -> Actor | None:
    """The one non-state armed group named in ``tok``'s sentence before it or in the sentence
    before, else None."""
    start = window_start(tok.sent)
    named: set[str] = set()
    for m in st.mentions:
        if m["start"] >= tok.i or m["end"] > tok.i:
            break
        if m["start"] >= start and names_armed_group(st, m):
            named.add(str(m["actor"]))
    return (named.pop(), 0.55, None) if len(named) == 1 else None
