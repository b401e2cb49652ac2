"""French actors (issue 14), round 42: an object clitic stands only for an actor that agrees with it
and is named in its sentence or the one before (nlp/events/subject_pronouns.named_before); a body
noun of one word or two ("la coalition", "la force internationale") is read by one helper in both
positions (nlp/body_actors.body_word); a name several bodies carried is the one of the article's
years and country (knowledge/data/kb/shared_names.toml). Sentences of our own, as exact rows."""

from __future__ import annotations

from functools import cache

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
MALI_MIL = "Malian Armed Forces"
ARMED_MALI = "Unidentified Armed Group (Mali)"
BODY = "Military Forces"  # a body of several states, of no one country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "les" is plural: not the singular Niger of the sentence before, so no target
        (
            "Le Niger a fermé sa frontière. L'armée malienne les a bombardés près de Gao.",
            {(MALI_MIL, "FIGHT", None, "Gao")},
        ),
        # the plural islamists are two sentences back: too far for a clitic
        (
            "Des islamistes ont pris Douentza en mars. Le président a nommé un nouveau gouverneur. "
            "L'armée les a bombardés près de Gao.",
            {(ARMED_MALI, "CAPTURE", None, "Douentza"), (MALI_MIL, "FIGHT", None, "Gao")},
        ),
        # ... while in the sentence just before they are its antecedent
        (
            "Des islamistes ont pris Douentza. L'armée malienne les a bombardés près de Gao.",
            {(ARMED_MALI, "CAPTURE", None, "Douentza"), (MALI_MIL, "FIGHT", ARMED_MALI, "Gao")},
        ),
        # "le Hamas" is a masculine singular: "l'" stands for it, "les" does not
        (
            "Le Hamas a tiré des roquettes sur Sderot. L'armée israélienne l'a bombardé à Gaza.",
            {("Hamas", "FIGHT", None, "Sderot"), ("Israel Defense Forces", "FIGHT", "Hamas", "Gaza")},
        ),
        (
            "Le Hamas a tiré des roquettes sur Sderot. L'armée israélienne les a bombardés à Gaza.",
            {("Hamas", "FIGHT", None, "Sderot"), ("Israel Defense Forces", "FIGHT", None, "Gaza")},
        ),
        # a plural state and a feminine one agree with "les" and "l'...attaquée"
        (
            "Les États-Unis ont envoyé des drones. Les talibans les ont accusés de tuer des civils.",
            {("Taliban", "ACCUSE", "United States", None)},
        ),
        (
            "L'Algérie a fermé sa frontière avec le Mali. Les rebelles l'ont attaquée près de Tessalit.",
            {(ARMED_MALI, "FIGHT", "Algeria", "Tessalit")},
        ),
        # a capital named as a place ("à Bagdad") is no antecedent: "lui" is not Iraq
        (
            "Un kamikaze a visé un convoi à Bagdad. La police a ouvert le feu sur lui.",
            {
                ("Police Forces of Iraq", "FIGHT", "Unidentified Armed Group (Iraq)", None),
                ("Unidentified Armed Group (Iraq)", "FIGHT", None, "Baghdad"),
            },
        ),
    ],
)
def test_object_clitic_agrees_and_stays_near(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a body of two words as the complement of a group noun: its soldiers are of no one country
        (
            "Des talibans ont attaqué des soldats de la force internationale près de Kandahar.",
            {("Taliban", "FIGHT", BODY, "Kandahār")},
        ),
        (
            "Les soldats de la force internationale ont tué trois insurgés dans la province de Kandahar.",
            {(BODY, "FIGHT", "Unidentified Armed Group (Afghanistan)", "Kandahār")},
        ),
        # and of one word
        (
            "Des insurgés ont attaqué un convoi de la coalition dans le sud.",
            {("Unidentified Armed Group", "FIGHT", BODY, None)},
        ),
    ],
)
def test_body_complements_of_one_or_two_words(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@cache
def _parse(text: str):  # type: ignore[no-untyped-def]
    import spacy

    return spacy.load("fr_core_news_md")(text)


@pytest.mark.parametrize(
    ("text", "head", "complement"),
    [
        ("Les soldats de la force internationale ont tiré.", None, "force"),
        ("Les soldats de la coalition ont tiré.", None, "coalition"),
        ("La force internationale a tiré.", "force", None),
        ("La coalition a tiré.", "coalition", None),
        ("Les soldats de la force aérienne ont tiré.", None, None),
    ],
)
def test_one_body_word_helper_in_both_positions(text: str, head: str | None, complement: str | None) -> None:
    from conflictkg.knowledge.lexicon import load_lexicon
    from conflictkg.nlp.body_actors import body_word, unnamed_bodies
    from conflictkg.nlp.body_complements import unnamed_body

    lex = load_lexicon("fr")
    doc = _parse(text)
    bodies = lex.group("body_nouns")
    assert [t.text for t in unnamed_bodies(doc, {}, lex)] == (
        [head] if head else ([complement] if complement else [])
    )
    assert unnamed_body(doc[1], {}, lex) is (complement is not None)
    assert [t.text for t in doc if body_word(t, bodies)] == [w for w in (head, complement) if w]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "la coalition internationale" of an article on Afghanistan in 2010: ISAF
        ("La coalition internationale a bombardé un village près de Kandahar, en Afghanistan.", "2010-06-01",
         {("ISAF", "FIGHT", None, "Kandahār")}),
        ("Des talibans ont attaqué des soldats de la coalition internationale près de Kandahar.",
         "2010-06-01",
         {("Taliban", "FIGHT", "ISAF", "Kandahār")}),
        # with no date, the holder of the article's country
        ("Des talibans ont attaqué des soldats de la coalition internationale près de Kandahar.", None,
         {("Taliban", "FIGHT", "ISAF", "Kandahār")}),
        # in Syria in 2015: the US-led coalition
        ("Des avions de la coalition internationale ont bombardé Raqqa. La coalition internationale a aussi "
         "frappé Mossoul.", "2015-06-01",
         {("US-led coalition", "FIGHT", None, "Ar Raqqah"), ("US-led coalition", "FIGHT", None, "Mosul")}),
        # in Libya in 2011: NATO
        ("Les forces de la coalition internationale ont bombardé Brega.", "2011-06-01",
         {("NATO", "FIGHT", None, "Al Burayqah")}),
        # no holder of that year there: the knowledge base's own reading stands
        ("La coalition internationale a bombardé des positions jihadistes près de Raqqa.", "2013-01-20",
         {("US-led coalition", "FIGHT", "Unidentified Armed Group (Syria)", "Ar Raqqah")}),
    ],
)  # fmt: skip
def test_shared_name_of_its_years_and_country(text: str, published: str | None, expected: set[Row]) -> None:
    assert rows(text, published) == expected


def test_shared_name_holders_data() -> None:
    from conflictkg.knowledge.shared_names import choose, holders

    held = holders("la coalition internationale")
    names = {h.actor for h in held}
    assert names == {"actor:isaf", "actor:nato", "actor:us-led-coalition"}
    assert holders("les soldats de la coalition internationale") == held
    assert holders("la coalition") == ()

    def pick(year: int | None, country: str | None) -> str | None:
        got = choose(held, year, country)
        return got.actor if got is not None else None

    assert pick(2010, "AFG") == "actor:isaf"
    assert pick(2015, "IRQ") == "actor:us-led-coalition"
    assert pick(2011, "LBY") == "actor:nato"
    assert pick(2012, "LBY") is None  # NATO's name there was of 2011 only
    assert pick(None, "SYR") == "actor:us-led-coalition"
    assert pick(2020, None) == "actor:us-led-coalition"
    assert pick(None, None) is None
