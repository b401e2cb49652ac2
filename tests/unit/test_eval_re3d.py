"""The re3d relations script: its pair scoring on tiny invented inputs, its split and its errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from conflictkg.model import Actor, Event, Evidence
from eval import re3d_relations as r3
from eval.re3d_relations import entity_key, entity_matches, gold_pairs, our_pairs, part_of, score_pairs

ORG = "Organisation+Organisation"


def _event(typ: str, actor: str, target: str | None) -> Event:
    return Event(id=f"e:{typ}{actor}{target}", type=typ, actor_id=actor, target_id=target,
                 evidence=Evidence(sentence="s", start=0, end=1, text="s"))  # fmt: skip


def test_entity_key_folds_case_punctuation_and_a_leading_the() -> None:
    assert entity_key("The Northern Rovers") == "northern rovers"
    assert entity_key("U.S.") == "us"  # an acronym's dots dropped: as the alias "US"
    assert entity_key("theatre") == "theatre"


def test_gold_pairs_are_unordered_between_parties_only() -> None:
    relations = [
        ("FightingAgainst", "Blue Guard", "the Red Band", ORG),
        ("FightingAgainst", "Red Band", "Blue Guard", ORG),  # the same pair the other way round
        ("FightingAgainst", "strikes", "Red Band", "Weapon+Organisation"),  # not two parties
        ("AlliesOf", "Blue Guard", "Green Hand", "Organisation+Person"),
        ("FightingAgainst", "Blue Guard", "blue guard", ORG),  # one entity with itself
    ]
    assert gold_pairs(relations, "FightingAgainst") == {("blue guard", "red band")}
    assert gold_pairs(relations, "AlliesOf") == {("blue guard", "green hand")}


def test_entities_match_by_name_alias_or_the_knowledge_base() -> None:
    actors = [
        Actor(id="a:blue", name="Blue Guard", aliases=["BG"]),
        Actor(id="a:red", name="Red Band"),
    ]
    kb = {"the crimson band": "a:red", "Grey Men": "a:grey"}  # a:grey is no actor of the document
    got = entity_matches(["the Blue Guard", "bg", "the crimson band", "Grey Men", "farmers"], actors, kb.get)
    assert got == {"blue guard": {"a:blue"}, "bg": {"a:blue"}, "crimson band": {"a:red"}, "grey men": set(),
                   "farmers": set()}  # fmt: skip


def test_our_pairs_keep_the_chosen_types_with_two_distinct_parties() -> None:
    events = [
        _event("FIGHT", "a:blue", "a:red"), _event("ASSAULT", "a:red", "a:blue"),
        _event("FIGHT", "a:blue", None), _event("SUPPORT", "a:blue", "a:green"),
        _event("FIGHT", "a:red", "a:red"),
    ]  # fmt: skip
    assert our_pairs(events, r3.HOSTILE) == {("a:blue", "a:red")}
    assert our_pairs(events, r3.FRIENDLY) == {("a:blue", "a:green")}


def test_score_pairs_recall_over_gold_precision_over_judged_pairs() -> None:
    gold = {("blue guard", "red band"), ("blue guard", "grey men"), ("farmers", "red band")}
    matches = {"blue guard": {"a:blue"}, "red band": {"a:red"}, "grey men": {"a:grey"}, "farmers": set()}
    ours = {("a:blue", "a:red"), ("a:grey", "a:red"), ("a:blue", "a:other")}
    got = score_pairs(gold, ours, matches)
    assert dict(got["counts"]) == {
        "gold": 3, "found": 1, "matchable": 2, "matchable_found": 1, "ours": 3, "judged": 2, "right": 1,
    }  # fmt: skip
    assert got["missed"] == [["blue guard", "grey men", True], ["farmers", "red band", False]]
    assert got["extra"] == [["a:grey", "a:red"]]


def test_part_is_a_stable_half_by_document_id() -> None:
    ids = [f"doc{i}" for i in range(200)]
    parts = [part_of(i) for i in ids]
    assert parts == [part_of(i) for i in ids]
    assert 80 < parts.count("tune") < 120


def test_aggregate_sums_per_source_and_overall() -> None:
    row = {"source": "S", "events": 1, "sentences": 4, "event_sentences": 2,
           "fighting": {"gold": 2, "found": 1}, "allies": {}}  # fmt: skip
    got = r3.aggregate([row, {**row, "events": 0, "event_sentences": 0}])
    assert got["ALL"] == {"documents": 2, "with_event": 1, "sentences": 8, "event_sentences": 2,
                          "fighting": {"gold": 4, "found": 2}, "allies": {}}  # fmt: skip
    assert got["S"] == got["ALL"]


def test_missing_data_is_a_one_line_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(r3, "PATH", tmp_path / "none")
    assert r3.main(["--part", "tune"]) == 1
    assert "not found" in capsys.readouterr().err


def test_entities_match_the_same_state_and_the_holders_of_a_shared_name() -> None:
    actors = [
        Actor(id="a:state", name="Ruritania", kind="state", country="RUR"),
        Actor(id="a:pact", name="Northern Pact", kind="coalition"),
        Actor(id="a:band", name="Red Band"),
    ]
    resolve = {"Ruritanian Defence Forces": "a:rdf", "Red Band": "a:band"}.get  # a:rdf: no actor of ours
    sides = {"a:rdf": "RUR", "a:state": "RUR"}.get  # the army of Ruritania and the state itself
    kin = {"the pact": ["a:pact"], "pact forces": ["a:pact"]}  # a shared name and its body noun
    got = entity_matches(
        ["Ruritanian Defence Forces", "the pact", "pact forces", "Red Band", "villagers"],
        actors, resolve, lambda t: kin.get(t, ()), sides,
    )  # fmt: skip
    assert got == {"ruritanian defence forces": {"a:state"}, "pact": {"a:pact"}, "pact forces": {"a:pact"},
                   "red band": {"a:band"}, "villagers": set()}  # fmt: skip


def test_a_bare_regime_noun_matches_the_one_actor_called_so() -> None:
    one = [
        Actor(id="a:state", name="Ruritania", aliases=["Ruritanian regime"]),
        Actor(id="a:band", name="Red Band"),
    ]
    two = [*one, Actor(id="a:other", name="Borduria", aliases=["Bordurian regime"])]
    nothing: dict[str, str] = {}
    assert entity_matches(["the regime"], one, nothing.get, bare=frozenset({"regime"})) == {
        "regime": {"a:state"}
    }
    assert entity_matches(["the regime"], two, nothing.get, bare=frozenset({"regime"})) == {"regime": set()}
    assert entity_matches(["the regime"], one, nothing.get) == {"regime": set()}  # no bare nouns given


def test_the_kin_of_an_entity_holds_shared_name_holders_after_a_force_noun() -> None:
    class _KB:
        army_heads = frozenset({"forces", "troops"})

        def entries(self) -> list[object]:
            return []

    kin = r3._kin(type("Ex", (), {"kb": _KB()})())
    assert "actor:us-led-coalition" in set(kin("Coalition forces"))  # the bare "coalition", Syria/Iraq
    assert set(kin("village forces")) == set()
