"""The actor knowledge base: surface forms (FR/EN/transliterations, acronyms, demonyms, capitals,
people) → canonical actors.

Packaged data lives in ``conflictkg/knowledge/data/kb/``:

- states: every ISO 3166 country from pycountry (English and French names), plus
  ``countries.tsv`` (canonical short names and extra aliases), ``demonyms.tsv`` (adjectives and
  nouns, French forms inflected for gender and number) and ``capitals.tsv`` (capitals as metonyms);
- ``actors/*.toml``: curated organisations and people;
- ``heads.toml``: the head nouns of phrases such as "le ministère turc des Affaires étrangères".

User KB files (``KnowledgeBase.load(extra_files=[...])``) use the same TOML format as
``actors/*.toml`` (a ``.json`` file holding ``{"actor": [...]}`` works too)::

    [[actor]]
    name = "Tripoli Protection Force"      # canonical English name (required)
    kind = "armed_group"                   # state|government|armed_group|militia|igo|ngo|person|party|...
    country = "LBY"                        # ISO 3166 alpha-3, optional
    wikidata = "Q..."                      # optional
    aliases = ["TPF", "Force de protection de Tripoli"]
    # optional:
    id = "actor:tripoli-protection-force"  # default: "actor:" + slug(name)
    member_of = "Government of National Accord"   # a name or an id (people)
    role = "commander"
    period = "2015–2023"                   # when the role was held
    institution = "army"                   # army|government|police: what "the <country> army" resolves to
    area = "Donbas"                        # a curated region it operates in: ranks namesakes
    country_generic = ["paramilitary"]     # group nouns naming it in its own country only

A user entry with the id (or name) of a packaged one overrides its fields and adds its aliases.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from conflictkg.knowledge.fuzzy_pools import FuzzyPools
from conflictkg.knowledge.kb_data import (
    ActorEntry,
    Heads,
    actor_id,
    entry_of,
    kb_digest,
    merged_entry,
    packaged_base,
    read_actor_file,
)
from conflictkg.knowledge.spans import Span, name_span
from conflictkg.textkeys import key, norm

_LOCATIVE = {"en", "in", "a", "au", "aux", "at", "dans", "inside", "near", "pres", "vers", "into"}
_ALLEGIANCE = {"loyales", "loyaux", "loyale", "loyal", "fideles", "fidele", "allies", "allied", "affiliees"}
_PARTICLES = {"al", "el", "ad", "as", "ar", "ash", "ben", "bin", "ibn", "abu", "abou", "ould", "ag", "von",
              "van", "di", "da", "de", "del", "le", "ter"}  # fmt: skip
_MODIFIER_EN = re.compile(
    r"\b[\w'’.]+(?:[- ][\w'’.]+)?-(?:backed|based|linked|aligned|led|allied|affiliated|supported|sponsored|"
    r"recognised|recognized|run|controlled|held)\b",
    re.IGNORECASE,
)
_MODIFIER_FR = re.compile(
    r"\b(?:soutenu|appuy[ée]|affili[ée]|li[ée]|proche|alli[ée]|reconnu|financ[ée]|bas[ée]|"
    r"dirig[ée]|men[ée])e?s?\s+(?:par|à|a|au|aux|de|du|des)\b.*$",
    re.IGNORECASE,
)
_LABELLED = re.compile(r"^\s*([A-Z][A-Za-z0-9-]{1,9}):\s+(.+)$")
_DOTTED = re.compile(r"\b([A-Z])\.(?=[A-Z]\b)")  # "U.N.", "U.S.": one capital, a dot, one capital
_MIN_FUZZY_LEN = 5
_FUZZY_CUTOFF = 90.0
_ACRONYM_LEN = 4  # a word this short that differs from another is an acronym of its own
_ACRONYM_MAX = 4


def _is_acronym(alias: str) -> bool:
    letters = alias.replace(".", "").replace("-", "")
    return 2 <= len(letters) <= _ACRONYM_MAX and letters.isalpha() and letters.isupper()


# quotes never belong to a name: double ones anywhere ("Olive Branch” Factions"), single ones when they
# pair around words ("the ‘Nasr’ Brigade"), never a word's own apostrophe ("Hay'at", "Ra’s")
_DOUBLE_QUOTES = re.compile(r"[“”„‟«»\"″〝〞]")
_SINGLE_QUOTED = re.compile(r"(?<!\w)[‘'‚‛`](\w[^‘’'‚‛`]*?)[’'`](?!\w)")
_ELIDED = re.compile(r"^(?:[lLdD]['’]|(?:les|le|la|des|du|de|the|of|by)\s+)", re.IGNORECASE)


def _acronym_key(text: str) -> str:
    """Case-preserving: leading articles and punctuation gone ("l'ANL" → "ANL", "(LNA)" → "LNA")."""
    t = re.sub(r"['’]s?$", "", text.strip().strip('()[]«»".,;:!? '))
    while True:
        m = _ELIDED.match(t)
        if not m:
            break
        t = t[m.end() :]
    return t.replace(".", "").strip()


def _member_id(entries: dict[str, ActorEntry], ref: str | None) -> str | None:
    if not ref:
        return None
    if ref.startswith("actor:"):
        return ref
    return actor_id(ref)


# --- the knowledge base --------------------------------------------------------------------------


class KnowledgeBase:
    """Resolve actor mentions to canonical entries. Build with :meth:`load`."""

    def __init__(
        self, entries: dict[str, ActorEntry], demonyms: dict[str, str], heads: Heads, digest: str = ""
    ) -> None:
        self._entries = dict(entries)
        self._demonyms = demonyms
        self._heads = heads
        self.digest = digest  # of the files it was built from (see :func:`kb_digest`)
        self._discovered: dict[str, ActorEntry] = {}
        self._disc_keys: dict[str, str] = {}
        # resolve() memo while nothing is discovered: a pure function of the entries, so it is shared
        # by every view of this KB; after a discovery a view memoises in its own ``_doc_memo``
        self._memo: dict[str, ActorEntry | None] = {}
        self._doc_memo: dict[str, ActorEntry | None] = {}
        # _fuzzy() memo: a pure function of the entries' keys, shared by every view (it costs ~0.4 ms)
        self._fuzzy_memo: dict[str, str | None] = {}
        self._build()

    @classmethod
    def load(cls, extra_files: Sequence[Path] = ()) -> KnowledgeBase:
        if not extra_files:
            return _default_kb().for_document()
        base = packaged_base()
        entries = dict(base.entries)
        for path in extra_files:
            for row in read_actor_file(Path(path)):
                e = entry_of(row)
                entries[e.id] = merged_entry(entries.get(e.id), e)
        return cls(entries, base.demonyms, base.heads, kb_digest(extra_files))

    def for_document(self) -> KnowledgeBase:
        """This KB with an empty registry of discovered actors (the indexes are shared, not copied).

        Discoveries stay in the KB that made them, and a later resolve() there finds them; the NLP
        pipeline reads each article with its own view, so that no article's actors depend on which
        articles the process read before."""
        view = copy.copy(self)
        view._discovered = {}
        view._disc_keys = {}
        view._doc_memo = {}
        return view

    # indexes

    def _build(self) -> None:
        entries = self._entries
        for eid, e in list(entries.items()):
            if e.member_of:
                entries[eid] = replace(e, member_of=_member_id(entries, e.member_of))
        exact: dict[str, str] = {}
        acro: dict[str, str] = {}
        claims: dict[str, dict[str, None]] = {}  # acronym → the actors that have it, in order
        # priority: curated organisations and people override state names and capitals
        ordered = sorted(entries.values(), key=lambda e: 0 if e.kind == "state" else 1)
        for e in ordered:
            for alias in e.aliases:
                if _is_acronym(alias):
                    acro[alias.replace(".", "")] = e.id
                    claims.setdefault(alias.replace(".", ""), {})[e.id] = None
                else:
                    k = key(alias)
                    if k:
                        exact[k] = e.id
        # people are also found by surname ("Haftar"), when it names only one person
        surnames: dict[str, set[str]] = {}
        for e in entries.values():
            if e.kind == "person":
                for alias in e.aliases:
                    toks = key(alias).split()
                    if len(toks) >= 2:
                        cands = {toks[-1]}
                        if len(toks) >= 3 and toks[-2] in _PARTICLES:
                            cands.add(" ".join(toks[-2:]))  # "al-Sarraj", "Ag Ghaly", "Di Maio"
                        for cand in cands:
                            if len(cand) >= 4:
                                surnames.setdefault(cand, set()).add(e.id)
        for k, ids in surnames.items():
            if k in self._heads.ambiguous_surnames:
                continue
            if len(ids) == 1 and k not in exact and k not in self._demonyms:
                exact[k] = next(iter(ids))
        self._exact = exact
        self._acro = acro
        self._acro_rivals = {a: tuple(ids) for a, ids in claims.items() if len(ids) > 1}
        self._keys = list(exact)
        self._pools = FuzzyPools(self._keys, _FUZZY_CUTOFF)  # knowledge/fuzzy_pools.py
        # institution = "army", "government" or both ("army government")
        self._army = {
            e.country: e.id for e in entries.values() if "army" in (e.institution or "") and e.country
        }
        self._government = {
            e.country: e.id for e in entries.values() if "government" in (e.institution or "") and e.country
        }
        self._by_country_state = {e.country: e.id for e in entries.values() if e.kind == "state"}
        # the actors of one period each, by their name without its span ("Military Forces of Libya")
        self._dated: dict[str, list[tuple[Span, str]]] = {}
        for e in entries.values():
            span = name_span(e.name)
            if span is not None:
                self._dated.setdefault(key(span.base), []).append((span, e.id))
        self._folded: dict[str, str] = {}  # generic-word-folded key → curated organisation
        for k, aid in exact.items():
            if entries[aid].kind not in ("state", "person"):
                self._folded.setdefault(_disc_key(k), aid)

    # lookups

    @property
    def army_heads(self) -> frozenset[str]:
        """The head nouns of a country's forces ("forces", "troops", "army": heads.toml [army])."""
        return frozenset(self._heads.army)

    def get(self, actor_id: str) -> ActorEntry | None:
        return self._entries.get(actor_id) or self._discovered.get(actor_id)

    def entries(self) -> Iterable[ActorEntry]:
        yield from self._entries.values()
        yield from self._discovered.values()

    def state(self, iso3: str) -> ActorEntry | None:
        sid = self._by_country_state.get(iso3)
        return self._entries.get(sid) if sid else None

    def is_army(self, actor_id: str) -> bool:
        """The actor is a country's armed forces (``institution = "army"``: "Russian Armed Forces")."""
        entry = self._entries.get(actor_id)
        return entry is not None and entry.country is not None and self._army.get(entry.country) == actor_id

    def country_generic(self, iso3: str | None, words: Iterable[str]) -> ActorEntry | None:
        """The one curated actor a generic group noun names in its own country ("les paramilitaires"
        in a Sudan article: the RSF), by its ``country_generic`` words; None in any other country."""
        wanted = set(words)
        hits = [e for e in self._entries.values() if e.country == iso3 and wanted & set(e.country_generic)]
        return hits[0] if iso3 and len(hits) == 1 else None

    def dated(self, base: str) -> list[tuple[Span, ActorEntry]]:
        """The actors whose name is ``base`` with a span ("Military Forces of Libya (1969-2011)")."""
        return [(span, self._entries[aid]) for span, aid in self._dated.get(key(base), [])]

    def resolve_demonym(self, word: str) -> ActorEntry | None:
        aid = self._demonyms.get(key(word))
        return self._entries.get(aid) if aid else None

    def _exact_or_acronym(self, text: str) -> ActorEntry | None:
        acr = _acronym_key(text)
        if acr in self._acro:
            return self._entries[self._acro[acr]]
        k = key(text)
        if not k:
            return None
        aid = self._exact.get(k) or self._disc_keys.get(_disc_key(k))
        return self.get(aid) if aid else None

    def rivals(self, text: str) -> tuple[ActorEntry, ...]:
        """The actors that share the acronym ``text`` ("AA": Anadolu Agency, Arakan Army), when more
        than one has it: resolve() gives one of them, the article's country picks among them."""
        return tuple(self._entries[i] for i in self._acro_rivals.get(_acronym_key(text), ()))

    def resolve(self, text: str, lang: str | None = None) -> ActorEntry | None:
        """A mention → its actor, or None when nothing fits (never a wild guess)."""
        if not text or not text.strip():
            return None
        cache = self._doc_memo if self._disc_keys else self._memo
        if text in cache:
            return cache[text]
        if len(cache) > 100_000:
            cache.clear()
        hit = cache[text] = self._resolve(text)
        return hit

    def _resolve(self, text: str) -> ActorEntry | None:
        hit = self._exact_or_acronym(text)
        if hit:
            return hit
        plain = _DOTTED.sub(r"\1", text)  # "U.N. Security Council" as "UN Security Council"
        if plain != text:
            return self._resolve(plain)
        labelled = _LABELLED.match(text)
        if labelled:  # "STC: Southern Transitional Council" (acronym, then the name)
            return self._resolve(labelled.group(2)) or self._exact_or_acronym(labelled.group(1))
        k = key(text)
        if not k:
            return None
        dem = self.resolve_demonym(k)
        if dem:
            return dem
        hit = self._without_titles(k)
        if hit:
            return hit
        hit = self._fuzzy(k)
        if hit:
            return hit
        return self._head_phrase(text, k)

    def _without_titles(self, k: str) -> ActorEntry | None:
        toks = k.split()
        i = 0
        while i < len(toks) - 1 and toks[i] in self._heads.titles:
            i += 1
        if i == 0:
            return None
        rest = " ".join(toks[i:])
        aid = self._exact.get(rest)
        return self.get(aid) if aid else None

    def _head_phrase(self, text: str, k: str) -> ActorEntry | None:
        """'le ministère turc des Affaires étrangères', 'Russian forces', 'les forces de Khalifa Haftar',
        'the Iran-backed Houthi movement'."""
        h = self._heads
        # "Iran-backed", "Tripoli-based", "soutenus par l'Iran": about someone else, not the actor
        cleaned = _MODIFIER_FR.sub(" ", _MODIFIER_EN.sub(" ", text))
        modified = cleaned != text
        toks = key(cleaned).split()
        if not toks or len(toks) > 12:
            return None
        heads = h.army | h.police | h.government | h.other
        if not (modified or any(t in heads or t in h.descriptors for t in toks)):
            return None
        is_army = any(t in h.army for t in toks)
        target = self._span_actor(toks, cleaned)
        if target is None:
            return None
        blocked = any(t in h.blockers for t in toks)
        # "les forces de Khalifa Haftar" → his organisation; "le ministre turc, Mevlut Cavusoglu" → him
        person_head = any(t in h.government for t in toks) and not is_army
        if target.kind == "person" and target.member_of and not person_head:
            org = self.get(target.member_of)
            if org is not None:
                target = org
        if target.kind == "state" and target.country:
            # "pro-Turkish forces", "Syrian rebels": not the state they are named after
            if blocked or not any(t in heads for t in toks):
                return None
            police = any(t in h.police for t in toks)
            inst = (self._army if is_army and not police else self._government).get(target.country)
            if police and not inst:
                return None  # "la police malienne": the generic police forces of the country
            if inst:
                return self._entries[inst]
        return target

    def _span_actor(self, toks: list[str], text: str) -> ActorEntry | None:
        """The one actor named inside a phrase (a person with their own organisation counts as one)."""
        h = self._heads
        noise = h.army | h.police | h.government | h.other | h.filler
        n = len(toks)
        spans: dict[str, list[tuple[int, int]]] = {}  # actor id → the token spans naming it
        for size in range(min(n, 5), 0, -1):
            for i in range(n - size + 1):
                gram = toks[i : i + size]
                if all(t in noise or t in h.titles for t in gram):
                    continue
                cand = " ".join(gram)
                aid = self._exact.get(cand) or self._demonyms.get(cand)
                if aid is None and size > 1:
                    hit = self._without_titles(cand)
                    aid = hit.id if hit else None
                if aid is None:
                    continue
                # "forces turques en Libye": a place after a locative preposition is not the actor
                if i > 0 and toks[i - 1] in _LOCATIVE and not (i > 1 and toks[i - 2] in _ALLEGIANCE):
                    continue
                spans.setdefault(aid, []).append((i, i + size))

        def inside(a: str, b: str) -> bool:  # every span of a lies within a span of b
            return all(any(s2 <= s1 and e1 <= e2 for s2, e2 in spans[b]) for s1, e1 in spans[a])

        # "son armée nationale libyenne": "libyenne" inside the name of the LNA does not count
        found = [a for a in spans if not any(b != a and inside(a, b) for b in spans)]
        # acronyms keep their case in the text: "forces du GNA", "the al-Qaeda affiliate JNIM"
        for word in re.findall(r"\b[A-Z][A-Z.]{1,5}\b", text):
            w = word.replace(".", "")
            if w in self._acro and self._acro[w] not in found:
                found.append(self._acro[w])
        if not found:
            return None
        if len(found) == 1:
            return self.get(found[0])
        entries = [e for e in (self.get(a) for a in found) if e is not None]
        states = [e for e in entries if e.kind == "state"]
        orgs = [e for e in entries if e.kind not in ("state", "person")]
        # "Turkish forces of the Olive Branch operation": Turkey's, not the Syrian factions' its name
        # also stands for; "French Operation Barkhane forces" stay the French operation's own actor
        if (
            len(states) == 1
            and len(orgs) == 1
            and orgs[0].country != states[0].country
            and any(t in h.army for t in toks)
            and any(t in h.operations for t in toks)
        ):
            return states[0]
        # "Yemen's Houthi movement", "la milice libyenne Kaniyat": the state only qualifies it; a
        # coalition named with another state than its own ("the Syrian Arab Coalition") is another
        if any(e.kind == "coalition" and e.country and s.country != e.country for e in orgs for s in states):
            return None
        if (
            len(orgs) == 1
            and not any(t in h.relational for t in toks)
            and all(e.kind == "state" or e is orgs[0] for e in entries)
        ):
            return orgs[0]
        people = [e for e in entries if e.kind == "person"]
        if len(people) == 1:
            p = people[0]
            org = self.get(p.member_of) if p.member_of else None
            related = {p.id, p.member_of}
            if org is not None and org.country:
                related.add(self._by_country_state.get(org.country))
            if all(e.id in related for e in entries):
                return p
        return None

    def _fuzzy(self, k: str) -> ActorEntry | None:
        if len(k) < _MIN_FUZZY_LEN:
            return None
        if k not in self._fuzzy_memo:
            if len(self._fuzzy_memo) > 100_000:
                self._fuzzy_memo.clear()
            self._fuzzy_memo[k] = self._fuzzy_key(k)
        found = self._fuzzy_memo[k]
        return self.get(self._exact[found]) if found is not None else None

    def _fuzzy_key(self, k: str) -> str | None:
        """The key of the entries nearest to ``k``, if near enough."""
        if not self._pools.may_match(k):
            return None  # no key that starts like it is near: the nearest is refused below anyway
        best = process.extractOne(k, self._fuzzy_pool(len(k)), scorer=fuzz.ratio, score_cutoff=_FUZZY_CUTOFF)
        if best is None:
            return None
        cand = best[0]
        # the first letters must agree: "Libye" ≠ "Liban" is handled by the cutoff, this guards
        # names that differ only in their start
        if cand[:2] != k[:2] or not _tokens_agree(k, cand):
            return None
        if self._entries[self._exact[cand]].kind == "person" and not _spelling_variant(k, cand):
            return None
        return str(cand)

    def _fuzzy_pool(self, n: int) -> list[str]:
        return self._pools.of_length(n)

    def closest(self, text: str, limit: int = 5) -> list[tuple[str, float]]:
        """Canonical names near ``text`` (for "did you mean" messages)."""
        k = key(text)
        names: dict[str, str] = {}
        for e in self.entries():
            for alias in e.aliases:
                names.setdefault(key(alias), e.name)
        out: list[tuple[str, float]] = []
        seen: set[str] = set()
        for cand, score, _ in process.extract(k, list(names), scorer=fuzz.WRatio, limit=limit * 4):
            name = names[cand]
            if name not in seen:
                seen.add(name)
                out.append((name, round(float(score), 1)))
            if len(out) >= limit:
                break
        return out

    # discovery of organisations not in the KB

    def discover(self, name: str, kind: str = "organisation", country: str | None = None) -> ActorEntry:
        """An organisation found by NER: the known (or earlier discovered) actor it names, else a new one."""
        known = self.resolve(name)
        if known:
            return known
        dk = _disc_key(key(name))
        if dk in self._disc_keys:
            return self._discovered[self._disc_keys[dk]]
        if len(dk) >= _MIN_FUZZY_LEN and self._disc_keys:
            best = process.extractOne(dk, list(self._disc_keys), scorer=fuzz.ratio, score_cutoff=88.0)
            if best is not None:
                return self._discovered[self._disc_keys[best[0]]]
        # a curated actor whose generic-word-folded key is the same ("Groupe Wagner" ~ "Wagner Group")
        if dk in self._folded:
            return self._entries[self._folded[dk]]
        clean = _SINGLE_QUOTED.sub(r"\1", _DOUBLE_QUOTES.sub("", name))
        clean = " ".join(clean.split()).strip("«»\"'()[] ,.;:")
        while m := _ELIDED.match(clean):  # "the Nasr Brigade" → "Nasr Brigade"
            clean = clean[m.end() :]
        e = ActorEntry(
            id=actor_id(clean),
            name=clean,
            kind=kind,
            country=country,
            wikidata=None,
            aliases=(clean,),
        )
        existing = self.get(e.id)
        if existing:
            return existing
        self._discovered[e.id] = e
        self._disc_keys[dk] = e.id
        self._doc_memo.clear()  # earlier misses may resolve now
        return e


# FR/EN generic organisation words folded to one form, then sorted, to merge "Groupe Wagner" and
# "Wagner Group".
_GENERIC = {
    "groupe": "group", "mouvement": "movement", "organisation": "organization", "armee": "army",
    "brigades": "brigade", "forces": "force", "milice": "militia", "milices": "militia",
    "parti": "party", "conseil": "council", "comite": "committee", "nationale": "national",
    "islamique": "islamic", "etat": "state", "front": "front", "liberation": "liberation",
    "unite": "unity", "populaire": "popular", "democratique": "democratic", "union": "union",
}  # fmt: skip
_DROP = {"de", "du", "des", "la", "le", "les", "of", "the", "l", "d", "and", "et", "pour", "for"}


def _disc_key(k: str) -> str:
    toks = [_GENERIC.get(t, t) for t in norm(k).replace("'", " ").split() if t not in _DROP]
    return " ".join(sorted(toks))


@lru_cache(maxsize=1)
def _default_kb() -> KnowledgeBase:
    base = packaged_base()
    return KnowledgeBase(base.entries, base.demonyms, base.heads, kb_digest())


def _tokens_agree(k: str, cand: str) -> bool:
    """A shared title must not carry a fuzzy match: word for word, each differing word starts alike
    ("president malien" is not "president aliev"); a name's numbers are its own ("France 2" is not
    "France 24", a channel numbered otherwise is another one); a short word (an acronym) grown by
    letters is another name ("jihadistes de l'EIGS" are not "jihadistes de l'EI")."""
    if re.findall(r"\d+", k) != re.findall(r"\d+", cand):
        return False
    a, b = k.split(), cand.split()
    return len(a) != len(b) or all(
        x == y or (x[0] == y[0] and not _acronym_grown(x, y)) for x, y in zip(a, b, strict=True)
    )


def _acronym_grown(x: str, y: str) -> bool:
    short, long = sorted((x, y), key=len)
    return len(short) <= _ACRONYM_LEN and long.startswith(short) and len(long) - len(short) >= 2


def _spelling_variant(k: str, cand: str) -> bool:
    """A one-word name differing from a person's one-word name by a letter is a spelling of it only
    when that letter is a vowel or doubles the one before ("Netanyahou", "Gadafi"/"Gaddafi"): a
    consonant more or less is another name ("Kawlin" is not Kalin, a town of Myanmar)."""
    if " " in k or " " in cand or len(k) == len(cand):
        return True
    long, short = (k, cand) if len(k) > len(cand) else (cand, k)
    return len(long) == len(short) + 1 and any(
        long[:i] + long[i + 1 :] == short and (long[i] in "aeiouy" or long[i] == long[i - 1])
        for i in range(1, len(long))
    )
