"""English round 37: event types beyond fighting (issue 14, PLOVER): promises and readiness to
cooperate (AGREE), promised attacks and conditioned withdrawals (THREATEN), what another's words say
someone must do (REQUEST), ties cut (SANCTION), threats against someone."""

from unit._extract import events


def test_a_promise_is_an_agreement_not_the_act_promised() -> None:
    assert events("Ghana has promised to send food aid to Liberia.", "en") == {
        ("Ghana", "AGREE", "Liberia", "asserted")
    }
    assert events("Tanzania pledged military aid to Mozambique.", "en") == {
        ("Tanzania", "AGREE", "Mozambique", "asserted")
    }
    assert events("Egypt offered to mediate between Sudan and Ethiopia.", "en") == {
        ("Egypt", "AGREE", "Sudan", "asserted")
    }
    # an offer is of an act: condolences are none
    assert events("Egypt offered condolences to Sudan.", "en") == set()


def test_a_promised_attack_is_a_threat() -> None:
    assert events("The rebels pledged to attack the army of Mali.", "en") == {
        ("Unidentified Armed Group", "THREATEN", "Malian Armed Forces", "asserted")
    }


def test_readiness_or_future_of_a_cooperative_act_is_a_promise() -> None:
    # the promise is aimed at the state withdrawn from (round plov53, as PLOVER codes it)
    assert events("Uganda is willing to withdraw its troops from Congo.", "en") == {
        ("Uganda", "AGREE", "DR Congo", "asserted")
    }
    assert events("Japan will provide medical supplies to Indonesia.", "en") == {
        ("Japan", "AGREE", "Indonesia", "asserted")
    }
    # a reported conditional stays the act; a future denied is a refusal, a past one the act denied
    assert events("Japan said it would provide medical supplies to Indonesia.", "en") == {
        ("Japan", "AID", "Indonesia", "hypothetical")
    }
    assert events("Japan will not provide medical supplies to Indonesia.", "en") == {
        ("Japan", "REJECT", "Indonesia", "asserted")
    }
    assert events("Kenya did not withdraw its troops from Somalia.", "en") == {
        ("Kenya", "RETREAT", None, "denied")
    }
    # a future attack stays an attack told as threatened
    assert events("Russia will attack Ukraine.", "en") == {("Russia", "FIGHT", "Ukraine", "threatened")}


def test_a_withdrawal_on_a_condition_is_a_threat_against_who_can_meet_it() -> None:
    text = (
        "Kenya announced that it will withdraw its troops from Somalia unless the government of "
        "Somalia holds elections."
    )
    assert events(text, "en") == {("Kenya", "THREATEN", "Somalia", "asserted")}


def test_what_another_says_someone_must_do_is_a_demand() -> None:
    assert events("The United Nations said Sudan and the rebels must reach a ceasefire agreement.", "en") == {
        ("United Nations", "REQUEST", "Sudan", "asserted"),
        ("United Nations", "REQUEST", "Unidentified Armed Group (Sudan)", "asserted"),
    }
    # no speaker: a duty, the act not done (round en63: hypothetical, no agreement reached)
    assert events("Sudan must reach a ceasefire agreement with the rebels.", "en") == {
        ("Sudan", "AGREE", "Unidentified Armed Group (Sudan)", "hypothetical")
    }


def test_ties_cut_are_a_sanction_and_threats_take_against() -> None:
    assert events("Germany cut diplomatic ties with Iran.", "en") == {
        ("Germany", "SANCTION", "Iran", "asserted")
    }
    assert events("Morocco severed relations with Algeria.", "en") == {
        ("Morocco", "SANCTION", "Algeria", "asserted")
    }
    assert events("Russia threatened military action against Georgia.", "en") == {
        ("Russia", "THREATEN", "Georgia", "asserted")
    }


def test_an_offer_to_hand_people_over_is_no_threat() -> None:
    assert events("Libya has offered to hand over two suspects to Britain.", "en") == {
        ("Libya", "AGREE", "United Kingdom", "asserted")
    }


def test_a_cooperative_act_refused_is_a_rejection() -> None:
    for verb in ("declined", "refused"):
        assert events(f"Kenya {verb} to withdraw its troops from Somalia.", "en") == {
            ("Kenya", "REJECT", None, "asserted")
        }
    assert events(
        "The rebels dismissed an appeal from the government of Mali to lay down their arms.", "en"
    ) == {("Unidentified Armed Group (Mali)", "REJECT", "Mali", "asserted")}


def test_aid_given_or_granted() -> None:
    assert events("Norway gave Mali a loan.", "en") == {("Norway", "AID", "Mali", "asserted")}
    assert events("Canada granted asylum to 30 Eritrean rebels.", "en") == {
        ("Canada", "AID", "Unidentified Armed Group (Eritrea)", "asserted")
    }
    # a warning given is no aid
    assert events("Norway gave Mali a warning.", "en") == set()


def test_aid_suspended_is_a_sanction_and_announced_sanctions_are_threats() -> None:
    assert events("Italy suspended aid deliveries to Libya.", "en") == {
        ("Italy", "SANCTION", "Libya", "asserted")
    }
    assert events("Kenya will boycott talks with Uganda.", "en") == {
        ("Kenya", "THREATEN", "Uganda", "asserted")
    }
    assert events("Kenya said it will impose sanctions on Uganda.", "en") == {
        ("Kenya", "THREATEN", "Uganda", "asserted")
    }
    assert events("The farmers said they would blockade the capital of France.", "en") == {
        ("Civilians (France)", "THREATEN", "France", "asserted")
    }
    # denied, it stays the act denied; with no one boycotted, none
    assert events("Kenya will not boycott talks with Uganda.", "en") == {
        ("Kenya", "SANCTION", "Uganda", "denied")
    }
    assert events("The union boycotted the elections.", "en") == set()


def test_a_statement_demanding_is_its_issuers_demand() -> None:
    assert events("Kenya issued a statement demanding that Uganda withdraw its troops.", "en") == {
        ("Kenya", "REQUEST", "Uganda", "asserted")
    }


def test_investigations_hosts_shared_intelligence_and_ties_established() -> None:
    assert events("The police launched an investigation into the killing.", "en") == {
        ("Police Forces", "INVESTIGATE", None, "asserted")
    }
    assert events("Egypt hosted the president of Sudan.", "en") == {("Egypt", "CONSULT", "Sudan", "asserted")}
    assert events("Israel shared intelligence with the United States.", "en") == {
        ("Israel", "COOPERATE", "United States", "asserted")
    }
    assert events("Sri Lanka established diplomatic ties with Iran.", "en") == {
        ("Sri Lanka", "SUPPORT", "Iran", "asserted")
    }


def test_a_siege_lifted_and_a_resignation_are_retreats() -> None:
    assert events("The army lifted the siege of the town.", "en") == {
        ("Military Forces", "RETREAT", None, "asserted")
    }
    # a curfew lifted stays a concession, to the civilians it bound (round plov47)
    assert events("The army lifted the curfew in Goma.", "en") == {
        (
            "Armed Forces of the Democratic Republic of the Congo",
            "CONCEDE",
            "Civilians (Democratic Republic of Congo)",
            "asserted",
        )
    }
    assert events("The prime minister of Peru resigned.", "en") == {("Peru", "RETREAT", None, "asserted")}


def test_restrictions_relaxed_and_demands_accepted_are_concessions() -> None:
    # to the civilians the restriction bound (round plov47)
    assert events("Sudan lifted the state of emergency in Darfur.", "en") == {
        ("Sudan", "CONCEDE", "Civilians (Sudan)", "asserted")
    }
    assert events("Egypt relaxed the curfew in Cairo.", "en") == {
        ("Egypt", "CONCEDE", "Civilians (Egypt)", "asserted")
    }
    assert events("The government of Mali accepted demands from the rebels.", "en") == {
        ("Mali", "CONCEDE", "Unidentified Armed Group (Mali)", "asserted")
    }
    assert events("The army eased the blockade of the port.", "en") == {
        ("Military Forces", "RETREAT", None, "asserted")
    }
