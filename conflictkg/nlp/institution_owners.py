"""Whose an unnamed institution is: "l'armée", "the army", "le gouvernement" in an article about one country
are that country's. The country comes from the states and groups the sentence and article name (a state
named as a proper noun counts twice; the party named after the noun in its sentence, a state the sentence
faces, and a news agency's country ("ADDIS-ABEBA (AFP) - ...") are not its owner), else from the places
named; the same noun named before with its country ("le gouvernement libanais ... le gouvernement") keeps
that country."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from conflictkg.knowledge.kb_data import REPORTER_KINDS
from conflictkg.nlp.allegiant import loyal_to_named
from conflictkg.nlp.faced_states import faced_countries, unfaced_country
from conflictkg.nlp.incumbents import incumbent
from conflictkg.nlp.name_spans import adjective_after_noun, rebel_group
from conflictkg.nlp.onlooker_states import onlooker_countries


def institutions(
    finder: Any,  # the MentionFinder: its lex, kb, gazetteer and article_country
    doc: Doc,
    mentions: list[dict[str, Any]],
    covered: dict[int, int],
    actors: dict[str, Any],
    add: Any,
) -> None:
    """ "l'armée", "the army", "le gouvernement" in an article about one country: that country's."""
    nouns = finder.lex.group("institution_nouns")
    todo = [
        t
        for t in doc
        if (t.lemma_.lower() in nouns or incumbent(t, finder.lex))
        and t.i not in covered
        and t.pos_ in ("NOUN", "PROPN")
        and not adjective_after_noun(t)  # "une bande armée": armed, not the army
        and not loyal_to_named(t, finder.lex.group("allegiance_adjectives"), covered, mentions)
    ]
    if not todo:
        return
    counts: dict[str, int] = {}
    groups: dict[str, int] = {}  # armed groups' home countries: ISWAP's Nigeria in a note on Diffa
    # the other party named after it in its sentence ("Le gouvernement a expulsé l'ambassadeur
    # qatari") is not whose government it is
    after = range(todo[0].i + 1, todo[0].sent.end)
    for m in (m for m in mentions if m["start"] not in after):
        a = actors.get(m["actor"])
        if a and a["country"] and a["kind"] not in REPORTER_KINDS:  # "(AFP)": who reports, not whose
            weight = 2 if a["kind"] == "state" and doc[m["head"]].pos_ == "PROPN" else 1
            tally = groups if rebel_group(finder.kb, a) else counts
            tally[a["country"]] = tally.get(a["country"], 0) + weight
    # no state named: the country of the places named ("the army shelled ... around Aleppo")
    iso3 = max(counts, key=lambda k: counts[k]) if counts else None
    iso3 = iso3 or finder.article_country(doc, mentions, covered, actors)
    faced = faced_countries(doc, todo[0], mentions, actors)
    faced |= onlooker_countries(doc, todo[0], mentions, actors, finder.lex)  # "Kenya condemned"
    iso3 = None if iso3 in faced else iso3  # "accused Rwanda"
    iso3 = iso3 or (max(groups, key=lambda k: groups[k]) if groups else None)
    iso3 = unfaced_country(iso3, faced, doc, covered, finder.gazetteer)  # nor its groups' country
    state = finder.kb.state(iso3) if iso3 else None
    country = state.name if state is not None else ""
    for t in todo:
        if incumbent(t, finder.lex) and state is not None:  # "le pouvoir en place": the government
            add([t], t, state)
            continue
        owner = named_before(finder, doc, t, mentions, actors) or country
        for c in t.children:
            j = covered.get(c.i)
            if c.dep_ == "poss" and j is not None and mentions[j]["kind"] == "state":
                owner = str(actors[mentions[j]["actor"]]["name"])  # "Sudan's army"
            elif c.dep_ in ("amod", "nmod", "compound", "poss") and j is not None:
                owner = ""  # "l'armée malienne": resolved (or not) on its own
        if not owner:
            continue
        entry = finder.kb.resolve(f"{t.lemma_} {owner}", finder.lex.lang)
        if entry is not None and entry.kind == "state" and t.lemma_.lower() in finder.lex.generic:
            continue  # "l'armée" of a state the KB knows no army of: its generic military forces
        if entry is not None:
            add([t], t, entry)


def named_before(
    finder: Any, doc: Doc, t: Token, mentions: list[dict[str, Any]], actors: dict[str, Any]
) -> str | None:
    """ "le gouvernement libanais ... le gouvernement": the last same noun's country named before."""
    lemma = t.lemma_.lower()
    for m in reversed(mentions):
        if m["start"] >= t.i or doc[m["head"]].lemma_.lower() != lemma:
            continue
        a = actors.get(m["actor"])
        state = finder.kb.state(a["country"]) if a and a.get("country") else None
        if state is not None:
            return str(state.name)
    return None
