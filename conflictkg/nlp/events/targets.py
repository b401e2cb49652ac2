"""The target of an event: object and prepositional arguments, an embedded attack, or the last
actor attacked before it."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Predicate, shared_words
from conflictkg.nlp import coref, generic
from conflictkg.nlp.demonym_pairs import war_craft
from conflictkg.nlp.events.actors import (
    DEFINITE,
    generic_id,
    mention_actor,
    nominal_actor,
    np_actor,
    office_told,
)
from conflictkg.nlp.events.arrested_people import person_of
from conflictkg.nlp.events.by_attackers import noun_agent
from conflictkg.nlp.events.capital_places import own_capital
from conflictkg.nlp.events.carried import carried_party
from conflictkg.nlp.events.civilian_offices import civilian_office
from conflictkg.nlp.events.claim_targets import claimed_of
from conflictkg.nlp.events.crowds_hit import protest_crowd
from conflictkg.nlp.events.cut_off_groups import not_the_authors
from conflictkg.nlp.events.dates import is_date_word
from conflictkg.nlp.events.deaths import dead_in_attack
from conflictkg.nlp.events.defied import defied
from conflictkg.nlp.events.demonym_sites import demonym_site
from conflictkg.nlp.events.deposed import deposed_holder, is_deposed
from conflictkg.nlp.events.described_as import in_description
from conflictkg.nlp.events.escapers import escapers as _escapers
from conflictkg.nlp.events.escorts import escorted
from conflictkg.nlp.events.event_noun_roles import possessive_patient, received
from conflictkg.nlp.events.force_sites import site_forces
from conflictkg.nlp.events.foreign_capitals import capital_as_place
from conflictkg.nlp.events.goods_complements import goods_complements
from conflictkg.nlp.events.late_targets import late_target
from conflictkg.nlp.events.launched_complements import participle_complements
from conflictkg.nlp.events.mined_vehicles import mined_vehicle_party
from conflictkg.nlp.events.misread_datives import misread_datives
from conflictkg.nlp.events.named_roles import apposed_holder, person_named_as
from conflictkg.nlp.events.object_agents import object_agents, ranged_objects
from conflictkg.nlp.events.oblique_names import bare_oblique_name, distance_from_place
from conflictkg.nlp.events.own_territory import names_territory
from conflictkg.nlp.events.people_plurals import people_of
from conflictkg.nlp.events.places import DEFINITE_ARTICLES, name_text, place_np
from conflictkg.nlp.events.promised_gifts import gift_receiver, own_forces
from conflictkg.nlp.events.region_names import region_state
from conflictkg.nlp.events.relied_support import relying_subject
from conflictkg.nlp.events.shared_objects import shared_objects
from conflictkg.nlp.events.state import Actor, DocState, Frame
from conflictkg.nlp.events.state_buildings import no_party_site, state_building
from conflictkg.nlp.events.taken_sides import sides_on_place
from conflictkg.nlp.events.tree import bounded_subtree
from conflictkg.nlp.events.weapons import lost_patient, site_of_a_capital
from conflictkg.nlp.syntax import (
    IOBJ,
    OBJ,
    SUBJ,
    SUBJ_PASS,
    auxiliaries,
    case_of,
    determined,
    is_passive,
    own_or_shared_subjects,
    prep_args,
    shared_subjects,
    shares_passive,
)

COMPLEMENTIZERS = shared_words("complementizers")
OBJECT_RELATIVES = shared_words("object_relatives")  # "les rebelles, que l'armée a attaqués"
_SINGULAR_DEFINITE = shared_words("singular_definite_determiners")  # "l'attaque": one act told before
VERBAL_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN"})  # said to an office, not its holder


def event_target(st: DocState, f: Frame, actor_id: str, passive: bool = False) -> Actor | None:
    got = _target_args(st, f, actor_id, passive)
    if got is None and f.pred.type in ("FIGHT", "ASSAULT") and not passive:
        got = _state_in_object(st, f, actor_id)
    got = got or (
        mined_vehicle_party(st, f.tok, actor_id) if not f.nominal else None
    )  # "their car hit a mine"
    if got is None and f.nominal:  # "trois soldats sont morts dans une embuscade": who died
        got = dead_in_attack(st, f.tok, actor_id)
    if got is None and f.pred.type == "REJECT":  # "rejected the plan despite X's pressure"
        got = defied(st, f.tok, actor_id)
    got = got or late_target(st, f, actor_id)  # "agreed to open its borders to X", "a war against X"
    return not_the_authors(st, f, actor_id, got)  # "cut all aid to the rebels": not the author's own


def target_before(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    """ "Les rebelles ont attaqué à l'aube", "the militants struck again": a transitive attack
    verb with no object takes the opponent of the same actor's events in the previous sentence,
    when there is exactly one (never invented otherwise)."""
    if f.pred.type not in ("FIGHT", "ASSAULT") or "obj" not in f.pred.target or st.prev is None:
        return None
    if any(c.dep_ in OBJ or c.dep_ in SUBJ_PASS or c.dep_ in ("ccomp", "xcomp") for c in f.tok.children):
        return None
    if is_passive(f.tok):
        return None
    before = [e for e in st.done if e["sent_start"] == st.prev and e["actor"] == actor_id]
    targets = {e["target"] for e in before if e["type"] in ("FIGHT", "ASSAULT", "CAPTURE")}
    if len(targets) != 1 or None in targets:
        return None
    return (str(next(iter(targets))), 0.55, None)


def _state_in_object(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    """ "drones at an oil facility in the Saudi city of X": the state named inside the object; not
    that of the actor's own country ("des miliciens libyens ... sur la capitale libyenne": a place)."""
    own = st.actors.get(actor_id, {}).get("country")
    for c in f.tok.children:
        if c.dep_ not in OBJ and c.dep_ not in ("prep", "obl", "obl:arg"):
            continue
        for t in bounded_subtree(c, 4):
            m = st.covered.get(t.i)
            if m is not None and m["kind"] == "state" and t.pos_ == "ADJ" and not names_territory(st, t) \
                    and not state_building(st, t.head):  # fmt: skip
                a = mention_actor(st, m, 0.6)
                if a[0] != actor_id and not (own and st.actors.get(a[0], {}).get("country") == own):
                    return a
    return None


def _objectless_preposition(tok: Token) -> bool:
    return tok.pos_ == "ADP" and not any(c.dep_ in ("pobj", "pcomp") for c in tok.children)


def _target_args(st: DocState, f: Frame, actor_id: str, passive: bool = False) -> Actor | None:
    tok, p = f.tok, f.pred
    cands: list[Token] = []
    receiver = (received(st, tok) or relying_subject(st, tok)) if f.nominal else None
    if receiver is not None:
        cands.append(receiver)  # "X a reçu le soutien de Y": Y supports X
    if passive:
        cands.extend(c for c in tok.children if c.dep_ in SUBJ_PASS)
        if shares_passive(tok):  # "a été saccagé et incendié": the first verb's patient
            cands.extend(c for c in tok.head.children if c.dep_ in SUBJ_PASS)
        cands.extend(shared_subjects(tok))  # "gathered and were dispersed": who gathered
        if tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
            cands.append(tok.head)
    # "rounded up X", "drove the rebels out of X" (a particle read as a preposition): the verb holds them
    particle = f.noun is not None and (f.noun.dep_ == "prt" or _objectless_preposition(f.noun))
    base = f.noun if f.noun is not None and not p.requires_place and not particle else tok
    if f.noun is not None and base is f.noun:
        # "imposé des sanctions au groupe X": the verb holds the noun's arguments too, in the order
        # of the roles ("filed a complaint with the UN against China": China)
        # (not "de" on the verb: "d'après X" names a source; the noun's "de" is its complement)
        of = st.lex.group("of_preps")
        cands.extend(c for role in p.target for prep, c in prep_args(tok) if prep == role and prep not in of)
        held = [n for n in f.noun.children if n.lemma_.lower() in p.noun_complement]  # "at war with X"
        cands.extend(c for n in held for prep, c in prep_args(n) if prep in p.target)
    escapers = _escapers(st, tok) if f.nominal else []
    cands.extend(escapers)
    if f.nominal:
        cands.extend(_aside_complements(tok, p.target))
        cands.extend(participle_complements(st, tok, p.target))  # "lancée contre Y", "convened by X"
    if f.nominal and p.type in ("FIGHT", "ASSAULT"):  # "l'assaut d'un barrage de l'armée": the site hit
        sites, of = st.lex.group("held_site_nouns"), st.lex.group("of_preps")
        cands.extend(c for prep, c in prep_args(tok) if prep in of and c.lemma_.lower() in sites)
    # "a mené une attaque contre X", "une attaque a été perpétrée contre X": the verb holds them
    if f.nominal and tok.dep_ in OBJ | SUBJ_PASS and tok.head.lemma_.lower() in st.lex.group("light"):
        cands.extend(c for prep, c in prep_args(tok.head) if prep in p.target)
    for role in p.target:
        if role == "obj" and not passive:
            cands.extend(c for c in base.children if c.dep_ in OBJ and c is not f.noun)
            # "pris en otage trois employés", "took X into custody": the verb's object, the noun a complement
            if base is f.noun and (case_of(f.noun) is not None or f.noun.dep_ == "prep"):
                cands.extend(c for c in tok.children if c.dep_ in OBJ and c is not f.noun)
            # a name the parser took for a complement clause ("n'a pas attaqué Israël")
            cands.extend(c for c in base.children if c.dep_ == "xcomp" and c.pos_ == "PROPN")
            # "a rencontré Barack Obama" parsed as an oblique with no preposition
            cands.extend(c for c in base.children if bare_oblique_name(c))
            cands.extend(ranged_objects(st, base))  # "kidnapped up to 16 engineers"
            cands.extend(shared_objects(base))  # "stormed and torched a police station"
            if _object_relative(base):  # "les rebelles, que l'armée a attaqués": the rebels
                cands.append(base.head)
        elif role == "iobj":  # "leur a tendu une embuscade": the verb's, also for its object noun
            cands.extend(c for h in dict.fromkeys((base, tok)) for c in h.children if c.dep_ in IOBJ)
        elif role == "subj":  # "X a transféré le contrôle de Y à Z": X gave Y up; the verb's,
            # also when the noun holds the other roles ("X a reçu des armes de Y": X is given to)
            cands.extend(own_or_shared_subjects(tok))  # "withdrew from X and handed it over to Y"
        else:
            cands.extend(c for prep, c in prep_args(base) if prep == role)
    cands.extend(claimed_of(st, f))  # "accusations by Congo that it backed the rebels": it
    if IOBJ & set(p.target):  # "offered Pakistan financial aid": Pakistan, read as the aid's modifier
        cands.extend(misread_datives(st, tok, f.noun))
    cands.extend(_object_complements(tok, p, st.lex.group("aiming_participles")))
    if p.requires_place:  # "a repris Konna aux islamistes": "aux islamistes" hung on the town
        cands.extend(sides_on_place(base, p.target))
        if f.noun is not None:  # "took control of A and B areas from X": hung inside the places
            taken = [f.noun, *(c for c in tok.children if c.dep_ in OBJ and c.i != f.noun.i)]
            inside = [n for h in taken for n in h.subtree if n.i != f.noun.i]
            cands.extend(c for n in inside for prep, c in prep_args(n) if prep in p.target)
    if p.appositive and tok.dep_ == "xcomp":  # "est restée loyale à X": "à X" hung on the verb
        cands.extend(c for prep, c in prep_args(tok.head) if prep in p.target)
    # "l'armée, toujours loyale à X": hung on the noun after the adjective set off by a comma (not
    # "les forces loyales au régime", a group's name)
    if p.appositive and tok.dep_ == "amod" and any(t.is_punct for t in tok.doc[tok.head.i + 1 : tok.i]):
        cands.extend(c for prep, c in prep_args(tok.head) if prep in p.target and c.i > tok.i)
    if p.embeds == "request":  # who is to act: "par X", or the subject of "exiger que X quitte"
        cands[:0] = _asked_agents(st, base) + _last_demand_named(st, base)
        # the clause on the verb, or on the demand noun it takes ("its demand that X")
        clauses = [c for c in sorted({*base.children, *tok.children}) if c.dep_ in ("acl", "ccomp")]
        cands.extend(c for clause in clauses for c in clause.children if c.dep_ in SUBJ)
    cands = [g for c in cands for g in ([c] if not is_date_word(st, c) else list(c.children))]
    cands += escorted(st, cands)  # "the governor's motorcade": the governor
    if p.type not in ("FIGHT", "ASSAULT"):
        cands += _partners(st, cands) + _holders(st, cands) + object_agents(st, cands)
    for c in cands:
        if p.requires_place and place_np(st, c) is not None:
            continue  # the place taken, not an actor
        if distance_from_place(st, c) or capital_as_place(st, c, p.type, actor_id):
            continue  # "a pris Diabaly, à 400 km de Bamako": how far, not from whom; "tirs sur Damas"
        if site_of_a_capital(st, c, p.type):
            continue  # "une attaque contre un hôtel de Kaboul": the site, no party
        # "dispersed a rally": the crowd holding it
        got = protest_crowd(st, c) if p.type in ("COERCE", "FIGHT") else None  # "tiré sur le cortège"
        got = (
            got
            or (_escaped_person(st, c) if c in escapers else None)
            or demonym_site(st, c, p.type, actor_id)
            or carried_party(st, c, actor_id)  # "struck a car carrying Kurdish fighters": theirs
        )
        got = got or _target_np(st, c, actor_id)
        got = got or site_forces(st, c, p.type, actor_id)  # "contre une caserne": the military
        if got is not None and p.person_target:
            got = person_of(st, c, got)
        if got is None and p.type not in ("FIGHT", "ASSAULT"):  # "l'aide fournie au royaume"
            got = _country_noun_state(st, c, actor_id) or civilian_office(st, c)  # "met tribal elders"
        if got is None and p.type in VERBAL_TYPES and not is_deposed(st, c):  # "ont invité le monarque à"
            got = office_told(st, c) or office_state(st, c)
            got = got if got is not None and got[0] != actor_id else None
        if got is not None:
            return got
    if p.type in ("COERCE", "ASSAULT", "FIGHT"):  # "le président a été destitué": the office's state
        # a fight on an office told before is on its holder told then ("... tiré sur le gouverneur")
        offices = [c for c in cands if p.type != "FIGHT" or not _office_named_before(st, c)]
        got = next(filter(None, (office_state(st, c) or civilian_office(st, c) for c in offices)), None)
        if got is not None and got[0] != actor_id:
            return got
    if f.nominal:  # "le Premier ministre a échappé à une attaque"
        got = next(filter(None, (office_state(st, c) for c in _escapers(st, tok))), None)
        if got is not None and got[0] != actor_id:
            return got
    got = _possessed_patient(st, f, actor_id)
    if got is not None:
        return got
    if passive and not cands:
        got = _nearest_left(st, tok, actor_id)
        if got is not None:
            return got
    if p.unnamed_patient and _new_many(st, f.noun if f.noun is not None else tok):
        unnamed = generic_id(st, p.unnamed_patient, _home_country(st, actor_id) or st.doc._.country)
        return (unnamed, 0.5, None) if unnamed != actor_id else None
    if p.embeds in ("threat", "promise") or (passive and lost_patient(st, tok, f.pred.type)):
        got = _embedded_target(st, tok, actor_id)
        return got if got is not None or p.embeds != "promise" else reporting_source(st, tok, actor_id)
    return None


def _home_country(st: DocState, actor_id: str) -> str | None:
    """The country of an actor whose class acts on its own country's people (groups.json)."""
    rec = st.actors.get(actor_id, {})
    home = generic.classes().get(str(rec.get("group")), {}).get("patients_at_home")
    return str(rec["country"]) if home and rec.get("country") else None


def _possessed_patient(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    """ "l'enlèvement de X, puis son assassinat": an event noun whose patient is its "de" complement
    has its patient in the possessive too: the last actor named before it."""
    poss = possessive_patient(st, f.tok) if f.nominal else None
    if poss is None:
        return None
    last = coref.last_actor_before(st.mentions, poss.i, lambda m: str(m["actor"]))
    return (last, 0.5, None) if last is not None and last != actor_id else None


def reporting_source(st: DocState, tok: Token, actor_id: str) -> Actor | None:
    """ "Selon un émissaire de l'ONU, X a promis le retrait de ses troupes": the one who reports a
    promise made to no one named heard it made."""
    preps = st.lex.group("source_preps_of_report")
    for c in tok.children:
        case = [t for t in c.children if t.dep_ == "case" and t.i < c.i]  # "d'après": "après" fixed on "d'"
        words = "".join(t.text_with_ws for t in sorted({*case, *(f for t in case for f in t.children)}))
        got = np_actor(st, c) if c.dep_.startswith("obl") and words.strip().lower() in preps else None
        if got is not None and got[0] != actor_id:
            return got
    return None


def _left_place(st: DocState, t: Token) -> bool:
    """ "le retrait de ses troupes du Liban", "retirer ses troupes du Liban": the country a
    withdrawal leaves, no party to it."""
    if case_of(t) not in st.lex.group("of_preps"):
        return False
    heads = (t.head, t.head.head)
    withdrawals = [
        *(st.lex.nouns.get(h.lemma_.lower()) for h in heads),
        *(st.frames[h.i].pred for h in heads if h.i in st.frames),
    ]
    return any(w is not None and w.type == "RETREAT" for w in withdrawals)


def _asked_agents(st: DocState, verb: Token) -> list[Token]:
    """ "exige la publication des résultats par la commission": who is asked to do the act demanded."""
    agents = st.lex.group("agent_preps")
    acts = [c for c in verb.children if c.dep_ in OBJ and c.pos_ == "NOUN"]
    # the parser may hang "par X" on the act's own complement ("la libération des prisonniers par X")
    holders = [h for act in acts for h in (act, *(c for _, c in prep_args(act)))]
    return [a for h in holders for prep, a in prep_args(h) if prep in agents]


def _object_relative(verb: Token) -> bool:
    """A relative clause opened by the pronoun of its object ("que", "whom")."""
    rel = verb.dep_ in ("acl:relcl", "relcl", "acl") and verb.head.i != verb.i
    return rel and any(c.dep_ in ("mark", *OBJ) and c.lower_ in OBJECT_RELATIVES for c in verb.children)


def _last_demand_named(st: DocState, verb: Token) -> list[Token]:
    """ "réclament la libération des détenus et le départ du gouvernement": of coordinated demands,
    the last whose complement names an actor names whom they are made of."""
    obj = next((c for c in verb.children if c.dep_ in OBJ and c.pos_ == "NOUN"), None)
    demands = [obj, *(c for c in obj.children if c.dep_ == "conj")] if obj is not None else []
    if len(demands) < 2:
        return []
    of = st.lex.group("of_preps")
    for noun in reversed(demands):
        named = [c for prep, c in prep_args(noun) if prep in of and np_actor(st, c) is not None]
        if named:
            return named[:1]
    return []


def _object_complements(tok: Token, p: Predicate, aims: frozenset[str] = frozenset()) -> list[Token]:
    """ "a suspendu son aide au Mali", "l'aide militaire fournie au Mali": the complement of the
    object the verb needs, or of the participle describing it, names the target; so does the
    parser's slip of a verb's target hung on its common-noun object ("a fourni des armes à l'ASL"),
    also a partitive one the parser reads as an oblique ("a livré du matériel à l'opposition"); the
    object of a participle of aiming on the needed object names it too ("les sanctions visant X")."""
    if not p.needs_object:
        goods = [c for c in tok.children if c.dep_ in OBJ or (c.dep_, case_of(c)) == ("obl:arg", "de")]
        objs = [c for c in goods if c.pos_ == "NOUN"]  # "dropped grenades filled with X on Y": Y, too
        objs += [a for o in objs for a in o.children if a.dep_ == "acl" and a.tag_ == "VBN"]
        own = [c for o in objs for prep, c in prep_args(o) if prep in p.target and prep != "obj"]
        return own + goods_complements(objs, p.type, tuple(p.target))
    objs = [c for c in tok.children if c.dep_ in OBJ and c.lemma_.lower() in p.needs_object]
    holders = objs + [a for o in objs for a in o.children if a.dep_ in ("acl", "amod") and a.pos_ == "VERB"]
    aimed = [c for h in holders if h.lemma_.lower() in aims for c in h.children if c.dep_ in OBJ]
    return [c for h in holders for prep, c in prep_args(h) if prep in p.target and prep != "obj"] + aimed


def _aside_complements(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """ "l'arrestation, opérée mercredi, de X": the parser hangs the complement that follows an
    aside participle on that participle; it is the noun's."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text != ",":
        return []
    aside = doc[tok.i + 2]
    if "Part" not in aside.morph.get("VerbForm", []):
        return []
    found = [c for prep, c in prep_args(aside) if prep in preps and doc[c.left_edge.i - 1].text == ","]
    # "de l'ancien ministre, Ram Thapa": the name in apposition, hung there too
    names = [c for c in aside.children if found and c.i > found[0].i and c.pos_ == "PROPN"]
    return found + [c for c in names if doc[c.i - 1].text == ","]


def _told_many(noun: Token) -> bool:
    """ "plus de 2 000 arrestations", "des Nigériens": told in the plural."""
    return "Plur" in noun.morph.get("Number", [])


def _new_many(st: DocState, noun: Token) -> bool:
    """Events told in the plural for the first time: not "ces arrestations", "les arrestations"."""
    told = DEFINITE | st.lex.group("demonstratives")
    return _told_many(noun) and not determined(noun, told)


def _escaped_person(st: DocState, tok: Token) -> Actor | None:
    """ "Iyad Allaoui, premier ministre d'Irak, a échappé à une attaque": the person named (by the
    knowledge base or NER) was the target, not the state whose office they hold."""
    named = [c for c in tok.children if c.dep_ in ("appos", "flat:name", "nmod") and c.pos_ == "PROPN"]
    for t in (tok, *named):
        m = st.covered.get(t.i)
        if m is not None and m["kind"] == "person":
            return (m["actor"], 0.8, None)
    return None


def office_state(st: DocState, tok: Token) -> Actor | None:
    """ "le Premier ministre", "le président": an office named without its holder or its country
    stands for the state of the article's country."""
    if tok.lemma_.lower() not in st.lex.roles or is_deposed(st, tok) or np_actor(st, tok) is not None:
        return None
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children):
        return None  # "le gouverneur, Tooryalai Wesa, ...": its holder is named
    outside = st.lex.group("outside_state_roles")  # "the opposition leader", "a village chief"
    of = st.lex.group("of_preps")  # "the leader of a drug gang"
    held = [
        g for c in tok.children if c.dep_ == "prep" and c.lower_ in of for g in c.children if g.dep_ == "pobj"
    ]
    if any((c.dep_ in ("compound", "amod") or c in held) and c.lemma_.lower() in outside  # "militia ally"
           for c in [*tok.children, *held, *(x for h in held for x in h.children)]):  # fmt: skip
        return None
    return country_state(st)


def _office_named_before(st: DocState, tok: Token) -> bool:
    role = st.lex.roles.get(tok.lemma_.lower())
    return any(st.lex.roles.get(t.lemma_.lower()) == role for t in st.doc[: tok.i] if t.pos_ == "NOUN")


def country_state(st: DocState, iso3: str | None = None) -> Actor | None:
    """The state of a country (by default the article's), as an actor."""
    iso3 = iso3 or st.doc._.country
    state = st.kb.state(str(iso3)) if iso3 else None
    if state is None:
        return None
    st.actors.setdefault(state.id, generic.kb_record(state))
    return (state.id, 0.6, None)


def _country_noun_state(st: DocState, c: Token, actor_id: str) -> Actor | None:
    """ "l'aide militaire fournie au royaume", "le pays": the state named most often before it (the
    article's focus), not the actor; of states named as often, the last."""
    if c.lemma_.lower() not in st.lex.group("country_nouns"):
        return None
    if not any(d.lower_ in DEFINITE_ARTICLES or d.lower_ in ("au", "aux") for d in c.children):
        return None
    ms = st.mentions
    named = [m["actor"] for m in ms if m["start"] < c.i and m["kind"] == "state" and not m["demonym"]]
    named = [a for a in named if a != actor_id]
    return (max(reversed(named), key=named.count), 0.55, None) if named else None


def _partners(st: DocState, cands: list[Token]) -> list[Token]:
    """ "refuse tout dialogue avec X": the other side of a relation noun the object names."""
    preps = st.lex.group("partner_preps")
    return [c for n in cands if n.pos_ == "NOUN" for prep, c in prep_args(n) if prep in preps]


def _holders(st: DocState, cands: list[Token]) -> list[Token]:
    """ "reconnaissent l'autorité du président X": the holder of the authority the object names."""
    held = st.lex.group("holder_nouns")
    of = st.lex.group("of_preps")
    return [c for n in cands if n.lemma_.lower() in held for prep, c in prep_args(n) if prep in of]


def _target_np(st: DocState, c: Token, actor_id: str) -> Actor | None:
    if no_party_site(st, c, actor_id):
        return None  # "près de la frontière turque", "l'ambassade du Japon": a place, no party
    if is_deposed(st, c):  # "le président déchu": the person deposed, never the state
        got = _title_holder(st, c) or deposed_holder(st, c)
        return got if got is not None and got[0] != actor_id else None
    if c.pos_ == "NOUN" and c.lemma_.lower() in st.lex.nouns:
        got = nominal_actor(st, c)
        if got is not None and got[0] != actor_id:
            return got
        if got is None and st.lex.nouns[c.lemma_.lower()].type in ("FIGHT", "ASSAULT"):
            # "a condamné l'attaque", "condemned the attack": the attack told before
            return _last_attacker(st, c, actor_id)
    got = _title_holder(st, c) or people_of(st, c) or np_actor(st, c) or person_named_as(st, c)
    got = got or _shared_demonym(st, c)
    if got is not None and got[0] != actor_id and not own_capital(st, c, got[0], actor_id):
        return _state_forces(st, c, got)
    return None


def _shared_demonym(st: DocState, c: Token) -> Actor | None:
    """ "les moyens militaires et de renseignement syriens": a demonym on the last of two coordinated
    nouns is the nationality of both; the first noun names what the last one does."""
    if c.pos_ != "NOUN" or any(_demonym_of(st, a) for a in c.children if a.dep_ == "amod"):
        return None
    for conj in (x for x in c.children if x.dep_ == "conj" and x.pos_ == "NOUN"):
        if any(_demonym_of(st, a) for a in conj.children if a.dep_ == "amod"):
            return np_actor(st, conj)
    return None


def _demonym_of(st: DocState, t: Token) -> bool:
    entry = st.kb.resolve_demonym(t.text)
    return entry is not None and entry.kind == "state"


def _title_holder(st: DocState, c: Token) -> Actor | None:
    """ "le président de la République Lucio Gutierrez a été destitué": the person the title names
    (on the title, on its complement as the parser may hang it, or after a comma: apposed_holder)."""
    inner = [g for n in c.children if n.dep_ == "nmod" for g in n.children if g.dep_ in ("nmod", "appos")]
    for name in (*c.children, *(g for g in inner if not any(x.dep_ == "case" for x in g.children))):
        m = st.covered.get(name.i)
        if (held := apposed_holder(st, c, name)) is not None:
            return held  # "l'ancien ministre malien, Moussa Keita": the holder, not his state
        if (name.dep_ in ("flat:name", "flat") or name in inner) and m is not None and m["kind"] == "person":
            return mention_actor(st, m)
    return None


def _state_forces(st: DocState, c: Token, got: Actor) -> Actor:
    """ "un avion de chasse du régime", "un hélicoptère syrien": a state's craft are its forces."""
    a = st.actors.get(got[0])
    if not war_craft(c, st.lex) or a is None or a["kind"] != "state":
        return got
    return (generic_id(st, "military", a["country"], own=True), got[1], got[2])


def _last_attacker(st: DocState, c: Token, actor_id: str) -> Actor | None:
    if not determined(c, _SINGULAR_DEFINITE):
        return None
    args = list(prep_args(c))
    names = {name_text(st, a).lower() for _, a in args if a.pos_ == "PROPN"}
    if len(names) != len(args):
        return None  # "the shelling of the market": a new description, not the attack told before
    told = [
        e for e in reversed(st.done)
        if e["type"] in ("FIGHT", "ASSAULT") and e["modality"] == "asserted" and e["actor"] != actor_id
    ]  # fmt: skip
    # "a condamné l'attaque": the attack told by its word ("ont attaqué") before any other act told
    stem = c.lemma_.lower()[:-1]
    own_word = [
        e for e in told if e["pred"] < len(st.doc) and st.doc[e["pred"]].lemma_.lower().startswith(stem)
    ]
    told = own_word + told
    for e in told:
        place = (e["place"] or {}).get("name", "").lower()
        if not names or any(n in place or place in n for n in names if place):
            return (str(e["actor"]), 0.55, None)
    return None


def _nearest_left(st: DocState, tok: Token, actor_id: str) -> Actor | None:
    """The passive participle's patient when the parser lost it: the nearest actor to the left
    in the same clause (after the reporting verb's 'que')."""
    for i in range(tok.i - 1, tok.sent.start - 1, -1):
        t = st.doc[i]
        if t.lower_ in COMPLEMENTIZERS or t.lemma_.lower() in st.lex.group("reporting"):
            break
        m = st.covered.get(i)
        if m is not None and not in_description(t):  # not "considéré comme le chef d'Al-Qaida"
            a = mention_actor(st, m, 0.7)
            if a[0] != actor_id:
                return a
    return None


def _embedded_target(st: DocState, tok: Token, actor_id: str) -> Actor | None:
    """The target of a threat: the first other actor in what it threatens to do (an infinitive the
    parser hung on "menace" read as a noun, "acl", too)."""
    for c in tok.children:
        if c.dep_ not in ("xcomp", "ccomp", "obl:arg", "obl", "advcl", "prep", "acl") or c.i < tok.i:
            continue
        for t in c.subtree:
            m = st.covered.get(t.i)
            placed = case_of(t) in st.lex.group("place_preps") and not gift_receiver(st, c, t)
            if m is None or placed or _left_place(st, t) or region_state(st, t, m):
                continue
            if noun_agent(st, t):  # "killed in an attack by X": X acted, never the victim
                continue
            head = st.doc[m["head"]]
            if own_forces(st, c, head):  # "s'est engagé à retirer ses troupes", "envoyer des soldats"
                continue
            a = mention_actor(st, m, 0.7)
            if a[0] != actor_id:
                return a
    # a future passive under a reporting verb: the nearest actor before it; a participle on a noun
    # ("le directeur du centre incendié") has that noun for its patient, lost to no parser
    on_noun = tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN") and not auxiliaries(tok)
    return _nearest_left(st, tok, actor_id) if is_passive(tok) and not on_noun else None
