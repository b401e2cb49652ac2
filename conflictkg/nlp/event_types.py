"""Sentence-level event-type scores from the shipped English classifier (``data/models/event_types_en``).

The model is a spaCy ``textcat_multilabel`` (bag of words over lower-cased tokens) trained on ACLED
notes by ``python -m conflictkg.training event-types``. It loads lazily, once per process.

- ``predict_types(texts)``: one ``{type: score}`` dict per text;
- the ``ckg_event_types`` component: ``Span._.event_type_scores`` is the dict of the span's sentence and
  ``Doc._.event_type_scores`` the list of dicts in ``doc.sents`` order (the whole doc is one sentence
  when nothing set sentence boundaries).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from importlib import resources
from itertools import islice
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from conflictkg.errors import ConflictKGError

MODEL_NAME = "event_types_en"
PIPE_NAME = "textcat_multilabel"

Scores = dict[str, float]

# The event finder types a sentence by the classifier only when the rules found its parties but no
# predicate they know, and only for the types it learnt well on held-out notes (F1 ≥ 0.8, see
# data/models/event_types_en/training.json), above this score.
FALLBACK_TYPES = frozenset({"FIGHT", "ASSAULT", "PROTEST"})
FALLBACK_MIN_SCORE = 0.8


def sentence_type(sent: Span) -> tuple[str, float] | None:
    """The classifier's type for a sentence, when it is confident and the type one it learnt well."""
    if not Span.has_extension("event_type_scores"):
        return None
    scores: Scores | None = sent._.event_type_scores
    if not scores:
        return None
    type_, score = max(scores.items(), key=lambda kv: kv[1])
    if type_ not in FALLBACK_TYPES or score < FALLBACK_MIN_SCORE:
        return None
    return type_, score


def shipped_model_dir() -> Path:
    return Path(str(resources.files("conflictkg.nlp") / "data" / "models" / MODEL_NAME))


@cache
def load_model(model_dir: str | None = None) -> Language:
    """The classifier pipeline (the shipped one unless ``model_dir``), loaded once per process."""
    import spacy

    path = Path(model_dir) if model_dir else shipped_model_dir()
    if not (path / "meta.json").is_file():
        raise ConflictKGError(
            f"no event-type model in {path} (build it: python -m conflictkg.training event-types)"
        )
    return spacy.load(path)


def feature_doc(vocab: Vocab, words: Sequence[str], spaces: Sequence[bool]) -> Doc:
    """The classifier's input: the tokens lower-cased, in the model's vocabulary (training uses it too)."""
    return Doc(vocab, words=[w.lower() for w in words], spaces=list(spaces))


def _token_doc(vocab: Vocab, span: Span | Doc) -> Doc:
    return feature_doc(vocab, [t.text for t in span], [bool(t.whitespace_) for t in span])


def score_docs(model: Language, docs: list[Doc]) -> list[Scores]:
    """Scores of feature docs, in one batch."""
    if not docs:
        return []
    textcat = model.get_pipe(PIPE_NAME)
    labels = list(textcat.labels)  # type: ignore[attr-defined]
    matrix = textcat.predict(docs)  # type: ignore[attr-defined]
    return [{label: round(float(v), 4) for label, v in zip(labels, row, strict=True)} for row in matrix]


def predict_types(texts: Iterable[str], model_dir: str | None = None) -> list[Scores]:
    """One ``{type: score}`` dict per text (scores are independent probabilities in [0, 1])."""
    model = load_model(model_dir)
    docs = [_token_doc(model.vocab, model.make_doc(text)) for text in texts]
    return score_docs(model, docs)


def _segmented(doc: Doc) -> bool:
    return doc.has_annotation("SENT_START") or doc.has_annotation("DEP")


def _sentences(doc: Doc) -> list[Span]:
    return list(doc.sents) if _segmented(doc) else [doc[:]]


def _sentence_scores(span: Span) -> Scores | None:
    by_start = span.doc._._event_type_by_start
    if by_start is None:
        return None
    scores: Scores | None = by_start.get(span.sent.start if _segmented(span.doc) else 0)
    return scores


def _register_extensions() -> None:
    if not Doc.has_extension("event_type_scores"):
        Doc.set_extension("event_type_scores", default=None)
    if not Doc.has_extension("_event_type_by_start"):
        Doc.set_extension("_event_type_by_start", default=None)
    if not Span.has_extension("event_type_scores"):
        Span.set_extension("event_type_scores", getter=_sentence_scores)


class EventTypesComponent:
    """Scores every sentence of a doc; sentences of a batch of docs go through the model together."""

    def __init__(self, model_dir: str | None = None) -> None:
        self.model_dir = model_dir
        _register_extensions()

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, stream: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        model = load_model(self.model_dir)
        docs = iter(stream)
        while batch := list(islice(docs, batch_size)):
            sentences = [_sentences(doc) for doc in batch]
            flat = [_token_doc(model.vocab, s) for sents in sentences for s in sents]
            scores = iter(score_docs(model, flat))
            for doc, sents in zip(batch, sentences, strict=True):
                per_sentence = [next(scores) for _ in sents]
                doc._.event_type_scores = per_sentence
                doc._._event_type_by_start = {s.start: sc for s, sc in zip(sents, per_sentence, strict=True)}
                yield doc


if not Language.has_factory("ckg_event_types"):

    @Language.factory("ckg_event_types", default_config={"model_dir": None})
    def make_event_types(nlp: Language, name: str, model_dir: str | None) -> EventTypesComponent:
        return EventTypesComponent(model_dir)
