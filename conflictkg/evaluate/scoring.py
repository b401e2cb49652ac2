"""Matching predictions to gold items one-to-one and counting, per fact kind (see the package doc)."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from conflictkg.evaluate.gold import BACKING_TYPES, FACTUAL, KINDS, GoldArticle, GoldEvent, family
from conflictkg.evaluate.predicted import PredActor, Predicted, PredLocation


def _max_matching(
    n_gold: int, n_pred: int, ok: Callable[[int, int], bool], taken: set[int]
) -> dict[int, int]:
    """Maximum one-to-one matching gold → prediction (augmenting paths), avoiding ``taken`` predictions."""
    edges = [[j for j in range(n_pred) if j not in taken and ok(i, j)] for i in range(n_gold)]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(n_gold):
        augment(i, set())
    return {i: j for j, i in owner.items()}


@dataclass
class Score:
    kind: str
    gold: int = 0  # required gold items (not implicit, not optional)
    gold_implicit: int = 0
    predicted: int = 0  # predictions that count (all but those matched to optional gold items)
    tp: int = 0  # predictions matched to required gold items
    tp_implicit: int = 0  # predictions matched to implicit gold items

    @property
    def fp(self) -> int:
        return self.predicted - self.tp - self.tp_implicit

    @property
    def fn(self) -> int:
        return self.gold - self.tp

    @property
    def precision(self) -> float | None:
        return None if self.predicted == 0 else (self.tp + self.tp_implicit) / self.predicted

    @property
    def recall(self) -> float | None:
        return None if self.gold == 0 else self.tp / self.gold

    @property
    def recall_implicit(self) -> float | None:
        total = self.gold + self.gold_implicit
        return None if total == 0 else (self.tp + self.tp_implicit) / total

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None and r is None:
            return None
        p, r = p or 0.0, r or 0.0
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def add(self, other: Score) -> None:
        for name in ("gold", "gold_implicit", "predicted", "tp", "tp_implicit"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def as_dict(self) -> dict[str, Any]:
        def r(x: float | None) -> float | None:
            return None if x is None else round(x, 4)

        return {
            "kind": self.kind, "precision": r(self.precision), "recall": r(self.recall), "f1": r(self.f1),
            "recall_implicit": r(self.recall_implicit), "tp": self.tp + self.tp_implicit, "fp": self.fp,
            "fn": self.fn, "gold": self.gold, "gold_implicit": self.gold_implicit,
            "predicted": self.predicted,
        }  # fmt: skip


@dataclass
class Item:
    """A gold item or a prediction, described for the per-article report."""

    kind: str
    text: str
    evidence: str | None = None
    implicit: bool = False


@dataclass
class ArticleReport:
    article: str
    url: str | None
    scores: dict[str, Score]
    missed: list[Item] = field(default_factory=list)
    extra: list[Item] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "url": self.url,
            "scores": {k: s.as_dict() for k, s in self.scores.items()},
            "missed": [asdict(i) for i in self.missed],
            "extra": [asdict(i) for i in self.extra],
        }


def _score_kind(
    kind: str,
    gold: Sequence[tuple[str, bool, bool, str | None]],  # (text, implicit, optional, evidence)
    preds: Sequence[tuple[str, str | None]],  # (text, evidence)
    ok: Callable[[int, int], bool],
    report: ArticleReport,
) -> Score:
    required = [i for i, g in enumerate(gold) if not g[1] and not g[2]]
    implicit = [i for i, g in enumerate(gold) if g[1] and not g[2]]
    optional = [i for i, g in enumerate(gold) if g[2]]
    taken: set[int] = set()
    matched: dict[int, int] = {}
    # required and implicit items in one matching, required first: the most required items are
    # matched, and then the most implicit ones (an augmenting path never unmatches an item), so a
    # prediction that only an implicit item can take is not spent on a required one another fits
    for group in (required + implicit, optional):

        def ok_in(a: int, b: int, group: list[int] = group) -> bool:
            return ok(group[a], b)

        for a, b in _max_matching(len(group), len(preds), ok_in, taken).items():
            matched[group[a]] = b
            taken.add(b)
    score = Score(kind, gold=len(required), gold_implicit=len(implicit))
    score.tp = sum(1 for i in required if i in matched)
    score.tp_implicit = sum(1 for i in implicit if i in matched)
    score.predicted = len(preds) - sum(1 for i in optional if i in matched)
    for i in required + implicit:
        if i not in matched:
            text, imp, _, ev = gold[i]
            report.missed.append(Item(kind, text, ev, imp))
    for j, (text, ev) in enumerate(preds):
        if j not in taken:
            report.extra.append(Item(kind, text, ev))
    return score


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


class _Resolver:
    """Which gold actors / places a predicted one may be."""

    def __init__(self, art: GoldArticle) -> None:
        self.art = art
        self.actor_names = {k: a.names() for k, a in art.actors.items()}
        self.place_names = {k: loc.names() for k, loc in art.locations.items()}

    def actor_is(self, pred: PredActor | None, gold: str | None) -> bool:
        if pred is None or gold is None:
            return pred is None and gold is None
        return bool(pred.names() & self.actor_names[gold])

    def place_is(self, pred: PredLocation | None, gold: str | None) -> bool:
        if pred is None or gold is None:
            return pred is None and gold is None
        g = self.art.locations[gold]
        if pred.names() & self.place_names[gold]:
            return True
        if None in (pred.lat, pred.lon, g.lat, g.lon):
            return False
        assert pred.lat is not None and pred.lon is not None and g.lat is not None and g.lon is not None
        return _distance_km(pred.lat, pred.lon, g.lat, g.lon) <= g.tolerance_km


def _flags(uses: list[tuple[bool, bool]]) -> tuple[bool, bool]:
    """(implicit, optional) of a derived gold item from its sources' (implicit, optional) flags.

    Optional when no source is required; implicit when every non-optional source is implicit.
    """
    firm = [imp for imp, opt in uses if not opt]
    return bool(firm) and all(firm), not firm


def _modality_ok(gold: str, pred: str) -> bool:
    """Asserted and reported are both statements of fact; other modalities must be the gold's."""
    if pred in FACTUAL or gold in FACTUAL:
        return pred in FACTUAL and gold in FACTUAL
    return pred == gold


def _event_text(actor: str, action: str, target: str | None, place: str | None) -> str:
    return f"{actor} {action} {target or '—'}" + (f" @ {place}" if place else "")


def _backs(pred: Predicted) -> list[tuple[PredActor, PredActor, str]]:
    seen: dict[tuple[str, str], tuple[PredActor, PredActor, str]] = {}
    for e in pred.events:
        if e.action in BACKING_TYPES and e.modality in FACTUAL and e.target is not None:
            seen.setdefault(
                (e.actor.id or e.actor.name, e.target.id or e.target.name), (e.actor, e.target, e.evidence)
            )
    return list(seen.values())


def _changes(pred: Predicted) -> list[tuple[PredLocation, PredActor, PredActor | None, str]]:
    held = {(c.location.id or c.location.name): c.actor for c in pred.controls}
    out: dict[tuple[str, str], tuple[PredLocation, PredActor, PredActor | None, str]] = {}
    for e in pred.events:
        if e.action != "CAPTURE" or e.modality not in FACTUAL or e.location is None:
            continue
        prev = e.target or held.get(e.location.id or e.location.name)
        if prev is not None and (prev.id or prev.name) == (e.actor.id or e.actor.name):
            prev = None
        out.setdefault(
            (e.location.id or e.location.name, e.actor.id or e.actor.name),
            (e.location, e.actor, prev, e.evidence),
        )
    return list(out.values())


def score_article(gold: GoldArticle, pred: Predicted, url: str | None = None) -> ArticleReport:
    """Scores of one article, with what was missed and what was extra."""
    res = _Resolver(gold)
    report = ArticleReport(gold.article, url, {})
    gev, pev = gold.events, pred.events

    def ev_ok(strict: bool) -> Callable[[int, int], bool]:
        def ok(i: int, j: int) -> bool:
            g, p = gev[i], pev[j]
            if not _modality_ok(g.modality, p.modality):
                return False
            if strict:
                action_ok = p.action == g.action
                actor_ok = res.actor_is(p.actor, g.actor)
            else:
                action_ok = family(p.action) in {family(a) for a in [g.action, *g.alt_actions]}
                actor_ok = res.actor_is(p.actor, g.actor) or (
                    g.via is not None and res.actor_is(p.actor, g.via)
                )
            if not (action_ok and actor_ok):
                return False
            if p.target is None and g.target_implicit:
                return True
            if p.target is None or g.target is None:
                return p.target is None and g.target is None
            return any(res.actor_is(p.target, t) for t in [g.target, *g.alt_targets])

        return ok

    # a denied or hypothetical prediction the gold does not list (with that modality) is a correct
    # non-assertion, not a false fact: it is left out of every event-based score
    loose = ev_ok(False)
    pev = [p for j, p in enumerate(pev) if p.modality in FACTUAL or any(loose(i, j) for i in range(len(gev)))]

    gold_events = [
        (_event_text(g.actor, g.action, g.target, g.location), g.implicit, g.optional, g.evidence)
        for g in gev
    ]
    pred_events = [
        (
            _event_text(
                p.actor.name,
                p.action,
                p.target.name if p.target else None,
                p.location.name if p.location else None,
            )
            + ("" if p.modality == "asserted" else f" ({p.modality})"),
            p.evidence,
        )
        for p in pev
    ]
    report.scores["events"] = _score_kind("events", gold_events, pred_events, ev_ok(False), report)
    strict_report = ArticleReport(gold.article, url, {})  # its misses repeat the main ones
    report.scores["events_strict"] = _score_kind(
        "events_strict", gold_events, pred_events, ev_ok(True), strict_report
    )

    # actor → target pairs, flagged from the events that state them (see _flags)
    pairs: dict[tuple[str, str], list[GoldEvent]] = {}
    for g in gev:
        if g.target is not None:
            pairs.setdefault((g.actor, g.target), []).append(g)
    gold_pairs = list(pairs)
    gold_pair_items = [
        (f"{a} → {t}", *_flags([(e.implicit or e.target_implicit, e.optional) for e in evs]), evs[0].evidence)
        for (a, t), evs in pairs.items()
    ]
    pred_pairs: dict[tuple[str, str], tuple[PredActor, PredActor, str]] = {}
    for p in pev:
        if p.target is not None:
            pred_pairs.setdefault(
                (p.actor.id or p.actor.name, p.target.id or p.target.name), (p.actor, p.target, p.evidence)
            )
    pp = list(pred_pairs.values())

    def pair_ok(i: int, j: int) -> bool:
        (a, t), (pa, pt, _) = gold_pairs[i], pp[j]
        speakers = [a, *(e.via for e in pairs[(a, t)] if e.via)]
        targets = [t, *(x for e in pairs[(a, t)] for x in e.alt_targets)]
        return any(res.actor_is(pt, x) for x in targets) and any(res.actor_is(pa, x) for x in speakers)

    report.scores["pairs"] = _score_kind(
        "pairs", gold_pair_items, [(f"{a.name} → {t.name}", ev) for a, t, ev in pp], pair_ok, report
    )

    # places: used by events, control changes and controls; the table's other places are optional
    used: dict[str, list[tuple[bool, bool, str | None]]] = {}
    for g in gev:
        if g.location is not None:
            used.setdefault(g.location, []).append((g.implicit, g.optional, g.evidence))
    for f in [*gold.control_changes, *gold.controls]:
        loc = f.fields.get("location")
        if loc is not None:
            used.setdefault(loc, []).append((f.implicit, f.optional, f.evidence))
    gold_places = list(used) + [k for k in gold.locations if k not in used]
    gold_place_items = [
        (k, *_flags([(u[0], u[1]) for u in used.get(k, [])]), used[k][0][2] if k in used else None)
        for k in gold_places
    ]
    pred_places: dict[str, tuple[PredLocation, str]] = {}
    for p in pev:
        if p.location is not None:
            pred_places.setdefault(p.location.id or p.location.name, (p.location, p.evidence))
    for c in pred.controls:
        pred_places.setdefault(c.location.id or c.location.name, (c.location, c.evidence))
    pl = list(pred_places.values())
    report.scores["locations"] = _score_kind(
        "locations",
        gold_place_items,
        [(loc.name, ev) for loc, ev in pl],
        lambda i, j: res.place_is(pl[j][0], gold_places[i]),
        report,
    )

    backs = _backs(pred)
    report.scores["backs"] = _score_kind(
        "backs",
        [
            (f"{f.fields['backer']} backs {f.fields['backed']}", f.implicit, f.optional, f.evidence)
            for f in gold.backs
        ],
        [(f"{a.name} backs {b.name}", ev) for a, b, ev in backs],
        lambda i, j: (
            res.actor_is(backs[j][0], gold.backs[i].fields["backer"])
            and res.actor_is(backs[j][1], gold.backs[i].fields["backed"])
        ),
        report,
    )

    changes = _changes(pred)

    def change_ok(i: int, j: int) -> bool:
        f, (loc, to, frm, _) = gold.control_changes[i], changes[j]
        if not (res.place_is(loc, f.fields["location"]) and res.actor_is(to, f.fields["to"])):
            return False
        gold_from = f.fields.get("from")
        if f.from_implicit or gold_from is None:
            return True
        return res.actor_is(frm, gold_from)

    report.scores["control_changes"] = _score_kind(
        "control_changes",
        [
            (
                f"{f.fields['location']}: {f.fields.get('from') or '?'} → {f.fields['to']}",
                f.implicit,
                f.optional,
                f.evidence,
            )
            for f in gold.control_changes
        ],
        [(f"{loc.name}: {frm.name if frm else '?'} → {to.name}", ev) for loc, to, frm, ev in changes],
        change_ok,
        report,
    )

    ctl = pred.controls
    report.scores["controls"] = _score_kind(
        "controls",
        [
            (f"{f.fields['actor']} holds {f.fields['location']}", f.implicit, f.optional, f.evidence)
            for f in gold.controls
        ],
        [(f"{c.actor.name} holds {c.location.name}", c.evidence) for c in ctl],
        lambda i, j: (
            res.actor_is(ctl[j].actor, gold.controls[i].fields["actor"])
            and res.place_is(ctl[j].location, gold.controls[i].fields["location"])
        ),
        report,
    )
    return report


@dataclass
class Report:
    gold: str
    articles: list[ArticleReport]
    not_found: list[str] = field(default_factory=list)

    def totals(self) -> dict[str, Score]:
        out = {k: Score(k) for k in KINDS}
        for a in self.articles:
            for k, s in a.scores.items():
                out[k].add(s)
        return out

    def as_dict(self) -> dict[str, Any]:
        return {
            "gold": self.gold,
            "totals": {k: s.as_dict() for k, s in self.totals().items()},
            "articles": [a.as_dict() for a in self.articles],
            "not_found": self.not_found,
        }
