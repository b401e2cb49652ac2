"""A bare definite organisation noun as an actor ("the group", "the outfit", "the organisation",
``anaphor_group_nouns``): the one non-state armed group named just before or in its own sentence.
"Lashkar-e-Taiba militants attacked a police post. The outfit later attacked an army camp", "Boko Haram
is active in Borno. The group attacked Nigerian troops". The noun, with a definite determiner and
nothing else of its own ("a rights organisation", "the outfit of Hafiz Saeed", "the group of
protesters" are not bare; "the groups" are more than one), stands for the one organisation named by a
name of its own (states, people, state forces and generic groups aside) from the start of the sentence
before to the end of its own, and is read only when that one is a non-state armed group. Another
organisation named there may be it ("Amnesty International said the organisation ..."; "the UN
condemned the attack by al-Shabaab, and the organisation called for ..."): it is ambiguous and names no
one — unless the noun is the subject of an act whose default actor is the unnamed armed group ("...,
and the organization later attacked the hotel"), which no organisation but an armed group does: then
only armed groups count. Two armed groups named leave it unresolved (the verb's other readings, or its
default group, stand). A party named in the noun's own clause is never what it stands for, wherever
else it is named ("clashes between Tahrir al-Sham and the organization", "the SDF attacked the
organization", "the organization attacked an SDF post": the other side; "the group" stands for a name
told in another clause or sentence, "Al-Shabaab stormed a base, and the group said ..."). A war
monitor's "the organization" attacking with no armed group named there (the group named only in an
earlier sentence of the article: "Islamic State fighters seized two villages. Heavy fighting continued.
The Observatory said the organization attacked an SDF post") is the one armed group the article named
before, the other side aside; two named leave it unresolved."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.events.named_armed import names_armed_group
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.sentences import window_start

_NOT_ORGANISATIONS = ("state", "person", "military", "police", "government")  # actor kinds
BARE_DEPS = frozenset({"case", "cc", "conj"})  # "the organization's men", "the group and X": still bare


def organisation_anaphor(st: DocState, tok: Token, default: str | None = None) -> Actor | None:
    """The armed group a bare "the group" / "the organisation" stands for, when only one fits; ``default``
    is the class of the default actor of the act ``tok`` is the subject of ("armed": only armed
    groups fit)."""
    nouns = st.lex.group("anaphor_group_nouns")
    if tok.pos_ not in ("NOUN", "PROPN") or tok.lemma_.lower() not in nouns or tok.i in st.covered:
        return None  # "against the Organization": the noun capitalised by itself is the same
    if "Plur" in tok.morph.get("Number", []):
        return None  # "the groups": more than the one named
    kids = [c for c in tok.children if c.dep_ not in BARE_DEPS]
    if len(kids) != 1 or kids[0].dep_ != "det" or not definite(kids[0]):
        return None  # "a rights organisation", "the outfit of Hafiz Saeed": not bare
    sent = tok.sent
    start = window_start(sent)
    own = clause_of(tok)
    near = [
        m for m in st.mentions if start <= m["start"] < sent.end and not m["demonym"] and not m.get("anaphor")
    ]
    # "clashes between HTS and the organization", "the organization attacked an SDF post": a party of
    # its own clause is another, wherever else it is named
    others = {str(m["actor"]) for m in near if clause_of(st.doc[m["head"]]).i == own.i}
    named: dict[str, bool] = {}  # the organisations named, and whether named as an armed group
    for m in near:
        actor_id = str(m["actor"])
        armed = names_armed_group(st, m)
        if actor_id not in others and _organisation(st, actor_id) and (default != "armed" or armed):
            named[actor_id] = named.get(actor_id, False) or armed
    if not named and default == "armed":
        return earlier_armed_group(st, start, others)
    if len(named) != 1:
        return None  # none, or another it may be ("the UN ... the organisation said")
    ((only, armed),) = named.items()
    return (only, 0.6, None) if armed else None


def earlier_armed_group(st: DocState, start: int, others: set[str]) -> Actor | None:
    """A war monitor's "the organization" attacking, with no group named near it: the one non-state
    armed group the article named earlier (before token ``start``), the other side aside."""
    earlier = {str(m["actor"]) for m in st.mentions if m["start"] < start and names_armed_group(st, m)}
    earlier -= others
    return (earlier.pop(), 0.55, None) if len(earlier) == 1 else None


def clause_of(tok: Token) -> Token:
    """The verb of the clause ``tok`` is in (the nearest verb above it, or its sentence's root)."""
    t = tok
    while t.pos_ not in ("VERB", "AUX") and t.head.i != t.i:
        t = t.head
    return t


def definite(det: Token) -> bool:
    """ "the", "this", "that": a definite article or a demonstrative (the tagger's features)."""
    return "Def" in det.morph.get("Definite", []) or "Dem" in det.morph.get("PronType", [])


def _organisation(st: DocState, actor_id: str) -> bool:
    return organisation_record(st.actors.get(actor_id))


def organisation_record(rec: dict[str, Any] | None) -> bool:
    """An organisation named by a name of its own: no state, person, state force or generic group."""
    return rec is not None and not rec.get("group") and rec.get("kind") not in _NOT_ORGANISATIONS
