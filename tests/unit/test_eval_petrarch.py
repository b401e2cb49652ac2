"""The PETRARCH events script: its code tables, its split and its scoring on tiny invented records."""

from __future__ import annotations

from conflictkg.model import Actor, Article, ArticleFacts, Event, Evidence
from eval import petrarch_events as pe


def _facts(events: list[Event], actors: list[Actor]) -> ArticleFacts:
    article = Article(id="a:1", url="u", text="s", sha256="x")
    return ArticleFacts(article=article, actors=actors, events=events)


def _event(typ: str, actor: str, target: str | None = None) -> Event:
    return Event(id=f"e:{typ}{actor}{target}", type=typ, actor_id=actor, target_id=target,
                 evidence=Evidence(sentence="s", start=0, end=1, text="s"))  # fmt: skip


def _coding(source: str, target: str, code: str = "190") -> dict[str, str]:
    return {"sourcecode": source, "targetcode": target, "eventcode": code}


def _rec(codings: list[dict[str, str]]) -> dict[str, object]:
    gold = pe.gold_of({"gold_event_codings": codings})
    assert gold is not None
    return {"id": "x", "text": "s", **gold}


CHAD_ARMY = Actor(id="a:td", name="Military Forces of Chad", kind="military", country="TCD")
NIGER_GOV = Actor(id="a:ne", name="Government of Niger", kind="government", country="NER")


def test_cameo_codes_map_to_plover_types_by_the_longest_prefix() -> None:
    assert pe.plover_types("190") == ["FIGHT"]
    assert pe.plover_types("1731") == ["COERCE", "CAPTURE"]
    assert pe.plover_types("087") == ["RETREAT", "CONCEDE"]
    assert pe.plover_types("010") == []  # a public statement: no type of ours
    assert pe.is_cameo("0352") and not pe.is_cameo("903") and not pe.is_cameo("None")


def test_actor_codes_give_a_real_country_and_a_sector() -> None:
    assert pe.country_of("TCDMIL") == "TCD" and pe.sector_of("TCDMIL") == "MIL"
    assert pe.country_of("---REB") is None and pe.sector_of("---REB") == "REB"
    assert pe.country_of("IGOUNO") is None
    assert pe.sector_of("NERXYZGOV") == "GOV"  # the first mapped part


def test_a_record_naming_an_invented_country_is_not_scored_on_actors() -> None:
    assert pe.invented([_coding("QQX", "TCD")])
    assert not pe.invented([_coding("---GOV", "TCDMIL")])
    rec = _rec([{"sourcecode": "QQXGOV", "targetcode": "TCD", "eventcode": "190"}])
    row = pe.score(rec, _facts([_event("FIGHT", "a:ne", "a:td")], [NIGER_GOV, CHAD_ARMY]))
    assert row["type"] and "source" not in row and "target" not in row


def test_event_sentence_scoring() -> None:
    rec = _rec([{"sourcecode": "NERGOV", "targetcode": "TCDMIL", "eventcode": "190"}])
    hit = pe.score(rec, _facts([_event("ASSAULT", "a:ne", "a:td")], [NIGER_GOV, CHAD_ARMY]))
    assert hit["covered"] and not hit["type"] and hit["type_family"]
    assert hit["source"] and hit["source_sector"] and hit["target"] and hit["target_sector"]
    swapped = pe.score(rec, _facts([_event("FIGHT", "a:td", "a:ne")], [NIGER_GOV, CHAD_ARMY]))
    assert swapped["type"] and not swapped["source"] and not swapped["target"]
    none = pe.score(rec, _facts([], []))
    assert not none["covered"] and not none["type"] and not none["source"]
    assert pe.misses([hit, swapped, none]) == [hit, swapped, none]  # hit: its strict type is wrong


def test_a_fitting_event_is_preferred_for_the_sides() -> None:
    rec = _rec([{"sourcecode": "TCDMIL", "targetcode": "NER", "eventcode": "040"}])
    events = [_event("FIGHT", "a:ne", "a:td"), _event("CONSULT", "a:td", "a:ne")]
    row = pe.score(rec, _facts(events, [NIGER_GOV, CHAD_ARMY]))
    assert row["type"] and row["source"] and row["target"]


def test_no_event_sentences_score_precision_and_others_are_skipped() -> None:
    quiet_gold = [{"noevents": "True"}]
    assert pe.gold_of({"gold_event_codings": quiet_gold}) == {"kind": "none", "codings": []}
    assert pe.gold_of({"gold_event_codings": [{"eventcode": "904", "sourcecode": "TCD"}]}) is None
    assert pe.gold_of({"gold_event_codings": [{"error": "x", "eventcode": "190"}]}) is None
    none = {"id": "n", "text": "s", "kind": "none", "codings": []}
    quiet = pe.score(none, _facts([], []))
    loud = pe.score(none, _facts([_event("FIGHT", "a:td")], [CHAD_ARMY]))
    assert quiet["silent"] and not loud["silent"]
    totals = pe.aggregate([quiet, loud])
    assert totals == {"none_n": 2, "none_silent": 1}


def test_the_split_is_stable_and_halves() -> None:
    recs = [{"id": f"r{i}", "text": f"sentence {i}"} for i in range(200)]
    parts = [pe.part_of(r) for r in recs]
    assert parts == [pe.part_of(r) for r in recs]
    assert 70 < parts.count("tune") < 130


def test_news_sentences_are_told_from_test_records_by_source_file_and_category() -> None:
    assert pe.is_news({"source_file": "coder_validation.xml", "category": "AFP"})
    assert pe.is_news({"source_file": "coder_validation.xml", "category": "GOLD"})
    assert not pe.is_news({"source_file": "coder_validation.xml", "category": "PASSIVE"})
    assert not pe.is_news({"source_file": "coder_unit_tests.xml", "category": "AFP"})
    rec = {**_rec([_coding("NERGOV", "TCDMIL")]), "news": True}
    assert pe.score(rec, _facts([], []))["news"]
