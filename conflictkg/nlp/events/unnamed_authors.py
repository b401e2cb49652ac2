"""Attacks told with no author, in three more constructions than a toll verb's subject ("l'attentat
a fait 25 morts"): the subject of an agentless passive verb of carrying an attack out ("une attaque a
été perpétrée contre un poste de police", ``perpetration_verbs``), the attack where the subject of a
verb of dying died (nlp/events/deaths.py), and a verbless headline the attack noun heads ("Attentat
contre des civils à Kaboul", "Attentat à Kaboul : 12 morts", "Afghanistan : attentat suicide à
Kaboul"): it reports an attack as done; and an attack its agent qualifies as chemical, wherever
it stands ("reported a suspected sarin attack on X", ``chemical_agents``): only armed groups hold
such weapons, so it is an attack done, never a mere topic. Their author is the unnamed one of
``unattributed``: the armed group that acted last, else the unidentified armed group of the
article's country; an attack told before (a definite noun) is that one, no new event."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import agent_of, unattributed
from conflictkg.nlp.events.deaths import attack_of_dead
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.syntax import SUBJ_PASS, case_of, is_passive


def unnamed_author(st: DocState, noun: Token) -> Actor | None:
    """The unnamed author of the attack ``noun`` names, in either construction; else none."""
    return attack_of_dead(st, noun) or _carried_out(st, noun) or _headline(st, noun) or _chemical(st, noun)


def _chemical(st: DocState, noun: Token) -> Actor | None:
    agents = st.lex.group("chemical_agents")
    used = any(c.dep_ in ("amod", "compound", "nmod") and c.lemma_.lower() in agents for c in noun.children)
    return unattributed(st, noun) if used else None


def _headline(st: DocState, noun: Token) -> Actor | None:
    return unattributed(st, noun) if headline_attack(st, noun) else None


def headline_attack(st: DocState, noun: Token) -> bool:
    """ "Attentat contre une caserne à Kaboul", "Attentat à Kaboul : 12 morts": an attack noun heading
    a sentence with no verb; or the attack its counted dead heading one died in ("Mali : au moins 20
    morts dans une attaque contre un camp militaire", "12 morts lors d'un attentat")."""
    if noun.lemma_.lower() not in st.lex.group("attack_subjects"):
        return False
    if noun.head.i != noun.i and _dead_in_headline(st, noun) is None:
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in noun.sent)


def headline_toll(st: DocState, noun: Token) -> bool:
    """ "Attentat à Kaboul : 12 morts", "12 morts dans un attentat à Kaboul": a headline attack
    counting its dead (a noun a toll verb counts, "faire mort"), as "l'attentat a fait 12 morts" does."""
    dead = [c for c in noun.children if _counted_dead(st, c)]
    return (bool(dead) or _dead_in_headline(st, noun) is not None) and headline_attack(st, noun)


def _counted_dead(st: DocState, tok: Token) -> bool:
    counted = {w.split(" ", 1)[1] for w in st.lex.group("toll_verbs") if w.startswith("faire ")}
    return tok.lemma_.lower() in counted and any(n.like_num for n in tok.children)


def _dead_in_headline(st: DocState, noun: Token) -> Token | None:
    """The counted dead heading the sentence the attack ``noun`` is the complement of ("20 morts
    dans une attaque", "lors d'une attaque": ``headline_toll_preps``, the span adverb its root)."""
    head = noun.head
    if head.dep_ != "ROOT" or case_of(noun) not in st.lex.group("headline_toll_preps") | {"de"}:
        return None
    if head.pos_ == "ADV" and head.lower_ in st.lex.group("headline_toll_preps"):  # "lors de"
        return next((c for c in head.children if _counted_dead(st, c)), None)
    if case_of(noun) == "de" or not _counted_dead(st, head):
        return None
    return head


def _carried_out(st: DocState, noun: Token) -> Actor | None:
    """ "une attaque a été perpétrée contre X", "des frappes ont été menées à Y": no agent named."""
    verb = noun.head
    carried = st.lex.group("perpetration_verbs") | st.lex.group("sighting_verbs")  # "ont été signalées"
    if noun.dep_ not in SUBJ_PASS or verb.lemma_.lower() not in carried:
        return None
    if not is_passive(verb) or agent_of(st, verb) is not None:
        return None
    return unattributed(st, noun)
