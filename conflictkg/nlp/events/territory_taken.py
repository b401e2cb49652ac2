"""Whether a capture verb takes territory: what its object is (a town, property, people, nothing
the clause names) and whether its actor's class takes territory at all."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp import generic
from conflictkg.nlp.events.advanced_ground import advanced_ground
from conflictkg.nlp.events.background_clauses import a_time
from conflictkg.nlp.events.controlled_things import controls_no_territory
from conflictkg.nlp.events.measured_arms import measured
from conflictkg.nlp.events.places import place_kind
from conflictkg.nlp.events.property import owned_property, taken_object
from conflictkg.nlp.events.state import PLACE_ENTS, Actor, DocState, Frame
from conflictkg.nlp.name_spans import counted_thing
from conflictkg.nlp.syntax import OBJ, SUBJ, SUBJ_PASS, first_child, prep_args

NUMERIC_ENTS = frozenset({"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"})  # no names
QUANTITY_PREPS = shared_words("quantity_preps")  # "seized about a ton": read as a preposition
CONTROL_PREPS = shared_words("control_preps")  # "took control over X"
TERRITORY_PRONOUNS = shared_words("territory_pronouns")  # "took it": maybe the town


def takes_no_territory(st: DocState, f: Frame) -> bool:
    """ "seized a ton of cannabis", "captured two fighters", "took part in": the verb's object is a
    common noun that is no territory and names no place; an approximate number ("dozens of") is what
    it counts (round enreal83)."""
    territory = st.lex.group("territory_nouns")
    particle = f.noun is not None and f.noun.dep_ == "prt"  # "handed over the prisoners": the verb's
    if controls_no_territory(st, f):
        return True  # "took control of the situation": events/controlled_things.py
    if (f.noun is not None and not particle) or f.nominal:
        return False
    if _idiom_object(st, f):
        return True  # "ont pris le dessus sur les Belges à Stuttgart": the upper hand, no town
    if not territory:
        return False  # a lexicon without the list never rules a capture out otherwise
    # "jusqu'à ce qu'ils prennent Kidal", "se sont emparés de X": a relative or a reflexive pronoun
    # the parser made an object stands for nothing taken; the other object is what is taken
    objs = [
        c for c in f.tok.children
        if c.dep_ in OBJ and "Rel" not in c.morph.get("PronType", []) and not c.morph.get("Reflex", [])
    ]  # fmt: skip
    obj = objs[0] if objs else None
    if obj is None:  # "seized about a ton": a quantity word the parser took for a preposition
        obj = next((c for prep, c in prep_args(f.tok) if prep in QUANTITY_PREPS), None)
    reflexive = any(c.morph.get("Reflex", []) for c in f.tok.children)  # "s'étaient emparées": no passive
    if obj is None and not reflexive:  # "5 fighters were killed, wounded or captured": who was taken
        obj = _taken_in_passive(f.tok)
    if obj is None and f.tok.dep_ == "acl" and f.tok.head.pos_ == "NOUN":  # "une école occupée par X"
        obj = f.tok.head
    if particle and obj is not None:  # "handed over control of X": X is what is given up
        obj = next((c for prep, c in prep_args(obj) if prep in st.lex.group("of_preps")), obj)
    if obj is not None and obj.pos_ == "PRON" and f.pred.type == "CAPTURE":
        return obj.lower_ not in TERRITORY_PRONOUNS  # "the police took him": a person, not a place
    a_name = obj is not None and obj.ent_type_ not in NUMERIC_ENTS | {""}  # "roughly a ton": a count, no name
    if obj is None or obj.pos_ != "NOUN" or a_name or f.pred.type != "CAPTURE" or a_time(st, obj):
        return False  # "se sont emparés dimanche de Kaboul": a day the parser took for the object
    obj = counted_thing(obj, st.lex) or obj  # "liberated dozens of villages": the villages counted
    if obj.lemma_.lower() in territory | st.lex.group("control_nouns") or place_kind(st, obj):
        return False
    named = [obj, *(t for left in obj.lefts for t in left.subtree)]  # not "near X" after it
    return not any(t.ent_type_ in PLACE_ENTS for t in named)


def _idiom_object(st: DocState, f: Frame) -> bool:
    """The verb's object is the noun of an idiom of taking that takes nothing ("prendre le dessus",
    "prendre la tête du classement", ``idiom_take_objects``), whatever place the clause names."""
    obj = first_child(f.tok, OBJ)
    return obj is not None and obj.pos_ == "NOUN" and obj.lemma_.lower() in st.lex.group("idiom_take_objects")


def _taken_in_passive(verb: Token) -> Token | None:
    """The passive subject of a verb, or of the first verb it is coordinated with."""
    while verb.dep_ == "conj" and first_child(verb, SUBJ_PASS) is None:
        verb = verb.head
    return first_child(verb, SUBJ_PASS)


def seized_property(st: DocState, f: Frame) -> bool:
    """ "seized a vehicle", "seized 800 munitions": a capture verb whose object is property, not
    territory (the lexicon's seizable nouns)."""
    if f.nominal:
        return False
    if f.noun is not None:  # "took control of an agricultural factory"
        of = st.lex.group("of_preps")
        return any(owned_property(st, c) for h in (f.noun, f.tok) for prep, c in prep_args(h) if prep in of)
    obj = taken_object(f.tok)
    # "recovered 1 General Purpose Machine Gun": a capitalised weapon is still property
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return False
    if obj.lemma_.lower() in st.lex.group("seizable_nouns"):
        return True
    arms = st.lex.group("recovered_arms_nouns")  # "seized a consignment of rifles"; not "a ton of cannabis"
    return any(m.lemma_.lower() in arms for m in measured(obj, st.lex)) or owned_property(st, obj)


def takes_territory(st: DocState, actor: Actor) -> bool:
    a = st.actors.get(actor[0])
    group = generic.classes().get(str(a.get("group"))) if a is not None else None
    return not (group is not None and group.get("takes_no_territory"))


def unnamed_territory(st: DocState, f: Frame, towns: bool = False) -> bool:
    """ "took control of nine sites", "seized several checkpoints": what was taken is territory the
    clause does not name (``towns``: a place noun, "the town", "a base", not "the compound")."""
    if f.pred.type == "FIGHT" and not towns:
        return advanced_ground(st, f)  # "troops advance into two hamlets": ground, unnamed
    if f.nominal or f.pred.type != "CAPTURE":
        return False
    of = st.lex.group("of_preps")
    if f.noun is not None and f.noun.dep_ != "prt":  # "control of X", "of X" parsed on the noun or the verb
        taken = [c for h in (f.noun, f.tok) for prep, c in prep_args(h) if prep in of | CONTROL_PREPS]
    else:  # a verb with its particle ("handed over control of its camp to X"): its object
        roles = OBJ | SUBJ if f.pred.actor_preps else OBJ  # "the town fell to X": the subject
        taken = [c for c in f.tok.children if c.dep_ in roles]
        taken += [c for prep, c in prep_args(f.tok) if prep == f.pred.object_prep]  # "s'emparer d'un poste"
    taken += [c for t in taken for prep, c in prep_args(t) if prep in of]  # "a number of checkpoints"
    territory = set(st.lex.place_nouns) | (set() if towns else st.lex.group("territory_nouns"))
    # "the border crossing": a place noun with its modifier
    return any(t.pos_ == "NOUN" and (t.lemma_.lower() in territory or place_kind(st, t)) for t in taken)
