"""French war reporting (issue 14), round 30: sentences of our own, as exact (actor, type, target,
place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
UAG_AFG = "Unidentified Armed Group (Afghanistan)"
UAG_SYR = "Unidentified Armed Group (Syria)"
SAA = "Syrian Arab Army"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital fired on is where the weapons fell, with the firer named too
        ("Les talibans ont tiré des roquettes sur Kaboul.", {("Taliban", "FIGHT", None, "Kabul")}),
        ("Les insurgés ont tiré des obus sur Kaboul mardi.", {(UAG_AFG, "FIGHT", None, "Kabul")}),
        # "sur" before a state that is no capital still names whom a request is addressed to
        ("Les États-Unis ont appelé sur Israël à cesser le feu.", {("United States", "REQUEST", None, None)}),
    ],
)  # fmt: skip
def test_capital_fired_on(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "près de X" on a group noun is where the group is, not who it is
        ("Les soldats ont attaqué les rebelles près de Damas.", {(SAA, "FIGHT", UAG_SYR, "Damascus")}),
        ("L'armée a attaqué les rebelles près de Homs.", {(SAA, "FIGHT", UAG_SYR, "Homs")}),
        ("Des combats ont opposé les rebelles aux soldats près de Damas.",
         {(SAA, "FIGHT", UAG_SYR, "Damascus"), (UAG_SYR, "FIGHT", SAA, "Damascus")}),
        ("Les jihadistes près de Gao ont attaqué l'armée.",
         {("Unidentified Armed Group (Mali)", "FIGHT", "Malian Armed Forces", "Gao")}),
    ],
)  # fmt: skip
def test_group_near_a_place(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital in an attack noun's complement is where it happened, not its author
        ("L'attentat de Kaboul a fait 25 morts.", {(UAG_AFG, "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
        ("Les bombardements de Damas ont fait 30 morts.", {(UAG_SYR, "FIGHT", None, "Damascus")}),
        # a named author stays
        ("Une attaque des talibans a fait trois morts à Kandahar.",
         {("Taliban", "ASSAULT", "Civilians (Afghanistan)", "Kandahār")}),
    ],
)  # fmt: skip
def test_capital_of_an_attack_noun(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


MALI_MIL = "Malian Armed Forces"
UAG_MLI = "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people taken by state forces are arrested, fighters too; the verb or its noun
        ("L'armée malienne a capturé trois jihadistes près de Gao.", {(MALI_MIL, "COERCE", UAG_MLI, "Gao")}),
        ("L'armée malienne a annoncé la capture de trois jihadistes près de Gao.",
         {(MALI_MIL, "COERCE", UAG_MLI, "Gao")}),
        ("La capture de trois jihadistes par les soldats près de Gao a été annoncée.",
         {(MALI_MIL, "COERCE", UAG_MLI, "Gao")}),
        # civilians taken by gunmen are abducted
        ("Des hommes armés ont capturé deux journalistes français près de Kidal.",
         {(UAG_MLI, "ASSAULT", "Journalists (France)", "Kidal")}),
        # a town captured stays a capture
        ("Les rebelles ont capturé la ville de Gao.", {(UAG_MLI, "CAPTURE", None, "Gao")}),
    ],
)  # fmt: skip
def test_people_captured(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack first told as claimed in the passive is the claimer's
        ("Un attentat à Kandahar a été revendiqué par les talibans.",
         {("Taliban", "ASSAULT", None, "Kandahār")}),
        # its toll told in a relative clause makes it an assault on civilians
        ("L'attentat du 3 juin à Kandahar qui a fait 12 morts a été revendiqué par les talibans.",
         {("Taliban", "ASSAULT", "Civilians (Afghanistan)", "Kandahār")}),
        ("L'attentat, qui a fait 12 morts à Kandahar, a été revendiqué par les talibans.",
         {("Taliban", "ASSAULT", "Civilians (Afghanistan)", "Kandahār")}),
        ("Ce nouvel attentat survient après celui du 2 avril à Tall Afar qui a fait au moins 30 morts.",
         {("Unidentified Armed Group (Iraq)", "ASSAULT", "Civilians (Iraq)", "Tal Afar")}),
        # an attack told before: the claim names its author, no second attack
        ("Un attentat a tué douze civils à Kandahar. L'attentat a été revendiqué par les talibans.",
         {("Taliban", "ASSAULT", "Civilians (Afghanistan)", "Kandahār")}),
        ("Un attentat a tué douze civils à Kandahar. L'attentat n'a pas été revendiqué.",
         {(UAG_AFG, "ASSAULT", "Civilians (Afghanistan)", "Kandahār")}),
    ],
)  # fmt: skip
def test_attack_claimed_in_the_passive(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office noun escaping an attack: the office's state was its target
        ("Le gouverneur a échappé à une attaque kamikaze à Kandahar.",
         {(UAG_AFG, "ASSAULT", "Afghanistan", "Kandahār")}),
        # a title before a name: the person
        ("Le gouverneur Nawzad Hadi a condamné l'attentat.", {("Nawzad Hadi", "ACCUSE", None, None)}),
    ],
)  # fmt: skip
def test_office_nouns(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a definite attack placed where the text had not been: another attack, with its toll
        ("C'est le troisième attentat en une semaine, avec l'attentat du 2 avril à Tall Afar qui a fait "
         "au moins 30 morts.",
         {("Unidentified Armed Group (Iraq)", "ASSAULT", "Civilians (Iraq)", "Tal Afar")}),
        ("Un attentat a tué douze civils à Kaboul. L'attentat de mardi à Kandahar a fait 30 morts.",
         {(UAG_AFG, "ASSAULT", "Civilians (Afghanistan)", "Kabul"),
          (UAG_AFG, "ASSAULT", "Civilians (Afghanistan)", "Kandahār")}),
        # placed where the attack told was: that one
        ("Un attentat a tué douze civils à Kaboul. L'attentat à Kaboul a fait aussi 30 blessés.",
         {(UAG_AFG, "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
        # the claim is of the attack told in the clause, not of one named in passing
        ("Un attentat a tué 12 civils à Kandahar, après l'attaque du 3 mars à Kaboul qui avait fait 5 morts. "
         "Les talibans ont revendiqué l'attentat.",
         {("Taliban", "ASSAULT", "Civilians (Afghanistan)", "Kandahār"),
          (UAG_AFG, "ASSAULT", "Civilians (Afghanistan)", "Kabul")}),
    ],
)  # fmt: skip
def test_another_attack_named_in_passing(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised compass point after "du" is part of the place name, which places the group too
        ("Un drone américain a tué cinq insurgés dans le Waziristan du Nord.",
         {("Military Forces of the United States", "FIGHT", "Unidentified Armed Group (Pakistan)",
           "North Waziristan")}),  # sahel34: a state's drone is its military's (was the state)
        # a lower-case one is no name of its own
        ("Les talibans ont attaqué la ville de Kandahar du sud.", {("Taliban", "FIGHT", None, "Kandahār")}),
    ],
)  # fmt: skip
def test_compass_point_in_a_place_name(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "l'est" between an elided article and "de" is the compass point, even where the tagger
        # still reads the verb
        ("Trois soldats de l'OTAN ont été tués dans l'est de l'Afghanistan.",
         {(UAG_AFG, "FIGHT", "NATO", "Afghanistan")}),
        ("Les talibans ont attaqué une base dans l'est de l'Afghanistan.",
         {("Taliban", "FIGHT", None, "Afghanistan")}),
        ("Le village est détruit.", set()),
    ],
)  # fmt: skip
def test_east_is_no_verb(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


def test_islamic_state_of_iraq() -> None:
    # the group's earlier name is the group
    text = (
        "L'attentat du 3 juin à Tall Afar qui a fait au moins 12 morts a été revendiqué par "
        "l'État islamique d'Irak."
    )
    assert rows(text) == {("Islamic State", "ASSAULT", "Civilians (Iraq)", "Tal Afar")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site named by the capital it is in is no party, as one named by another town: the
        # place (round 31: the site's 'de' complement is where the attack was)
        ("Une attaque des talibans contre un hôtel de Kaboul a fait 20 morts.",
         {("Taliban", "FIGHT", None, "Kabul")}),
        ("Les talibans ont attaqué un hôtel de Kandahar.", {("Taliban", "FIGHT", None, "Kandahār")}),
        # an institution or a force so named still is
        ("Les talibans ont attaqué le gouvernement de Kaboul.", {("Taliban", "FIGHT", "Afghanistan", None)}),
    ],
)  # fmt: skip
def test_site_in_a_capital(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
