"""Hostile and allied actor pairs on re3d, real English documents on the Syria/Iraq conflict.

Data: ../shared/eval/raw/re3d/ (Dstl re3d: 98 documents from BBC Online, CENTCOM, the US State
Department, the UK Government, Wikipedia, ... with entity spans and relations; read-only).

Each document's text is extracted alone (English, no store). Two relation types are scored as
unordered pairs of entities, each document on its own:

- ``FightingAgainst`` (between two entities typed Organisation or Person) against our hostile
  events (FIGHT, ASSAULT, COERCE, CAPTURE) that have both an actor and a target;
- ``AlliesOf`` against our cooperation events (SUPPORT, COOPERATE, AID) with both.

A re3d entity matches our actor when its normalised text (case, accents, punctuation and a leading
"the" ignored) equals the actor's name or one of its aliases (the article's or the knowledge base's),
or when the knowledge base resolves the entity's text to that actor. Two readings of one side are
also a match: an entity the knowledge base resolves to a state's own forces or government ("Iraqi
Security Forces", "the Government of Iraq", "Iraqi armed forces") matches our actors that stand for
that same state (the state, its army or government institution, its generic military or police:
re3d names the army where we name the state, or the reverse), and a shared name of the KB ("the
coalition", "Coalition military forces", "international coalition", a body noun after it: "coalition
forces") matches the actor of ours that held that name; a bare "the regime", the one actor of ours
called a regime. An entity that names people or fighters by a common noun of the lexicon's
generic groups ("the Syrian people", "families", "militants", "foreign insurgents": its last word)
matches our generic actor of that class ("Civilians (Syria)", "Unidentified Armed Group (Iraq)"),
of the state a demonym before that noun names when it names one. A gold pair is found when one of
our pairs joins an actor matching one entity to an actor matching the other. Recall is over every
gold pair (and, apart, over the pairs whose two entities both match one of our actors); precision
only over our pairs whose two actors both match some entity of the document (re3d marks only some
relations, so a pair of actors it does not name cannot be judged). Also reported: documents with an
event, sentences with an event.

``--part`` splits the documents by a hash of their id, half and half (stable): tune on ``tune``; read
only the aggregate figures of ``check``, kept as a held-out check (its missed and extra pairs are
neither printed nor written).

    .venv/bin/python -m eval.re3d_relations [--part tune|check|all] [--limit N]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from conflictkg.evaluate import fold
from conflictkg.knowledge import shared_names
from conflictkg.knowledge.lexicon import load_lexicon
from conflictkg.model import Actor, ArticleFacts, Event
from conflictkg.nlp import generic
from conflictkg.sources.documents import RawDocument
from eval._common import SHARED, extract_each, extractor, pct, script_main, stable_hash

PATH = SHARED / "eval" / "raw" / "re3d"
PARTS = ("tune", "check", "all")
HOSTILE = frozenset({"FIGHT", "ASSAULT", "COERCE", "CAPTURE"})
FRIENDLY = frozenset({"SUPPORT", "COOPERATE", "AID"})
MEASURES = {"fighting": ("FightingAgainst", HOSTILE), "allies": ("AlliesOf", FRIENDLY)}
PARTY_KINDS = frozenset({"Organisation", "Person"})
STATE_KINDS = frozenset({"state", "military", "police"})  # our actors that are a state or its own forces
REGIME_NOUNS = load_lexicon("en").group("regime_nouns")  # "the regime": the one actor called a regime
SHOWN = 60

Pair = tuple[str, str]


def _lines(path: Path) -> Iterable[dict[str, Any]]:
    if not path.is_file():
        return
    for line in path.read_text(encoding="utf-8-sig").splitlines():
        if line.strip():
            obj = json.loads(line)
            if isinstance(obj, dict):
                yield obj


def part_of(doc_id: str) -> str:
    """The document's half: a stable hash of its id, even → tune, odd → check."""
    return "tune" if stable_hash(doc_id) % 2 == 0 else "check"


_DOTTED = re.compile(r"\b([A-Za-z])\.(?=[A-Za-z]\b)")  # "U.S.", "U.N.": one letter, a dot, one letter


def entity_key(text: str) -> str:
    """The normalised surface text of an entity or a name: folded, without a leading "the", an
    acronym's dots dropped ("U.S." as "US")."""
    k = fold(_DOTTED.sub(r"\1", text))
    return k[4:] if k.startswith("the ") else k


def load_documents(root: Path = PATH) -> list[dict[str, Any]]:
    """Every document with text: id, source, sentences, entity texts and relations (type, source,
    target) of the document, in a stable order (sub-corpus, then id)."""
    docs: list[dict[str, Any]] = []
    for sub in sorted(p for p in root.iterdir() if p.is_dir()):
        entities: dict[str, list[str]] = defaultdict(list)
        kinds: dict[tuple[str, Any, Any], str] = {}
        relations: dict[str, list[tuple[str, str, str, str]]] = defaultdict(list)
        for e in _lines(sub / "entities.json"):
            entities[str(e.get("documentId"))].append(str(e.get("value") or ""))
            kinds[(str(e.get("documentId")), e.get("begin"), e.get("end"))] = str(e.get("type"))
        for r in _lines(sub / "relations.json"):
            doc = str(r.get("documentId"))
            ends = [kinds.get((doc, r.get(f"{s}Begin"), r.get(f"{s}End")), "") for s in ("source", "target")]
            rel = (str(r.get("type")), str(r.get("source") or ""), str(r.get("target") or ""))
            relations[doc].append((*rel, "+".join(ends)))
        for d in sorted(_lines(sub / "documents.json"), key=lambda d: str(d.get("_id"))):
            doc_id, text = str(d.get("_id")), d.get("text")
            if not isinstance(text, str) or not text.strip():
                continue
            docs.append(
                {
                    "id": doc_id, "source": str(d.get("sourceName") or sub.name), "text": text,
                    "sentences": int(d.get("sentenceCount") or 0),
                    "entities": [t for t in entities[doc_id] if entity_key(t)],
                    "relations": relations[doc_id],
                }
            )  # fmt: skip
    return docs


def gold_pairs(relations: Iterable[tuple[str, str, str, str]], rel_type: str) -> set[Pair]:
    """The document's unordered pairs of one relation type (normalised texts) between two parties:
    entities typed Organisation or Person (re3d also relates strikes to their targets, weapons to
    sites: no actor pair of ours can be one of those)."""
    out: set[Pair] = set()
    for typ, src, tgt, ends in relations:
        a, b = entity_key(src), entity_key(tgt)
        if typ == rel_type and a and b and a != b and set(ends.split("+")) <= PARTY_KINDS:
            out.add((min(a, b), max(a, b)))
    return out


def entity_matches(
    entities: Iterable[str],
    actors: Iterable[Actor],
    resolve: Callable[[str], str | None],
    kin: Callable[[str], Iterable[str]] = lambda _text: (),
    side: Callable[[str], str | None] = lambda _id: None,
    bare: frozenset[str] = frozenset(),
) -> dict[str, set[str]]:
    """Normalised entity text → the ids of our actors it matches: by name or alias, by the KB's
    reading of it (``resolve``), by the other actors it may name (``kin``: aliases of the KB, the
    holders of a shared name), by the state it stands for (``side``: an actor id → the ISO3 of
    the state whose own forces or government it is, None for anything else) and, for a bare noun
    of ``bare`` ("the regime"), the one actor of ours one of whose names holds that noun."""
    by_name: dict[str, set[str]] = defaultdict(set)
    ids = set()
    by_side: dict[str, set[str]] = defaultdict(set)
    by_word: dict[str, set[str]] = defaultdict(set)
    for a in actors:
        ids.add(a.id)
        for n in (a.name, *a.aliases):
            if entity_key(n):
                by_name[entity_key(n)].add(a.id)
                for w in set(entity_key(n).split()) & bare:
                    by_word[w].add(a.id)
        if side(a.id):
            by_side[str(side(a.id))].add(a.id)
    for w in [w for w, held in by_word.items() if len(held) > 1]:
        del by_word[w]  # two actors called "... regime": a bare "regime" names neither
    out: dict[str, set[str]] = {}
    for text in entities:
        k = entity_key(text)
        hit = set(by_name.get(k, ()))
        rid = resolve(text)
        if rid in ids:
            hit.add(str(rid))
        hit |= ids & set(kin(text)) | by_word.get(k, set())
        state = side(rid) if rid else None
        if state:
            hit |= by_side.get(state, set())
        out[k] = out.get(k, set()) | hit
    return out


GENERIC_NOUNS = load_lexicon("en").generic  # "people" → civilians, "militant" → armed
GENERIC_CLASSES = ("civilians", "armed", "islamist", "protesters", "rioters", "journalists", "militia")


def generic_matches(
    entities: Iterable[str], actors: Iterable[Actor], demonym: Callable[[str], str | None]
) -> dict[str, set[str]]:
    """Normalised entity text → our generic actors of the class its last word names
    (``GENERIC_NOUNS``, a plural as its singular: "families", "militants"), of the state its demonym
    names if any."""
    templates = {c: generic.classes()[c] for c in GENERIC_CLASSES}
    out: dict[str, set[str]] = {}
    for text in entities:
        words = entity_key(text).split()
        if not words:
            continue
        last = words[-1]
        forms = (last, last[:-1], last[:-3] + "y") if last.endswith("s") else (last,)  # "families"
        cls = next((GENERIC_NOUNS[w] for w in forms if w in GENERIC_NOUNS), None)
        if cls not in templates:
            continue
        state = next((iso for w in words[:-1] if (iso := demonym(w))), None)
        spec = templates[str(cls)]
        prefix = str(spec["name"]).split("{country}")[0]
        hit = {
            a.id for a in actors
            if (a.name == spec["bare"] or (prefix and a.name.startswith(prefix)))
            and (state is None or a.country in (None, state))
        }  # fmt: skip
        if hit:
            out[entity_key(text)] = out.get(entity_key(text), set()) | hit
    return out


def our_pairs(events: Iterable[Event], types: frozenset[str]) -> set[Pair]:
    """Our unordered (actor id, target id) pairs of events of the given types."""
    out: set[Pair] = set()
    for e in events:
        if e.type in types and e.target_id and e.target_id != e.actor_id:
            out.add((min(e.actor_id, e.target_id), max(e.actor_id, e.target_id)))
    return out


def _joins(pair: Pair, a: set[str], b: set[str]) -> bool:
    x, y = pair
    return (x in a and y in b) or (x in b and y in a)


def score_pairs(gold: set[Pair], ours: set[Pair], matches: dict[str, set[str]]) -> dict[str, Any]:
    """Counts and lists for one relation type in one document: gold pairs found or missed (and
    whether both entities match one of our actors), our judged pairs right or wrong, and our pairs
    that cannot be judged (an actor that matches no entity of the document)."""
    matched = set().union(*matches.values()) if matches else set()
    found, missed, judged_ok, judged_bad, unjudged = [], [], [], [], []
    for g in sorted(gold):
        a, b = matches.get(g[0], set()), matches.get(g[1], set())
        (found if any(_joins(p, a, b) for p in ours) else missed).append((g, bool(a) and bool(b)))
    for p in sorted(ours):
        if not (p[0] in matched and p[1] in matched):
            unjudged.append(p)
            continue
        ok = any(_joins(p, matches.get(g[0], set()), matches.get(g[1], set())) for g in gold)
        (judged_ok if ok else judged_bad).append(p)
    return {
        "counts": Counter(
            gold=len(gold), found=len(found), matchable=sum(m for _, m in found + missed),
            matchable_found=sum(m for _, m in found), ours=len(ours), judged=len(judged_ok) + len(judged_bad),
            right=len(judged_ok),
        ),
        "missed": [[*g, m] for g, m in missed],
        "extra": [list(p) for p in judged_bad],
    }  # fmt: skip


def judge(
    doc: dict[str, Any],
    facts: ArticleFacts,
    resolve: Callable[[str], str | None],
    kin: Callable[[str], Iterable[str]] = lambda _text: (),
    side: Callable[[str], str | None] = lambda _id: None,
    demonym: Callable[[str], str | None] = lambda _word: None,
) -> dict[str, Any]:
    sides = {a.id: a.country for a in facts.actors if a.kind in STATE_KINDS and a.country}
    matches = entity_matches(
        doc["entities"], facts.actors, resolve, kin, lambda i: sides.get(i) or side(i), REGIME_NOUNS
    )
    for k, hit in generic_matches(doc["entities"], facts.actors, demonym).items():
        matches[k] = matches.get(k, set()) | hit
    names = {a.id: a.name for a in facts.actors}
    row: dict[str, Any] = {
        "id": doc["id"], "source": doc["source"], "events": len(facts.events),
        "sentences": doc["sentences"], "event_sentences": len({e.evidence.start for e in facts.events}),
    }  # fmt: skip
    for key, (rel, types) in MEASURES.items():
        s = score_pairs(gold_pairs(doc["relations"], rel), our_pairs(facts.events, types), matches)
        row[key] = dict(s["counts"])
        row[f"{key}_missed"] = s["missed"]
        row[f"{key}_extra"] = [[names.get(i, i) for i in p] for p in s["extra"]]
        row[f"{key}_evidence"] = [
            f"{e.type} {names.get(e.actor_id)} → {names.get(e.target_id or '')}: {e.evidence.text}"
            for e in facts.events
            if e.type in types and e.target_id
        ]
    return row


def _resolver(ex: Any) -> Callable[[str], str | None]:
    kb = ex.kb

    def resolve(text: str) -> str | None:
        hit = kb.resolve(text, "en")
        return hit.id if hit is not None else None

    return resolve


def _kin(ex: Any) -> Callable[[str], Iterable[str]]:
    """Entity text → the actors it may also name: the KB actors one of whose aliases it is, the
    holders of the shared name it is (a trailing force noun of the KB's heads dropped: "coalition
    forces" as "coalition")."""
    kb = ex.kb
    aliases: dict[str, set[str]] = defaultdict(set)
    for entry in kb.entries():
        for n in (entry.name, *entry.aliases):
            aliases[entity_key(n)].add(entry.id)
    army = kb.army_heads

    def kin(text: str) -> set[str]:
        k = entity_key(text)
        out = set(aliases.get(k, ()))
        toks = k.split()
        while len(toks) > 1 and toks[-1] in army:
            toks.pop()
        for name in {k, " ".join(toks)}:
            out |= {h.actor for h in (*shared_names.holders(name), *shared_names.bare_holders(name))}
        return out

    return kin


def _side(ex: Any) -> Callable[[str], str | None]:
    """A KB actor id → the state (ISO3) whose forces or government it is: the state itself, or an
    actor the KB marks as that state's army or government institution."""
    kb = ex.kb

    def side(actor_id: str) -> str | None:
        e = kb.get(actor_id)
        if e is None or not e.country:
            return None
        return e.country if e.kind in STATE_KINDS or e.institution else None

    return side


def _demonym(ex: Any) -> Callable[[str], str | None]:
    """A word → the ISO3 of the state whose demonym it is ("syrian" → SYR), else None."""
    kb = ex.kb

    def demonym(word: str) -> str | None:
        e = kb.resolve_demonym(word)
        return e.country if e is not None and e.kind == "state" and e.country else None

    return demonym


def aggregate(rows: list[dict[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for group, members in [("ALL", rows), *sorted(_by_source(rows).items())]:
        c: dict[str, Any] = {"documents": len(members)}
        c["with_event"] = sum(r["events"] > 0 for r in members)
        c["sentences"] = sum(r["sentences"] for r in members)
        c["event_sentences"] = sum(r["event_sentences"] for r in members)
        for key in MEASURES:
            total: Counter[str] = Counter()
            for r in members:
                total.update(r[key])
            c[key] = dict(total)
        out[group] = c
    return out


def _by_source(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        out[r["source"]].append(r)
    return out


def run(limit: int | None = None, part: str = "all") -> dict[str, Any]:
    docs = [d for d in load_documents() if part == "all" or part_of(d["id"]) == part]
    if limit:
        docs = docs[:limit]
    ex = extractor()
    raw = [RawDocument(origin=f"re3d:{d['id']}", text=d["text"], language="en") for d in docs]
    results = extract_each(ex, raw)
    resolve, kin, side = _resolver(ex), _kin(ex), _side(ex)
    rows, failures = [], []
    for doc, res in zip(docs, results, strict=True):
        if isinstance(res, ArticleFacts):
            rows.append(judge(doc, res, resolve, kin, side, _demonym(ex)))
        else:
            failures.append({"id": doc["id"], "error": res[:300]})
    out: dict[str, Any] = {"data": str(PATH), "part": part, "documents": len(docs), "failures": failures}
    out["summary"] = aggregate(rows)
    if part != "check":  # the held-out half: aggregates only
        out["rows"] = rows
    return out


def _prf(c: dict[str, int]) -> tuple[str, str, str]:
    return (
        pct(c.get("found", 0), c.get("gold", 0)),
        pct(c.get("matchable_found", 0), c.get("matchable", 0)),
        pct(c.get("right", 0), c.get("judged", 0)),
    )


def report(result: dict[str, Any], console: Console) -> None:
    summary = result["summary"]
    title = f"re3d, part {result['part']}: hostile / allied pairs ({result['documents']} documents)"
    table = Table(title=title)
    for col in (
        "source", "docs", "with event", "sentences with event", "Fighting R", "R (matchable)", "P (judged)",
        "Allies R", "R (matchable)", "P (judged)",
    ):  # fmt: skip
        table.add_column(col, justify="left" if col == "source" else "right")
    for name, c in summary.items():
        table.add_row(
            name, str(c["documents"]), pct(c["with_event"], c["documents"]),
            pct(c["event_sentences"], c["sentences"]), *_prf(c["fighting"]), *_prf(c["allies"]),
        )  # fmt: skip
    console.print(table)
    if result["failures"]:
        console.print(f"[red]{len(result['failures'])} documents failed to extract[/red]")
    shown = 0
    for r in result.get("rows", []):
        for key in MEASURES:
            for a, b, matchable in r[f"{key}_missed"]:
                if shown < SHOWN:
                    console.print(f"[dim]miss {key} {r['source']} {r['id'][:8]}:[/dim] {a} × {b}"
                                  + ("" if matchable else " (unmatched)"))  # fmt: skip
                    shown += 1
            for a, b in r[f"{key}_extra"]:
                if shown < SHOWN:
                    console.print(f"[dim]extra {key} {r['source']} {r['id'][:8]}:[/dim] {a} × {b}")
                    shown += 1


def main(argv: list[str] | None = None) -> int:
    return script_main(
        argv, __doc__, PATH, "score only the first N documents of the part", run, report,
        "re3d_relations_{part}.json", lambda r: f"{r['documents']} documents",
        parts=PARTS, part_help="tune / check: halves by a hash of the document id; all: every document",
    )  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
