"""Language detection and the per-article input errors of the NLP extractor."""

from __future__ import annotations

import pytest

from conflictkg.errors import InputError
from conflictkg.knowledge.lexicon import load_lexicon
from conflictkg.nlp.language import detect, is_supported
from conflictkg.sources.documents import RawDocument

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (
            "La Turquie a averti vendredi qu'elle répondrait à toute attaque contre ses intérêts en Libye.",
            "fr",
        ),
        ("Russian forces shelled Kharkiv on Tuesday, regional officials said.", "en"),
        ("Die russischen Truppen haben am Dienstag die Stadt Charkiw beschossen.", "de"),
        ("قصفت القوات الروسية مدينة خاركيف يوم الثلاثاء", "ar"),
        # most words English, one Spanish common noun among the place names
        (
            "On 4 June, in Santa Cruz del Valle, Puebla, two bodies were left in fraccionamiento Los Pinos.",
            "en",
        ),
        ("El 3 de junio, en Villa Nueva del Rosario, Jalisco, se encontró un cuerpo en la colonia.", "es"),
        ("No dia 3 de junho, na cidade de Nova Esperança, um corpo foi encontrado perto da estrada.", "pt"),
    ],
)
def test_detect(text: str, code: str) -> None:
    assert detect(text)[0] == code
    assert is_supported(code) == (code in ("fr", "en"))


def test_too_short_to_tell() -> None:
    assert detect("ok")[0] is None


def test_lexicons_load_with_types_of_the_model() -> None:
    from conflictkg.model import EVENT_TYPES

    for lang in ("fr", "en"):
        lex = load_lexicon(lang)
        preds = [*lex.verbs.values(), *lex.reflexive.values(), *lex.nouns.values(), *lex.verb_object.values()]
        assert preds and {p.type for p in preds} <= set(EVENT_TYPES)


def test_unsupported_empty_and_eventless_articles() -> None:
    from conflictkg.nlp.extractor import NLPExtractor

    docs = [
        RawDocument(
            origin="de.txt", text="Die russischen Truppen haben am Dienstag die Stadt Charkiw beschossen."
        ),
        RawDocument(origin="empty.txt", text="   \n"),
        RawDocument(
            origin="calm.txt",
            text="Il a fait beau à Lyon hier et les marchés étaient ouverts.",
            language="fr",
        ),
    ]
    out = list(NLPExtractor().extract(docs))
    assert isinstance(out[0], InputError) and "unsupported language: German (de)" in str(out[0])
    assert str(out[0]).startswith("de.txt: ")
    assert isinstance(out[1], InputError) and "no text" in str(out[1])
    assert not isinstance(out[2], InputError)
    assert out[2].events == [] and out[2].article.language == "fr"


def test_texts_the_trigrams_decide_never_load_the_full_models() -> None:
    from conflictkg.nlp import language

    language._detector.cache_clear()
    article = (
        "Les forces gouvernementales ont repris mardi le contrôle de la ville après trois jours de "
        "combats contre les groupes armés, selon un communiqué publié par le ministère de la Défense."
    )
    assert detect(article) == ("fr", "French")
    assert detect("Police fired tear gas at protesters outside the parliament on Monday.") == (
        "en",
        "English",
    )
    assert language._detector.cache_info().currsize == 1  # the trigram detector only
    # a short text in another language is left to the full models
    assert detect("Die Truppen haben am Dienstag die Stadt beschossen.")[0] == "de"
    assert language._detector.cache_info().currsize == 2
