"""Mob justice (ACLED's mob violence): a crowd that attacks a person it holds for a wrongdoer ("a mob
attacked a suspected thief") assaults that person; it does not riot, as it would by attacking no one
or property. The person, whom no actor names, stands for the civilians of the crowd's country."""

from __future__ import annotations

from conflictkg.nlp.events.actors import _generic
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import OBJ


def mob_justice(st: DocState, e: EventRecord) -> EventRecord | None:
    """The crowd's assault when the object of its targetless violent verb is a wrongdoer
    (``wrongdoer_nouns``: thief, robber), else None."""
    if e["type"] != "FIGHT" or e["target"] is not None or e["nominal"]:
        return None
    verb = st.doc[e["pred"]]
    wrongdoers = st.lex.group("wrongdoer_nouns")
    if not any(c.dep_ in OBJ and c.lemma_.lower() in wrongdoers for c in verb.children):
        return None
    country = st.actors.get(e["actor"], {}).get("country")
    rioters, civilians = _generic(st, "rioters", country), _generic(st, "civilians", country)
    return {**e, "type": "ASSAULT", "actor": rioters, "target": civilians}
