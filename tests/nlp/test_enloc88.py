"""Places, round enloc88 (issue 14): ACLED-style notes. A unit noun written in title case ("the
Municipality of X", "the District of X") is no place of its own: the name after "of" is
(events/titled_units.py). Towns the GeoNames data lacks, each placed by a note of our own
(places/towns.toml). A name told again without the hint it was first told with is the place that
hint chose (nlp/hinted_before.py). Two tellings whose sides are crossed ("A shelled B" / "B fired at
A") are two acts, never one of A against A (nlp/tellings.py). A town named after a possessive region
whose Arabic article the parser read as a conjunction ("Wasit's As Suwayrah city") is that town
(events/possessed_names.py). A place told in an "after another attack" phrase is that other act's, never
the town a region of the main clause is narrowed to (events/prior_adjuncts.py). Sentences of our own."""

from __future__ import annotations

import pytest
from unit._extract import SNIPPETS_PUBLISHED, en_rows, facts

pytestmark = pytest.mark.nlp


# -- "the Municipality of X": X ----------------------------------------------------------------------


def test_a_municipality_written_as_a_title_is_the_town_it_names() -> None:
    text = "On 6 May 2020, gunmen shot dead a shopkeeper in the Municipality of Apatzingan, Michoacan.\n"
    assert en_rows(text) == {
        ("Unidentified Armed Group (Mexico)", "ASSAULT", "Civilians (Mexico)", "Apatzingán")
    }


def test_a_district_written_as_a_title_is_the_district_it_names() -> None:
    text = "On 9 May 2020, unknown gunmen fired on an army post in the District of Bajaur, "
    text += "killing a soldier.\n"
    assert en_rows(text) == {
        ("Unidentified Armed Group (Pakistan)", "FIGHT", "Military Forces of Pakistan", "Bajaur")
    }


def test_a_titled_municipality_with_no_name_after_it_is_no_place() -> None:
    text = "On 6 May 2020, sanitation workers of the Municipality protested outside the town hall "
    text += "in Tijuana.\n"
    assert en_rows(text) == {("Protesters (Mexico)", "PROTEST", None, "Tijuana")}


# -- towns the GeoNames data lacks ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "On 4 May 2020, Al Shabaab militants shelled a police post in Afmadow town "
            "(Afmadow, Lower Juba).",
            ("Al-Shabaab", "FIGHT", "Police Forces of Somalia", "Afmadow"),
        ),
        (
            "On 7 May 2020, traders burned tyres and blocked the main road in Kasumbalesa "
            "(Sakania, Haut-Katanga).",
            ("Rioters (Democratic Republic of Congo)", "PROTEST", None, "Kasumbalesa"),
        ),
        (
            "On 8 May 2020, rickshaw pullers held a demonstration along the main road in Daudkandi Upazila "
            "(Comilla) over fares.",
            ("Protesters (Bangladesh)", "PROTEST", None, "Daudkandi"),
        ),
        (
            "On 6 May 2020, police arrested five men in Lohajang (Munshiganj) after a clash at a market.",
            ("Police Forces of Bangladesh", "COERCE", "Civilians (Bangladesh)", "Lohajang"),
        ),
        (
            "On 6 May 2020, a bomb exploded near a mosque in Parachinar, Kurram District, "
            "injuring three people.",
            ("Unidentified Armed Group (Pakistan)", "ASSAULT", "Civilians (Pakistan)", "Parachinar"),
        ),
    ],
)
def test_a_town_the_geonames_data_lacks_is_placed(text: str, row: tuple[str, ...]) -> None:
    assert en_rows(text + "\n") == {row}


# -- a name told again without its hint: the place the hint chose -----------------------------------


def _spots(text: str) -> set[tuple[str, str, float | None, float | None]]:
    """(actor, place, lat, lon) of every event: namesakes share a name, not a place."""
    f = facts(text, "en", SNIPPETS_PUBLISHED)
    names = {a.id: a.name for a in f.actors}
    locs = {loc.id: loc for loc in f.locations}
    out = set()
    for e in f.events:
        loc = locs.get(e.location_id or "")
        out.add(
            (names[e.actor_id], loc.name if loc else "", loc.lat if loc else None, loc.lon if loc else None)
        )
    return out


_OSCE = "OSCE Special Monitoring Mission to Ukraine"


def test_a_village_named_again_is_the_one_its_hint_chose() -> None:
    text = "On 6 May 2020, rebel forces shelled army positions near Orikhove, Luhansk. That evening "
    text += "the OSCE SMM observed 30 explosions involving mortars near Orikhove.\n"
    assert _spots(text) == {
        ("Unidentified Armed Group (Ukraine)", "Orikhove", 48.56814, 39.30553),
        (_OSCE, "Orikhove", 48.56814, 39.30553),
    }


def test_another_village_named_again_is_the_hinted_one() -> None:
    text = "On 6 May 2020, rebel forces shelled army positions near Vesele, Donetsk. That evening "
    text += "the OSCE SMM observed 12 explosions involving mortars near Vesele.\n"
    assert _spots(text) == {
        ("Unidentified Armed Group (Ukraine)", "Vesele", 48.70508, 37.58722),
        (_OSCE, "Vesele", 48.70508, 37.58722),
    }


def test_a_place_named_again_that_was_unknown_alone_is_placed_by_its_first_hint() -> None:
    text = "On 6 May 2020, Houthi forces shelled a market in Al Hamra (Sahar, Sadah). Later Saudi-led "
    text += "coalition aircraft struck a house in Al Hamra.\n"
    assert en_rows(text) == {
        ("Houthis", "FIGHT", None, "Al Hamra"),
        ("Saudi-led coalition", "FIGHT", None, "Al Hamra"),
    }


def test_a_village_named_once_without_a_hint_is_ranked_by_the_area() -> None:
    text = "On 6 May 2020, the OSCE SMM observed 12 explosions involving mortars near Vesele.\n"
    assert _spots(text) == {("Unidentified Armed Group (Ukraine)", "Vesele", 48.0635, 37.7254)}


# -- crossed tellings are two acts --------------------------------------------------------------------


def test_two_sides_firing_at_each_other_are_two_events() -> None:
    text = "On 6 May 2020, rebel forces shelled army positions near Orikhove, Luhansk. Later, Ukrainian "
    text += "forces fired mortars at rebel positions near Orikhove, Luhansk.\n"
    assert en_rows(text) == {
        ("Unidentified Armed Group (Ukraine)", "FIGHT", "Armed Forces of Ukraine", "Orikhove"),
        ("Armed Forces of Ukraine", "FIGHT", "Unidentified Armed Group (Ukraine)", "Orikhove"),
    }


_AFGOOYE = "On 6 May 2020, militants attacked Somali troops in Afgooye (Afgooye, Lower Shabelle). "


def test_a_counter_attack_told_after_an_attack_is_an_event_of_its_own() -> None:
    text = (
        _AFGOOYE
        + "In the evening, Somali troops attacked the militants in Afgooye (Afgooye, Lower Shabelle).\n"
    )
    assert en_rows(text) == {
        ("Unidentified Armed Group (Somalia)", "FIGHT", "Somali National Army", "Afgooye"),
        ("Somali National Army", "FIGHT", "Unidentified Armed Group (Somalia)", "Afgooye"),
    }


def test_an_attack_told_again_by_its_named_author_is_still_one_event() -> None:
    text = (
        _AFGOOYE + "In the evening, Al Shabaab attacked Somali troops in Afgooye (Afgooye, Lower Shabelle).\n"
    )
    assert en_rows(text) == {("Al-Shabaab", "FIGHT", "Somali National Army", "Afgooye")}


# -- "in Wasit's As Suwayrah city": the article opens the town's name -------------------------------


def test_a_town_after_a_possessive_region_keeps_its_article() -> None:
    text = "On 6 May 2020, dozens of engineers in Wasit's As Suwayrah city protested demanding "
    text += "permanent contracts.\n"
    assert en_rows(text) == {("Protesters (Iraq)", "PROTEST", None, "Aş Şuwayrah")}


def test_another_town_after_a_possessive_region_keeps_its_article() -> None:
    text = "On 6 May 2020, dozens of graduates in Muthanna's As Samawah city protested demanding jobs.\n"
    assert en_rows(text) == {("Protesters (Iraq)", "PROTEST", None, "As Samawah")}


def test_a_lower_case_as_after_a_region_is_a_conjunction() -> None:
    text = "On 6 May 2020, dozens of graduates in Muthanna protested as Samawah officials ignored them.\n"
    assert en_rows(text) == {("Protesters (Iraq)", "PROTEST", None, "Al Muthanná")}


# -- "in the Tahoua region, a day after another attack near Tillaberi": Tahoua ----------------------


def test_the_main_clause_region_wins_over_a_town_of_an_earlier_attack() -> None:
    text = "On 4 May 2020, gunmen killed three soldiers in the Tahoua region, a day after another "
    text += "attack near Tillaberi.\n"
    assert en_rows(text) == {("Unidentified Armed Group (Niger)", "FIGHT", "Niger Armed Forces", "Tahoua")}


def test_another_main_clause_region_wins_over_an_earlier_attack() -> None:
    text = "On 4 May 2020, soldiers killed five militants in the Mopti region, two days after an "
    text += "attack near Gao.\n"
    assert en_rows(text) == {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Mopti")}


def test_a_town_near_which_the_region_is_told_still_narrows_it() -> None:
    text = "On 4 May 2020, gunmen killed three soldiers in the Tahoua region near Tillaberi.\n"
    assert en_rows(text) == {("Unidentified Armed Group (Niger)", "FIGHT", "Niger Armed Forces", "Tillabéri")}
