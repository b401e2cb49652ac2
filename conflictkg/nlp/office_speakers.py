"""Offices as speakers: "le ministère de l'Intérieur a condamné ...", "le président a accusé ...",
"le Premier ministre a dénoncé ..." name no country; in an article whose focus country is clear
(one country dominates the countries of its actor mentions), such an office noun (``office_nouns``)
as the subject of a speech verb (``office_speech_verbs``) is that country's government, as "le
gouvernement" alone is (``institution_owners.institutions``). An office a name, a demonym, a possessive or a
named country qualifies ("le président américain", "son ministre", "le président Traoré") is left
to the rules that read those. So is an office named after the verb that follows a quote ("« Ces
violences sont inacceptables », estime le ministère de l'Intérieur"): French puts the speaker there,
and any reporting verb (``reporting``, ``verdict_speech_verbs``) tells the speech. So is such an
office met, the object of a meeting verb (``office_partner_verbs``: "surrendered after meeting the
provincial governor in Goma")."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

_DOMINANCE = 2  # the focus country's mentions outnumber all others' together this many times
_INVERTED = ("obj", "nmod", "nsubj", "appos")  # the parser's readings of a subject after its verb
_PLACE_ENTS = ("LOC", "GPE")
_TOWN_KINDS = ("town", "city", "village")  # a local office's seat, never a country or region
_QUALIFIERS = ("amod", "nmod", "compound", "poss", "appos", "flat", "flat:name", "det", "nummod")


def office_speakers(
    finder: Any,
    doc: Doc,
    mentions: list[dict[str, Any]],
    covered: dict[int, int],
    actors: dict[str, Any],
    add: Any,
) -> None:
    """Add the focus country's state as the actor of each office noun speaking unqualified."""
    offices = finder.lex.group("office_nouns")
    verbs = finder.lex.group("office_speech_verbs")
    quoting = verbs | finder.lex.group("reporting") | finder.lex.group("verdict_speech_verbs")
    met = finder.lex.group("office_partner_verbs")
    todo = [
        t for t in doc
        if t.i not in covered and _speaking_office(t, offices, verbs, covered, quoting, met)
    ]  # fmt: skip
    todo = [t for t in todo if not _local_office(finder, doc, t, add)]
    if not todo:
        return
    counts: dict[str, int] = {}  # the countries of the actors named ("l'armée malienne": Mali)
    for m in mentions:
        a = actors.get(m["actor"])
        if a and a.get("country"):
            counts[a["country"]] = counts.get(a["country"], 0) + 1
    iso3 = finder.article_country(doc, mentions, covered, actors) or max(
        counts, key=lambda k: counts[k], default=None
    )
    if iso3 is None or not _dominant(iso3, counts):
        return
    state = finder.kb.state(iso3)  # the state entry itself, as "le pouvoir en place" takes it
    if state is None:
        return
    for t in todo:
        add([t], t, state)


def _local_office(finder: Any, doc: Doc, t: Token, add: Any) -> bool:
    """ "le préfet de Kidal", "le maire de Gao": the office of a town speaks for the state of that
    town's own country (the gazetteer's), whatever country the article is about."""
    gaz = finder.gazetteer
    of = finder.lex.group("of_preps")
    for c in t.children:
        if gaz is None or c.dep_ != "nmod" or c.pos_ != "PROPN" or c.ent_type_ not in _PLACE_ENTS:
            continue
        if not any(x.dep_ == "case" and x.lower_ in of for x in c.children):
            continue
        ent = next((e for e in doc.ents if e.start <= c.i < e.end), None)
        place = gaz.lookup(ent.text if ent is not None else c.text)
        if place is None or place.kind not in _TOWN_KINDS or not place.country:
            continue
        state = finder.kb.state(place.country)
        if state is not None:
            add([t], t, state)
            return True
    return False


def _speaking_office(
    t: Token,
    offices: frozenset[str],
    verbs: frozenset[str],
    covered: dict[int, int],
    quoting: frozenset[str],
    met: frozenset[str],
) -> bool:
    if t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() not in offices:
        return False
    subject = t.dep_.startswith("nsubj") and t.head.lemma_.lower() in verbs
    is_met = t.dep_ in ("dobj", "obj") and t.head.lemma_.lower() in met
    if not subject and not is_met and not _after_quote(t, quoting):
        return False
    for c in t.children:
        if c.dep_ not in _QUALIFIERS:
            continue
        if any(x.i in covered for x in c.subtree):
            return False  # "le président américain", "le président Traoré", "le ministre du Mali"
        if "Yes" in c.morph.get("Poss", []):
            return False  # "son ministre": another body's
    return True


def _dominant(iso3: str, counts: dict[str, int]) -> bool:
    """The focus country's actors outnumber all others' together (none named: the places decided)."""
    own = counts.get(iso3, 0)
    return own >= _DOMINANCE * (sum(counts.values()) - own)


def _after_quote(t: Token, verbs: frozenset[str]) -> bool:
    """The speaker named after a speech verb that follows a quote ("», estime le ministère", "», a
    déclaré le président"); the parser hangs it on the verb as its object, a modifier or the subject,
    and may read a present ("juge") as a noun."""
    verb = t.head
    if t.i <= verb.i or t.dep_ not in _INVERTED or not _speech(verb, verbs):
        return False
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ == "AUX":
        i -= 1
    before = [verb.doc[j].text for j in range(max(0, i - 1), i + 1)]
    return before[-1:] == ["»"] or before == ["»", ","]


def _speech(verb: Token, verbs: frozenset[str]) -> bool:
    if verb.pos_ in ("VERB", "AUX"):
        return verb.lemma_.lower() in verbs
    return verb.pos_ == "NOUN" and f"{verb.lower_}r" in verbs  # "», juge le ministère"
