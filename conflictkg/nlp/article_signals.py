"""What a parsed article says about where it happens: the countries its actor mentions name and
its place names (read by :class:`conflictkg.nlp.extractor.Parsed` for the article's country)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from conflictkg.knowledge.lexicon import load_lexicon
from conflictkg.nlp.country_signs import names_a_currency, sign_countries
from conflictkg.nlp.source_seats import seated
from conflictkg.nlp.strikers import named_striker, named_struck
from conflictkg.nlp.topic_labels import COLONS
from conflictkg.nlp.venue_places import speaker_seat, venue_place

NAME_ENTS = frozenset({"GPE", "LOC", "FAC", "LIEU"})
DATELINE = 3  # a topic label names the story's place outright (home_country.py: a place, once more)


def country_counts(doc: Any, records: dict[str, Any]) -> Counter[str]:
    """Country names, counted twice where they are places ("en Libye"), three times as a headline's
    topic label ("Égypte : Mohamed Morsi élu président": the dateline, where the story happens);
    demonyms ("le ministre turc"), an actor's "of" ("forces of India"), a source's seat ("basé à
    Londres") and a speaker's capital ("the ministry in Moscow said") say who speaks, not where; a
    gathering's venue ("talks in Jeddah") is none either; people's origin ("migrants from Syria")
    weighs nothing, and so does a currency ("the US dollar"); a country's signs that are no place
    count once ("the Seray")."""
    of = load_lexicon(doc.lang_).group("of_preps") if doc.lang_ == "en" else frozenset()
    source = load_lexicon(doc.lang_).group("source_preps") if doc.lang_ == "en" else frozenset()
    counts: Counter[str] = Counter()
    aside = aside_names(doc)
    for m in doc._.actor_mentions or []:
        rec = records.get(m["actor"])
        head = doc[m["head"]]
        if m.get("camp"):
            continue  # "pro-Russian rebels": whose side they take, not where things happen
        # "US warplanes struck X", "attacked US forces in X": who, not where
        if rec and rec["country"] and (named_striker(head) or named_struck(head)):
            counts[rec["country"]] += 0
            continue
        if rec and rec["kind"] == "state" and rec["country"] and head.pos_ == "PROPN" and not seated(head):
            if head.i in aside:  # "the defence ministry in Moscow said", "met in London": not where
                continue
            if _feast_date(doc[head.i : head.i + 1]) or names_a_currency(head):  # "the US dollar"
                continue
            if (
                head.dep_ == "pobj"
                and head.head.lower_ in source
                and head.head.head.pos_ in ("NOUN", "PROPN")
            ):
                # "migrants from Afghanistan" say who, as "Afghan migrants" do, not where: a sign of
                # the country that weighs nothing (nor is it counted again as a bare country name)
                counts[rec["country"]] += 0
                continue
            locative = any(c.dep_ == "case" for c in head.children) or head.dep_ == "pobj"
            if head.dep_ == "pobj" and head.head.lower_ in of:
                locative = False
            counts[rec["country"]] += DATELINE if topic_label(head) else 2 if locative else 1
    counts.update(sign_countries(doc.text))  # "outside the Seray in Tripoli": Lebanon's
    return counts


def names_its_country(record: dict[str, Any]) -> bool:
    """A named actor's record whose country the text tells (a generic group's only when its own)."""
    return bool(record.get("country")) and (not record.get("group") or bool(record.get("own")))


def topic_label(head: Any) -> bool:
    """``head`` is the name a colon sets off alone as its sentence ("Syrie :", nlp/topic_labels.py)."""
    words = [t for t in head.sent if not t.is_space]
    return len(words) >= 2 and words[-1].text in COLONS and all(t.pos_ == "PROPN" for t in words[:-1])


def place_names(doc: Any) -> list[str]:
    """Place entities and runs of proper nouns ("Al Bayda", "Kasai-Oriental"); a feast after a
    preposition of time ("at Christmas") is a date, and a gathering's venue ("a conference in Paris")
    no sign of where the article is, none of them."""
    aside = aside_names(doc)
    out = [
        e.text
        for e in doc.ents
        if e.label_ in NAME_ENTS and not _feast_date(doc[e.start : e.end]) and e.root.i not in aside
    ]
    run: list[Any] = []
    for t in [*doc, None]:
        if t is not None and (t.pos_ == "PROPN" or (run and t.text == "-" and t.whitespace_ != " ")):
            run.append(t)
            continue
        if run and not _feast_date(doc[run[0].i : run[-1].i + 1]) and run[-1].i not in aside:
            out.append(doc[run[0].i : run[-1].i + 1].text)
        run = []
    return out


def aside_names(doc: Any) -> frozenset[int]:
    """The tokens of names that say where a gathering met ("talks in Jeddah", "met in London") or
    where the speaker of a reporting verb sits when a capital stands for its state ("the defence
    ministry in Moscow said"; "officials in Libya said" is still Libya): not where the article is."""
    records = doc._.actors or {}
    out = {t.i for t in doc if venue_place(t)}
    for m in doc._.actor_mentions or []:
        head, rec = doc[m["head"]], records.get(m["actor"])
        if rec and rec["kind"] == "state" and head.text != rec["name"] and speaker_seat(head):
            out.add(head.i)
    return frozenset(out)


def _feast_date(span: Any) -> bool:
    lex = load_lexicon(span.doc.lang_)
    before = span.doc[span.start - 1].lower_ if span.start else ""
    return span.text.lower() in lex.group("feast_names") and before in lex.group("feast_preps")


def known_countries(countries: Counter[str], records: dict[str, Any], names: list[str], gaz: Any) -> set[str]:
    """Countries the article gives any sign of: named, hinted, or the country of an actor named."""
    out = set(countries)
    out.update(str(r["country"]) for r in records.values() if r.get("country"))
    for name in dict.fromkeys(names):
        out.update(gaz.countries_of_name(name))
    return out
