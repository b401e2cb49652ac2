"""English event coding after the PETRARCH gold sentences (round petr78): diplomatic ties resumed,
normalised, mended or upgraded with an actor are backing, as ties restored are (these, and ties
restored or established, take a compound subject's members with each other); opposing an actor is
disapproval; inspecting is an investigation; contributing to an actor is aid; men a demonym
qualifies are that country's civilians, not its army, and schoolgirls or dissidents are civilians;
talks or exercises a compound subject holds, or a symmetric act in the infinitive of its verb
("seeking to deepen their partnership"), are done with each other; the one word completing an
office title ("Secretary of State") is no organisation; a ceasefire declared is de-escalation and
territory annexed is taken. Each rule with a sentence it reads and one it must not."""

from __future__ import annotations

import pytest
from unit._extract import en_rows

pytestmark = pytest.mark.nlp


def triples(text: str) -> set[tuple[str, str, str | None]]:
    return {(actor, type_, target) for actor, type_, target, _place in en_rows(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chad resumed diplomatic relations with Sudan on Tuesday.", ("Chad", "SUPPORT", "Sudan")),
        ("Ghana and Togo normalised their ties last week.", ("Togo", "SUPPORT", "Ghana")),
        ("Ghana and Togo restored diplomatic ties in March.", ("Ghana", "SUPPORT", "Togo")),
        ("Niger opposed Benin's request for a new border commission.", ("Niger", "ACCUSE", "Benin")),
        ("Observers from the African Union will inspect the Malian border posts.",
         ("African Union", "INVESTIGATE", "Mali")),
        ("Norway contributed five million dollars to Chad for the refugee camps.", ("Norway", "AID", "Chad")),
        ("Police in Dakar detained two Malian men on Friday.",
         ("Police Forces of Senegal", "COERCE", "Civilians (Mali)")),
        ("Gunmen seized 20 schoolgirls from a hostel in Zamfara.",
         ("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)")),
        ("Chad and Niger held talks in Niamey on Thursday.", ("Chad", "CONSULT", "Niger")),
        ("Ghana and Togo conducted joint naval exercises off Lome.", ("Togo", "COOPERATE", "Ghana")),
        ("Chad and Niger are seeking to deepen their partnership.", ("Niger", "COOPERATE", "Chad")),
        ("Chadian rebels declared a unilateral ceasefire on Sunday.",
         ("Unidentified Armed Group (Chad)", "RETREAT", None)),
        ("Morocco annexed two border villages near Figuig on Friday.", ("Morocco", "CAPTURE", None)),
        ("Soldiers and rebels began to clash near Tessalit on Sunday.",
         ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces")),
    ],
)  # fmt: skip
def test_rule_reads_its_event(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The rains improved the roads to Abeche.", "SUPPORT"),  # nothing diplomatic improved
        ("Forces opposed to the junta attacked a checkpoint near Gao.", "ACCUSE"),  # a participle: no act
        ("The drought contributed to the crisis in Chad.", "AID"),  # contributed to no actor
        ("Soldiers and rebels held positions near Tessalit.", "CONSULT"),  # no partnered noun
        ("The Chadian government declared a state of emergency in Abeche.", "RETREAT"),  # no truce
        ("The senate annexed a report to the Chadian budget bill.", "CAPTURE"),  # no territory
    ],
)  # fmt: skip
def test_rule_keeps_its_other_reading(text: str, absent: str) -> None:
    assert absent not in {type_ for _actor, type_, _target in triples(text)}


def test_talks_with_a_partner_named_keep_it() -> None:
    got = triples("Chad held talks with Niger in Niamey on Thursday.")
    assert ("Chad", "CONSULT", "Niger") in got
    assert ("Niger", "CONSULT", "Chad") not in got


def test_an_urged_pair_is_no_pair_of_its_own() -> None:
    got = triples("Ghana urged Chad and Niger to resume their talks.")
    assert ("Chad", "CONSULT", "Niger") not in got


def test_men_of_a_named_leader_stay_his_force() -> None:
    assert ("Libyan National Army", "FIGHT", None) in triples("Haftar's men attacked the town of Gharyan.")


def test_an_office_portfolio_is_no_organisation() -> None:
    got = triples("The US Secretary of State criticized Iran on Monday.")
    assert "State" not in {actor for actor, _type, _target in got}
