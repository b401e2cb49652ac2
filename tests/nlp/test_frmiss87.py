"""Round frmiss87 (issue 14): the French batteries' known misses, fixed by general rules, each with
the known miss it fixes, a sentence of our own it must fix too and a near sentence it must leave
alone.

- a civilian site with the town it stands in as its 'de' complement ("près d'un poste de contrôle de
  Mogadiscio", "sur un monastère de la région de Sagaing") is at that town (nlp/events/town_sites.py,
  fr.json ``town_site_nouns``); a site held by forces ("une école de Gao occupée par des soldats") is
  no town taken (nlp/events/territory_taken.py);
- an event noun a span of time runs from ("depuis le début de leur offensive", fr.json ``start_nouns``)
  dates the clause and is no event of its own (nlp/events/background_clauses.py).
"""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

CASES: list[tuple[str, set[Row]]] = [
    # a site in the 'de' chain: the known misses (test_frstyle86), ours
    (
        "MOGADISCIO (AFP) - Au moins 7 personnes ont été tuées dimanche dans l'explosion d'une voiture "
        "piégée près d'un poste de contrôle de Mogadiscio, un attentat revendiqué par les shebab.",
        {("Al-Shabaab", "ASSAULT", "Civilians (Somalia)", "Mogadishu")},
    ),
    (
        "RANGOUN (AFP) - L'armée birmane a mené vendredi des frappes aériennes sur un monastère de la "
        "région de Sagaing, tuant au moins 23 civils, selon des médias locaux.",
        {("Tatmadaw", "ASSAULT", "Civilians (Myanmar)", "Sagaing")},
    ),
    (
        "Somalie : au moins cinq soldats ont été tués jeudi dans l'explosion d'une bombe près d'un poste "
        "de contrôle de Baidoa.",
        {("Unidentified Armed Group (Somalia)", "FIGHT", "Somali National Army", "Baidoa")},
    ),
    # near: a site whose 'de' complement is an organisation, a named hotel near a town
    (
        "Gaza : au moins 20 personnes ont été tuées samedi dans une frappe israélienne sur une école de "
        "l'UNRWA, selon la Défense civile.",
        {("Israel", "ASSAULT", "Civilians (Palestine)", None)},
    ),
    (
        "Les talibans ont revendiqué l'attaque contre l'hôtel Spozhmai, près de Kaboul.",
        {("Taliban", "FIGHT", None, "Kabul")},
    ),
    # near: a site occupied is no town taken; a town occupied is
    ("Mali : des soldats maliens ont occupé lundi une école de Kidal.", set()),
    (
        "Mali : un kamikaze s'est fait exploser dimanche dans la cour d'une école de Gao occupée par des "
        "soldats maliens, tuant deux militaires, selon une source militaire.",
        {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")},
    ),
    (
        "Mali : les soldats ont occupé lundi la ville de Kidal.",
        {("Malian Armed Forces", "CAPTURE", None, "Kidal")},
    ),
    # an event noun a span runs from: the known miss (test_frstyle63), ours
    (
        "Les talibans ont pris le contrôle de Kunduz, la première capitale provinciale à tomber depuis le "
        "début de leur offensive.",
        {("Taliban", "CAPTURE", None, "Kunduz")},
    ),
    (
        "Mali : les jihadistes ont pris lundi la ville de Boni, la première localité à tomber depuis le "
        "lancement de leur offensive.",
        {("Unidentified Armed Group (Mali)", "CAPTURE", None, "Boni")},
    ),
    # near: at the start of the offensive, or the offensive launched, is told
    (
        "Mali : au début de l'offensive, l'armée a bombardé les positions jihadistes près de Mopti.",
        {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Mopti")},
    ),
    (
        "Mali : l'armée a lancé lundi une offensive contre les jihadistes près de Mopti.",
        {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Mopti")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rows(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
