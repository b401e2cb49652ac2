"""Where French war reports' places resolve: ``eval/data/fr_war_places.tsv`` lists ~200 places of
the 2012 wars (Syria, Mali, Afghanistan, Pakistan's tribal areas, Iraq, Libya) as a French wire
report spells them ("Alep", "Lattaquié", "Jisr al-Choughour", "Tombouctou", "Mazar-i-Charif"), with
where they are.

Each place is put in one invented sentence of ours ("L'armée a bombardé des positions rebelles à
X."), alone (no country clue) and followed by a sentence naming its country (the clue); the
event's place is right when it is of the listed country and within the listed tolerance (50 km for a
town, more for a province or region). The gazetteer's own ``lookup`` is scored the same way.

    .venv/bin/python -m eval.fr_places [--show 40]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from conflictkg.knowledge.gazetteer import Gazetteer, distance_km
from conflictkg.model import ArticleFacts
from conflictkg.sources.documents import RawDocument
from eval._common import extract_each, extractor, write_json

DATA = Path(__file__).resolve().parent / "data" / "fr_war_places.tsv"
SENTENCE = "L'armée a bombardé des positions rebelles {phrase}."
CLUES = {
    "SYR": "La guerre en Syrie a fait des milliers de morts.",
    "MLI": "La guerre au Mali a fait des milliers de morts.",
    "AFG": "La guerre en Afghanistan a fait des milliers de morts.",
    "PAK": "La guerre au Pakistan a fait des milliers de morts.",
    "IRQ": "La guerre en Irak a fait des milliers de morts.",
    "LBY": "La guerre en Libye a fait des milliers de morts.",
    "DZA": "La guerre en Algérie a fait des milliers de morts.",
}


def load(path: Path = DATA) -> list[dict[str, Any]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, iso3, lat, lon, km, kind, phrase = line.split("\t")
        rows.append({"name": name, "iso3": iso3, "lat": float(lat), "lon": float(lon), "km": float(km),
                     "kind": kind, "phrase": phrase})  # fmt: skip
    return rows


def _judge(
    row: dict[str, Any], country: str | None, lat: float | None, lon: float | None
) -> tuple[bool, Any]:
    if lat is None or lon is None:
        return False, None
    km = round(distance_km((row["lat"], row["lon"]), (lat, lon)))
    return country == row["iso3"] and km <= row["km"], km


def run() -> dict[str, Any]:
    rows = load()
    gaz = Gazetteer.load()
    docs = []
    for i, r in enumerate(rows):
        text = SENTENCE.format(phrase=r["phrase"])
        docs.append(RawDocument(origin=f"bare-{i}", text=text, language="fr", published="2012-10-16"))
        docs.append(RawDocument(origin=f"clue-{i}", text=f"{text} {CLUES[r['iso3']]}", language="fr",
                                published="2012-10-16"))  # fmt: skip
    results = extract_each(extractor(), docs)
    c: Counter[str] = Counter()
    details = []
    for i, r in enumerate(rows):
        d: dict[str, Any] = {"name": r["name"], "iso3": r["iso3"]}
        for mode, country in (("lookup", None), ("lookup_clue", r["iso3"])):
            p = gaz.lookup(r["name"].removeprefix("l'"), country, "fr")
            ok, km = _judge(r, p.country if p else None, p.lat if p else None, p.lon if p else None)
            c[mode] += ok
            d[mode] = f"{p.name} ({p.country}, {km} km)" if p else None
            d[mode + "_ok"] = ok
        for mode, res in (("bare", results[2 * i]), ("clue", results[2 * i + 1])):
            got, ok = None, False
            if isinstance(res, ArticleFacts):
                locs = {loc.id: loc for loc in res.locations}
                placed = [locs[e.location_id] for e in res.events if e.location_id in locs]
                for loc in placed:
                    good, km = _judge(r, loc.country, loc.lat, loc.lon)
                    got = f"{loc.name} [{loc.kind}] ({loc.country}, {km} km)"
                    ok = ok or good
                if not res.events:
                    got = "no event"
            c[mode] += ok
            d[mode], d[mode + "_ok"] = got, ok
        details.append(d)
    return {"places": len(rows), "counts": dict(c), "details": details}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--show", type=int, default=60, help="print this many places not right in a sentence")
    args = parser.parse_args(argv)
    result = run()
    n, c = result["places"], result["counts"]
    shown = 0
    for d in result["details"]:
        if (d["bare_ok"] and d["clue_ok"]) or shown >= args.show:
            continue
        shown += 1
        print(f"{d['name']} ({d['iso3']}): bare {d['bare']} | clue {d['clue']} | lookup {d['lookup']}")
    out = write_json("fr_places.json", result)
    print(
        f"{n} places right: sentence without clue {c.get('bare', 0)}, with clue {c.get('clue', 0)}; "
        f"lookup alone {c.get('lookup', 0)}, with country {c.get('lookup_clue', 0)}; details in {out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
