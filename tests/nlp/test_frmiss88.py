"""Round frmiss88 (issue 14): the French batteries' known misses, fixed by general rules, each with
the known miss it fixes, a sentence of our own it must fix too and a near sentence it must leave
alone.

- a noun the parser makes the subject of a past infinitive ("ont annoncé avoir repris le contrôle de
  X") is its object: an infinitive has no subject of its own (nlp/infinitive_objects.py);
- 's'entendre' (sur X, avec Y) is an agreement between its sides, as 'se mettre d'accord' (fr.json
  reflexive ``entendre``), and a subject the parser leaves as a bare ``dep`` before the reflexive
  clitic of its verb ("Kiev et Moscou se sont entendus") is the verb's subject (nlp/loose_subjects.py);
- a group's adjective in the feminine ("des positions houthies", "une base houthie") names that group,
  as "houthi"/"houthis" did (kb/actors/yemen.toml);
- a word the tagger reads as a pronoun with no pronoun type, opened by a determiner ("Les shebab"), is
  a noun or a name (nlp/determined_pronouns.py);
- a looting told as a noun ('le pillage de X par Y') is Y's COERCE, as the verb 'piller' (fr.json nouns
  ``pillage``);
- a lexicon verb's infinitive after "avant de" that the parser reads as a noun, or hangs on a noun, is
  an adverbial clause of the verb above (nlp/marked_infinitives.py), and an act in a clause of time
  opened by "avant"/"après" (fr.json ``time_clause_marks``) happened where the act it hangs on did;
- state forces dispersing an opposition's supporters met their protest, as with protesters
  (nlp/events/repression.py, fr.json ``dispersal_verbs``).
"""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]

UAG_SY = "Unidentified Armed Group (Syria)"
MSF = "Médecins Sans Frontières"

CASES: list[tuple[str, set[Row]]] = [
    # the object of a past infinitive: the known miss (test_frstyle81), ours
    (
        "Libye : les forces du maréchal Haftar ont annoncé avoir repris le contrôle de la ville de Gharyan.",
        {("Libyan National Army", "CAPTURE", None, "Gharyan")},
    ),
    (
        "Mali : l'armée malienne a annoncé avoir repris le contrôle de la ville de Léré.",
        {("Malian Armed Forces", "CAPTURE", None, "Léré")},
    ),
    (
        "Syrie : les rebelles ont annoncé avoir repris le contrôle de la ville de Saraqeb.",
        {(UAG_SY, "CAPTURE", None, "Saraqib")},
    ),
    # near: a causative's infinitive has no auxiliary, its noun stays
    ("Mali : l'armée malienne a laissé partir les civils de Léré.", set()),
    # a reciprocal agreement: the known miss (test_frstyle86), ours
    (
        "Kiev et Moscou se sont entendus vendredi à Istanbul sur un échange de 1.000 prisonniers de chaque "
        "côté, a annoncé le chef de la délégation ukrainienne.",
        {("Russia", "AGREE", "Ukraine", "Istanbul"), ("Ukraine", "AGREE", "Russia", "Istanbul")},
    ),
    (
        "Khartoum et Juba se sont entendus lundi à Addis-Abeba sur un cessez-le-feu.",
        {("South Sudan", "AGREE", "Sudan", "Addis Ababa"), ("Sudan", "AGREE", "South Sudan", "Addis Ababa")},
    ),
    (
        "Kiev et Moscou se sont mis d'accord vendredi à Istanbul sur un échange de prisonniers.",
        {("Russia", "AGREE", "Ukraine", "Istanbul"), ("Ukraine", "AGREE", "Russia", "Istanbul")},
    ),
    # near: getting on well names no side
    ("Les deux frères s'entendent bien.", set()),
    # a group's adjective in the feminine: the known miss (test_frstyle87), ours
    (
        "Des frappes américaines ont visé dans la nuit des positions houthies autour du port de Hodeïda, "
        "selon la chaîne Al-Massirah.",
        {("United States", "FIGHT", "Houthis", "Al Ḩudaydah")},
    ),
    (
        "Israël a frappé mardi des positions houthies à Hodeïda.",
        {("Israel", "FIGHT", "Houthis", "Al Ḩudaydah")},
    ),
    # near: positions of no one named
    (
        "Des frappes ont visé dans la nuit des positions près du port de Hodeïda.",
        {("Unidentified Armed Group (Yemen)", "FIGHT", None, "Al Ḩudaydah")},
    ),
    # a name the tagger reads as a pronoun: the known miss (test_frstyle69), ours
    (
        "Les shebab ont revendiqué l'attentat à la voiture piégée qui a tué huit personnes samedi devant un "
        "restaurant de Mogadiscio.",
        {("Al-Shabaab", "ASSAULT", "Civilians (Somalia)", "Mogadishu")},
    ),
    (
        "Les shebab ont revendiqué mardi l'attaque qui a tué cinq civils dans un marché de Baidoa.",
        {("Al-Shabaab", "ASSAULT", "Civilians (Somalia)", "Baidoa")},
    ),
    # near: a real pronoun claims for no one
    (
        "Ils ont revendiqué l'attentat à la voiture piégée qui a tué huit personnes samedi devant un "
        "restaurant de Mogadiscio.",
        set(),
    ),
    # near: "l'une", "l'autre" are pronouns (function words), no names
    ("Selon les enquêteurs, l'une d'entre elles aurait blessé l'autre avant de s'enfuir.", set()),
    # a second act in an infinitive after "avant de": the known miss (test_frstyle87), ours
    (
        "Des jihadistes ont attaqué mardi le poste militaire de Seytenga avant d'incendier le marché de la "
        "localité, selon des sources locales.",
        {
            ("Unidentified Armed Group (Burkina Faso)", "ASSAULT", "Civilians (Burkina Faso)", "Seytenga"),
            ("Unidentified Armed Group (Burkina Faso)", "FIGHT", "Armed Forces of Burkina Faso", "Seytenga"),
        },
    ),
    (
        "Les rebelles ont pris la ville de Kidal avant d'incendier le marché.",
        {
            ("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Kidal"),
            ("Unidentified Armed Group (Mali)", "CAPTURE", None, "Kidal"),
        },
    ),
    (
        "Des jihadistes ont attaqué mardi la ville de Djibo avant d'enlever trois civils.",
        {
            ("Unidentified Armed Group (Burkina Faso)", "ASSAULT", "Civilians (Burkina Faso)", "Djibo"),
            ("Unidentified Armed Group (Burkina Faso)", "FIGHT", None, "Djibo"),
        },
    ),
    # near: an attacker fleeing after his act gives up no ground
    (
        "Un soldat afghan a tué trois militaires australiens dans la province d'Uruzgan avant de prendre "
        "la fuite.",
        {("Military Forces of Afghanistan", "FIGHT", "Military Forces of Australia", "Uruzgān")},
    ),
    # near: a purpose after "afin de" is no act
    ("L'armée a renforcé ses positions à Gao afin de protéger la population.", set()),
    # an opposition's supporters dispersed held a protest: the known miss (test_frstyle75), ours
    (
        "Sénégal : les forces de l'ordre ont utilisé des canons à eau pour disperser des partisans de "
        "l'opposition à Dakar, selon des témoins.",
        {
            ("Opposition (Senegal)", "PROTEST", None, "Dakar"),
            ("Police Forces of Senegal", "COERCE", "Opposition (Senegal)", "Dakar"),
        },
    ),
    (
        "Togo : les forces de l'ordre ont dispersé samedi des partisans de l'opposition à Lomé.",
        {
            ("Opposition (Togo)", "PROTEST", None, "Lomé"),
            ("Police Forces of Togo", "COERCE", "Opposition (Togo)", "Lomé"),
        },
    ),
    # near: supporters arrested were not shown gathering
    (
        "Togo : les forces de l'ordre ont arrêté samedi des partisans de l'opposition à Lomé.",
        {("Police Forces of Togo", "COERCE", "Opposition (Togo)", "Lomé")},
    ),
    # a looting noun with its author: the known miss (test_frstyle87), ours
    (
        "Médecins sans frontières a suspendu ses activités à Bambari après le pillage de son hôpital par des "
        "hommes armés.",
        {("Unidentified Armed Group (Central African Republic)", "COERCE", MSF, "Bambari")},
    ),
    (
        "L'ONG a fermé lundi son bureau à Goma après le pillage de ses locaux par des miliciens Maï-Maï.",
        {("Unidentified Communal Militia (Democratic Republic of Congo)", "COERCE", None, "Goma")},
    ),
    # near: a looting with no author, its owner looted, not looting
    ("Médecins sans frontières a suspendu ses activités à Bambari après le pillage de son hôpital.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_rows(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
