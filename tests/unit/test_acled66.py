"""Round acled66: a report's country-less "Military Forces" is of a state army's kind; the lexicon
word-forms helper is public; ACLED's names of countries match the KB's where they agree."""

from __future__ import annotations

from conflictkg.derived.linking import Item, _actor_score, _same_group
from conflictkg.derived.state_forces import group_kind
from conflictkg.knowledge.acled_countries import acled_country_name


def _item(ident: str, actors: dict[str, tuple[str | None, str | None]], names: dict[str, str]) -> Item:
    return Item(
        id=ident, source="text", type="FIGHT", start=1, end=1, exact_day=True, country="SOM",
        precision=1, place=None, lat=None, lon=None, actors=actors, names=names,
    )  # fmt: skip


def _report() -> Item:
    return _item(
        "e:1", {"actor:military-forces": ("military", None)}, {"actor:military-forces": "Military Forces"}
    )


def test_a_kb_army_is_of_the_military_kind() -> None:
    assert group_kind("actor:somali-national-army", "armed_group") == "military"
    assert group_kind("actor:tatmadaw", "armed_group") == "military"


def test_an_armed_group_keeps_its_kind() -> None:
    assert group_kind("actor:al-shabaab", "armed_group") == "armed_group"
    assert group_kind("actor:unknown-made-up-militia", None) is None


def test_country_less_military_forces_meet_a_kb_army() -> None:
    record = _item("e:2", {"actor:somali-national-army": ("armed_group", "SOM")}, {})
    assert _same_group(_report(), record) == "military"
    assert _actor_score(_report(), record) == (0.6, "actor: same kind of group (military)")


def test_country_less_military_forces_do_not_meet_a_rebel_group() -> None:
    record = _item("e:2", {"actor:al-shabaab": ("armed_group", "SOM")}, {})
    assert _same_group(_report(), record) is None
    assert _actor_score(_report(), record) is None


def test_acled_names_north_macedonia_as_the_kb_does() -> None:
    # ACLED's country column writes "North Macedonia", the KB's canonical name: no entry needed
    assert acled_country_name("MKD") is None
    assert acled_country_name("COD") == "Democratic Republic of Congo"
