"""People named with the country they come from: "two exiled dissidents from Egypt", "refugees from
Syria", "activists from Bahrain" are that country's civilians (protesters, rioters), as "Egyptian
dissidents" are, wherever they are. Only for the classes of unarmed people (groups.json
``takes_no_territory``): "troops from Chad" are already that state's forces, and an armed group's
"from" names where it came from, not whose it is. The prepositions: lexicon ``origin_preps``."""

from __future__ import annotations

from typing import Any

from conflictkg.knowledge.lexicon import Lexicon


def origin_preps(spec: dict[str, Any], lex: Lexicon) -> frozenset[str]:
    """The prepositions that name the country of a group of ``spec``'s class ("from"), or none."""
    return lex.group("origin_preps") if spec.get("takes_no_territory") else frozenset()
