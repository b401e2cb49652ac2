"""The toll of an attack noun a participle of aiming qualifies ("un attentat visant un hôtel de
Mogadiscio a fait quinze morts"): the participle tells the attack (nlp/events/aimed_nouns.py), and
when what it aims at is a site, no party, the dead its noun's toll verb counts are the civilians hit,
as they are with no aim told ("l'attentat a fait quinze morts"). An aim at a party ("visant une
patrouille de l'armée") keeps that party the target."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.attack_words import toll_verb
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.events.weapons import site_of_a_capital
from conflictkg.nlp.syntax import OBJ, SUBJ


def aimed_site_toll(st: DocState, tok: Token) -> bool:
    """``tok`` is a participle of ``aiming_participles`` on an attack noun that is the subject of a
    toll verb, and every object it aims at names no party (or only the site of a capital)."""
    if tok.dep_ != "acl" or tok.lemma_.lower() not in st.lex.group("aiming_participles"):
        return False
    noun = tok.head
    if noun.pos_ != "NOUN" or noun.dep_ not in SUBJ or not toll_verb(st, noun.head):
        return False
    objects = [c for c in tok.children if c.dep_ in OBJ]
    return bool(objects) and all(site_of_a_capital(st, c, "ASSAULT") or _no_party(st, c) for c in objects)


def _no_party(st: DocState, c: Token) -> bool:
    """No actor in the phrase ("un marché de Kandahar"; not "une patrouille de l'armée")."""
    return np_actor(st, c) is None and not any(t.i in st.covered for t in c.subtree)
