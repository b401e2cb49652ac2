"""A bare "the organization" the article gives nothing to refer back to ("The fighting between the
organization and Tahrir al-Sham enters its second day", "The regime forces tighten their grip on the
organization"): a name a war's own reports give one group (``theatre_group_nouns``; who holds it, by
country and year, in data/kb/shared_names.toml: the Islamic State in Syria and Iraq). The noun is a
mention of a placeholder armed group marked with that name, which nlp/shared_names.in_their_theatre
reads once the article's year and each event's place are known: the holder there, else the unnamed
armed group of the place's country (no holder there, or the holder named apart in the same clause).
Only a definite singular noun with nothing of its own ("the organization's fighters", "the
organization near Raqqa" too; not "a rights organization", "the organization of X"), and only when
the article names no organisation before it, nor any in its sentence but the other parties of its
own clause ("clashes between HTS and the organization"): one named is what it refers back to
(nlp/events/organisation_anaphors.py)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.body_actors import placed_complement
from conflictkg.nlp.events.organisation_anaphors import BARE_DEPS, clause_of, definite, organisation_record
from conflictkg.nlp.generic import GenericEntry
from conflictkg.nlp.shared_names import MARK, ONLY

THEATRE_GROUP = "actor:organisation-of-the-theatre"
_UNNAMED = "armed"  # the generic class whose name the placeholder bears until it is read


def theatre_nouns(
    doc: Doc, mentions: list[dict[str, Any]], covered: dict[int, int], actors: dict[str, Any], lex: Lexicon
) -> list[Token]:
    """The bare theatre group nouns of ``doc`` that no organisation named before may stand for."""
    nouns = lex.group("theatre_group_nouns")
    out = []
    for t in doc:
        if t.i in covered or t.pos_ not in ("NOUN", "PROPN") or t.lemma_.lower() not in nouns:
            continue
        kids = [c for c in t.children if c.dep_ not in BARE_DEPS and not placed_complement(c, lex)]
        if "Plur" in t.morph.get("Number", []) or len(kids) != 1 or not definite(kids[0]):
            continue
        own = clause_of(t).i
        told = [
            m for m in mentions
            if m["start"] < t.sent.end and organisation_record(actors.get(m["actor"]))
            and not (m["start"] >= t.sent.start and clause_of(doc[m["head"]]).i == own)
        ]  # fmt: skip
        if not told:
            out.append(t)
    return out


def theatre_entry(t: Token) -> GenericEntry:
    """The placeholder entry of a theatre group noun (its record marked by ``mark_theatre``)."""
    name = "Unidentified Armed Group"
    return GenericEntry(THEATRE_GROUP, name, "armed_group", None, group=_UNNAMED, own=True)


def mark_theatre(actors: dict[str, Any], t: Token) -> None:
    """Mark the placeholder's record with the name it stands for, and as having no other reading."""
    rec = actors.get(THEATRE_GROUP)
    if rec is not None:
        rec[MARK], rec[ONLY] = t.lemma_.lower(), True
