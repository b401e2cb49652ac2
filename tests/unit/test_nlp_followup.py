"""Follow-up rules of the extraction, on sentences of our own: exact (actor, type, target, modality)
sets. Temporal nouns never fill argument slots; acronyms are names whatever the tagger says; a target
may come from the previous sentence when that is unambiguous; a threat keeps a null target; generic
groups ("des manifestants", "gunmen") become the generic actors of the article's country."""

from __future__ import annotations

import pytest
from unit._extract import Fact, events, facts

pytestmark = pytest.mark.nlp

DRC = "Armed Forces of the Democratic Republic of the Congo"
FR_CASES: list[tuple[str, set[Fact]]] = [
    # a weekday / time noun between the verb and its object, or in front
    ("Les FARDC ont bombardé dimanche soir les positions du M23 à Rutshuru.",
     {(DRC, "FIGHT", "M23", "asserted")}),
    ("Mardi matin, les FAMa ont repoussé une attaque du JNIM.",
     {("Malian Armed Forces", "FIGHT", "Jama'at Nusrat al-Islam wal-Muslimin", "asserted")}),
    # a threat with no target stands
    ("La CEDEAO a menacé d'intervenir militairement au Niger.", {("ECOWAS", "THREATEN", None, "asserted")}),
    # generic groups, with the country of the article
    # (protesters burning property riot: a violent demonstration, PROTEST by rioters)
    ("Des manifestants ont incendié un commissariat à Bamako.",
     {("Rioters (Mali)", "PROTEST", "Police Forces of Mali", "asserted")}),
    ("Des hommes armés ont tué douze villageois dans le centre du Mali.",
     {("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "asserted")}),
    ("Les partisans de la junte ont manifesté à Niamey.",
     {("Protesters (Niger)", "PROTEST", None, "asserted")}),
    # lexicon: expulsions, visits, lifted restrictions
    ("Le Mali a expulsé l'ambassadeur de France.", {("Mali", "SANCTION", "France", "asserted")}),
    ("Le président Macron a visité la Côte d'Ivoire.", {("France", "CONSULT", "Ivory Coast", "asserted")}),
    # a curfew lifted frees the civilians it bound, as in English (restriction_nouns, round fr63)
    ("Le gouvernement a levé le couvre-feu à Bamako.", {("Mali", "CONCEDE", "Civilians (Mali)", "asserted")}),
    # named inside: not generic
    ("Des jihadistes du JNIM ont attaqué les FAMa à Boulkessi.",
     {("Jama'at Nusrat al-Islam wal-Muslimin", "FIGHT", "Malian Armed Forces", "asserted")}),
]  # fmt: skip

EN_CASES: list[tuple[str, set[Fact]]] = [
    ("Iran threatened to retaliate.", {("Iran", "THREATEN", None, "asserted")}),
    ("Gunmen killed seven villagers in Zamfara, Nigeria.",
     {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "asserted")}),
    # a police station is the police's: they are attacked (by protesters: a riot, ACLED's violent
    # demonstration)
    ("Protesters stormed a police station in Khartoum.",
     {("Rioters (Sudan)", "PROTEST", "Police Forces of Sudan", "asserted")}),
    ("Jihadists attacked an army post near Gao in Mali.",
     {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "asserted")}),
    ("Egypt lifted the curfew in Cairo on Monday.", {("Egypt", "CONCEDE", "Civilians (Egypt)", "asserted")}),
    ("Putin telephoned Erdogan on Friday.", {("Russia", "CONSULT", "Turkey", "asserted")}),
    # the agent of a participle on a nominal event ("shells fired by X")
    ("Shells fired by Russian forces hit a school in Kharkiv.",
     {("Russian Armed Forces", "FIGHT", None, "asserted")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FR_CASES)
def test_french(text: str, expected: set[Fact]) -> None:
    assert events(text, "fr") == expected


@pytest.mark.parametrize(("text", "expected"), EN_CASES)
def test_english(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


def per_sentence(text: str, lang: str) -> list[tuple[int, str, str, str | None, float]]:
    f = facts(text, lang)
    names = {a.id: a.name for a in f.actors}
    rows = [(e.evidence.start, names[e.actor_id], e.type, names.get(e.target_id or ""), e.confidence)
            for e in f.events]  # fmt: skip
    return sorted(rows)


def test_target_from_the_previous_sentence_when_unambiguous() -> None:
    text = "Les rebelles du M23 ont attaqué les FARDC lundi. Ils ont attaqué à nouveau mardi matin."
    (a, b) = per_sentence(text, "fr")
    assert a[1:4] == b[1:4] == ("M23", "FIGHT", DRC)
    assert b[4] < a[4]  # inherited: lower confidence
    text = "Al-Shabaab fighters attacked AMISOM troops on Monday. The militants struck again on Tuesday."
    (a, b) = per_sentence(text, "en")
    assert a[1:4] == b[1:4] == ("Al-Shabaab", "FIGHT", "African Union Transition Mission in Somalia")
    assert b[4] < a[4]


def test_no_target_invented_when_ambiguous() -> None:
    text = (
        "Le M23 a attaqué les FARDC à Rutshuru et a bombardé la MONUSCO à Goma. "
        "Les rebelles ont attaqué à l'aube."
    )
    rows = per_sentence(text, "fr")
    assert {r[1:4] for r in rows} == {
        ("M23", "FIGHT", DRC),
        ("M23", "FIGHT", "MONUSCO"),
        ("M23", "FIGHT", None),
    }


def test_definite_armed_group_noun_is_not_a_state_army() -> None:
    # "les rebelles" after the army's action: not the army, a generic armed group
    text = "Les FARDC ont repris Bunagana. Dimanche soir, les rebelles ont attaqué."
    rows = per_sentence(text, "fr")
    assert {r[1:4] for r in rows} == {(DRC, "CAPTURE", None), ("Unidentified Armed Group", "FIGHT", None)}


def test_generic_ids_meet_the_acled_importer() -> None:
    f = facts("Gunmen killed seven villagers in Zamfara, Nigeria.", "en")
    assert {(a.id, a.kind, a.country) for a in f.actors} == {
        ("actor:unidentified-armed-group-nigeria", "armed_group", "NGA"),
        ("actor:civilians-nigeria", "civilians", "NGA"),
    }


def test_unknown_place_in_brackets_of_a_known_one() -> None:
    f = facts("GNA forces shelled LNA positions with heavy artillery in Khallatat (Tripoli).", "en")
    (ev,) = f.events
    (loc,) = [loc for loc in f.locations if loc.id == ev.location_id]
    assert (loc.name, loc.country, round(loc.lat or 0), round(loc.lon or 0)) == ("Khallatat", "LBY", 33, 13)


def test_acronym_tagged_pronoun_is_a_name() -> None:
    import spacy
    from spacy.tokens import Doc

    from conflictkg.nlp import coref

    doc = Doc(
        spacy.blank("fr").vocab,
        words=["Les", "FARDC", "ont", "attaqué", ".", "Ils"],
        pos=["DET", "PRON", "AUX", "VERB", "PUNCT", "PRON"],
    )
    pronouns = frozenset({"ils"})
    assert [coref.is_pronoun(t, pronouns) for t in (doc[1], doc[5])] == [False, True]


def test_place_outside_the_articles_main_country_still_gets_coordinates() -> None:
    """The main country is a guess from the actors named; a place it does not hold is looked up anyway."""
    from conflictkg.nlp.extractor import NLPExtractor
    from conflictkg.sources.documents import RawDocument

    text = (
        "Turkey said on Monday that Turkey would keep its troops in Turkey. "
        "Turkish-backed fighters of the Syrian National Army captured the town of Afrin on Sunday."
    )
    doc = RawDocument(origin="afrin.txt", text=text, published="2018-03-19", language="en")
    (facts,) = list(NLPExtractor().extract([doc]))
    places = {(loc.name, loc.country, loc.lat is not None) for loc in facts.locations}
    assert ("‘Afrīn", "SYR", True) in places
