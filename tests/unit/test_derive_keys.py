"""The derive key of an event: one per unordered pair of actors for supports and fights, one per
place for captures and retreats, none for the rest."""

from conflictkg.graph.derive_keys import derive_key, pair_key, place_key


def test_pair_events_share_one_key_whichever_end_acts() -> None:
    assert derive_key("SUPPORT", "actor:a", "actor:b", "loc:x") == pair_key("actor:a", "actor:b")
    assert derive_key("FIGHT", "actor:b", "actor:a", None) == pair_key("actor:a", "actor:b")
    assert pair_key("actor:a", "actor:b") != pair_key("actor:a", "actor:c")


def test_place_events_are_keyed_by_place() -> None:
    assert derive_key("CAPTURE", "actor:a", "actor:b", "loc:x") == place_key("loc:x")
    assert derive_key("RETREAT", "actor:a", None, "loc:x") == place_key("loc:x")
    assert place_key("loc:x") != pair_key("loc:x", "loc:x")


def test_events_no_derived_fact_reads_have_no_key() -> None:
    assert derive_key("FIGHT", "actor:a", None, "loc:x") is None  # untargeted
    assert derive_key("ASSAULT", "actor:a", "actor:a", None) is None  # on itself
    assert derive_key("CAPTURE", "actor:a", "actor:b", None) is None  # nowhere
    assert derive_key("PROTEST", "actor:a", "actor:b", "loc:x") is None
    assert isinstance(pair_key("actor:a", "actor:b"), int)
    assert -(2**63) <= pair_key("actor:a", "actor:b") < 2**63
