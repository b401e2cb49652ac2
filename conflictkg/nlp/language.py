"""Language detection (lingua), restricted to the languages we support plus common others, so an
article in an unsupported language is recognised and reported rather than parsed as French."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from conflictkg.knowledge.lexicon import SUPPORTED

_OTHERS = ("GERMAN", "ARABIC", "SPANISH", "ITALIAN", "PORTUGUESE", "RUSSIAN", "UKRAINIAN", "TURKISH",
           "PERSIAN", "DUTCH", "CHINESE")  # fmt: skip
_NAMES = {"fr": "French", "en": "English"}
_MIN_CHARS = 20


# Lingua's trigram-only ("low accuracy") mode loads in milliseconds; its full models take seconds.
# The trigrams decide a text of this many letters, or a shorter one they give to a configured
# language with this confidence: over the 6,649 ACLED notes and articles of ../shared, no answer
# differs from the full models' (which the trigrams called for 5 short texts).
_LONG_CHARS = 120
_SURE = 0.9


@lru_cache(maxsize=2)
def _detector(trigrams: bool = False) -> Any:
    from lingua import Language, LanguageDetectorBuilder

    langs = [Language.FRENCH, Language.ENGLISH, *(getattr(Language, n) for n in _OTHERS)]
    builder = LanguageDetectorBuilder.from_languages(*langs)
    if trigrams:
        return builder.with_low_accuracy_mode().build()
    return builder.with_preloaded_language_models().build()


def _confidences(probe: str, preferred: tuple[str, ...]) -> tuple[Any, list[Any]]:
    """(detector, confidence values) of the probe: the trigrams' when they decide it, else the full
    models'."""
    detector = _detector(trigrams=True)
    values = detector.compute_language_confidence_values(probe)
    if len(re.sub(r"\W", "", probe)) >= _LONG_CHARS:
        return detector, values
    if values and _code(values[0].language) in preferred and values[0].value >= _SURE:
        return detector, values
    detector = _detector(trigrams=False)
    return detector, detector.compute_language_confidence_values(probe)


# A name inside a sentence (a capitalised word that does not open it) and numbers: place and person
# names say where things happen, not what language the sentence is in ("Gunmen killed a man in
# Ciudad Juárez, Chihuahua" is English).
_NAME = re.compile(r"(?<![.!?:;\n]\s)(?<!^)\b[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’-]*|\d[\d.,:/-]*", re.M)
_BIAS = 0.25  # a configured language wins when it has at least this share of the best one's confidence


def detect(text: str, preferred: tuple[str, ...] = ("fr", "en")) -> tuple[str | None, str]:
    """(ISO 639-1 code or None, language name) of the text; None when it cannot be told.

    Names are left out when the rest is long enough to tell, and the ``preferred`` languages (those
    configured) win over another one when they are nearly as likely: short notes full of foreign
    place names are common in conflict reporting."""
    sample = text[:3000]
    if len(sample.strip()) < _MIN_CHARS:
        return None, "unknown"
    words = _NAME.sub(" ", sample)
    probe = words if len(re.sub(r"\W", "", words)) >= _MIN_CHARS else sample
    detector, values = _confidences(probe, preferred)
    if not values or values[0].value <= 0:
        return None, "unknown"
    top = values[0]
    if _code(top.language) not in preferred:
        best = max((v for v in values if _code(v.language) in preferred), key=lambda v: v.value, default=None)
        if best is not None and best.value >= _BIAS * top.value:
            top = best
        else:
            top = _by_words(detector, probe, preferred, values) or top
    return _code(top.language), top.language.name.title()


def _by_words(detector: Any, text: str, preferred: tuple[str, ...], values: list[Any]) -> Any:
    """The preferred language most words are in, when it holds most of them: one foreign word
    ("found in fraccionamiento Costa Verde") can outweigh a short English note's whole confidence."""
    counts: dict[Any, int] = {}
    for segment in detector.detect_multiple_languages_of(text):
        counts[segment.language] = counts.get(segment.language, 0) + segment.word_count
    if not counts:
        return None
    lang = max(counts, key=lambda k: counts[k])
    if _code(lang) not in preferred or 2 * counts[lang] <= sum(counts.values()):
        return None
    return next((v for v in values if v.language == lang), None)


def _code(lang: Any) -> str:
    return str(lang.iso_code_639_1.name.lower())


def is_supported(code: str | None) -> bool:
    return code in SUPPORTED


def name_of(code: str | None) -> str:
    return _NAMES.get(code or "", code or "unknown")
