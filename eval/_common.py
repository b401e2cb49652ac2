"""What the evaluation scripts share: paths, robust batch extraction, actor matching, output."""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console

from conflictkg.evaluate import fold
from conflictkg.model import Actor, ArticleFacts, Event
from conflictkg.sources.documents import RawDocument

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
RESULTS = ROOT / "eval" / "results"


def stable_hash(text: str) -> int:
    """A hash of ``text`` that is the same on every run and machine (Python's ``hash`` is salted):
    what splits a corpus into its tune and check parts."""
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)


def extractor() -> Any:
    from conflictkg.nlp.extractor import NLPExtractor

    return NLPExtractor()


def extract_each(ex: Any, docs: Sequence[RawDocument], chunk: int = 64) -> list[ArticleFacts | str]:
    """One result per document: its facts, or why it failed (an odd input never stops the run)."""
    out: list[ArticleFacts | str] = []
    for start in range(0, len(docs), chunk):
        part = list(docs[start : start + chunk])
        try:
            results: list[Any] = list(ex.extract(part))
        except Exception:  # one bad document: redo the chunk one by one to find it
            results = []
            for doc in part:
                try:
                    results.extend(ex.extract([doc]))
                except Exception as exc:
                    results.append(f"{type(exc).__name__}: {exc}")
        out.extend(r if isinstance(r, (ArticleFacts, str)) else str(r) for r in results)
    return out


def ordered_events(facts: ArticleFacts) -> list[Event]:
    """Events in text order (sentence start, then where the event's span sits in the sentence)."""

    def key(e: Event) -> tuple[int, int, str]:
        pos = e.evidence.sentence.find(e.evidence.text) if e.evidence.text else -1
        return (e.evidence.start, pos if pos >= 0 else 10**6, e.id)

    return sorted(facts.events, key=key)


def actor_names(actor: Actor | None) -> set[str]:
    if actor is None:
        return set()
    return {fold(n) for n in [actor.name, *actor.aliases] if fold(n)}


def _contains(longer: str, shorter: str) -> bool:
    return f" {shorter} " in f" {longer} "


def text_matches(gold_text: str, names: set[str]) -> bool:
    """A gold surface form matches a predicted actor when one contains the other as whole words."""
    g = fold(gold_text)
    return bool(g) and any(n == g or _contains(n, g) or _contains(g, n) for n in names)


def write_json(name: str, data: Any) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def pct(n: int, d: int) -> str:
    return "—" if d == 0 else f"{n / d:.3f} ({n}/{d})"


def script_main(
    argv: list[str] | None,
    doc: str | None,
    path: Path,
    limit_help: str,
    run: Callable[..., dict[str, Any]],
    report: Callable[[dict[str, Any], Console], None],
    out_name: str,
    summary: Callable[[dict[str, Any]], str],
    parts: tuple[str, ...] = (),
    part_help: str = "",
) -> int:
    """The command line every evaluation script shares: --limit, a missing-data check, timing, JSON.
    With ``parts`` (the last the default), also --part, handed to ``run`` after the limit and put in
    ``out_name`` where it has ``{part}``."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    if parts:
        parser.add_argument("--part", choices=parts, default=parts[-1], help=part_help)
    parser.add_argument("--limit", type=int, help=limit_help)
    args = parser.parse_args(argv)
    if not path.exists():
        print(f"{path}: not found (the shared eval data sits beside the repository)", file=sys.stderr)
        return 1
    t0 = time.monotonic()
    result = run(args.limit, args.part) if parts else run(args.limit)
    result["seconds"] = round(time.monotonic() - t0, 1)
    console = Console(width=max(110, Console().width))
    report(result, console)
    out = write_json(out_name.format(part=args.part) if parts else out_name, result)
    console.print(f"{summary(result)} in {result['seconds']}s; details in {out}")
    return 0
