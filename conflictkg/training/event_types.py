"""Train the English event-type classifier on ACLED notes (recipe: ``event_types.toml`` beside this file).

Each note gets the PLOVER-style types of the ACLED importer's mapping (plus the adjustments of the
recipe), is split into train / held-out by a hash of its ``event_id_cnty``, and a spaCy
``textcat_multilabel`` (bag of words, CPU, fixed seed) is trained on the train part and scored on the
held-out part. The output folder is a spaCy pipeline plus ``training.json`` (recipe, counts, scores).
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from conflictkg.errors import InputError
from conflictkg.knowledge.packaged import packaged_text
from conflictkg.nlp.event_types import MODEL_NAME, PIPE_NAME, feature_doc, score_docs
from conflictkg.structured.acled import classify, read_rows

# ACLED's coder prefixes ("Looting: On 9 May ...", "Movement of forces: ...") and size tags name the
# label; news text has neither, so they are removed before training.
_CODER_PREFIX = re.compile(r"^(?:[A-Z][A-Za-z'/-]*)(?: [A-Za-z'/-]+){0,4}: ")
_SIZE_TAG = re.compile(r"\s*\[size=[^\]]*\]")


META = {
    "name": MODEL_NAME,
    "version": "1.0.0",
    "spacy_version": ">=3.8.0,<3.9.0",
    "description": "conflictkg sentence event types (PLOVER-style), trained on ACLED notes",
}


@dataclass(frozen=True)
class Note:
    event_id: str
    text: str
    labels: frozenset[str]
    held_out: bool


def load_recipe() -> dict[str, Any]:
    text = packaged_text("conflictkg.training", "event_types.toml")
    return tomllib.loads(text)


def clean_note(text: str) -> str:
    return _SIZE_TAG.sub("", _CODER_PREFIX.sub("", text.strip())).strip()


def is_held_out(event_id: str, train_percent: int) -> bool:
    return int(hashlib.sha1(event_id.encode("utf-8")).hexdigest(), 16) % 100 >= train_percent


def note_labels(fields: dict[str, str], recipe: dict[str, Any]) -> frozenset[str] | None:
    """The types of a normalised ACLED row; empty for a negative example, None to leave it out."""
    event_type, sub_type = fields.get("event_type", ""), fields.get("sub_event_type", "")
    kind = sub_type or event_type
    if kind in recipe["rows"]["exclude"]:
        return None
    if kind in recipe["rows"]["negative"]:
        return frozenset()
    typ, _cameo, _control = classify(event_type, sub_type, fields.get("inter2", ""))
    also = recipe["event_type_also"].get(event_type)
    return frozenset({typ, also} - {None})


def read_notes(shared: Path, recipe: dict[str, Any]) -> list[Note]:
    """The labelled notes of the recipe's ACLED files (rows without notes or with an unknown type are
    skipped)."""
    notes: list[Note] = []
    for name in recipe["files"]:
        path = shared / name
        if not path.is_file():
            raise InputError(f"{path}: no such file (pass --shared: the folder holding eval/raw/acled)")
        for row in read_rows(path):
            if isinstance(row, InputError):
                continue
            text = clean_note(row.fields.get("notes", ""))
            try:
                labels = note_labels(row.fields, recipe)
            except ValueError:
                continue
            if text and labels is not None:
                event_id = row.fields["event_id_cnty"]
                held_out = is_held_out(event_id, recipe["split"]["train_percent"])
                notes.append(Note(event_id, text, labels, held_out))
    return _drop_rare_labels(notes, recipe["rows"]["min_label_notes"])


def _drop_rare_labels(notes: list[Note], min_notes: int) -> list[Note]:
    counts = Counter(label for note in notes if not note.held_out for label in note.labels)
    rare = {label for label, n in counts.items() if n < min_notes}
    out = []
    for note in notes:
        kept = note.labels - rare
        if kept or not note.labels:
            out.append(Note(note.event_id, note.text, kept, note.held_out))
    return out


def _feature_docs(nlp: Any, notes: list[Note]) -> list[Any]:
    tokenised = (nlp.make_doc(note.text) for note in notes)
    return [feature_doc(nlp.vocab, [t.text for t in d], [bool(t.whitespace_) for t in d]) for d in tokenised]


def _examples(nlp: Any, notes: list[Note], labels: list[str]) -> list[Any]:
    from spacy.training import Example

    docs = _feature_docs(nlp, notes)
    return [
        Example.from_dict(doc, {"cats": {label: float(label in note.labels) for label in labels}})
        for doc, note in zip(docs, notes, strict=True)
    ]


def train(notes: list[Note], recipe: dict[str, Any]) -> Any:
    """A blank English pipeline with a trained ``textcat_multilabel`` (deterministic for a recipe)."""
    import spacy
    from thinc.api import Adam, fix_random_seed

    params, model = recipe["train"], recipe["model"]
    fix_random_seed(params["seed"])
    nlp = spacy.blank("en")
    textcat = nlp.add_pipe(
        PIPE_NAME,
        config={
            "threshold": model["threshold"],
            "model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": False,
                "ngram_size": model["ngram_size"],
                "no_output_layer": False,
                "length": model["length"],
            },
        },
    )
    labels = sorted({label for note in notes for label in note.labels})
    for label in labels:
        textcat.add_label(label)  # type: ignore[attr-defined]
    examples = _examples(nlp, [n for n in notes if not n.held_out], labels)
    optimizer = Adam(params["learn_rate"])
    nlp.initialize(lambda: examples, sgd=optimizer)
    rng = random.Random(params["seed"])
    for _epoch in range(params["epochs"]):
        rng.shuffle(examples)
        size = params["batch_size"]
        for start in range(0, len(examples), size):
            nlp.update(examples[start : start + size], drop=params["dropout"], sgd=optimizer)
    return nlp


def evaluate(nlp: Any, notes: list[Note], threshold: float) -> dict[str, Any]:
    """Per-label precision / recall / F1, exact-set accuracy and top-1 accuracy on ``notes``."""
    labels = list(nlp.get_pipe(PIPE_NAME).labels)
    predicted = score_docs(nlp, _feature_docs(nlp, notes))
    per_label = {label: _prf(notes, predicted, label, threshold) for label in labels}
    exact = sum(_above(p, threshold) == n.labels for n, p in zip(notes, predicted, strict=True))
    labelled = [(n, p) for n, p in zip(notes, predicted, strict=True) if n.labels]
    top1 = sum(max(p, key=p.__getitem__) in n.labels for n, p in labelled)
    return {
        "notes": len(notes),
        "exact_set_accuracy": round(exact / len(notes), 4) if notes else None,
        "top1_accuracy": round(top1 / len(labelled), 4) if labelled else None,
        "per_label": per_label,
    }


def _above(scores: dict[str, float], threshold: float) -> frozenset[str]:
    return frozenset(label for label, v in scores.items() if v >= threshold)


def _prf(
    notes: list[Note], predicted: list[dict[str, float]], label: str, threshold: float
) -> dict[str, Any]:
    gold = [label in n.labels for n in notes]
    guess = [p[label] >= threshold for p in predicted]
    tp = sum(g and p for g, p in zip(gold, guess, strict=True))
    precision = tp / sum(guess) if any(guess) else 0.0
    recall = tp / sum(gold) if any(gold) else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "support": sum(gold),
    }


def label_counts(notes: list[Note]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for part, held_out in (("train", False), ("held_out", True)):
        selected = [n for n in notes if n.held_out == held_out]
        counts = Counter(label for n in selected for label in n.labels)
        counts["(none)"] = sum(not n.labels for n in selected)
        out[part] = dict(sorted(counts.items()))
    return out


def build(shared: Path, out: Path, limit: int | None = None) -> dict[str, Any]:
    """Train on the notes under ``shared``, save the pipeline to ``out``; the training report."""
    recipe = load_recipe()
    notes = read_notes(shared, recipe)
    if limit is not None:
        notes = notes[:limit]
    nlp = train(notes, recipe)
    nlp.meta.update(META)
    report = {
        "recipe": recipe,
        "counts": label_counts(notes),
        "held_out": evaluate(nlp, [n for n in notes if n.held_out], recipe["model"]["threshold"]),
    }
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)
    (out / "training.json").write_text(json.dumps(report, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return report
