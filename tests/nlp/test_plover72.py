"""PLOVER predicate families (round plover72): verbs, nouns and verb-object pairs of English news for
the non-violent types (harsh criticism, pressing and imploring, discussing, ratifying, hailing,
censoring, charging, mobilising and dispatching, demobilising, pulling back, pardoning, amnesty,
turning down, downgrading or restoring ties, ultimatums, crackdowns) and a few violent ones
(skirmishes, kidnappings, hangings). Each rule with a sentence it reads and one it must not."""

from __future__ import annotations

import pytest
from unit._extract import en_rows

pytestmark = pytest.mark.nlp


def triples(text: str) -> set[tuple[str, str, str | None]]:
    return {(actor, type_, target) for actor, type_, target, _place in en_rows(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tanzanian opposition leader Tundu Lissu slammed President John Magufuli over the arrests.",
         ("Tanzania", "ACCUSE", "John Magufuli")),
        ("Malawi's foreign minister implored Zambia to reopen the border.",
         ("Malawi", "REQUEST", "Zambia")),
        ("The Zimbabwean finance minister pressed Botswana to ease import duties.",
         ("Zimbabwe", "REQUEST", "Botswana")),
        ("The Sudanese foreign minister discussed the dam with his Ethiopian counterpart Demeke Mekonnen.",
         ("Sudan", "CONSULT", "Ethiopia")),
        ("Guinea's parliament ratified the fisheries accord with Senegal.",
         ("Guinea", "AGREE", "Senegal")),
        ("The Liberian president hailed Ghana for its role in the peace talks.",
         ("Liberia", "SUPPORT", "Ghana")),
        ("Police in Uganda charged two opposition activists with treason.",
         ("Police Forces of Uganda", "COERCE", "Opposition (Uganda)")),
        ("Burkina Faso's junta censored the French broadcaster RFI.",
         ("Armed Forces of Burkina Faso", "COERCE", "Radio France Internationale")),
        ("The Tunisian army mobilised reservists on Sunday.",
         ("Military Forces of Tunisia", "MOBILIZE", None)),
        ("Egypt dispatched troops to the Libyan border.", ("Egypt", "MOBILIZE", None)),
        ("The United States stationed 3,000 troops in Djibouti.", ("United States", "MOBILIZE", None)),
        ("Kenya announced the deployment of 800 troops to Somalia.",
         ("Military Forces of Kenya", "MOBILIZE", None)),
        ("The Chadian army demobilised 2,000 former rebels.", ("Chadian Armed Forces", "RETREAT", None)),
        ("Zambian troops pulled back from the Congolese border.",
         ("Military Forces of Zambia", "RETREAT", None)),
        ("The Angolan president pardoned 300 prisoners.", ("Angola", "CONCEDE", "Civilians (Angola)")),
        ("The Kenyan government granted amnesty to Al-Shabaab defectors.",
         ("Kenya", "CONCEDE", "Al-Shabaab")),
        ("The FNL rebels turned down the offer of talks.", ("Unidentified Armed Group", "REJECT", None)),
        ("Britain downgraded diplomatic ties with Libya.", ("United Kingdom", "SANCTION", "Libya")),
        ("Morocco restored diplomatic relations with Iran.", ("Morocco", "SUPPORT", "Iran")),
        ("The Algerian government issued an ultimatum to the Libyan militias.",
         ("Algeria", "THREATEN", "Libya")),
        ("Police cracked down on opposition supporters in Lusaka.",
         ("Police Forces of Zambia", "COERCE", "Protesters (Zambia)")),
        ("Rebels skirmished with Burundian soldiers near Bujumbura.",
         ("Unidentified Armed Group (Burundi)", "FIGHT", "Military Forces of Burundi")),
        ("The kidnapping of two Italian engineers in Niger was condemned by Rome.",
         ("Unidentified Armed Group (Niger)", "ASSAULT", "Civilians (Italy)")),
        ("Iran hanged two Baluch activists on Tuesday.", ("Iran", "ASSAULT", "Civilians (Iran)")),
    ],
)  # fmt: skip
def test_family_reads_its_event(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "A lorry slammed into a bus near Dodoma.",  # 'slam' with no actor object: a crash
        "Iran pressed ahead with its missile programme.",  # 'press' with no one pressed
        "The Sudanese cabinet discussed the budget on Sunday.",  # discussed with no partner
        "Guinea's parliament ratified the new budget.",  # no pact ratified
        "Residents said hail damaged crops near Bamako.",  # the noun, no praise
        "Police in Uganda charged at the crowd.",  # a charge with no 'with' of an offence
        "Egypt dispatched a letter to the Security Council.",  # no forces dispatched
        "Workers hung banners in Tehran.",  # nothing hanged that is people
        "Police in Niger opened a kidnapping inquiry.",  # the kidnapping of no one
    ],
)  # fmt: skip
def test_family_without_its_argument_reads_nothing(text: str) -> None:
    assert triples(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire-news idioms of the non-violent types, and whom they name as the other side
        ("Egyptian President Hosni Mubarak received Ethiopian Foreign Minister Seyoum Mesfin in Cairo.",
         ("Egypt", "CONSULT", "Ethiopia")),
        ("Ugandan President Yoweri Museveni received a delegation of Sudanese rebels.",
         ("Uganda", "CONSULT", "Unidentified Armed Group (Sudan)")),
        ("Chinese Premier Li Peng held talks with Kenya on trade.", ("China", "CONSULT", "Kenya")),
        ("Hamas vowed revenge against Israel for the killing of its leader.",
         ("Hamas", "THREATEN", "Israel")),
        ("Iran broke off diplomatic relations with Egypt.", ("Iran", "SANCTION", "Egypt")),
        ("The United States froze the assets of the Libyan government.",
         ("United States", "SANCTION", "Libya")),
        ("Chad sealed its border with Sudan.", ("Chad", "SANCTION", "Sudan")),
        ("The UN airlifted food to refugees in Goma.",
         ("United Nations", "AID", "Civilians (Democratic Republic of Congo)")),
        ("Ethiopian forces evacuated the town of Badme.",
         ("Ethiopian National Defense Force", "RETREAT", None)),
        ("The army called up 20,000 reservists.", ("Military Forces", "MOBILIZE", None)),
        ("Turkey reinforced its troops along the Syrian border.", ("Turkey", "MOBILIZE", None)),
        ("Qatar launched a mediation effort between Djibouti and Eritrea.", ("Qatar", "CONSULT", "Djibouti")),
        ("France held joint military exercises with Egypt.", ("France", "COOPERATE", "Egypt")),
        ("Kenya sought military aid from Britain.", ("Kenya", "REQUEST", "United Kingdom")),
        # an arrest told with a preposition and its noun: the verb's object is who is held
        ("Police in Kenya placed three opposition activists under arrest.",
         ("Police Forces of Kenya", "COERCE", "Opposition (Kenya)")),
        ("The Kenyan government took the opposition leader Raila Odinga into custody.",
         ("Kenya", "COERCE", "Raila Odinga")),
        ("Ugandan opposition leader Kizza Besigye was placed under house arrest on Monday.",
         ("Uganda", "COERCE", "Kizza Besigye")),
    ],
)  # fmt: skip
def test_idiom_reads_its_event(text: str, expected: tuple[str, str, str | None]) -> None:
    assert expected in triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Malian army received two helicopters from Russia.",  # received no one
        "The Kenyan minister called up his Ugandan counterpart.",  # a call, no reservists
        "Turkey reinforced its ties with Qatar.",  # no forces reinforced
        "Italy evacuated 300 foreigners from Tripoli.",  # people evacuated, no place left
        "Kenya closed the border on Monday because of the virus.",  # closed against no one
        "Kenya placed its troops under UN command.",  # no arrest
        "Police in Nairobi conducted a security drill.",  # a drill with no one
        "The opposition sought support for its candidate.",  # sought from no one
        "Nigeria contributed troops to the war effort against Boko Haram.",  # no violent noun in an effort
    ],
)  # fmt: skip
def test_idiom_without_its_argument_reads_nothing(text: str) -> None:
    assert triples(text) == set()
