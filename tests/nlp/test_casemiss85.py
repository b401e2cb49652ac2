"""Known misses of the English batteries (issue 14, round casemiss85): general rules for families of
them, each with the battery sentence (moved from KNOWN_MISSES into its file's BATTERY), a second sentence
of our own and a near sentence the rule must not fire on.

- A fight told in passing after a count of time ("after weeks of fighting with the junta", the -ing word
  read as the event noun it spells: nlp/events/counted_gerunds.py) is at the place the capture it hangs on
  took, resolved as that capture's place is, and its side named is who the place was taken from
  (nlp/events/taken_from.py); "drove X out of A in B province": the fight is at A taken, not B.
- A place name the recognizer swallowed into a time after a preposition ("at Kyiv overnight") is the
  place, the time after it (nlp/timed_places.py, from nlp/dated_names.py).
- What a verb with its particle takes ("handed over control of its camp to X") is its object, not the
  particle: unnamed territory handed over is taken (nlp/events/territory_taken.py).
- An event told by a relative verb on an event noun ("the suicide bombing in Quetta that killed 12
  policemen") is where the noun's complement of place says (nlp/events/relative_places.py).
- Places the gazetteer lacked: Maungdaw, Koutoukalé, Bolan district (towns.toml), Negros Oriental
  (curated.toml)."""

from __future__ import annotations

import pytest
from unit._extract import Row
from unit._extract import en_rows as rows

pytestmark = pytest.mark.nlp

FARDC = "Armed Forces of the Democratic Republic of the Congo"
MNDAA = "Myanmar National Democratic Alliance Army"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the battery sentences (case84, case66, case82)
        ("The Myanmar National Democratic Alliance Army said it had seized the town of Lashio after weeks "
         "of fighting with the junta.",
         {(MNDAA, "CAPTURE", "Tatmadaw", "Lashio"), (MNDAA, "FIGHT", "Tatmadaw", "Lashio")}),
        ("The Arakan Army said it had captured the town of Maungdaw after months of fighting with junta "
         "troops.",
         {("Arakan Army", "CAPTURE", "Tatmadaw", "Maungdaw"),
          ("Arakan Army", "FIGHT", "Tatmadaw", "Maungdaw")}),
        ("Government forces recaptured the town of Ras al-Ain from Islamic State fighters after two days of "
         "heavy fighting, state television reported.",
         {("Syrian Arab Army", "CAPTURE", "Islamic State", "Ra’s al ‘Ayn"),
          ("Syrian Arab Army", "FIGHT", "Islamic State", "Ra’s al ‘Ayn")}),
        # a second sentence of our own
        ("Islamist fighters seized Konna after days of fighting with the army.",
         {("Islamist Militia (Mali)", "CAPTURE", "Malian Armed Forces", "Konna"),
          ("Islamist Militia (Mali)", "FIGHT", "Malian Armed Forces", "Konna")}),
        ("The Arakan Army said it had captured Paletwa after weeks of fighting with junta troops.",
         {("Arakan Army", "CAPTURE", "Tatmadaw", "Paletwa"),
          ("Arakan Army", "FIGHT", "Tatmadaw", "Paletwa")}),
        # near: no side named, none taken from; talks are no fight
        ("Islamist fighters seized Konna after hours of fighting.",
         {("Islamist Militia (Mali)", "CAPTURE", None, "Konna"),
          ("Islamist Militia (Mali)", "FIGHT", None, "Konna")}),
        ("The Arakan Army captured Paletwa after weeks of talks with the junta.",
         {("Arakan Army", "CAPTURE", None, "Paletwa")}),
    ],
)  # fmt: skip
def test_fights_in_passing_of_captures(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the battery sentence (case84): a town the gazetteer lacked (ACLED's Kitchanga since frstyle87)
        ("Congolese troops drove M23 rebels out of Kitshanga in North Kivu province after two days of "
         "fighting, the army said.",
         {(FARDC, "CAPTURE", "M23", "Kitchanga"), (FARDC, "FIGHT", "M23", "Kitchanga")}),
        # a second sentence of our own
        ("Kenyan troops drove al-Shabaab out of Afmadow in Lower Juba region after a day of fighting.",
         {("Military Forces of Kenya", "CAPTURE", "Al-Shabaab", "Afmadow"),
          ("Military Forces of Kenya", "FIGHT", "Al-Shabaab", "Afmadow")}),
        # near: the region itself taken; a fight in the region told beside a town taken stays there
        ("Kenyan troops drove al-Shabaab out of Lower Juba region after a day of fighting.",
         {("Military Forces of Kenya", "CAPTURE", "Al-Shabaab", "Lower Juba"),
          ("Military Forces of Kenya", "FIGHT", "Al-Shabaab", "Lower Juba")}),
        ("Kenyan troops shelled al-Shabaab positions in Lower Juba region after they drove them out of "
         "Afmadow.",
         {("Military Forces of Kenya", "FIGHT", "Al-Shabaab", "Lower Juba")}),
    ],
)  # fmt: skip
def test_fights_where_driven_out(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the battery sentence (case82): "Kyiv overnight" one TIME to the recognizer (nlp/timed_places.py)
        ("Russian forces fired shells at Kyiv overnight, damaging two apartment blocks, Mayor Vitali "
         "Klitschko said on Telegram.",
         {("Russian Armed Forces", "FIGHT", "Ukraine", "Kyiv")}),
        # a second sentence of our own
        ("Russian forces fired missiles at Odesa overnight.",
         {("Russian Armed Forces", "FIGHT", None, "Odesa")}),
        # near: a weekday and a month stay times, no place
        ("Russian drones struck Odesa on Tuesday overnight.",
         {("Russian Armed Forces", "FIGHT", None, "Odesa")}),
        ("Rebels attacked the army base in January overnight.",
         {("Unidentified Armed Group", "FIGHT", "Military Forces", None)}),
    ],
)  # fmt: skip
def test_places_in_times(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the battery sentence (case81): a camp in a region, unnamed territory taken, kept with no place
        ("The Moro Islamic Liberation Front handed over control of its camp in Maguindanao to the "
         "Philippine government under the peace deal, officials said.",
         {("Philippines", "CAPTURE", "Moro Islamic Liberation Front", None)}),
        # a second sentence of our own
        ("The rebels handed over their base in Kidal region to the Malian army.",
         {("Malian Armed Forces", "CAPTURE", "Unidentified Armed Group (Mali)", None)}),
        # near: weapons handed over are no territory
        ("The rebels handed over their weapons to the Malian army in Kidal region.", set()),
    ],
)  # fmt: skip
def test_territory_handed_over(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # places the gazetteer lacked (towns.toml, curated.toml): the battery sentences (case84, case66,
        # case60) and one of our own each; their country scopes the generic actors
        ("Baloch separatists hijacked a passenger train in Bolan district and took hundreds of passengers "
         "hostage, Pakistani officials said.",
         {("Unidentified Armed Group (Pakistan)", "ASSAULT", "Civilians (Pakistan)", "Bolan")}),
        ("Militants attacked a police station in Bolan district.",
         {("Unidentified Armed Group (Pakistan)", "FIGHT", "Police Forces of Pakistan", "Bolan")}),
        ("Soldiers clashed with New People's Army rebels in Negros Oriental, killing four guerrillas, the "
         "military said.",
         {("Military Forces of the Philippines", "FIGHT", "New People's Army", "Negros Oriental")}),
        ("Soldiers killed three rebels in Negros Oriental province.",
         {("Military Forces of the Philippines", "FIGHT", "Unidentified Armed Group (Philippines)",
           "Negros Oriental")}),
        ("Jihadists stormed the prison in Koutoukale overnight and freed dozens of inmates, a security "
         "source said.",
         # the inmates freed by the attack on the prison are its outcome, no release (round jail85b)
         {("Unidentified Armed Group (Niger)", "FIGHT", None, "Koutoukalé")}),
    ],
)  # fmt: skip
def test_places_the_gazetteer_lacked(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the battery sentence (case78): the toll's relative clause on the bombing (relative_places.py)
        ("The organization claimed responsibility for the suicide bombing in Quetta that killed 12 "
         "policemen, a spokesman for the Tehreek-e-Taliban Pakistan said.",
         {("Tehrik-i-Taliban Pakistan", "ASSAULT", "Police Forces of Pakistan", "Quetta"),
          ("Tehrik-i-Taliban Pakistan", "FIGHT", None, "Quetta")}),
        # a second sentence of our own
        ("ISWAP claimed the ambush near Monguno that killed 12 soldiers.",
         {("Islamic State West Africa Province", "FIGHT", "Nigerian Armed Forces", "Monguno")}),
        # near: an event noun with no place of its own gives none
        ("ISWAP claimed the attack that killed 12 soldiers.",
         {("Islamic State West Africa Province", "FIGHT", "Military Forces", None)}),
    ],
)  # fmt: skip
def test_places_of_relative_tolls(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
