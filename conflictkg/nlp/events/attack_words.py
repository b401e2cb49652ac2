"""Words of attacks: a fight or assault noun, a noun standing for an unnamed attacker, a verb telling
an attack's toll, and whether an actor is a non-state armed group (the likely author of an attack)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ


def _violent_noun(st: DocState, tok: Token) -> bool:
    """A lexicon noun of a fight or an assault ("l'attentat", "the attack")."""
    noun = st.lex.nouns.get(tok.lemma_.lower())
    return noun is not None and noun.type in ("FIGHT", "ASSAULT")


def _attack_noun(st: DocState, tok: Token) -> bool:
    """ "une explosion", "une voiture piégée", "a drone": a noun (or noun and adjective) of either."""
    attacks = st.lex.group("attack_subjects") | st.lex.group("weapon_subjects")
    adjectives = [c.lower_ for c in tok.children if c.dep_ in ("amod", "acl")]
    return tok.lemma_.lower() in attacks or any(f"{tok.lemma_.lower()} {a}" in attacks for a in adjectives)


def _armed(st: DocState, actor_id: str) -> bool:
    """A non-state armed group: the likely author of an attack ("une attaque des talibans"), where
    a state's forces are more often its target ("l'attaque de leur camp")."""
    a = st.actors.get(actor_id)
    if a is None or a.get("kind") not in ("armed_group", "militia"):
        return False
    name = str(a["name"]).lower()
    return not any(w in name for w in st.lex.group("state_force_words"))


def _toll_verb(st: DocState, verb: Token) -> bool:
    """ "a fait 25 morts", "a coûté la vie", "a eu lieu": a verb telling that an attack happened."""
    tolls = st.lex.group("toll_verbs")
    lemma = verb.lemma_.lower()
    objs = [c.lemma_.lower() for c in verb.children if c.dep_ in OBJ]
    return lemma in tolls or any(f"{lemma} {o}" in tolls for o in objs)
