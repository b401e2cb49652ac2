"""Who acts at home: with no place to go by, the article is about the country of the one actor it
names only when that actor acts at home. The police do ("police arrested two men": at home), and so
does a non-state armed group of the knowledge base with a country of its own ("the SDF advance and
control two villages", "HTS shells X": Syria's groups fight in Syria); a state's own forces (an
entry with an ``institution``, "Israeli warplanes struck X") or a state may act abroad, and a generic
group's country is only a guess."""

from __future__ import annotations

from typing import Any


def acts_at_home(told: list[dict[str, Any]], kb: Any) -> bool:
    """Whether one of the actor records ``told`` (each naming its country) acts in its own country."""
    return any(r["kind"] == "police" or _home_group(r, kb) for r in told)


def _home_group(record: dict[str, Any], kb: Any) -> bool:
    if record["kind"] != "armed_group" or record.get("group") or not record.get("country"):
        return False
    entry = kb.get(str(record["id"]))
    return entry is not None and not getattr(entry, "institution", None)
