"""The bracket that locates a place, read from the words: "took control of Al Amir (As Sawmaah, Al
Bayda)", where the parser takes "As" for a preposition and hangs the bracket on the verb, and "shelled
X village in western Yemen (Bajil, Al Hudaydah)", where ACLED's note sets the district and the
governorate after the country's name and the parser hangs the bracket on the country. Either way the
bracket is the place's hint ("X (District, Governorate)")."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState

_GAP = 2  # unit nouns between the name and "in" ("village"), words between "in" and the country ("western")


def country_bracket(st: DocState, ref: dict[str, Any], tok: Token) -> dict[str, Any]:
    """``ref`` with the bracket after "in [direction] COUNTRY" as its hints, when it has none of its
    own (or only that country as its container)."""
    doc, sent = tok.doc, tok.sent
    i = tok.i + 1
    while i < sent.end and i - tok.i <= _GAP and doc[i].is_lower and doc[i].lower_ != "in":
        i += 1  # "Al Jarr area in": the unit noun after the name
    if i < sent.end and doc[i].text == "(" and not ref.get("alt"):
        return _bracketed(st, ref, i)  # "Al Amir (As Sawmaah, Al Bayda)"
    if i >= sent.end or doc[i].lower_ != "in":
        return ref
    j = i + 1
    while j < sent.end and j - i <= _GAP + 1 and doc[j].is_lower and doc[j].is_alpha:
        j += 1  # "in western", "in the"
    country = []
    while j < sent.end and (m := st.covered.get(j)) is not None and m["kind"] == "state":
        country.append(doc[j].text)
        j += 1
    if not country or j >= sent.end or doc[j].text != "(":
        return ref
    if ref.get("alt") and ref["alt"] != " ".join(country):
        return ref  # a hint of its own ("X (Y) in Yemen")
    return _bracketed(st, ref, j)


def _bracketed(st: DocState, ref: dict[str, Any], j: int) -> dict[str, Any]:
    """``ref`` with the one or two names of the bracket opening at ``j`` as its hints; unchanged when the
    bracket holds anything else ("(coded as Southern Resistance)", "(20 km south)", an actor's name)."""
    doc, sent = st.doc, st.doc[j].sent
    parts: list[str] = []
    part: list[str] = []
    closed = False
    for t in doc[j + 1 : min(sent.end, j + 14)]:
        m = st.covered.get(t.i)
        if m is not None and m["kind"] != "state" and not m.get("discovered"):
            return ref  # "(QSD)": a party, not a place
        if t.text in (")", ","):
            parts.append(" ".join(part))
            part = []
            if t.text == ")":
                closed = True
                break
        elif t.is_alpha or t.text in ("-", "'"):
            part.append(t.text)
        else:
            return ref  # "(20 km south)", "(as reported)": no names
    names = [p.replace(" - ", "-") for p in parts if p and p[0].isupper()]
    if not closed or not names or len(names) != len(parts) or len(names) > 2:
        return ref
    return {**ref, "alt": names[0], "alt2": names[1] if len(names) > 1 else None}
