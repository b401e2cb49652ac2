"""A person named again by the surname alone ("Moussa Diarra ... M. Diarra"), or by the first name
alone when no one told bears it as a surname ("Omar Abu Anas ... Omar"): the same person as the
full name told before in the article, with the office or organisation that name was given ("le
ministre nigérien de la Défense, Moussa Diarra": Niger's)."""

from __future__ import annotations

from typing import Any

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.textkeys import key

HONORIFICS = shared_words("honorifics")


def _surname(text: str) -> str | None:
    """The one name left once an honorific is dropped ("M. Singh": "singh"); None for a full name."""
    words = [w for w in text.split() if w.lower() not in HONORIFICS]
    return key(words[0]) if len(words) == 1 else None


def carry_surnames(mentions: list[dict[str, Any]], actors: dict[str, dict[str, Any]]) -> None:
    """Points each discovered person mention named by a surname alone to the one person told before
    whose full name ends with it, and gives it that person's organisation and role (in place)."""
    full: dict[str, list[dict[str, Any]]] = {}  # surname -> earlier full-name mentions
    given: dict[str, list[dict[str, Any]]] = {}  # first name -> earlier full-name mentions
    held: dict[str, dict[str, Any]] = {}  # person -> the earlier mention that gave their organisation
    for m in sorted(mentions, key=lambda m: m["start"]):
        if m["kind"] != "person":
            continue
        if m["org"]:
            held.setdefault(m["actor"], m)
        elif m["actor"] in held:  # "le Premier ministre indien, X ... X a dit": still India's
            m["org"], m["role"] = held[m["actor"]]["org"], held[m["actor"]]["role"]
        name = str(actors.get(m["actor"], {}).get("name") or m["text"])
        words = [w for w in name.split() if w.lower() not in HONORIFICS]
        if len(words) > 1:
            full.setdefault(key(words[-1]), []).append(m)
            given.setdefault(key(words[0]), []).append(m)
            continue
        surname = _surname(m["text"])
        # "says Omar Abu Anas ... Omar was killed": a feature names a person again by the first name
        before = full.get(surname or "") or given.get(surname or "", [])
        if not m.get("discovered") or len({b["actor"] for b in before}) != 1:
            continue  # a known person, or two people of that name: left alone
        first = before[-1]
        m["actor"] = first["actor"]
        if first["org"] and not m["org"]:
            m["org"], m["role"] = first["org"], first["role"]
            held.setdefault(m["actor"], first)
