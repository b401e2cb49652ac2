"""The shipped English event-type classifier, its spaCy component and its reproducible training."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from conftest import IN_CI, SHARED

from conflictkg.nlp.event_types import predict_types, shipped_model_dir
from conflictkg.training import event_types as training
from conflictkg.training.__main__ import main as training_main

# Invented sentences, not from the training data.
SHELLING = "Government forces shelled rebel positions near the town."
DEMONSTRATION = "Hundreds of people demonstrated in the capital against rising prices."


def _best(scores: dict[str, float]) -> str:
    return max(scores, key=scores.__getitem__)


def test_shipped_model_predicts_fight_for_shelling_and_protest_for_demonstration() -> None:
    shelling, demonstration = predict_types([SHELLING, DEMONSTRATION])
    assert (_best(shelling), _best(demonstration)) == ("FIGHT", "PROTEST")
    assert shelling["FIGHT"] >= 0.5 and demonstration["PROTEST"] >= 0.5


def test_shipped_model_is_small_and_has_the_mapped_labels() -> None:
    model_dir = shipped_model_dir()
    size = sum(p.stat().st_size for p in model_dir.rglob("*") if p.is_file())
    assert size <= 5_000_000
    assert set(predict_types(["x"])[0]) == {"ASSAULT", "CAPTURE", "COERCE", "FIGHT", "PROTEST"}


def test_component_scores_each_sentence() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("ckg_event_types")
    doc = nlp(f"{SHELLING} {DEMONSTRATION}")
    sentences = list(doc.sents)
    assert [_best(s) for s in doc._.event_type_scores] == ["FIGHT", "PROTEST"]
    assert [s._.event_type_scores for s in sentences] == doc._.event_type_scores
    assert doc[1:3]._.event_type_scores == doc._.event_type_scores[0]  # a span gets its sentence's scores
    assert doc._.event_type_scores == predict_types([SHELLING, DEMONSTRATION])


def test_component_treats_an_unsegmented_doc_as_one_sentence() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("ckg_event_types")
    docs = list(nlp.pipe([SHELLING, DEMONSTRATION]))
    assert [d._.event_type_scores for d in docs] == [[s] for s in predict_types([SHELLING, DEMONSTRATION])]


@pytest.mark.parametrize(
    ("fields", "labels"),
    [
        ({"event_type": "Battles", "sub_event_type": "Government regains territory"}, {"CAPTURE", "FIGHT"}),
        (
            {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "inter2": "1"},
            {"FIGHT"},
        ),
        (
            {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "inter2": "7"},
            {"ASSAULT"},
        ),
        (
            {"event_type": "Protests", "sub_event_type": "Excessive force against protesters"},
            {"COERCE", "PROTEST"},
        ),
        ({"event_type": "Strategic developments", "sub_event_type": "Other"}, set()),
        ({"event_type": "Strategic developments", "sub_event_type": "Disrupted weapons use"}, None),
        ({"event_type": "Strategic developments", "sub_event_type": ""}, None),
    ],
)
def test_note_labels_follow_the_importer_mapping_and_the_recipe(fields: dict, labels: set | None) -> None:
    got = training.note_labels(fields, training.load_recipe())
    assert (None if got is None else set(got)) == labels


def test_clean_note_removes_acled_coder_marks() -> None:
    assert training.clean_note("Looting: On 9 May 2020, rebels looted crops. [size=no report]") == (
        "On 9 May 2020, rebels looted crops."
    )
    assert training.clean_note("On 9 May 2020, police: none.") == "On 9 May 2020, police: none."


def test_training_command_reports_a_missing_shared_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    code = training_main(["event-types", "--shared", str(tmp_path), "--out", str(tmp_path / "m")])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("error: ") and "no such file" in err and err.count("\n") == 1


@pytest.mark.slow
def test_training_is_deterministic(tmp_path: Path) -> None:
    if not (SHARED / "eval" / "raw" / "acled").is_dir():
        if IN_CI:
            pytest.fail("../shared/eval/raw/acled is missing in CI")
        pytest.skip("no ../shared/eval/raw/acled")
    runs = []
    for name in ("a", "b"):
        out = tmp_path / name
        assert (
            training_main(["event-types", "--shared", str(SHARED), "--out", str(out), "--limit", "800"]) == 0
        )
        runs.append(predict_types([SHELLING, DEMONSTRATION], model_dir=str(out)))
    assert runs[0] == runs[1]
    weights = [(tmp_path / n / "textcat_multilabel" / "model").read_bytes() for n in ("a", "b")]
    assert weights[0] == weights[1]
