"""The group a group noun stands for when its "de" complement names a party: "les partisans de
l'opposition libanaise" (a group for X whose X is a party or armed group, groups.json side_kinds) is
X's own side and acts as X. A named armed group whose "de" complement names another armed group of the
knowledge base ("les talibans pakistanais du TTP", "les talibans du TTP") is that group: the name
after "de" is the narrower one, the noun before it what its men are called."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp import generic
from conflictkg.nlp.events.state import DocState, Mention
from conflictkg.nlp.syntax import prep_args

FRENCH_OF = shared_words("french_of_preps")


def side_mention(st: DocState, tok: Token, m: Mention) -> tuple[Mention, float] | None:
    """The mention ``tok`` (mentioned as ``m``) acts as, with its confidence, else None."""
    a = st.actors.get(m["actor"])
    if a is not None and a["kind"] == "armed_group" and _named(a):
        for prep, c in prep_args(tok):
            mc = st.covered.get(c.i)
            other = mc is not None and mc["kind"] == "armed_group" and mc["actor"] != a["id"]
            other = other and _named(st.actors.get(mc["actor"]) if mc is not None else None)
            if prep in FRENCH_OF and mc is not None and other:
                return mc, 0.85
    kinds = generic.classes().get(str(a.get("group")), {}).get("side_kinds", []) if a else []
    if not kinds:
        return None
    for prep, c in prep_args(tok):
        mc = st.covered.get(c.i)
        if prep in FRENCH_OF | st.lex.group("of_preps") and mc is not None and mc["kind"] in kinds:
            return mc, 0.75
    return None


def _named(a: dict[str, object] | None) -> bool:
    """An actor of the knowledge base by name, no generic group ("l'armée", "les rebelles")."""
    return a is not None and a.get("group") is None and not generic.unidentified(a["id"])
