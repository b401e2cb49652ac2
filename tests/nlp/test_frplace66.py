"""French place names (issue 14, round frplace66), in sentences of our own: a subdivision named after
its kind ("dans l'État de Katsina", "la région du lac Tchad") is that subdivision, never a place called
"État"; a merchant ship's flag ("un navire battant pavillon libérien") is no party, a warship ("un
navire de guerre") its state's forces; talks or fighting that resume ("le dialogue entre X et Y a
repris à Bamako") are no capture; each rule with a near sentence it must leave alone."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

CASES: list[tuple[str, set[Row]]] = [
    # an admin noun + de/du + a subdivision's name: the subdivision, the kind noun no part of it
    (
        "Des hommes armés ont enlevé douze élèves dans l'État de Katsina, selon la police.",
        {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Katsina")},
    ),
    (
        "Des jihadistes ont attaqué une base de l'armée dans l'État du Borno.",
        {("Unidentified Armed Group (Nigeria)", "FIGHT", "Nigerian Armed Forces", "Borno")},
    ),
    (
        "Des rebelles ont attaqué un village de la province du Logone oriental.",
        {("Unidentified Armed Group (Chad)", "FIGHT", None, "Logone-Oriental")},
    ),
    # a lower-case name of the subdivision, the country it lies in after it
    (
        "L'armée tchadienne a tué dix jihadistes dans la région du lac Tchad.",
        {("Chadian Armed Forces", "FIGHT", "Unidentified Armed Group (Chad)", "Lac")},
    ),
    (
        "Des rebelles ont pillé un marché dans la région du Lac.",
        {("Unidentified Armed Group (Chad)", "COERCE", None, "Lac")},
    ),
    # another name after the word: another place (the lake), not Chad's Lac
    (
        "Des rebelles ont pillé un marché dans la région du lac Victoria.",
        {("Unidentified Armed Group", "COERCE", None, None)},
    ),
    # a state as a polity: no place
    ("L'État du Mali a condamné l'attaque de Gao.", {("Mali", "ACCUSE", None, None)}),
    # talks or fighting resuming is no capture, whoever the parser makes the verb's subject
    ("Le dialogue entre le gouvernement et l'opposition a repris à Bamako.", set()),
    ("Les négociations entre l'armée et les rebelles ont repris à Doha.", set()),
    ("Le dialogue a repris à Bamako.", set()),
    (
        "Les combats entre l'armée et le M23 ont repris à Sake.",
        {
            ("Armed Forces of the Democratic Republic of the Congo", "FIGHT", "M23", "Sake"),
            ("M23", "FIGHT", "Armed Forces of the Democratic Republic of the Congo", "Sake"),
        },
    ),
    # a merchant ship's flag is no party; a warship is its state's forces
    ("Les Houthis ont attaqué un navire libérien en mer Rouge.", {("Houthis", "FIGHT", None, "Red Sea")}),
    (
        "Un cargo battant pavillon maltais a été visé par un drone des Houthis au large d'Hodeida.",
        {("Houthis", "FIGHT", None, "Al Ḩudaydah")},
    ),
    (
        "Les Houthis ont attaqué un navire de guerre américain en mer Rouge.",
        {("Houthis", "FIGHT", "Military Forces of the United States", "Red Sea")},
    ),
    # a town retaken stays a capture, coordinated subjects too
    ("L'armée malienne a repris Douentza.", {("Malian Armed Forces", "CAPTURE", None, "Douentza")}),
    ("Les rebelles du M23 et leurs alliés ont repris Sake.", {("M23", "CAPTURE", None, "Sake")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_french_place_names(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
