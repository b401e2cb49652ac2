"""Language detection on short texts full of foreign names (issue 14): the names say where, not which
language; the configured languages (fr, en) win when nearly as likely. Invented sentences."""

from __future__ import annotations

import pytest

from conflictkg.nlp.language import detect

pytestmark = pytest.mark.nlp


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Gunmen killed a man in Ciudad Juárez, Chihuahua.", "en"),
        ("Soldiers opened fire in Villa de Álvarez, Colima. Police arrived in Santa María del Oro.", "en"),
        ("Residents of San Juan de los Lagos blocked the road to La Piedad de Cabadas.", "en"),
        ("Des hommes armés ont tué trois civils à San Cristóbal de las Casas, Chiapas.", "fr"),
        ("Des tirs ont visé jeudi les villages de Nueva Esperanza et de San José del Río.", "fr"),
    ],
)
def test_names_do_not_make_a_note_foreign(text: str, code: str) -> None:
    assert detect(text)[0] == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Militares mataron a dos hombres en San Pedro. La policía llegó tarde.", "es"),
        ("Los manifestantes se reunieron frente al palacio municipal de Guadalajara.", "es"),
        ("Die russischen Truppen haben am Dienstag die Stadt Charkiw beschossen.", "de"),
    ],
)
def test_a_foreign_sentence_stays_foreign(text: str, code: str) -> None:
    assert detect(text)[0] == code


def test_only_names_falls_back_to_the_whole_text() -> None:
    # nothing left once names are taken out: the detector sees the whole text
    assert detect("Kharkiv, Izium, Kupiansk, Balakliia, Lyman.")[0] in (None, "en", "fr", "uk", "ru", "de")
