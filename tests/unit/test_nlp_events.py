"""Events from single sentences: exact (actor, type, target, modality) sets, FR and EN."""

from __future__ import annotations

import pytest
from unit._extract import Fact, events, facts, places

pytestmark = pytest.mark.nlp


CASES_EN: list[tuple[str, set[Fact]]] = [
    # subject + object, the object a place (no target actor)
    ("Russian forces shelled Kharkiv on Tuesday.", {("Russian Armed Forces", "FIGHT", None, "asserted")}),
    # CAPTURE needs a place: "the town of X"
    ("The RSF seized the town of El Fasher.", {("Rapid Support Forces", "CAPTURE", None, "asserted")}),
    # a denial: not an asserted attack
    ("Ukraine denied attacking the bridge.", {("Ukraine", "FIGHT", None, "denied")}),
    ("Turkey backs the Government of National Accord.",
     {("Turkey", "SUPPORT", "Government of National Accord", "asserted")}),
    # one-sided violence against civilians → ASSAULT on the Civilians pseudo-actor
    ("Wagner fighters killed dozens of civilians in the village of Moura.",
     {("Wagner Group", "ASSAULT", "Civilians (Mali)", "asserted")}),
    # issue 14: the means of a support is the backer's own fight; "the fall of X to Y"; generic police
    ("The UAE supported the LNA with air strikes on GNA positions.",
     {("United Arab Emirates", "SUPPORT", "Libyan National Army", "asserted"),
      ("United Arab Emirates", "FIGHT", "Government of National Accord", "asserted")}),
    ("The fall of Kabul to the Taliban shocked Washington.", {("Taliban", "CAPTURE", None, "asserted")}),
    ("A man was shot dead by police in Nairobi.",
     {("Police Forces of Kenya", "ASSAULT", "Civilians (Kenya)", "asserted")}),
    ("Police forces arrested Cathy Kezimana in Bujumbura, Burundi.",
     {("Police Forces of Burundi", "COERCE", "Cathy Kezimana", "asserted")}),
    # a side announcing its own conditional attack: a THREATEN; the "if" clause is hypothetical
    ("Hamas said it would strike Tel Aviv if Israel attacked Gaza.",
     {("Hamas", "THREATEN", "Israel", "asserted"), ("Israel", "FIGHT", None, "hypothetical")}),
    ("The LNA withdrew from Tarhuna.", {("Libyan National Army", "RETREAT", None, "asserted")}),
    # relative clause: the antecedent is the actor
    ("Iran, which backs the Houthis, condemned the strikes.",
     {("Iran", "SUPPORT", "Houthis", "asserted"), ("Iran", "ACCUSE", None, "asserted")}),
    ("Russia could attack Ukraine.", {("Russia", "FIGHT", "Ukraine", "hypothetical")}),
    # a nominal event under a light verb: the light verb's subject acts, "on X" is its place
    ("Meanwhile the Saudi-led coalition carried out air strikes on the capital Sanaa.",
     {("Saudi-led coalition", "FIGHT", None, "asserted")}),
    # passive voice: the agent acts
    ("Kharkiv was shelled by Russian forces overnight.",
     {("Russian Armed Forces", "FIGHT", None, "asserted")}),
    # coordinated subjects of a symmetric predicate: both directions; "Sudan's army" → its army
    ("Sudan's army and the RSF signed a ceasefire agreement in Jeddah.",
     {("Sudanese Armed Forces", "AGREE", "Rapid Support Forces", "asserted"),
      ("Rapid Support Forces", "AGREE", "Sudanese Armed Forces", "asserted")}),
    # "X-backed": a statement of support inside a noun phrase
    ("Turkish-backed factions of the Syrian National Army clashed with the Syrian Democratic Forces.",
     {("Turkey", "SUPPORT", "Syrian National Army", "asserted"),
      ("Syrian National Army", "FIGHT", "Syrian Democratic Forces", "asserted")}),
    # an accusation: the accused is the target, the alleged attack is not asserted
    ("Ukraine accused Russia of attacking the Zaporizhzhia nuclear plant.",
     {("Ukraine", "ACCUSE", "Russia", "asserted")}),
    # the toll of an attack ("killing five soldiers") is not a second event
    ("Al-Shabaab militants ambushed a Kenyan army convoy near Lamu, killing five soldiers.",
     {("Al-Shabaab", "FIGHT", "Military Forces of Kenya", "asserted")}),
    # "the attack" told before: its attacker is the condemned one
    ("Hamas fighters attacked an Israeli army post near Gaza. The United Nations condemned the attack.",
     {("Hamas", "FIGHT", "Israel Defense Forces", "asserted"),
      ("United Nations", "ACCUSE", "Hamas", "asserted")}),
    # a received event: the giver acts on the receiver (no meeting); company staff are civilians
    ("The GNA received military support from Turkey.",
     {("Turkey", "SUPPORT", "Government of National Accord", "asserted")}),
    ("Regime security forces arrested 3 engineers of a phone company in Aleppo city.",
     {("Police Forces of Syria", "COERCE", "Civilians (Syria)", "asserted")}),
]  # fmt: skip

CASES_FR: list[tuple[str, set[Fact]]] = [
    # nominal event as the object of a claim: the claimer acts; "contre Riyad" (capital) → the state
    ("Les Houthis ont revendiqué une attaque de drone contre Riyad.",
     {("Houthis", "FIGHT", "Saudi Arabia", "asserted")}),
    # condemnation of a nominal event: its agent is the target, and the attack itself is an event
    ("Le gouvernement malien a condamné l'attaque du JNIM.",
     {("Mali", "ACCUSE", "Jama'at Nusrat al-Islam wal-Muslimin", "asserted"),
      ("Jama'at Nusrat al-Islam wal-Muslimin", "FIGHT", None, "asserted")}),
    # reflexive verb with "être": active, not passive
    ("Les FSR se sont emparées de la ville d'El Fasher.",
     {("Rapid Support Forces", "CAPTURE", None, "asserted")}),
    ("L'Ukraine a démenti avoir attaqué le pont.", {("Ukraine", "FIGHT", None, "denied")}),
    ("Le Hamas n'a pas attaqué Israël.", {("Hamas", "FIGHT", "Israel", "denied")}),
    ("La Russie pourrait attaquer l'Ukraine.", {("Russia", "FIGHT", "Ukraine", "hypothetical")}),
    # the threatened strike is absorbed into the THREATEN event
    ("Le Hezbollah a menacé de frapper Israël.", {("Hezbollah", "THREATEN", "Israel", "asserted")}),
    # a spokesperson's organisation; "l'armée" resolves to the country's army from the context
    ("Le porte-parole de l'armée soudanaise, Nabil Abdallah, a déclaré que l'armée avait repris Wad Madani.",
     {("Sudanese Armed Forces", "CAPTURE", None, "asserted")}),
    # apposition: "X, alliée de Y" is a statement of support
    ("La Turquie, alliée de Bakou, a soutenu l'opération.",
     {("Turkey", "SUPPORT", "Azerbaijan", "asserted")}),
    # coordinated subjects: one event per conjunct
    ("Bakhmout a été pris par les forces russes samedi.",
     {("Russian Armed Forces", "CAPTURE", None, "asserted")}),
    ("Le Soudan est soutenu par l'Égypte.", {("Egypt", "SUPPORT", "Sudan", "asserted")}),
    ("L'Union européenne a imposé des sanctions au groupe Wagner.",
     {("European Union", "SANCTION", "Wagner Group", "asserted")}),
    ("Les shebab ont tué dix civils dans une attaque près de Mogadiscio.",
     {("Al-Shabaab", "ASSAULT", "Civilians (Somalia)", "asserted")}),
    # reported speech: a side's claim about its own action is asserted ("ses forces" → the speaker),
    # a third party's claim is reported
    ("Le GNA a déclaré lundi que ses forces s'étaient emparées de Gharyan.",
     {("Government of National Accord", "CAPTURE", None, "asserted")}),
    ("L'armée soudanaise a affirmé que les FSR avaient attaqué El Fasher.",
     {("Rapid Support Forces", "FIGHT", None, "reported")}),
    ("Les FSR ont annoncé qu'elles s'étaient retirées de Wad Madani.",
     {("Rapid Support Forces", "RETREAT", None, "asserted")}),
    ("Le Mali et le Burkina Faso ont condamné l'attaque de l'EIGS.",
     {("Mali", "ACCUSE", "Islamic State Sahel Province", "asserted"),
      ("Burkina Faso", "ACCUSE", "Islamic State Sahel Province", "asserted"),
      ("Islamic State Sahel Province", "FIGHT", None, "asserted")}),
    # issue 14: structural forms, generic actors
    ("Des combats ont opposé l'armée malienne aux jihadistes du GSIM près de Gao.",
     {("Malian Armed Forces", "FIGHT", "Jama'at Nusrat al-Islam wal-Muslimin", "asserted"),
      ("Jama'at Nusrat al-Islam wal-Muslimin", "FIGHT", "Malian Armed Forces", "asserted")}),
    ("La prise de Kidal par les rebelles du MNLA a surpris Bamako.",
     {("National Movement for the Liberation of Azawad", "CAPTURE", None, "asserted")}),
    ("Plusieurs milliers de personnes ont défilé dimanche à Pékin contre le Japon.",
     {("Protesters (China)", "PROTEST", "Japan", "asserted")}),
    # the complement a nominal event takes its target by is never its actor (the bounty offered
    # for the killing is the offerer's threat against the one to be killed)
    ("Zarqaoui a offert 285 000 dollars pour l'assassinat d'Allaoui.",
     {("Zarqaoui", "THREATEN", "Allaoui", "asserted")}),
    ("Alfredo Palacio a reçu le soutien de Jaime Nebot, maire de Guayaquil.",
     {("Jaime Nebot", "SUPPORT", "Alfredo Palacio", "asserted")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES_EN)
def test_english(text: str, expected: set[Fact]) -> None:
    assert events(text, "en") == expected


@pytest.mark.parametrize(("text", "expected"), CASES_FR)
def test_french(text: str, expected: set[Fact]) -> None:
    assert events(text, "fr") == expected


def test_places_named_described_and_inferred() -> None:
    assert places("Russian forces shelled Kharkiv on Tuesday.", "en") == {("FIGHT", "Kharkiv")}
    assert places("The LNA withdrew from Tarhuna.", "en") == {("RETREAT", "Tarhuna")}
    assert places("Les FSR se sont emparées de la ville d'El Fasher.", "fr") == {("CAPTURE", "El Fasher")}
    # "près de X" parsed as X ← près
    assert places("Les shebab ont tué dix civils dans une attaque près de Mogadiscio.", "fr") == {
        ("ASSAULT", "Mogadishu")
    }
    assert places("Bakhmout a été pris par les forces russes samedi.", "fr") == {("CAPTURE", "Bakhmut")}
    assert places("Les FSR ont annoncé qu'elles s'étaient retirées de Wad Madani.", "fr") == {
        ("RETREAT", "Wad Medani")
    }


def test_symmetric_nominal_between_two_sides() -> None:
    text = "On 9 May 2020, a clash between LNA and GNA forces took place in Salah Aldeen (Tripoli)."
    f = facts(text, "en", published="2020-05-10")  # a note of its day: an older event is background
    names = {a.id: a.name for a in f.actors}
    locs = {loc.id: loc.name for loc in f.locations}
    got = {
        (names[e.actor_id], e.type, names[e.target_id or ""], locs[e.location_id or ""], e.date)
        for e in f.events
    }
    gna, lna = "Government of National Accord", "Libyan National Army"
    # the unknown place keeps its name and takes the coordinates of the bracketed one
    place = "Salah Aldeen"
    assert got == {(gna, "FIGHT", lna, place, "2020-05-09"), (lna, "FIGHT", gna, place, "2020-05-09")}
    (loc,) = [loc for loc in f.locations if loc.name == place]
    assert (loc.country, round(loc.lat or 0), round(loc.lon or 0)) == ("LBY", 33, 13)


def test_dates_from_the_sentence_else_the_article() -> None:
    f = facts("Russian forces shelled Kharkiv on Tuesday.", "en", published="2024-05-10")  # a Friday
    assert [(e.date, e.date_precision) for e in f.events] == [("2024-05-07", "day")]
    f = facts("The LNA withdrew from Tarhuna.", "en", published="2020-05")
    assert [(e.date, e.date_precision) for e in f.events] == [("2020-05", "month")]


def test_evidence_offsets_point_into_the_article() -> None:
    text = "Calm returned to the capital.\n\nThe RSF seized the town of El Fasher on Monday."
    f = facts(text, "en")
    (e,) = f.events
    assert text[e.evidence.start : e.evidence.end] == e.evidence.sentence
    assert e.evidence.sentence.startswith("The RSF seized")
    assert 0.3 <= e.confidence <= 0.95
