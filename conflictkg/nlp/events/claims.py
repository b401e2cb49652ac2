"""Claims of responsibility: war news tells an attack first and its author later ("Un attentat a
tué 20 personnes à Kaboul. Les talibans ont revendiqué l'attaque."). The claimer becomes the actor
of the attack told with no author, and the claim is no event of its own."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from conflictkg.nlp.events.actors import DEFINITE, agent_of, np_actor
from conflictkg.nlp.events.attack_words import plural_claim, violent_noun
from conflictkg.nlp.events.claimed_targets import claimed_targets
from conflictkg.nlp.events.state import Actor, DocState, EventRecord
from conflictkg.nlp.modality import modality
from conflictkg.nlp.syntax import OBJ, SUBJ, SUBJ_PASS, determined, first_child, is_passive, prep_args

VIOLENT = ("FIGHT", "ASSAULT")
UNNAMED_AUTHOR = "armed"  # the generic class of an attack's unknown author ("Unidentified Armed Group")
RELATIVE_TAGS = frozenset({"WDT", "WP"})  # "an attack which was claimed by X"


@dataclass(frozen=True)
class Claim:
    """A claimer and the tokens that say the claim (its verbs, the attack noun, "responsibility")."""

    claimer: Actor
    tokens: frozenset[int]


def credit_claims(st: DocState, sent: Span, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` are the sentence's (already in ``st.done``). A claim of an attack told before by
    an unnamed armed group makes the claimer its actor, and the claim's own events are dropped."""
    for claim in _claims(st, sent):
        told = _claimed_events(st, claim)
        if not told:
            continue  # no attack told, or one by a named actor: the claim reads as it did
        unnamed = {e["actor"] for e in told}
        for e in told:
            e["actor"], e["via"] = claim.claimer[0], claim.claimer[2]
        # "la police a ouvert le feu sur lui": whoever fought the unnamed attacker since fought the claimer
        first = min(e["sent_start"] for e in told)
        for e in st.done:
            if e["sent_start"] >= first and e["target"] in unnamed:
                e["target"] = claim.claimer[0]
        events = [e for e in events if e["pred"] not in claim.tokens or any(e is t for t in told)]
    return claimed_targets(st, events)  # "claimed an attack on what it said were X": whom it hit


def _claims(st: DocState, sent: Span) -> list[Claim]:
    found = (_verb_claim(st, t) or _author_claim(st, t) for t in sent)
    return [c for c in found if c is not None]


def _verb_claim(st: DocState, verb: Token) -> Claim | None:
    """ "X a revendiqué l'attentat", "the attack was claimed by X", "X carried out the attack",
    "X claimed responsibility (for the attack)", "l'attentat, revendiqué par X, ..."."""
    lemma = verb.lemma_.lower()
    claiming = lemma in st.lex.group("responsibility")
    if verb.pos_ != "VERB" or not (claiming or lemma in st.lex.group("authorship_verbs")):
        return None
    passive = is_passive(verb)
    claimed = first_child(verb, SUBJ_PASS if passive else OBJ)
    on_noun = verb.dep_ in ("acl", "relcl") and passive and (claimed is None or claimed.tag_ in RELATIVE_TAGS)
    claimed = verb.head if on_noun else claimed
    if claimed is None:
        return None
    attack, told = _attack_of(st, claimed, claiming)
    if not told and not (on_noun and attack is not None):
        return None  # "X a revendiqué un attentat à Kaboul": a new attack, X's own
    claimer, path = (agent_of(st, verb), []) if passive else _subject_of(st, verb)
    tokens = {verb.i, claimed.i, *(t.i for t in path), *([attack.i] if attack is not None else [])}
    return _claim(st, claimer, verb, tokens)


def _author_claim(st: DocState, noun: Token) -> Claim | None:
    """ "X a affirmé être l'auteur de l'attaque", "X is the perpetrator of the bombing"."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in st.lex.group("author_nouns"):
        return None
    of = st.lex.group("of_preps")
    attack = next((c for prep, c in prep_args(noun) if prep in of and _is_attack(st, c)), None)
    if attack is None or not _definite(st, attack):
        return None
    claimer, path = _subject_of(st, noun)
    return _claim(st, claimer, noun, {noun.i, attack.i, *(t.i for t in path)})


def _claim(st: DocState, claimer: Actor | None, said: Token, tokens: set[int]) -> Claim | None:
    """A claim by a named actor, asserted ("n'a pas revendiqué", "a nié être l'auteur": none)."""
    if claimer is None or modality(said, st.lex, "FIGHT") not in ("asserted", "reported"):
        return None
    record = st.actors.get(claimer[0])
    if record is None or record.get("group"):
        return None  # "un groupe islamiste a revendiqué l'attaque": still unnamed
    return Claim(claimer, frozenset(tokens))


def _subject_of(st: DocState, tok: Token) -> tuple[Actor | None, list[Token]]:
    """The subject of ``tok`` or, for a pronoun or an infinitive, of the verb that says it ("X said
    it carried out the attack", "X a affirmé être l'auteur de l'attaque"), with the verbs climbed;
    a relative clause's is the noun it is on ("Boko Haram, which claimed the attack")."""
    path: list[Token] = []
    while True:
        subj = first_child(tok, SUBJ)
        if subj is not None and subj.tag_ in RELATIVE_TAGS and tok.dep_ == "relcl":
            return np_actor(st, tok.head), path
        if subj is not None and subj.pos_ != "PRON":
            return np_actor(st, subj), path
        if tok.dep_ not in ("ccomp", "xcomp") or tok.head.i == tok.i:
            return None, path
        tok = tok.head
        path.append(tok)


def _attack_of(st: DocState, claimed: Token, claiming: bool) -> tuple[Token | None, bool]:
    """The attack noun a claim names and whether it is one told before: a definite attack ("l'attaque",
    "cet attentat"), or "responsibility" with no complement ("the Taliban claimed responsibility")."""
    attempts = st.lex.group("attempt_claim_nouns")  # "la tentative d'assassinat": its determiner's
    if claiming and claimed.lemma_.lower() in st.lex.group("claim_nouns") | attempts:
        complements = [c for _, c in prep_args(claimed)]
        if not complements:
            return None, True
        attack = next((c for c in complements if _is_attack(st, c)), None)
        told = claimed if claimed.lemma_.lower() in attempts else attack
        return attack, attack is not None and told is not None and _definite(st, told)
    if not _is_attack(st, claimed):
        return None, False
    return claimed, _definite(st, claimed)


def _is_attack(st: DocState, tok: Token) -> bool:
    attack = violent_noun(st, tok) or tok.lemma_.lower() in st.lex.group("attack_subjects")
    return tok.pos_ == "NOUN" and attack


def _definite(st: DocState, noun: Token) -> bool:
    return determined(noun, DEFINITE | st.lex.group("demonstratives"))


def _claimed_events(st: DocState, claim: Claim) -> list[EventRecord]:
    """The events of the nearest attack told before the claim by an unnamed armed group (all of
    its sentence's violent events by that group), unless the claimer is what it attacked."""
    start = min(claim.tokens)
    told = [
        e for e in st.done
        if e["type"] in VIOLENT and e["pred"] < start and e["target"] != claim.claimer[0]
        and st.actors.get(e["actor"], {}).get("group") == UNNAMED_AUTHOR
    ]  # fmt: skip
    if not told:
        return []
    # "avec l'attentat du 1er mai à X": an attack named in passing is not the one claimed
    told = [e for e in told if not _in_passing(st, e)] or told
    nearest = max(told, key=lambda e: e["pred"])
    if plural_claim(st, claim.tokens):  # "ont revendiqué les attentats": each one told
        return [e for e in told if e["actor"] == nearest["actor"]]
    return [e for e in told if e["sent_start"] == nearest["sent_start"] and e["actor"] == nearest["actor"]]


def _in_passing(st: DocState, e: EventRecord) -> bool:
    """An attack told by a noun that is neither a subject nor an object: an adjunct's."""
    tok = st.doc[e["pred"]]
    return bool(e["nominal"]) and tok.dep_ not in SUBJ | SUBJ_PASS | OBJ
