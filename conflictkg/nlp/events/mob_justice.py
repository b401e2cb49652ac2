"""Mob justice (ACLED's mob violence): a crowd that attacks a person it holds for a wrongdoer ("a mob
attacked a suspected thief") assaults that person; it does not riot, as it would by attacking no one
or property. The person, whom no actor names, stands for the civilians of the crowd's country. People
named by where they live ("villagers beat a suspected robber to death", ``dweller_nouns``) who turn
on a wrongdoer are such a crowd too, though their violence makes them an armed group elsewhere.
Burning the wrongdoer ("a mob burned a suspected thief alive") is such an assault, though the arson
verbs alone damage property. A crowd named as a mob (``mob_nouns``: "a mob attacked a police team", "a
mob pelted stones at the police") that turns on people or forces is such violence too, with no protest
of its own: it assaults them, while protesters or rioters doing so riot; so is a gang of people
("a gang of youths attacked police", ``gang_nouns``). What that mob wrecks in the same sentence ("a mob
attacked a police station and set it on fire") is part of its assault, no riot beside it (round
protest82: ``assault_riots``)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.actors import generic_id
from conflictkg.nlp.events.alleged_offences import held_wrongdoer
from conflictkg.nlp.events.state import PROPERTY_CAMEO, DocState, EventRecord
from conflictkg.nlp.syntax import OBJ, SUBJ, first_child, is_passive, prep_args

CROWDS = frozenset({"rioters", "protesters"})
STATE_FORCES = frozenset({"police", "military"})
RIOT_CAMEO = "145"


def mob_justice(st: DocState, e: EventRecord) -> EventRecord | None:
    """The crowd's assault when the object of its targetless violent verb is a wrongdoer
    (``wrongdoer_nouns``: thief, robber), else None."""
    if not (e["type"] == "FIGHT" or _arson(e)) or e["target"] is not None or e["nominal"]:
        return None
    verb = st.doc[e["pred"]]
    if not any(held_wrongdoer(st, c) for c in acted_on(st, verb)):
        return None
    return _lynching(st, e)


def dwellers_justice(st: DocState, e: EventRecord) -> EventRecord | None:
    """ "Villagers attacked (lynched) a robber", "a mob beat two robbers": the assault of dwellers or
    of a crowd on a wrongdoer they hold, when the verb's subject is a dweller noun (or its actor a
    crowd) and its object a wrongdoer; else None."""
    if not (e["type"] in VIOLENT_TYPES or _arson(e)) or e["nominal"]:
        return None
    if e["target"] is not None and st.actors.get(e["target"], {}).get("group") != "civilians":
        return None  # a suspect the generic civilians stand for ("a man suspected of X") may be one
    verb = st.doc[e["pred"]]
    dwellers = st.lex.group("dweller_nouns")
    crowd = st.actors.get(e["actor"], {}).get("group") in CROWDS
    subjects = [c for v in _subject_heads(verb) for c in v.children if c.dep_ in SUBJ]
    if not crowd and not any(_crowd_word(st, c.lemma_.lower(), dwellers) for c in subjects):
        return None
    if not any(held_wrongdoer(st, c) for c in acted_on(st, verb)):
        return None
    return _lynching(st, e)


def lynch_mob(st: DocState, e: EventRecord) -> EventRecord | None:
    """ "Residents lynched two men": an assault verb that itself tells mob violence (its passive_actor is
    the rioters') done by people named by where they live, by what they are or as a crowd is the rioters'
    assault on whom it names (else the civilians of their country); None for any other subject."""
    frame = st.frames.get(e["pred"])
    if frame is None or frame.pred.passive_actor != "rioters" or frame.pred.type != "ASSAULT" or e["nominal"]:
        return None  # "protesters pelted the police with stones": a riot's fight, no lynching
    verb = st.doc[e["pred"]]
    subjects = [c.lemma_.lower() for v in _subject_heads(verb) for c in v.children if c.dep_ in SUBJ]
    # "two men were lynched by a crowd": the agent of the passive as its subject
    subjects += [g.lemma_.lower() for p, g in prep_args(verb) if p == "by" and is_passive(verb)]
    people = st.lex.group("dweller_nouns") | st.lex.group("rioting_crowd_nouns") | st.lex.group("mob_nouns")
    if not any(s in people or st.lex.generic.get(s) in CROWDS | {"civilians"} for s in subjects):
        return None
    country = st.actors.get(e["actor"], {}).get("country")
    target = e["target"] or generic_id(st, "civilians", country)
    return {**e, "type": "ASSAULT", "actor": generic_id(st, "rioters", country), "target": target}


def mob_attack(st: DocState, e: EventRecord) -> EventRecord | None:
    """ "A mob attacked a police team": the rioters' assault on the people or forces a verb whose
    subject is a mob noun fights (its target, else an actor its object's modifier names), else None."""
    if e["type"] not in VIOLENT_TYPES or e["nominal"]:
        return None
    verb = st.doc[e["pred"]]
    mobs = st.lex.group("mob_nouns")
    subjects = [c for v in _subject_heads(verb) for c in v.children if c.dep_ in SUBJ]
    if not any(c.lemma_.lower() in mobs or gang_of_people(st, c) for c in subjects):
        return None
    country = st.actors.get(e["actor"], {}).get("country")
    target = e["target"] or _object_modifier_actor(st, verb, country)
    if target is None or st.actors.get(target, {}).get("group") in CROWDS:
        return None  # "a mob attacked shops": property; "clashed with protesters": a riot
    return {**e, "type": "ASSAULT", "actor": generic_id(st, "rioters", country), "target": target}


def gang_of_people(st: DocState, noun: Token) -> bool:
    """ "A gang of youths": a band (``gang_nouns``) whose 'of' complement names people of the
    civilians class is a mob of them, no armed group ("gangs", "a gang of gunmen" stay armed)."""
    if noun.lemma_.lower() not in st.lex.group("gang_nouns"):
        return False
    of = st.lex.group("of_preps")
    return any(p in of and _civilian_people(st, g) for p, g in prep_args(noun))


def _civilian_people(st: DocState, noun: Token) -> bool:
    """ "youths", "young men": people of the civilians class, whose modifiers ("armed men") keep them so."""
    lemma, generic = noun.lemma_.lower(), st.lex.generic
    kinds = [generic.get(f"{m.lower_} {lemma}") for m in noun.children if m.dep_ in ("amod", "compound")]
    return generic.get(lemma) == "civilians" and all(k in (None, "civilians") for k in kinds)


def _object_modifier_actor(st: DocState, verb: Token, country: object) -> str | None:
    """The group named by the modifier of the verb's object ("a police team": the police)."""
    for obj in acted_on(st, verb):
        for mod in (m for m in obj.children if m.dep_ == "compound"):
            group = st.lex.generic.get(mod.lemma_.lower())
            if group in STATE_FORCES:
                return generic_id(st, group, country)
    return None


def acted_on(st: DocState, verb: Token) -> list[Token]:
    """Whom a verb acts on (its objects, its target prepositions' too: "clashed with a police squad") or,
    with none, whom a verb coordinated after it with no subject of its own acts on, the one both act
    on ("a mob attacked and fought with a police squad", "set ablaze and killed a suspected thief")."""
    objs = _objects(st, verb)
    if objs:
        return objs
    for conj in (c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        if first_child(conj, SUBJ) is None:  # "a mob gathered and police beat X": another's act
            objs += _objects(st, conj)
    return objs


def _objects(st: DocState, verb: Token) -> list[Token]:
    """The direct objects of a verb and the objects of its lexicon's target prepositions."""
    pred = st.lex.verbs.get(verb.lemma_.lower())
    preps = set(pred.target) if pred is not None else set()
    return [c for c in verb.children if c.dep_ in OBJ] + [c for p, c in prep_args(verb) if p in preps]


def _subject_heads(verb: Token) -> tuple[Token, ...]:
    """The verb, and the verb it is coordinated after when it has no subject of its own ("a mob
    gathered and attacked X"); "a mob gathered and police attacked them" is the police's act alone."""
    if verb.dep_ == "conj" and first_child(verb, SUBJ) is None:
        return (verb, verb.head)
    return (verb,)


def _arson(e: EventRecord) -> bool:
    return e["type"] == "COERCE" and e["cameo"] == PROPERTY_CAMEO


def _crowd_word(st: DocState, lemma: str, dwellers: frozenset[str]) -> bool:
    """A dweller noun ("villagers") or a noun of a crowd ("mob"), a subject of the conjunct verb too."""
    crowds = st.lex.group("rioting_crowd_nouns") | st.lex.group("mob_nouns")  # "an angry crowd burned X"
    return lemma in dwellers or lemma in crowds or st.lex.generic.get(lemma) in CROWDS


def _lynching(st: DocState, e: EventRecord) -> EventRecord:
    country = st.actors.get(e["actor"], {}).get("country")
    rioters, civilians = generic_id(st, "rioters", country), generic_id(st, "civilians", country)
    return {**e, "type": "ASSAULT", "actor": rioters, "target": civilians}


def foreigners_mobbed(st: DocState, e: EventRecord) -> EventRecord | None:
    """ "Residents of an informal settlement attacked foreign nationals": people named by where they
    live (``dweller_nouns``) who turn on foreigners (the generic foreigners class) are a mob, as ACLED
    codes xenophobic violence: the rioters' assault on them, no armed group's attack; else None."""
    if e["type"] not in VIOLENT_TYPES or e["nominal"] or e["target"] is None:
        return None
    if st.actors.get(e["target"], {}).get("group") != "foreigners":
        return None
    verb = st.doc[e["pred"]]
    subjects = [c.lemma_.lower() for v in _subject_heads(verb) for c in v.children if c.dep_ in SUBJ]
    if not any(s in st.lex.group("dweller_nouns") for s in subjects):
        return None
    country = st.actors.get(e["actor"], {}).get("country")
    return {**e, "type": "ASSAULT", "actor": generic_id(st, "rioters", country)}


def assault_riots(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """The riots of rioters who, in the same sentence, assault someone (mob violence), dropped."""
    mobbing = {
        (e["sent_start"], e["actor"]) for e in events
        if e["type"] == "ASSAULT" and e["target"] is not None
        and st.actors.get(e["actor"], {}).get("group") == "rioters"
    }  # fmt: skip
    riots = [e for e in events if e["type"] == "PROTEST" and e["cameo"] == RIOT_CAMEO]
    return [
        e for e in events if not any(e is r for r in riots) or (e["sent_start"], e["actor"]) not in mobbing
    ]
