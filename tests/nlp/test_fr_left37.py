"""French leftovers (issue 14), round 37: sentences of our own, as exact (actor, type, target,
place) rows."""

from __future__ import annotations

import pytest
from unit._extract import events
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
Fact = tuple[str, str, str | None, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the toll of a present participle clause takes the place of the event it hangs on
        ("Les islamistes ont attaqué la ville de Konna lundi, tuant dix civils.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Konna"),
          ("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Konna")}),
        ("L'armée a bombardé Homs, tuant vingt personnes.",
         {("Syrian Arab Army", "FIGHT", None, "Homs"),
          ("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Homs")}),
        ("Les islamistes ont attaqué la ville de Konna, tuant six civils et blessant vingt autres.",
         {("Unidentified Armed Group (Mali)", "FIGHT", None, "Konna"),
          ("Unidentified Armed Group (Mali)", "ASSAULT", "Civilians (Mali)", "Konna")}),
    ],
)  # fmt: skip
def test_toll_takes_the_place_of_its_event(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event noun resuming is that event, not a place retaken
        ("Les frappes aériennes françaises ont repris lundi près de Gao.",
         {("France", "FIGHT", None, "Gao")}),
        ("Les bombardements de l'armée syrienne ont repris sur Homs.",
         {("Syrian Arab Army", "FIGHT", None, "Homs")}),
        ("Les combats ont repris mardi à Alep entre l'armée et les rebelles.",
         {("Syrian Arab Army", "FIGHT", "Unidentified Armed Group (Syria)", "Aleppo"),
          ("Unidentified Armed Group (Syria)", "FIGHT", "Syrian Arab Army", "Aleppo")}),
        # with an object, still a place taken back
        ("Les soldats maliens ont repris Douentza lundi.",
         {("Malian Armed Forces", "CAPTURE", None, "Douentza")}),
    ],
)  # fmt: skip
def test_resumed_event(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a junta deposing someone is the military of its country, as a coup
        ("La junte a renversé le gouvernement malien en mars.",
         {("Malian Armed Forces", "COERCE", "Mali", None)}),
        ("La junte malienne a renversé le président Amadou Toumani Touré.",
         {("Malian Armed Forces", "COERCE", "Amadou Toumani Touré", None)}),
        # elsewhere, the junta stays the government it rules as
        ("La junte malienne a rencontré les médiateurs de la CEDEAO.",
         {("Mali", "CONSULT", "ECOWAS", None)}),
    ],
)  # fmt: skip
def test_junta_deposing(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a visit called off did not take place: cancelled is denied, postponed hypothetical
        ("La visite de François Hollande en Algérie a été annulée.",
         {("France", "CONSULT", None, "denied")}),
        ("Le ministre français a annulé sa visite en Algérie.",
         {("France", "CONSULT", None, "denied")}),
        ("La visite du président français à Bamako a été reportée.",
         {("France", "CONSULT", None, "hypothetical")}),
        ("Laurent Fabius a reporté sa visite à Alger.",
         {("France", "CONSULT", "Algeria", "hypothetical")}),
        # an attack repelled took place
        ("L'armée malienne a repoussé l'assaut des islamistes près de Konna.",
         {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "asserted")}),
    ],
)  # fmt: skip
def test_called_off(text: str, expected: set[Fact]) -> None:
    assert events(text, "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the site in the 'de' complement of an assault is hit: its holder is the target
        ("Les islamistes ont lancé l'assaut d'un barrage de l'armée près de Mopti.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Mopti")}),
        ("Les islamistes ont lancé l'attaque d'un poste militaire près de Mopti.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Mopti")}),
        # 'près de X' names where the assault was repelled, not a place the attackers were driven from
        ("L'armée malienne a repoussé l'assaut des islamistes près de Konna.",
         {("Malian Armed Forces", "FIGHT", "Unidentified Armed Group (Mali)", "Konna")}),
    ],
)  # fmt: skip
def test_assault_on_a_site(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject pronoun of an object relative is not its antecedent: the hostage's holder is
        # the releaser, not the hostage's state
        ("AQMI a libéré un diplomate algérien qu'elle détenait depuis avril.",
         {("Al-Qaeda in the Islamic Maghreb", "CONCEDE", "Algeria", None),
          ("Al-Qaeda in the Islamic Maghreb", "COERCE", "Algeria", None)}),
        ("Le MUJAO a libéré trois diplomates algériens qu'il détenait depuis avril à Gao.",
         {("Movement for Unity and Jihad in West Africa", "CONCEDE", "Algeria", "Gao"),
          ("Movement for Unity and Jihad in West Africa", "COERCE", "Algeria", "Gao")}),
    ],
)  # fmt: skip
def test_holder_in_object_relative(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a border is a place: its demonym names no target
        ("L'armée syrienne a bombardé des villages près de la frontière turque.",
         {("Syrian Arab Army", "FIGHT", None, None)}),
        ("Des obus syriens sont tombés près de la frontière turque.",
         {("Syria", "FIGHT", None, None)}),
    ],
)  # fmt: skip
def test_border_is_no_target(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verbless headline cut by a colon reports an attack as done, by its unnamed author
        ("Attentat à Kaboul : 12 morts",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
        ("Afghanistan : attentat meurtrier à Kaboul",
         {("Unidentified Armed Group (Afghanistan)", "ASSAULT", None, "Kabul")}),
        # a claim after it names its author
        ("Attentat à Kaboul : 12 morts. Les talibans ont revendiqué l'attentat.",
         {("Taliban", "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
    ],
)  # fmt: skip
def test_verbless_headline(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place of worship, a market or a hospital attacked: an assault on civilians
        ("Des hommes armés ont attaqué une église dans le nord du Nigeria.",
         {("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Nigeria")}),
        ("Les talibans ont attaqué une mosquée à Kaboul.",
         {("Taliban", "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
        ("L'armée syrienne a bombardé un hôpital à Alep.",
         {("Syrian Arab Army", "ASSAULT", "Civilians (Syria)", "Aleppo")}),
        # a site whose owner is named is theirs
        ("Des islamistes ont attaqué une caserne de l'armée près de Gao.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
    ],
)  # fmt: skip
def test_civilian_sites(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a tribe acts as a communal militia; 'armée' after it is the adjective, no army
        ("Une tribu armée a attaqué un poste de police dans le sud de la Libye.",
         {("Unidentified Communal Militia (Libya)", "FIGHT", "Police Forces of Libya", "Libya")}),
        ("Des membres d'une tribu ont attaqué un poste de police à Koufra.",
         {("Unidentified Communal Militia (Libya)", "FIGHT", "Police Forces of Libya", "Kufra")}),
    ],
)  # fmt: skip
def test_tribe(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
