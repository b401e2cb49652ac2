"""Words of attacks: a fight or assault noun, a noun standing for an unnamed attacker, a verb telling
an attack's toll, and whether an actor is a non-state armed group (the likely author of an attack)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.dates import MONTHS, WEEKDAYS
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.events.tree import bounded_subtree
from conflictkg.nlp.name_spans import counted_thing
from conflictkg.nlp.syntax import OBJ, case_of
from conflictkg.textkeys import norm

RELATIVE_PRONOUNS = shared_words("relative_pronouns")


def violent_noun(st: DocState, tok: Token) -> bool:
    """A lexicon noun of a fight or an assault ("l'attentat", "the attack")."""
    noun = st.lex.nouns.get(tok.lemma_.lower())
    return noun is not None and noun.type in ("FIGHT", "ASSAULT")


def attack_noun(st: DocState, tok: Token) -> bool:
    """ "une explosion", "une voiture piégée", "a drone": a noun (or noun and adjective) of either."""
    attacks = st.lex.group("attack_subjects") | st.lex.group("weapon_subjects")
    adjectives = [c.lower_ for c in tok.children if c.dep_ in ("amod", "acl")]
    if tok.lemma_.lower() in attacks or any(f"{tok.lemma_.lower()} {a}" in attacks for a in adjectives):
        return True
    # "artillery fire", "mortar fire": an event noun a weapon names the means of
    weapons = st.lex.group("weapon_subjects")
    fired = tok.lemma_.lower() in st.lex.nouns and st.lex.nouns[tok.lemma_.lower()].type == "FIGHT"
    return fired and any(c.dep_ == "compound" and c.lemma_.lower() in weapons for c in tok.children)


def plural_claim(st: DocState, tokens: Collection[int]) -> bool:
    """ "ont revendiqué les attentats": a claim of attacks in the plural, each one the text told."""
    attacks = st.lex.group("attack_subjects")
    nouns = [st.doc[i] for i in tokens if st.doc[i].pos_ == "NOUN"]
    return any(
        "Plur" in t.morph.get("Number", []) and (violent_noun(st, t) or t.lemma_.lower() in attacks)
        for t in nouns
    )


def is_armed_group(st: DocState, actor_id: str) -> bool:
    """A non-state armed group: the likely author of an attack ("une attaque des talibans"), where
    a state's forces are more often its target ("l'attaque de leur camp")."""
    a = st.actors.get(actor_id)
    if a is None or a.get("kind") not in ("armed_group", "militia"):
        return False
    name = str(a["name"]).lower()
    return not any(w in name for w in st.lex.group("state_force_words"))


def toll_verb(st: DocState, verb: Token) -> bool:
    """ "a fait 25 morts", "a coûté la vie", "a eu lieu": a verb telling that an attack happened; the
    dead an approximate number counts are still dead ("a fait une dizaine de morts")."""
    tolls = st.lex.group("toll_verbs")
    lemma = verb.lemma_.lower()
    args = [c for c in verb.children if c.dep_ in OBJ or c.dep_ == "prt"]  # "broke out"
    objs = [(counted_thing(c, st.lex) or c).lemma_.lower() for c in args]  # "une dizaine de morts"
    return lemma in tolls or any(f"{lemma} {o}" in tolls for o in objs)


def relative_clauses(st: DocState, noun: Token) -> list[Token]:
    """The verbs of the relative clauses that follow ``noun`` with no other lexicon noun of an attack
    in between ("l'attentat du 1er mai à X qui a fait 25 morts": the parser may hang the clause on the
    date or place complement; "the suicide bombing at a rally in X that killed 54 people": a rally
    kills no one, the bombing did)."""
    out = []
    for verb in noun.subtree:
        between = st.doc[noun.i + 1 : verb.i]
        if verb.dep_.endswith("relcl") and not any(_attack_noun_between(st, t) for t in between):
            out.append(verb)
    return out


def _attack_noun_between(st: DocState, t: Token) -> bool:
    pred = st.lex.nouns.get(t.lemma_.lower()) if t.pos_ == "NOUN" else None
    return pred is not None and pred.type in VIOLENT_TYPES


def anew(st: DocState, noun: Token) -> bool:
    """ "avec l'attentat du 1er mai à Tall Afar": a definite attack noun placed by a name the text
    has not named before is another attack, not the one just told."""
    places = st.lex.group("place_preps")
    for t in bounded_subtree(noun):
        if t.pos_ == "PROPN" and case_of(t) in places:
            return t.lower_ not in {x.lower_ for x in st.doc[: noun.i]}
    # "l'attentat du 7 avril qui avait tué X": dated by a day the text has not told before
    days = [c for c in noun.children if c.dep_ == "nmod" and c.like_num and _dating(c)]
    return any((m := _month_of(d)) is not None and (d.lower_, m) not in _days_before(noun) for d in days)


def _days_before(tok: Token) -> set[tuple[str, str]]:
    doc = tok.doc
    return {(doc[i].lower_, doc[i + 1].lower_) for i in range(max(0, tok.i - 1))}


def antecedent(tok: Token) -> Token:
    """ "l'attentat qui a tué deux soldats", "the blast that killed six people": the noun a relative
    pronoun subject stands for, so an attack noun there is the verb's unnamed attacker; any other
    token is itself."""
    rel = tok.head
    if tok.pos_ == "PRON" and tok.lower_ in RELATIVE_PRONOUNS and rel.dep_ in ("acl:relcl", "relcl"):
        if rel.head.i == rel.i:
            return tok
        return rel.head.head if _dating(rel.head) else rel.head
    return tok


def _month_of(day: Token) -> str | None:
    """The month a day number hangs ("du 7 avril": "avril")."""
    return next((c.lower_ for c in day.children if norm(c.lower_) in MONTHS), None)


def _dating(tok: Token) -> bool:
    """ "l'attentat du 7 avril qui a tué": the parser hangs the relative clause on the noun's date;
    the noun the date dates is the antecedent."""
    dated = tok.like_num or norm(tok.lower_) in MONTHS or tok.lower_ in WEEKDAYS
    return dated and tok.dep_ == "nmod" and tok.head.pos_ == "NOUN"
