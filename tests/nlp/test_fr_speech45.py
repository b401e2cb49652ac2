"""French speech acts and politics (issue 14), round 45: sentences of our own, as exact (actor, type,
target, place) rows."""

from __future__ import annotations

import pytest
from unit._extract import fr_rows as rows

pytestmark = pytest.mark.nlp

Row = tuple[str, str, str | None, str | None]
FRA_ARMED = "Unidentified Armed Group (France)"
MLI_ARMED = "Unidentified Armed Group (Mali)"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker after the verb that follows a quote: an office named alone is the government
        # of the article's country; the quote's verdict accuses the attack's author
        ("Deux gendarmes ont été agressés à Lille. « Ces actes sont intolérables », juge le ministère"
         " de l'Intérieur.",
         {(FRA_ARMED, "ASSAULT", "Police Forces of France", "Lille"),
          ("France", "ACCUSE", FRA_ARMED, None)}),
        ("Trois policiers ont été agressés à Marseille. « Ces violences sont inacceptables », estime"
         " le ministère de l'Intérieur.",
         {(FRA_ARMED, "ASSAULT", "Police Forces of France", "Marseille"),
          ("France", "ACCUSE", FRA_ARMED, None)}),
        # the quote's predicate the parser takes for the verb's subject is not the speaker
        ("Des hommes armés ont attaqué une école à Kidal. « Ces actes sont lâches et odieux », a"
         " déclaré le gouvernement malien.",
         {(MLI_ARMED, "FIGHT", None, "Kidal"), ("Mali", "ACCUSE", MLI_ARMED, None)}),
        ("Des hommes armés ont incendié une église près de Gao. « C'est un crime odieux », a souligné"
         " le gouvernement malien.",
         {(MLI_ARMED, "ASSAULT", "Civilians (Mali)", "Gao"), ("Mali", "ACCUSE", MLI_ARMED, None)}),
        # the attackers' arrest told last: the verdict is still on the attackers, not the police
        ("Des rebelles du M23 ont attaqué un convoi près de Goma. Les assaillants ont été arrêtés par"
         " la police. « Ces violences sont inadmissibles », estime le ministère de la Défense congolais.",
         {("M23", "FIGHT", None, "Goma"),
          ("Police Forces of the Democratic Republic of Congo", "COERCE", "M23", "Goma"),
          ("DR Congo", "ACCUSE", "M23", None)}),
    ],
)  # fmt: skip
def test_postposed_speaker_verdict(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "à" before a past participle is the auxiliary "a" misspelt
        ("Le ministre de l'Intérieur, François Boko, à réclamé l'interruption du vote au Togo.",
         {("François Boko", "REQUEST", "Togo", None)}),
        ("Au Mali, le ministre de la Défense, Moussa Traoré à réclamé la fin des combats.",
         {("Moussa Traoré", "REQUEST", "Mali", "Mali")}),
        ("Le ministre de l'Intérieur, Jean Kodjo, à dénoncé les fraudes au Togo.",
         {("Jean Kodjo", "ACCUSE", None, "Togo")}),
        # the preposition before a noun stays
        ("Il habite à côté de la caserne de Gao.", set()),
    ],
)  # fmt: skip
def test_auxiliary_written_with_accent(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


EGY_ARMY = "Military Forces of Egypt"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a promise to hand power (AGREE); "le nouveau président" is the one told elected before
        ("Mohamed Morsi a été élu dimanche président de l'Égypte. L'armée égyptienne a promis de remettre le"
         " pouvoir au nouveau président.",
         {(EGY_ARMY, "AGREE", "Mohamed Morsi", None)}),
        ("Mohamed Morsi a été élu dimanche président de l'Égypte."
         " L'armée s'est octroyé le pouvoir législatif."
         " Elle a toutefois promis de remettre tout le pouvoir au nouveau président d'ici juillet.",
         {(EGY_ARMY, "AGREE", "Mohamed Morsi", None)}),
        # the handover itself is a concession to him
        ("Mohamed Morsi a été élu dimanche président de l'Égypte."
         " L'armée a remis le pouvoir au président élu.",
         {(EGY_ARMY, "CONCEDE", "Mohamed Morsi", None)}),
        # no one told elected: the phrase names no one
        ("L'armée égyptienne a remis le pouvoir au nouveau président.", {(EGY_ARMY, "CONCEDE", None, None)}),
    ],
)  # fmt: skip
def test_power_handed_to_the_elected(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aid suspended: a SANCTION; a phrase set off by commas between the verb and its object
        ("Le roi du Népal a dissous le parlement. Le Premier ministre indien avait suspendu, en raison"
         " des violations de la constitution, l'aide militaire accordée au petit royaume himalayen.",
         {("India", "SANCTION", "Nepal", None)}),
        ("Le roi du Népal a dissous le parlement. L'Inde a suspendu son aide militaire au royaume.",
         {("India", "SANCTION", "Nepal", None)}),
        # "le royaume" is the state the article names most, not the last one named
        ("Le roi du Népal a dissous le parlement. Le Népal a été critiqué par Singapour. L'Inde a"
         " suspendu, en raison du coup d'État, l'aide militaire fournie au royaume.",
         {("India", "SANCTION", "Nepal", None), ("Singapore", "ACCUSE", "Nepal", None)}),
    ],
)  # fmt: skip
def test_aid_suspended(text: str, expected: set[Row]) -> None:
    assert rows(text) == expected
