"""``python -m conflictkg.training event-types [--shared ../shared] [--out DIR] [--limit N]``."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from conflictkg.errors import ConflictKGError

DEFAULT_OUT = Path("conflictkg/nlp/data/models/event_types_en")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m conflictkg.training")
    commands = parser.add_subparsers(dest="command", required=True)
    event_types = commands.add_parser(
        "event-types", help="train the English event-type classifier on ACLED notes"
    )
    event_types.add_argument(
        "--shared", type=Path, default=Path("../shared"), help="folder holding eval/raw/acled"
    )
    event_types.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (a spaCy pipeline)")
    event_types.add_argument("--limit", type=int, default=None, help="use only the first N notes (tests)")
    return parser


def _print_report(report: dict[str, Any], out: Path, seconds: float) -> None:
    held = report["held_out"]
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"trained in {seconds:.1f}s; model {out} ({size / 1e6:.2f} MB)")
    print(
        f"held-out notes {held['notes']}: exact-set accuracy {held['exact_set_accuracy']}, "
        f"top-1 accuracy {held['top1_accuracy']}"
    )
    for label, s in held["per_label"].items():
        print(
            f"  {label:<8} P {s['precision']:.3f}  R {s['recall']:.3f}  F1 {s['f1']:.3f}  (n={s['support']})"
        )


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.limit is not None and args.limit < 1:
        print("error: --limit must be at least 1", file=sys.stderr)
        return 2
    from conflictkg.training.event_types import build

    start = time.perf_counter()
    try:
        report = build(args.shared, args.out, args.limit)
    except (ConflictKGError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    _print_report(report, args.out, time.perf_counter() - start)
    return 0


if __name__ == "__main__":
    sys.exit(main())
