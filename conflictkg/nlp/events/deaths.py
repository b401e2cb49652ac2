"""Deaths in an attack: "trois soldats sont morts dans une embuscade", "deux civils ont péri lors de
l'attaque", "un soldat a trouvé la mort dans un attentat". The attack noun under a verb of dying
(``death_verbs``) is an attack like the one of "ont été tués dans une embuscade": its author is the
unnamed one of an attack told with no author, its target who died. Dying alone ("il est mort à
Paris", "mort d'une maladie") is no event, nor is the attacker's own death ("le kamikaze est mort
dans l'explosion"). Dying in fighting no side of which is named ("deux civils sont morts lors de
combats", "au cours d'un accrochage") is the fighting of the unidentified armed group of the
article's country, as "ont été tués lors de combats" is."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.actors import generic_id, np_actor, unattributed
from conflictkg.nlp.events.attack_words import attack_noun, violent_noun
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.syntax import NEAR_ADVERBS, OBJ, SUBJ, SUBJ_PASS, first_child, prep_args

BETWEEN_PREPS = shared_words("between_preps")


def attack_of_dead(st: DocState, noun: Token) -> Actor | None:
    """The unnamed author of the attack ``noun`` names when it is where the subject of a verb of
    dying died; none when who died is who attacked ("le kamikaze est mort dans l'explosion")."""
    victims = dead_in_attack(st, noun)
    author = unattributed(st, noun) if victims is not None else None
    if victims is not None and author is None and not attack_noun(st, noun) and _no_sides(st, noun):
        author = (generic_id(st, "armed", st.doc._.country), 0.6, None)  # "lors de combats"
    return author if author is not None and victims is not None and author[0] != victims[0] else None


def dead_in_attack(st: DocState, noun: Token, actor_id: str | None = None) -> Actor | None:
    """Who died (the subject of the verb of dying) in the attack ``noun``, when the attack noun is
    that verb's oblique; none when it is ``actor_id``."""
    english = noun.dep_ == "pobj" and noun.head.dep_ == "prep"  # "died in a Taliban attack"
    if not (english or noun.dep_.startswith(("obl", "nmod"))):
        return None
    if not (attack_noun(st, noun) or violent_noun(st, noun)):
        return None
    span = noun.head.pos_ == "ADV" or noun.head.lemma_.lower() in st.lex.group("span_nouns")
    verb = noun.head.head if span or english else noun.head  # "lors de l'attaque", "au cours d'un accrochage"
    lemma = verb.lemma_.lower()
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ in OBJ]  # "trouver la mort"
    deaths = st.lex.group("death_verbs")
    if lemma not in deaths and not any(f"{lemma} {o}" in deaths for o in objects):
        return None
    # "sont morts" may be read as a passive participle or a noun: its subject is then passive
    dead = first_child(verb, SUBJ) or first_child(verb, SUBJ_PASS)
    victims = np_actor(st, dead) if dead is not None else None
    return victims if victims is not None and victims[0] != actor_id else None


def _no_sides(st: DocState, noun: Token) -> bool:
    """The fighting names no side: its complements are only places ("lors de combats à Alep"), not
    "des heurts entre manifestants et policiers", "des combats contre les rebelles" (the parser may
    hang "entre X" on the verb of dying)."""
    places = st.lex.group("place_preps") | NEAR_ADVERBS
    pred = st.lex.nouns.get(noun.lemma_.lower())
    sides = BETWEEN_PREPS | frozenset(pred.target if pred is not None else ())
    verb = noun.head.head if noun.head.pos_ == "ADV" else noun.head
    own = all(prep in places for prep, _ in prep_args(noun))
    return own and not any(prep in sides for prep, _ in prep_args(verb))
