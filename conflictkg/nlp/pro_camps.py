"""A group noun named after the side it fights for: "pro-Hadi fighters", "pro-Russian separatists",
"les forces pro-Hadi", "les combattants fidèles à Hadi". The name after a ``camp_prefixes`` word and
its hyphen ("pro-X", "prorusses"), or after an allegiance adjective, is the camp; every group noun of
one camp is one actor:

- a state's camp ("pro-Russian") is no one's own name for the group: the group stays the unnamed
  armed group of where it fights, never of the state's country, and the state backs it (SUPPORT,
  nlp/events/camp_backers.py);
- any other camp (a leader, a movement: "pro-Hadi", "pro-Houthi") is the group: the organisation
  named, or the one its leader belongs to (Hadi: the Government of Yemen, as ACLED codes pro-Hadi
  forces as Yemen's military), the state's forces when he leads a state ("pro-Assad militias");
- the government's camp ("pro-government militias", "gunmen loyal to the regime") is the state's
  forces (``camp_class``).

A leader is often named by a surname too common to resolve alone ("Hadi"); after "pro-" it still
names the one KB person of that surname who belongs to an organisation."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.allegiant import loyal_to
from conflictkg.nlp.generic import generic_entry
from conflictkg.textkeys import key

_MODIFIERS = frozenset({"amod", "compound", "nmod", "npadvmod"})
_ARMED = frozenset({"armed", "islamist", "militia", "military"})  # generic classes that fight for a camp
CAMP_KEY = "ckg_state_camp_modifiers"  # doc.user_data: the indices of a state's camp words no mention covers


def camp_of(
    noun: Token, lex: Lexicon, kb: Any, covered: dict[int, int] | None = None
) -> tuple[Token, Any] | None:
    """The modifier naming the camp of group noun ``noun`` and the KB actor it names, if any."""
    prefixes = lex.group("camp_prefixes")
    for c in noun.children:
        if c.dep_ not in _MODIFIERS or c.i > noun.i + 1:
            continue
        suffixed = _suffixed_name(c, lex)  # "Iran-backed militias", "Ankara-loyal factions"
        name = suffixed.text if suffixed is not None else _prefixed_name(c, prefixes, kb)
        entry = _camp_entry(name, kb, lex) if name else None
        if entry is not None and (suffixed is None or entry.kind == "state"):
            return suffixed or c, entry
    served = loyal_to(noun, lex.group("allegiance_adjectives"))  # "fidèles à Hadi", named by no mention
    if served is not None and (covered is None or served.i not in covered) and served.pos_ == "PROPN":
        entry = _camp_entry(served.text, kb, lex)
        if entry is not None and entry.kind != "state":
            return served, entry
    return None


def camp_groups(
    doc: Doc,
    mentions: list[dict[str, Any]],
    covered: dict[int, int],
    lex: Lexicon,
    kb: Any,
    add: Callable[..., None],
) -> None:
    """Each uncovered group noun of a camp: the camp's actor, or (a state's camp) its modifier's
    mention marked ``camp``, so that it names neither the group's country nor the article's."""
    for t in doc:
        if t.i in covered or t.pos_ not in ("NOUN", "PROPN") or not _group_noun(t, lex):
            continue
        got = camp_of(t, lex, kb, covered)
        if got is None:
            _served_state(t, lex, covered, mentions)
            continue
        modifier, entry = got
        if entry.kind != "state":
            add([t], t, entry)
        elif modifier.i in covered:
            mentions[covered[modifier.i]]["camp"] = True
        else:  # "les milices prorusses": a demonym joined to "pro", which no mention covers
            doc.user_data.setdefault(CAMP_KEY, []).append(modifier.i)  # a list: msgpack takes no set


def camp_class(t: Token, lex: Lexicon, covered: dict[int, int], mentions: list[dict[str, Any]]) -> str | None:
    """The generic class of a group noun of a camp that names no one actor: a state's camp fights as
    an unnamed armed group ("pro-Russian militias" as "pro-Russian fighters"); the government's camp
    ("pro-government militias", ``camp_government_words``) as the state's forces."""
    if not _group_noun(t, lex):
        return None
    modifiers = [c for c in t.children if c.dep_ in _MODIFIERS]
    modifiers += [n for c in modifiers if (n := _suffixed_name(c, lex)) is not None]
    if any(mentions[covered[c.i]].get("camp") for c in modifiers if c.i in covered):
        return "armed"
    if any(c.i in t.doc.user_data.get(CAMP_KEY, ()) for c in t.children):
        return "armed"
    words, prefixes = lex.group("camp_government_words"), lex.group("camp_prefixes")
    named = (_prefixed_name(c, prefixes, None) for c in t.children if c.dep_ in _MODIFIERS)
    if any(n is not None and n.lower() in words for n in named):
        return "military"
    return "military" if _loyal_to_government(t, lex, covered) else None


def _loyal_to_government(t: Token, lex: Lexicon, covered: dict[int, int]) -> bool:
    """ "gunmen loyal to the regime", "forces loyal to the government": the government's camp told by an
    allegiance adjective, as "pro-government" tells it; a government some mention names ("loyal to
    the Assad regime", "to the Syrian government") is that mention's business."""
    served = loyal_to(t, lex.group("allegiance_adjectives"))
    if served is None or served.lemma_.lower() not in lex.group("camp_government_words"):
        return False
    return not any(x.i in covered for x in served.subtree)


def _group_noun(t: Token, lex: Lexicon) -> bool:
    """An armed group noun ("fighters", "milices"), or one of ``camp_nouns`` ("les forces")."""
    lemma = t.lemma_.lower()
    group = lex.generic.get(lemma) or lex.generic.get(t.lower_)
    return group in _ARMED or lemma in lex.group("camp_nouns")


def _suffixed_name(c: Token, lex: Lexicon) -> Token | None:
    """The name before the hyphen of a ``camp_suffixes`` modifier ("Iran - backed": Iran), if any."""
    doc, i = c.doc, c.i
    if c.lower_ not in lex.group("camp_suffixes") or i < 2 or doc[i - 1].text != "-":
        return None
    name = doc[i - 2]
    return name if name.head.i == i and (name.pos_ == "PROPN" or name.is_title) else None


def _prefixed_name(c: Token, prefixes: frozenset[str], kb: Any | None) -> str | None:
    """The name after "pro-" in modifier ``c``: "Pro - Hadi" as three words, "pro-Hadi" as one;
    joined with no hyphen ("prorusses"), only a demonym ("provincial" is none)."""
    doc, i = c.doc, c.i
    if i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in prefixes:
        return c.text
    for p in prefixes:
        if c.lower_.startswith(p + "-") and len(c) > len(p) + 2:
            return c.text[len(p) + 1 :]
        rest = c.text[len(p) :]
        if (
            kb is not None
            and c.lower_.startswith(p)
            and len(rest) > 2
            and kb.resolve_demonym(rest) is not None
        ):
            return rest
    return None


def _camp_entry(name: str, kb: Any, lex: Lexicon) -> Any:
    """The KB actor a camp's name names: a state (by name or demonym), an organisation, or the
    organisation of the person it names (by full name, or by a surname only one member bears)."""
    entry = kb.resolve_demonym(name) or kb.resolve(name, lex.lang)
    if entry is None:
        bearers = [e for e in kb.entries() if e.kind == "person" and e.member_of and _surname(e, name)]
        entry = bearers[0] if len(bearers) == 1 else None
    if entry is not None and entry.kind == "person":
        org = kb.get(entry.member_of) if entry.member_of else None
        if org is not None and org.kind == "state":  # "pro-Assad": the forces of the state he leads
            return generic_entry("military", org.country, org.name, kb, own=True)
        return org
    return entry


def _surname(e: Any, name: str) -> bool:
    k = key(name)
    return any(key(n).split()[-1:] == [k] for n in (e.name, *e.aliases) if len(key(n).split()) > 1)


def camp_named(span: list[Token], entry: Any, lex: Lexicon, kb: Any) -> Any:
    """``entry``, the KB's reading of name ``span``, unless it is the state of a camp word in the span
    ("Russia-loyal militias") or that state's own forces: the group only takes the state's side."""
    if entry is None or not (entry.kind == "state" or entry.institution):
        return entry
    for c in span:
        name = _suffixed_name(c, lex)
        state = kb.resolve_demonym(name.text) or kb.resolve(name.text, lex.lang) if name is not None else None
        if state is not None and state.kind == "state" and state.country == entry.country:
            return None
    return entry


def of_camp(x: Token, covered: dict[int, int], mentions: list[dict[str, Any]] | None) -> bool:
    """The mention covering ``x`` names the camp a group fights for ("Iran-loyal fighters"), not it."""
    return mentions is not None and x.i in covered and bool(mentions[covered[x.i]].get("camp"))


def _served_state(t: Token, lex: Lexicon, covered: dict[int, int], mentions: list[dict[str, Any]]) -> None:
    """A state a group noun is loyal to by name ("militias loyal to Iran"): its mention marked ``camp``,
    whose side the group takes, as "pro-Iranian" is, never where it fights."""
    served = loyal_to(t, lex.group("allegiance_adjectives"))
    if served is not None and served.pos_ == "PROPN" and served.i in covered:
        m = mentions[covered[served.i]]
        if m["kind"] == "state":
            m["camp"] = True
