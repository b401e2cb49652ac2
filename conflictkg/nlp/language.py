"""Language detection (lingua), restricted to the languages we support plus common others, so an
article in an unsupported language is recognised and reported rather than parsed as French."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from conflictkg.knowledge.lexicon import SUPPORTED

_OTHERS = ("GERMAN", "ARABIC", "SPANISH", "ITALIAN", "PORTUGUESE", "RUSSIAN", "UKRAINIAN", "TURKISH",
           "PERSIAN", "DUTCH", "CHINESE")  # fmt: skip
_NAMES = {"fr": "French", "en": "English"}
_MIN_CHARS = 20


@lru_cache(maxsize=1)
def _detector() -> Any:
    from lingua import Language, LanguageDetectorBuilder

    langs = [Language.FRENCH, Language.ENGLISH, *(getattr(Language, n) for n in _OTHERS)]
    return LanguageDetectorBuilder.from_languages(*langs).with_preloaded_language_models().build()


def detect(text: str) -> tuple[str | None, str]:
    """(ISO 639-1 code or None, language name) of the text; None when it cannot be told."""
    sample = text[:3000]
    if len(sample.strip()) < _MIN_CHARS:
        return None, "unknown"
    lang = _detector().detect_language_of(sample)
    if lang is None:
        return None, "unknown"
    return lang.iso_code_639_1.name.lower(), lang.name.title()


def is_supported(code: str | None) -> bool:
    return code in SUPPORTED


def name_of(code: str | None) -> str:
    return _NAMES.get(code or "", code or "unknown")
