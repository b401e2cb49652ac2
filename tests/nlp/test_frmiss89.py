"""Round frmiss89 (issue 14): the French batteries' known misses, fixed by general rules, each with
the known miss it fixes, a sentence of our own it must fix too and a near sentence it must leave
alone.

- brokers named together as the agents of a talk verb's participle on what they brokered ("un
  cessez-le-feu négocié par Washington et Paris") each mediate, on one side: no talks between them
  (nlp/events/brokers.py, read by events/allied_subjects.py and events/cut_off_groups.py);
- talks told by a noun ('négociations', 'pourparlers') that a light verb's coordinated subjects
  hold with no partner named ("le Hamas et Israël ont entamé des négociations") are held by the
  subjects with each other, at the venue the clause names (round frstyle89), as in English: the
  partner preposition is read from the lexicon
  (``partner_preps``: 'avec'), no longer only 'with' (nlp/events/joint_nominals.py). The known miss
  of test_frstyle83 ('ont entamé lundi à Genève des négociations ..., sous l'égide de l'ONU') stays one:
  its parse hangs the noun elsewhere;
- settlers with no demonym ('des colons' in a West Bank village) are of their own state, whatever the
  place (groups.json settlers ``home_country``: ACLED's Settlers (Israel)), and cars burnt
  ('ont incendié des voitures') are property destroyed (fr.json ``property_nouns`` 'voiture'), as
  houses are (nlp/events/wrecked.py);
- an arrest told by a noun whose 'de' complement is a common noun of people (fr.json ``suspect_nouns``,
  civilian, office, force and group nouns: "a annoncé l'arrestation de trois
  suspects") names the people taken though no actor: the arrest stands with no target, as the verb's
  does, also when the parser hangs that complement on a locative put between ("l'arrestation dans
  la province de Lattaquié d'un ancien officier") (nlp/events/unnamed_arrested.py, read by
  events/relief_cuts.receiverless).
"""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

CASES: list[tuple[str, set[Row]]] = [
    # brokers named together: the known miss (test_frstyle88), ours
    (
        "Israël et le Hezbollah ont accepté un cessez-le-feu négocié par Washington et Paris, entré en "
        "vigueur mercredi à l'aube.",
        {
            ("France", "CONSULT", None, None),
            ("Hezbollah", "AGREE", "Israel", None),
            ("Israel", "AGREE", "Hezbollah", None),
            ("United States", "CONSULT", None, None),
        },
    ),
    (
        "Le cessez-le-feu négocié par Ankara et Riyad est entré en vigueur lundi.",
        {("Saudi Arabia", "CONSULT", None, None), ("Turkey", "CONSULT", None, None)},
    ),
    # near: the two named as the verb's subject negotiate with each other
    (
        "Washington et Paris ont négocié mardi un cessez-le-feu.",
        {("France", "CONSULT", "United States", None), ("United States", "CONSULT", "France", None)},
    ),
    # joint talks told by a noun: ours, ours
    (
        "Le Hamas et Israël ont entamé des négociations au Caire.",
        {("Hamas", "CONSULT", "Israel", "Cairo"), ("Israel", "CONSULT", "Hamas", "Cairo")},
    ),
    (
        "Les Houthis et le gouvernement yéménite ont tenu des pourparlers à Genève.",
        {
            ("Government of Yemen", "CONSULT", "Houthis", "Geneva"),
            ("Houthis", "CONSULT", "Government of Yemen", "Geneva"),
        },
    ),
    # near: the partner named after 'avec', one side talks with it
    (
        "Le gouvernement yéménite a entamé des négociations avec les Houthis.",
        {("Government of Yemen", "CONSULT", "Houthis", None)},
    ),
    # settlers of their own state, cars burnt: the known miss (test_frstyle88), ours
    (
        "Des colons ont incendié dans la nuit de vendredi à samedi des voitures et une maison dans le "
        "village de Turmus Ayya, près de Ramallah, selon l'Autorité palestinienne.",
        {("Settlers (Israel)", "COERCE", None, "Turmus‘ayyā")},
    ),
    ("Des colons ont incendié des voitures à Huwara.", {("Settlers (Israel)", "COERCE", None, "Huwara")}),
    (
        "Des colons ont attaqué des Palestiniens à Hébron.",
        {("Settlers (Israel)", "ASSAULT", "Civilians (Palestine)", "Hebron")},
    ),
    # near: armed men of no class with a home of its own take the place's country
    (
        "Des hommes armés ont incendié des voitures à Huwara.",
        {("Unidentified Armed Group (Palestine)", "COERCE", None, "Huwara")},
    ),
    # near: a vehicle of the army is a party hit, no property destroyed
    (
        "Les rebelles ont incendié un véhicule de l'armée malienne près de Gao.",
        {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")},
    ),
    # an arrest noun naming unnamed people: the known miss (test_frstyle88), ours
    (
        "Les autorités syriennes ont annoncé l'arrestation dans la province de Lattaquié d'un ancien "
        "officier du régime, accusé de massacres.",
        {("Syria", "COERCE", None, "Latakia")},
    ),
    (
        "La police a annoncé l'arrestation de trois suspects à Lyon.",
        {("Police Forces of France", "COERCE", None, "Lyon")},
    ),
    # near: an arrest with no one named in a complement is no event
    ("Après son arrestation, il a été transféré à Bamako.", set()),
    # near: the execution of a plan takes no one
    ("L'exécution du plan a commencé à Gao.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rows(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
