"""A person named again by the surname alone where NER reads no person there ("Abu Ghadiya ...
Ghadiya was killed", NER: a nationality; "Knox Thames ... Special Advisor Thames will meet", NER:
nothing): the word is the person told before whose name of two words or more ends with it, when
exactly one such person (or a name told with a title: a role noun or ``person_title_words`` before
the word) was told. A word that already
names a known actor (the knowledge base's, or a place) is left alone, and so is one after an
honorific ("M. Aoun": nlp/surnames.py reads those)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import Lexicon, shared_words
from conflictkg.textkeys import key

HONORIFICS = shared_words("honorifics")
_NAME_PARTS = frozenset({"compound", "flat", "flat:name", "fixed"})  # inside a longer name
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY"})


def bare_surnames(doc: Doc, mentions: list[dict[str, Any]], covered: dict[int, int], lex: Lexicon) -> None:
    """Adds a mention of the person told before for each lone surname no mention covers (in place);
    a lone surname NER made an actor of its own of this article (``discovered``) is pointed to them."""
    told: dict[str, list[dict[str, Any]]] = {}  # surname -> the earlier mentions of full names
    ordered = sorted(mentions, key=lambda m: m["start"])
    j = 0
    for t in doc:
        while j < len(ordered) and ordered[j]["end"] <= t.i:
            m = ordered[j]
            words = m["text"].split()
            if len(words) > 1 and not m["demonym"] and m["kind"] in ("person", "organisation"):
                told.setdefault(key(words[-1]), []).append(m)
            j += 1
        if t.pos_ != "PROPN" or t.ent_type_ in _PLACE_LABELS or t.dep_ in _NAME_PARTS or t.is_upper:
            continue
        if any(c.lower_ in HONORIFICS for c in t.children) or t.head.lower_ in HONORIFICS:
            continue  # "M. Aoun": the honorific's surname, nlp/surnames.py's
        before = told.get(key(t.text), [])
        if len({b["actor"] for b in before}) != 1:
            continue
        first = before[-1]
        if first["kind"] != "person" and not _titled(t, lex):
            continue  # "the Islamic State ... State": a person's name only, or one with a title
        at = covered.get(t.i)
        if at is None:
            covered[t.i] = len(mentions)
            mentions.append({**first, "start": t.i, "end": t.i + 1, "head": t.i, "text": t.text})
        elif _lone(mentions[at], t) and mentions[at]["actor"] != first["actor"]:
            mentions[at].update(
                actor=first["actor"], kind=first["kind"], org=first["org"], role=first["role"]
            )


def _titled(t: Token, lex: Lexicon) -> bool:
    """ "Special Advisor Thames": a role noun or title word (``person_title_words``) before the name."""
    titles = lex.group("person_title_words")
    return any(
        c.dep_ == "compound" and c.i < t.i and (c.lower_ in lex.roles or c.lower_ in titles)
        for c in t.children
    )


def _lone(m: dict[str, Any], t: Token) -> bool:
    """A mention of this one word, an actor NER found in this article only."""
    return m["start"] == t.i and m["end"] == t.i + 1 and bool(m.get("discovered")) and not m["demonym"]
