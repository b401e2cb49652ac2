"""Who speaks is no party of what is spoken about (issue 14, round speaker81b): the subject of a
reporting clause does not own the victims' vehicle ("their van was struck ..., the X said"), a
party's concern over a fight is no fight of its own, and an act told only in a denied accusation is
denied. Sentences of our own; each rule with a near one it must not change."""

from __future__ import annotations

import pytest
from unit._extract import en_news_rows as en_rows
from unit._extract import events, fr_rows

pytestmark = pytest.mark.nlp


def test_reporting_subject_does_not_own_the_victims_vehicle() -> None:
    got = en_rows(
        "Four policemen lost their lives when their jeep was struck by a landmine in Kohlu on Tuesday, "
        "the Levies said."
    )
    assert {r[2] for r in got} == {"Police Forces of Pakistan"}
    assert all(r[1] in ("FIGHT", "ASSAULT") for r in got)


def test_speaker_possessive_on_its_own_clause_stays_the_speakers() -> None:
    got = en_rows("The army said its troops repelled an attack near Kidal.")
    assert {r[0] for r in got} == {"Malian Armed Forces"}


def test_concern_over_fighting_is_no_fight_by_the_speaker() -> None:
    assert en_rows("Kenya expressed concern over the fighting in Somalia.") == set()
    assert en_rows("Ethiopia is deeply worried about the clashes in South Sudan.") == set()


def test_concern_over_fighting_with_sides_keeps_the_sides() -> None:
    got = en_rows("The UN voiced alarm over the clashes between the army and the rebels in Somalia.")
    assert "United Nations" not in {r[0] for r in got}
    assert any(r[1] == "FIGHT" for r in got)


def test_french_concern_over_fighting_is_no_fight() -> None:
    assert fr_rows("Le Niger a exprimé sa vive préoccupation face aux combats au Mali.") == set()


def test_condemned_fighting_is_left_to_its_own_rule() -> None:
    # near miss: no concern word, the rule does not touch it
    got = en_rows("Kenyan troops clashed with al-Shabaab fighters near Kismayo, the army said.")
    assert any(r[1] == "FIGHT" for r in got)


def test_rejected_allegation_denies_the_act() -> None:
    got = events("Sudan rejected allegations by Chad that it supported the militia.", "en")
    assert {(a, t, m) for a, t, _, m in got if t == "SUPPORT"} == {("Sudan", "SUPPORT", "denied")}


def test_dismissed_accusation_denies_the_act() -> None:
    got = events("Burundi dismissed accusations that it armed the rebels in Congo.", "en")
    assert {m for _, t, _, m in got if t in ("AID", "SUPPORT")} == {"denied"}


def test_french_denied_accusation_with_hearsay_conditional_is_denied() -> None:
    text = "Le Burkina Faso a démenti les accusations selon lesquelles il aurait armé les rebelles."
    got = events(text, "fr")
    assert {m for _, t, _, m in got if t in ("AID", "SUPPORT")} == {"denied"}


def test_reported_claim_not_denied_stays_reported() -> None:
    # near miss: the claim is only reported, no denying verb
    got = events("Le Burkina Faso aurait armé les rebelles, selon des sources sécuritaires.", "fr")
    assert "denied" not in {m for _, t, _, m in got}


def test_accusation_confirmed_is_not_denied() -> None:
    got = events("Sudan confirmed reports that it supported the militia.", "en")
    assert "denied" not in {m for _, t, _, m in got if t == "SUPPORT"}
