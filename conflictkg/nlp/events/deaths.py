"""Deaths in an attack: "trois soldats sont morts dans une embuscade", "deux civils ont péri lors de
l'attaque", "un soldat a trouvé la mort dans un attentat". The attack noun under a verb of dying
(``death_verbs``) is an attack like the one of "ont été tués dans une embuscade": its author is the
unnamed one of an attack told with no author, its target who died. Dying alone ("il est mort à
Paris", "mort d'une maladie") is no event, nor is the attacker's own death ("le kamikaze est mort
dans l'explosion")."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import _np_actor, _unattributed
from conflictkg.nlp.events.attack_words import _attack_noun
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.syntax import OBJ, SUBJ, SUBJ_PASS, first_child


def attack_of_dead(st: DocState, noun: Token) -> Actor | None:
    """The unnamed author of the attack ``noun`` names when it is where the subject of a verb of
    dying died; none when who died is who attacked ("le kamikaze est mort dans l'explosion")."""
    victims = dead_in_attack(st, noun)
    author = _unattributed(st, noun) if victims is not None else None
    return author if author is not None and victims is not None and author[0] != victims[0] else None


def dead_in_attack(st: DocState, noun: Token, actor_id: str | None = None) -> Actor | None:
    """Who died (the subject of the verb of dying) in the attack ``noun``, when the attack noun is
    that verb's oblique; none when it is ``actor_id``."""
    english = noun.dep_ == "pobj" and noun.head.dep_ == "prep"  # "died in a Taliban attack"
    if not (english or noun.dep_.startswith(("obl", "nmod"))) or not _attack_noun(st, noun):
        return None
    verb = noun.head.head if noun.head.pos_ == "ADV" or english else noun.head  # "lors de l'attaque"
    lemma = verb.lemma_.lower()
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ in OBJ]  # "trouver la mort"
    deaths = st.lex.group("death_verbs")
    if lemma not in deaths and not any(f"{lemma} {o}" in deaths for o in objects):
        return None
    # "sont morts" may be read as a passive participle or a noun: its subject is then passive
    dead = first_child(verb, SUBJ) or first_child(verb, SUBJ_PASS)
    victims = _np_actor(st, dead) if dead is not None else None
    return victims if victims is not None and victims[0] != actor_id else None
