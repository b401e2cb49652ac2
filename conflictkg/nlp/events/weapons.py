"""Weapons and places where a fight's parties are looked for.

- A capital fired on ("des tirs sur Damas", "des roquettes sont tombées sur Kaboul"): the knowledge
  base reads the capital as its state (a metonym, right for "Damas a accusé Ankara"), but a capital
  after a locative preposition of a fight or an assault is where the attack fell, not its target; so
  is a capital attacked ("les rebelles ont attaqué Niamey", "Niamey a été attaquée"), as any other town
  attacked is.
- Military craft with no owner named ("des avions de combat ont bombardé Alep"): the forces of the
  article's country that the article names (its army, "le régime"), when it names them; else the
  military forces of the article's country, or of the country of the place they hit when the article
  has none (only a state flies combat aircraft over a war zone).
- A weapon subject after an attack told is that attack's ("a shell hit the market"), unless the attack
  told is the weapon's own relative clause: "the bomb that exploded in X killed nine" is one blast,
  whose unnamed author kills.
- Who operates a weapon uses it: "a drone controlled by X" is X's, as "operated by X" (operator_verbs);
  ground controlled by X stays X's ground, no actor of its own (``weapon_controller_verbs``)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp import generic
from conflictkg.nlp.demonym_pairs import war_craft
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.events.tree import is_capital
from conflictkg.nlp.generic import generic_entry
from conflictkg.nlp.led_bodies import leads_body_before
from conflictkg.nlp.syntax import SUBJ, SUBJ_PASS, case_of, shared_subjects
from conflictkg.textkeys import key

OWNER_DEPS = frozenset({"amod", "nmod"})


def capital_fired_on(st: DocState, c: Token, kind: str) -> bool:
    """A capital named after a locative preposition of a fight ("sur Damas"), or with none, not as its
    subject, of an attack told as done ("ont attaqué Niamey"): a place, no party. A strike only
    threatened or planned ("would strike Tel Aviv", "menace d'attaquer Niamey") is aimed at the state."""
    bare = case_of(c) is None and c.dep_ not in SUBJ and _done(c.head)
    return (
        kind in VIOLENT_TYPES
        and (bare or case_of(c) in st.lex.group("place_preps"))
        and capital_attacked_at(st, c)
    )


def lost_patient(st: DocState, verb: Token, kind: str) -> bool:
    """A passive fight whose patient the parser may have lost, so that it is looked for to the left;
    not one whose passive subject is a capital attacked ("Niamey a été attaquée"): that is the place;
    nor one whose patient is a personal pronoun shared with the verb it is coordinated with ("he
    commanded a battalion on the Kuwaiti island and was taken prisoner by X"): a person the reading of
    the pronoun did not find, never the state named nearest before it."""
    pats = [c for c in verb.children if c.dep_ in SUBJ_PASS]
    personal = st.lex.group("personal_pronouns")
    if any(c.lower_ in personal for c in shared_subjects(verb)):
        return False
    return kind in VIOLENT_TYPES and not any(capital_fired_on(st, c, kind) for c in pats)


def _done(verb: Token) -> bool:
    """A finite verb with no modal, conditional or future: an act told as done."""
    words = (verb, *(c for c in verb.children if c.dep_.startswith("aux")))
    return (
        verb.pos_ == "VERB"
        and not any(
            t.tag_ == "MD" or "Mood=Cnd" in str(t.morph) or "Tense=Fut" in str(t.morph) for t in words
        )
        and "VerbForm=Inf" not in str(verb.morph)
        and verb.tag_ != "VB"
    )


def unowned_craft(st: DocState, subj: Token) -> Actor | None:
    """ "des avions de combat ont bombardé": the named forces of the article's country, if any."""
    if not war_craft(subj, st.lex):
        return None
    if any(c.dep_ in OWNER_DEPS and c.i in st.covered for c in subj.subtree if c.i != subj.i):
        return None  # "un hélicoptère syrien", "un avion du régime": its owner is named
    return unowned_forces(st, subj)


def state_craft(st: DocState, noun: Token, got: Actor) -> Actor:
    """ "les hélicoptères du régime", "des avions de la Syrie": the craft of a state (its 'de'
    complement) are that state's armed forces, never the state itself."""
    a = st.actors.get(got[0])
    if not war_craft(noun, st.lex) or a is None or a.get("kind") != "state":
        return got
    country = a.get("country")
    state = st.kb.state(str(country)) if country else None
    entry = generic_entry(
        "military", country and str(country), state.name if state else None, st.kb, own=True
    )
    st.actors.setdefault(entry.id, generic.record(entry))
    return (str(entry.id), got[1], got[2])


def unowned_forces(st: DocState, subj: Token) -> Actor:
    """Who flies what ``subj`` tells with no owner named: the forces of the article's country the
    article names before it, else that country's military forces."""
    country = st.doc._.country
    forces = st.lex.group("state_force_words")
    for m in st.mentions:
        a = st.actors.get(m["actor"])
        if a is None or not country or a.get("country") != country or m["start"] >= subj.i:
            continue
        if a.get("kind") != "state" and any(w in str(a["name"]).lower() for w in forces):
            return (m["actor"], 0.55, None)
    state = st.kb.state(str(country)) if country else None
    entry = generic_entry("military", country or None, state.name if state is not None else None, st.kb)
    st.actors.setdefault(entry.id, generic.record(entry))
    return (entry.id, 0.5, None)


def capital_attacked(st: DocState, noun: Token, c: Token) -> bool:
    """ "l'attentat de Kaboul", "les bombardements de Damas": a capital in the complement of a fight
    or assault noun is where it fell, never its author (the state the mentions read it as)."""
    pred = st.lex.nouns.get(noun.lemma_.lower())
    return pred is not None and pred.type in VIOLENT_TYPES and capital_attacked_at(st, c)


def site_of_a_capital(st: DocState, c: Token, kind: str) -> bool:
    """ "une attaque contre un hôtel de Kaboul": a site the attack hit, named by the capital it is in,
    is no party (the state the capital stands for elsewhere); a group or an institution so named is
    ("l'armée de Damas")."""
    if kind not in VIOLENT_TYPES or c.pos_ != "NOUN" or c.i in st.covered:
        return False
    lemma = c.lemma_.lower()
    if lemma in st.lex.generic or lemma in st.lex.roles or lemma in st.lex.group("institution_nouns"):
        return False
    return any(case_of(x) in st.lex.group("of_preps") and capital_attacked_at(st, x) for x in c.children)


def capital_attacked_at(st: DocState, c: Token) -> bool:
    """A capital the mentions read as its state ("Kaboul")."""
    m = st.covered.get(c.i)
    if m is None or m["kind"] != "state" or c.pos_ != "PROPN":
        return False
    actor = st.actors.get(m["actor"])
    return actor is not None and is_capital(actor, key(st.doc[m["start"] : m["end"]].text))


def author_modifiers(st: DocState, noun: Token) -> list[Token]:
    """The named modifiers of an attack noun that may tell its author ("a US drone strike"); a capital
    ("the Kabul attack") tells where it fell, never the state the mentions read it as."""
    named = [c for c in noun.children if c.dep_ in ("compound", "nsubj") and c.i in st.covered]
    return [c for c in named if not capital_attacked_at(st, c)]


def attack_adjectives(noun: Token) -> list[Token]:
    """The adjectives of an attack noun, and of the weapon compound naming its means: in "a Russian
    missile strike" the parser hangs "Russian" on "missile", yet it tells whose the strike is."""
    means = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return [m for t in (noun, *means) for m in t.children if m.dep_ == "amod"]


def operators_of(st: DocState, noun: Token) -> frozenset[str]:
    """The participles whose agent acts for ``noun`` ("insurgents led by HTS"), a weapon's controller
    too ("drones controlled by X"): not a place's ("areas controlled by X")."""
    operators = st.lex.group("operator_verbs")
    if leads_body_before(noun, st.lex):  # "Saudi-led coalition jets": the coalition's, not Saudi Arabia's
        operators -= st.lex.group("leading_verbs")
    weapons = st.lex.group("weapon_subjects") | st.lex.group("military_equipment")
    if noun.lemma_.lower() in weapons:
        return operators | st.lex.group("weapon_controller_verbs")
    return operators


def attack_told_before(st: DocState, weapon: Token) -> bool:
    """A fight or an assault told before ``weapon``, other than the one its own relative clause tells."""
    return any(e["type"] in VIOLENT_TYPES and not _own_clause(st.doc[e["pred"]], weapon) for e in st.done)


def _own_clause(verb: Token, noun: Token) -> bool:
    return verb.dep_ in ("relcl", "acl:relcl") and verb.head.i == noun.i
