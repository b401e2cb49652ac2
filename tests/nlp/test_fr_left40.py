"""French actors (issue 14), round 40: sentences of our own, as exact (actor, type, target, place)
rows; a few English ones where the rule is shared."""

from __future__ import annotations

from pathlib import Path

import pytest
from unit._extract import fr_rows as rows
from unit._extract import rows as rows_of

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
LIBYA_NOW = "Military Forces of Libya"
LIBYA_OLD = "Military Forces of Libya (1969-2011)"


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # the army of a country whose KB forces are of a past period: the article's year chooses
        ("L'armée a bombardé Syrte.", "2012-10-16", {(LIBYA_NOW, "FIGHT", None, "Sirte")}),
        ("L'armée a bombardé Syrte.", "2010-05-03", {(LIBYA_OLD, "FIGHT", None, "Sirte")}),
        ("L'armée libyenne pilonne Misrata.", "2011-03-20", {(LIBYA_OLD, "FIGHT", None, "Misratah")}),
        ("Des soldats libyens ont attaqué un poste près de Syrte.", "2013-01-09",
         {(LIBYA_NOW, "FIGHT", None, "Sirte")}),
        # no date: the current forces
        ("L'armée a bombardé Syrte.", None, {(LIBYA_NOW, "FIGHT", None, "Sirte")}),
        # the actor's own name is that actor whatever the date
        ("Les forces de Kadhafi ont bombardé Misrata.", "2012-10-16",
         {(LIBYA_OLD, "FIGHT", None, "Misratah")}),
    ],
)  # fmt: skip
def test_forces_of_the_articles_time(text: str, published: str | None, expected: set[Row]) -> None:
    assert rows(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("The army shelled Sirte on Monday.", "2012-02-01", {(LIBYA_NOW, "FIGHT", None, "Sirte")}),
        ("The Libyan army shelled Sirte.", "2010-11-30", {(LIBYA_OLD, "FIGHT", None, "Sirte")}),
        ("Libyan soldiers shelled Sirte.", None, {(LIBYA_NOW, "FIGHT", None, "Sirte")}),
    ],
)  # fmt: skip
def test_forces_of_the_articles_time_en(text: str, published: str | None, expected: set[Row]) -> None:
    assert rows_of(text, "en", published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a pronoun agent is never the passive's own subject: with no actor told before, the agent is
        # unknown, as with no agent at all
        ("Deux soldats ont été tués par eux près de Kidal.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Kidal")}),
        ("Quatre civils ont été blessés par eux à Homs.",
         {("Unidentified Armed Group (Syria)", "ASSAULT", "Civilians (Syria)", "Homs")}),
        ("Trois rebelles ont été capturés par eux près d'Alep.", set()),
        # the actor told before is the antecedent
        ("Le MNLA a attaqué un poste près de Kidal. Trois soldats maliens ont été tués par eux.",
         {("National Movement for the Liberation of Azawad", "FIGHT", None, "Kidal"),
          ("National Movement for the Liberation of Azawad", "FIGHT", "Malian Armed Forces", "Kidal")}),
    ],
)  # fmt: skip
def test_pronoun_agents(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two soldiers were killed by them near Aleppo.",
         {("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Aleppo")}),
        ("Three rebels were captured by them near Aleppo.", set()),
    ],
)  # fmt: skip
def test_pronoun_agents_en(text: str, expected: set[Row]) -> None:
    assert rows_of(text, "en", "2012-10-16") == expected


BODY = "Military Forces"  # a body of several states: the forces of no one country
AFG_ARMED = "Unidentified Armed Group (Afghanistan)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body noun alone acts as its soldiers do: never the victims' own class; in Afghanistan in
        # 2012 (the date of these rows) the coalition at war there is ISAF (kb/shared_names.toml)
        ("La coalition a tué trois insurgés dans la province de Helmand.",
         {("ISAF", "FIGHT", AFG_ARMED, "Helmand")}),
        ("L'alliance a abattu deux combattants talibans près de Kandahar.",
         {(BODY, "FIGHT", "Taliban", "Kandahār")}),
        ("La force internationale a blessé quatre insurgés à Kunduz.",
         {(BODY, "FIGHT", AFG_ARMED, "Kunduz")}),
        # a state force taking fighters arrests them
        ("La coalition a capturé un chef taliban dans la province de Kandahar.",
         {("ISAF", "COERCE", "Taliban", "Kandahār")}),
        # the body in a group noun's complement: its forces, its aircraft
        ("Les forces de la coalition ont bombardé un village près de Kandahar.",
         {("ISAF", "FIGHT", None, "Kandahār")}),
        ("Un hélicoptère de la coalition a tué deux insurgés dans la province de Kunar.",
         {("ISAF", "FIGHT", AFG_ARMED, "Kunaṟ")}),
        # a named body is that body; one with a complement of its own is another one
        ("L'OTAN a tué trois insurgés dans la province de Helmand.",
         {("NATO", "FIGHT", AFG_ARMED, "Helmand")}),
        ("La coalition internationale a bombardé Raqqa.", {("US-led coalition", "FIGHT", None, "Ar Raqqah")}),
        ("Un parti membre de la coalition d'opposition appelle à manifester à Lomé.",
         {("Opposition (Togo)", "REQUEST", None, "Lomé")}),
        # an unknown subject's default group is not the victims' own
        ("Le commando a tué trois insurgés dans la province de Helmand.", set()),
    ],
)  # fmt: skip
def test_bodies_of_states_act(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_bodies_of_states_act_en() -> None:
    assert rows_of("The coalition killed three insurgents in Helmand province.", "en", "2012-10-16") == {
        ("ISAF", "FIGHT", AFG_ARMED, "Helmand")
    }
    assert rows_of("Coalition troops killed two Taliban fighters in Helmand.", "en", "2012-10-16") == {
        ("ISAF", "FIGHT", "Taliban", "Helmand")
    }


def test_periods_a_user_kb_adds(tmp_path: Path) -> None:
    """Every KB actor whose name carries a span is chosen by the article's year; undated: the
    open-ended one."""
    from conflictkg.knowledge.kb import KnowledgeBase
    from conflictkg.nlp.extractor import NLPExtractor
    from conflictkg.sources.documents import RawDocument

    kb_file = tmp_path / "periods.toml"
    kb_file.write_text(
        '[[actor]]\nname = "Military Forces of Libya (2011-2014)"\nkind = "armed_group"\ncountry = "LBY"\n\n'
        '[[actor]]\nname = "Military Forces of Libya (2014-)"\nkind = "armed_group"\ncountry = "LBY"\n',
        encoding="utf-8",
    )
    extractor = NLPExtractor(kb=KnowledgeBase.load(extra_files=[kb_file]))
    got = {}
    for published in ("2010-05-01", "2012-10-16", "2016-01-01", None):
        doc = RawDocument(origin=f"periods-{published}", text="L'armée a bombardé Syrte.", language="fr",
                          published=published)  # fmt: skip
        (facts,) = list(extractor.extract([doc]))
        assert not isinstance(facts, Exception)
        names = {a.id: a.name for a in facts.actors}
        got[published] = {names[e.actor_id] for e in facts.events}
    assert got == {
        "2010-05-01": {LIBYA_OLD},
        "2012-10-16": {"Military Forces of Libya (2011-2014)"},
        "2016-01-01": {"Military Forces of Libya (2014-)"},
        None: {"Military Forces of Libya (2014-)"},
    }
