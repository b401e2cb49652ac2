"""Round frmiss86 (issue 14): the French batteries' known misses, fixed by general rules, each with
the known miss it fixes, a sentence of our own it must fix too and a near sentence it must leave
alone.

- a lower-case water noun with a capitalised name after it ("en mer Rouge", "près du lac Tchad", "dans
  le golfe d'Aden") names a sea or a lake, the curated water so named is the event's place, and a water
  the gazetteer lacks places nothing (nlp/events/water_bodies.py, fr.json ``water_nouns``,
  places/curated.toml);
- background beside the news, no event of its own (nlp/events/background_clauses.py): a relative
  clause with "depuis" and a time ("une ville qui était encerclée par des jihadistes depuis plus d'un
  an"; fr.json ``timed_span_preps``), and a clause of circumstance in the imperfect ("alors que les
  rebelles avançaient vers Goma"; fr.json ``circumstance_marks``);
- a group noun the tagger reads as an adjective after a number of its own ("au moins dix rebelles
  houthis") is a noun, and the group it names with its adjective is found (nlp/group_nouns.py);
- a capture verb whose direct object is a common noun that names no ground ("a pris le dessus", "ont
  pris des armes") takes no territory, the town of the sentence is not taken (fr.json
  ``territory_nouns``, read by nlp/events/territory_taken.py as the English list is); a day the parser
  reads as the object ("se sont emparés dimanche de Kaboul") is no object.
"""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

CASES: list[tuple[str, set[Row]]] = [
    # a sea or a lake: the known misses (test_frstyle72, test_frstyle83, test_frstyle85), ours
    (
        "Yémen : les Houthis ont revendiqué une attaque de drone contre un navire marchand en mer Rouge",
        {("Houthis", "FIGHT", None, "Red Sea")},
    ),
    (
        "Nigeria : l'armée nigériane a affirmé mardi avoir tué une trentaine de combattants de l'ISWAP lors "
        "d'une opération près du lac Tchad.",
        {("Nigerian Armed Forces", "FIGHT", "Islamic State West Africa Province", "Lake Chad")},
    ),
    (
        "Yémen : les Houthis ont attaqué mardi un navire marchand dans le golfe d'Aden.",
        {("Houthis", "FIGHT", None, "Gulf of Aden")},
    ),
    # near: the sea with no name, a sea the gazetteer lacks: no place of its own
    (
        "Yémen : des soldats ont été tués en mer près de Hodeïda.",
        {("Unidentified Armed Group (Yemen)", "FIGHT", "Government of Yemen", "Al Ḩudaydah")},
    ),
    ("Les Houthis ont attaqué un navire en mer de Barents.", {("Houthis", "FIGHT", None, None)}),
    # a relative clause with "depuis" and a time: the known miss (test_frstyle85), ours
    (
        "L'armée burkinabè a repris lundi le contrôle de Djibo, une ville du nord qui était encerclée par "
        "des jihadistes depuis plus d'un an.",
        {("Armed Forces of Burkina Faso", "CAPTURE", None, "Djibo")},
    ),
    (
        "Mali : l'armée malienne a repris jeudi Tombouctou, une ville qui était encerclée par les "
        "jihadistes depuis janvier.",
        {("Malian Armed Forces", "CAPTURE", None, "Timbuktu")},
    ),
    # near: a relative clause dated by a day tells its event; "depuis" a place is no span of time
    (
        "Mali : l'armée malienne a repris jeudi Tombouctou, une ville qui a été encerclée par les "
        "jihadistes lundi.",
        {
            ("Malian Armed Forces", "CAPTURE", None, None),
            ("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", None),
        },
    ),
    (
        "Les forces israéliennes ont abattu des militants qui tiraient des roquettes depuis Gaza.",
        {
            ("Israel Defense Forces", "FIGHT", "Unidentified Armed Group (Palestine)", "Gaza"),
            ("Unidentified Armed Group (Palestine)", "FIGHT", None, "Gaza"),
        },
    ),
    # "depuis" with a time in another tense: the arrests told are an event
    (
        "Népal : le roi a levé l'état d'urgence, décrété par ses forces de sécurité qui auraient mené "
        "plus de 2 500 arrestations depuis janvier.",
        {("Police Forces of Nepal", "COERCE", "Civilians (Nepal)", "Nepal")},
    ),
    # a clause of circumstance in the imperfect: the known miss (test_frstyle85), ours
    (
        "L'armée congolaise a bombardé mercredi des positions du M23 autour de Sake, alors que les rebelles "
        "avançaient vers Goma.",
        {("Armed Forces of the Democratic Republic of the Congo", "FIGHT", "M23", "Sake")},
    ),
    (
        "L'armée malienne a repoussé mardi une attaque à Mopti, tandis que les jihadistes avançaient vers "
        "Sévaré.",
        {("Malian Armed Forces", "FIGHT", None, "Mopti")},
    ),
    # near: in the passé composé the clause tells an event of its own
    (
        "L'armée malienne a repoussé mardi une attaque à Mopti, tandis que les jihadistes ont attaqué "
        "Sévaré.",
        {
            ("Malian Armed Forces", "FIGHT", None, "Mopti"),
            ("Unidentified Armed Group (Mali)", "FIGHT", None, "Sévaré"),
        },
    ),
    # a counted group noun read as an adjective: the known miss (test_frstyle83), ours
    (
        "Yémen : des frappes aériennes de la coalition menée par l'Arabie saoudite ont tué au moins dix "
        "rebelles houthis dimanche dans la province de Marib, selon une source militaire.",
        {("Saudi-led coalition", "FIGHT", "Houthis", "Ma’rib")},
    ),
    (
        "Yémen : des frappes saoudiennes ont tué vingt rebelles houthis lundi à Hodeïda.",
        {("Saudi Arabia", "FIGHT", "Houthis", "Al Ḩudaydah")},
    ),
    # near: the number is the positions', and "rebelles" their adjective
    (
        "Yémen : l'aviation saoudienne a bombardé lundi trois positions rebelles près de Hodeïda.",
        {("Military Forces of Saudi Arabia", "FIGHT", "Unidentified Armed Group (Yemen)", "Al Ḩudaydah")},
    ),
    # near: a hedged count ("six terroristes présumés") is left as tagged
    ("Royaume-Uni : six terroristes présumés arrêtés à Manchester", set()),
    # a capture verb's object that is no ground: the known miss (test_frstyle83), two of ours
    ("Rugby : l'attaque irlandaise a pris le dessus sur la défense française samedi à Dublin.", set()),
    ("Mali : l'armée a pris le dessus sur les rebelles samedi à Kidal.", set()),
    ("Mali : les rebelles ont pris des armes samedi à Kidal.", set()),
    # near: ground taken, named or by a territory noun; a day read as the object
    (
        "Mali : les rebelles ont pris samedi la ville de Kidal.",
        {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")},
    ),
    ("Mali : l'armée a repris le contrôle de Kidal.", {("Malian Armed Forces", "CAPTURE", None, "Kidal")}),
    (
        "Mali : les rebelles ont pris position samedi à Kidal.",
        {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal")},
    ),
    (
        "Afghanistan : les talibans se sont emparés dimanche de Kunduz.",
        {("Taliban", "CAPTURE", None, "Kunduz")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rows(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
