"""The event finder: each sentence's frames become events (actor, target, place, date, modality);
a sentence with none is typed by the trained classifier (English), and control claims are read too."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from conflictkg.knowledge.kb import KnowledgeBase
from conflictkg.knowledge.lexicon import Lexicon, Predicate, shared_map, shared_words
from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.actors import generic_id, np_actor, speaker_of, toll_of_told
from conflictkg.nlp.events.alliances_against import named_sides
from conflictkg.nlp.events.allied_subjects import allied_against
from conflictkg.nlp.events.attack_words import violent_noun
from conflictkg.nlp.events.bombings import bombings
from conflictkg.nlp.events.both_ways import each_to_each
from conflictkg.nlp.events.bounties import bounty_threats
from conflictkg.nlp.events.camp_backers import with_camp_backers
from conflictkg.nlp.events.captives import freed_victims
from conflictkg.nlp.events.carried_places import carried_places, told_place
from conflictkg.nlp.events.civilians_hit import civilians_hit
from conflictkg.nlp.events.claims import credit_claims
from conflictkg.nlp.events.clause_places import event_place, near_phrase
from conflictkg.nlp.events.companions import with_companions
from conflictkg.nlp.events.conjoined_agents import conjoined_agents
from conflictkg.nlp.events.controls import control_statements, held_places, holder_of
from conflictkg.nlp.events.coordinated import each_place_taken, with_fallback
from conflictkg.nlp.events.coordinated_targets import each_target
from conflictkg.nlp.events.crowds import default_stands, one_protest_each
from conflictkg.nlp.events.dates import date_expr, without_past_stories
from conflictkg.nlp.events.dead_members import dead_members
from conflictkg.nlp.events.discoveries import active_discovery
from conflictkg.nlp.events.doubts import without_doubted
from conflictkg.nlp.events.downed import downed_weapons
from conflictkg.nlp.events.endorsed_acts import endorsed_party
from conflictkg.nlp.events.escapers import escapers as _escapers
from conflictkg.nlp.events.fallback_types import fallback_type
from conflictkg.nlp.events.fight_dead import fought_dead
from conflictkg.nlp.events.fled_abroad import fled_abroad
from conflictkg.nlp.events.fronted_adjuncts import fronted
from conflictkg.nlp.events.habitual import habitual
from conflictkg.nlp.events.hearsay import told_by
from conflictkg.nlp.events.held_targets import held_targets
from conflictkg.nlp.events.helped_fights import helpers_fight
from conflictkg.nlp.events.hostage_takers import named_captors
from conflictkg.nlp.events.intents import intents
from conflictkg.nlp.events.listed_controllers import listed_controllers
from conflictkg.nlp.events.means_targets import means_targets
from conflictkg.nlp.events.named_roles import named_victim
from conflictkg.nlp.events.near_sites import site_near_town
from conflictkg.nlp.events.object_agents import protested_party
from conflictkg.nlp.events.obligations import obligation_requests
from conflictkg.nlp.events.owned_support import clause_actors
from conflictkg.nlp.events.places import (
    anaphoric_place,
    name_text,
    place_np,
    place_to_take,
    previous_sentence_place,
    sentence_place,
)
from conflictkg.nlp.events.predicates import (
    civilian_object,
    is_absorbed,
    is_conditioned,
    is_reciprocal,
    nominal_stands,
    passive_like,
    protest_above,
    protest_purpose,
    receives_event,
    sentence_predicates,
)
from conflictkg.nlp.events.property import recovered_arms, taken_object
from conflictkg.nlp.events.protest_motives import without_motive_protests, without_riot_protests
from conflictkg.nlp.events.protest_signs import sign_protests
from conflictkg.nlp.events.purposes import credit_told_protest, held_for_demands
from conflictkg.nlp.events.relative_places import relative_places
from conflictkg.nlp.events.relief_cuts import receiverless
from conflictkg.nlp.events.repression import repressions
from conflictkg.nlp.events.ruling_agents import ruling_agents
from conflictkg.nlp.events.side_phrases import side_phrases
from conflictkg.nlp.events.spoils import without_spoils
from conflictkg.nlp.events.state import (
    FIGHTING_KINDS,
    PLACE_ENTS,
    PROPERTY_CAMEO,
    PURPOSE_TYPES,
    THREAT_CAMEO,
    Actor,
    DocState,
    EventRecord,
    Frame,
    Mention,
)
from conflictkg.nlp.events.stray_complements import nominal_author
from conflictkg.nlp.events.subjects import (
    actor_kind,
    between_actors,
    between_args,
    faced_sides,
    opposed_sides,
    other_subjects,
    paired_sides,
    people_counted,
    people_protesting,
    regroup,
    subject_group,
    victim_group,
)
from conflictkg.nlp.events.taken_from import fought_from, retaken_place, taken_back
from conflictkg.nlp.events.talk_partners import talk_partners
from conflictkg.nlp.events.target_needs import lacks_target
from conflictkg.nlp.events.targets import event_target, target_before
from conflictkg.nlp.events.territory_taken import (
    seized_property,
    takes_no_territory,
    takes_territory,
    unnamed_territory,
)
from conflictkg.nlp.events.told_authors import told_authors
from conflictkg.nlp.events.toll_headlines import toll_headline
from conflictkg.nlp.events.toll_participles import counted_toll_victims, without_default_tolls
from conflictkg.nlp.events.toll_targets import toll_targets
from conflictkg.nlp.events.tree import dedup_events, to_infinitive
from conflictkg.nlp.events.ultimatums import ultimatums
from conflictkg.nlp.events.verdicts import verdicts
from conflictkg.nlp.events.weapon_owners import weapon_owners
from conflictkg.nlp.events.work_crews import without_work_done
from conflictkg.nlp.modality import modality
from conflictkg.nlp.syntax import (
    OBJ,
    SUBJ,
    SUBJ_PASS,
    determined,
    first_child,
    is_passive,
    prep_args,
    shares_passive,
)

BETWEEN = shared_words("between_preps")  # "a clash between X and Y"
CONTRACTED_ARTICLES = shared_map("contracted_articles")  # "au Mali": "à" + the article
PLACED_TYPES = frozenset({"FIGHT", "ASSAULT", "CAPTURE", "RETREAT", "MOBILIZE", "PROTEST"})


class EventFinder:
    """The events and control claims of a doc, from its actor mentions, with a lexicon and the
    knowledge base (for the generic actors: "Civilians (Mali)", "Protesters (Sudan)")."""

    def __init__(self, lex: Lexicon, kb: KnowledgeBase) -> None:
        self.lex = lex
        self.kb = kb

    def __call__(
        self, doc: Doc, mentions: list[Mention], actors: dict[str, dict[str, Any]]
    ) -> tuple[list[EventRecord], list[dict[str, Any]]]:
        return _find(DocState.start(doc, self.lex, self.kb, mentions, actors))


def _find(st: DocState) -> tuple[list[EventRecord], list[dict[str, Any]]]:
    events, controls = st.done, st.claims
    for sent in st.doc.sents:
        frames = sentence_predicates(st, sent)
        st.frames = {f.tok.i: f for f in frames}
        frames = held_for_demands(st, frames)
        found = len(events)
        for f in frames:
            events.extend(_events_of(st, f, sent))
        events[found:] = ruling_agents(st, fought_dead(st, without_default_tolls(st, events[found:])))
        if len(events) == found:
            credit_told_protest(st, sent)  # a verbless sentence with no event of its own
            events.extend(_classified(st, sent))
        told = counted_toll_victims(st, events[found:])
        events[found:] = held_targets(st, toll_headline(st, sent, _make, told))  # "Casualties in X"
        events[found:] = credit_claims(st, sent, without_past_stories(st, events[found:]))
        events[found:] = taken_back(st, fought_from(st, _without_means(st, toll_targets(st, events[found:]))))
        events[found:] = relative_places(st, weapon_owners(st, events[found:]))  # "an arms cache of X"
        events[found:] = helpers_fight(st, with_companions(st, with_camp_backers(st, events[found:])))
        events[found:] = side_phrases(st, listed_controllers(st, means_targets(st, events[found:])))
        events[found:] = ultimatums(st, without_doubted(st, events[found:])) + bounty_threats(st, sent)
        events[found:] = talk_partners(
            st, without_work_done(st, repressions(st, intents(st, told_authors(st, events[found:]))))
        )
        events[found:] = freed_victims(st, downed_weapons(st, bombings(st, events[found:])))  # "shot down"
        events.extend(obligation_requests(st, sent, events[found:]))
        events.extend(verdicts(st, sent, events[found:]))  # « C'est un crime », a estimé X
        events.extend(named_sides(st, sent, events[found:]))  # "the Iran-Iraq war", "the coalition against X"
        events.extend(sign_protests(st, sent, events[found:]))  # en signe de protestation
        events[found:] = one_protest_each(
            without_motive_protests(st, without_riot_protests(st, events[found:]))
        )
        events[found:] = each_target(st, without_spoils(st, events[found:], events[:found]))
        controls.extend(held_places(st, sent))
        controls.extend(control_statements(st, sent))
        if not all(t.is_space for t in sent):
            st.prev = sent.start_char
    return carried_places(st, each_place_taken(st, named_captors(st, dedup_events(events)))), controls


def _protest_told(st: DocState) -> bool:
    return any(f.pred.type == "PROTEST" for f in st.frames.values())


def _without_means(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """A sentence's untargeted fight told inside the subject of the same actor's targeted event, done
    for it or coordinated with it in the same place, is that event's means ("shells fired by the LNA
    killed a civilian": one shelling of civilians; "fired tear gas to disperse protesters": one; "a bomb
    exploded, killing a driver", "une bombe a explosé, tuant deux soldats": a blast, naming no target,
    is the means of its toll's attack)."""

    def means(e: EventRecord) -> bool:
        if e["type"] not in VIOLENT_TYPES or e["target"] is not None:
            return False
        tok, subj = st.doc[e["pred"]], SUBJ | SUBJ_PASS
        fight = e["type"] == "FIGHT"  # an untargeted assault is only a blast's means
        conj = tok.conjuncts  # "attacked a post in X and killed a civilian", one place: one event
        return any(
            o is not e and o["actor"] == e["actor"] and o["target"] is not None
            and ((o["type"] in VIOLENT_TYPES and _blast(st, tok) and st.doc[o["pred"]] in _advcls(tok))
                 or (fight and any(tok in c.subtree for c in st.doc[o["pred"]].children if c.dep_ in subj))
                 or (fight and _purpose_of(st.doc[o["pred"]], tok))
                 or (fight and o["type"] in VIOLENT_TYPES and st.doc[o["pred"]] in conj
                     and o["place"] == e["place"]))
            for o in events
        )  # fmt: skip

    return [e for e in events if not means(e)]


def _advcls(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "advcl"]


def _blast(st: DocState, verb: Token) -> bool:
    """A fight verb that names no target ("exploded"), or one that explodes by itself ("une bombe a
    explosé", its target roles only sites): its toll tells whom it was done to."""
    f = st.frames.get(verb.i)
    return f is not None and (not f.pred.target or f.pred.self_causative)


def _purpose_of(purpose: Token, verb: Token) -> bool:
    """ "fired tear gas to disperse protesters": ``purpose`` is the infinitive ``verb`` is done for."""
    return purpose.head.i == verb.i and purpose.dep_ in ("advcl", "xcomp") and to_infinitive(purpose)


def _classified(st: DocState, sent: Span) -> list[EventRecord]:
    """A sentence whose subject the rules resolve but whose predicate no lexicon knows, typed by
    the trained classifier (English): "Militants torched a checkpoint" → FIGHT."""
    typed = fallback_type(st, sent)  # a court rules, neither protests nor attacks
    root = sent.root
    if typed is None or root.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in root.children):
        return []
    if active_discovery(st, root):
        return []  # "police found the body of a woman": the finders killed no one
    subj = next((c for c in root.children if c.dep_ in SUBJ), None)
    actor = np_actor(st, subj) if subj is not None else None
    if actor is None:
        return []
    type_, score = typed
    target = None
    if type_ in ("FIGHT", "ASSAULT"):
        obj = next((c for c in root.children if c.dep_ in OBJ), None)
        found = np_actor(st, obj) if obj is not None else None
        target = found if found is not None and found[0] != actor[0] else None
    frame = Frame(root, Predicate(type=type_))
    return [_make(st, frame, sent, type_, None, actor, target, "asserted", 0.6 * score)]


def _events_of(st: DocState, f: Frame, sent: Span) -> list[EventRecord]:
    lex, tok, p = st.lex, f.tok, f.pred
    allies: set[frozenset[str]] = set()  # one side of "between X and Y on one side and Z on the other"
    if p.silent:
        return []
    if is_absorbed(st, tok):
        return []
    if not f.nominal and receives_event(st, tok):
        return []  # "a reçu le soutien de X": the support is the event, not a meeting
    if _claims_attack_told(st, f):
        return []  # "JNIM claimed responsibility": for the attack told before, already an event
    if not f.nominal and habitual(tok, lex):
        return []  # "l'armée bombarde souvent Homs": a habit, no event
    mod = modality(tok, lex, p.type)
    speaker = speaker_of(st, tok)
    conf = 0.85
    if f.nominal:  # "a clash between GNA and LNA forces", "des affrontements entre X et Y"
        between = between_args(st, tok, BETWEEN) if p.symmetric or p.between_pair else []
        group = between_actors(st, between[0]) if between else []
        sides = opposed_sides(st, tok) if between else None
        if sides is not None:
            group = [a for side in sides for a in side]
            allies = {frozenset((a[0], b[0])) for side in sides for a in side for b in side}
        if len(group) == 1 and tok.dep_ in SUBJ:  # "entre X et Y ont fait": Y parsed as a subject
            group += other_subjects(st, tok)
        group = group if len(group) >= 2 else conjoined_agents(st, tok, p, True) or group  # "par X et Y"
        got = nominal_author(st, tok) if len(group) < 2 else group[0]
        if got is None and _escapers(st, tok):  # "a échappé à une attaque": its author is unnamed
            got = (generic_id(st, "armed", st.doc._.country), 0.55, None)
        faced = faced_sides(st, tok) if got is None and p.symmetric and len(group) < 2 else []
        if faced:  # "les affrontements avec la police": the other side is unnamed
            got = (generic_id(st, _unnamed_opponent(st, faced), st.doc._.country), 0.55, None)
            group = [got, *faced]
            # one clash with the first side named; the others stand with it ("la police et l'armée")
            allies = {frozenset((a[0], b[0])) for a in faced for b in faced}
            allies |= {frozenset((got[0], b[0])) for b in faced[1:]}
        apart = tok.dep_ == "parataxis"  # "Clashes in X and shells hit Y": a headline of its own, no toll
        if got is None and p.passive_actor and default_stands(st, f) and (apart or not toll_of_told(st, p)):
            got = (generic_id(st, p.passive_actor, st.doc._.country), 0.6, None)
        if got is None or not nominal_stands(st, tok):
            return []
        actors = group if len(group) >= 2 else [got]
        conf -= 0.1
    elif p.pair:
        actors = paired_sides(st, tok, p)  # "entre milices rivales": one class on both sides (rival_sides.py)
        if len({a[0] for a in actors}) < 2 and (len(actors) < 2 or p.pair != ("entre",)):
            return []
    else:
        actors = clause_actors(st, f)  # a state owning the support noun, the subjects, the place's government
    type_ = p.type
    if type_ in ("CAPTURE", "RETREAT"):  # "demonstrators took the streets", "residents fled X": none
        actors = [a for a in actors if takes_territory(st, people_counted(st, tok, a))]
    if type_ == "PROTEST":  # "residents demonstrated", "des milliers de personnes ont manifesté"
        role = "rioting_as" if p.rioting else "protesting_as"  # "ont érigé des barricades": rioters
        actors = [regroup(st, people_protesting(st, tok, a), role) for a in actors]
    elif type_ in ("FIGHT", "ASSAULT"):  # "deux hommes ont ouvert le feu": not civilians any more
        role = "rioting_as" if p.rioting or _protest_told(st) else "violent_as"  # "stormed X": rioters
        actors = [regroup(st, a, role) for a in actors]
    civilians = False
    preps = tuple(r for r in p.target if r != "obj")  # "used sarin against civilians": on the noun
    # "des bombes à sous-munitions contre des civils": the target may hang on the noun's complement
    held = [tok, *((f.noun, *(n for n in f.noun.subtree if n.dep_ == "nmod")) if f.noun is not None else ())]
    members = dead_members(st, f)  # "12 killed, including 5 members of the army": those forces
    if p.civilian_type and members is None and any(civilian_object(st, h, preps) for h in held):
        type_ = p.civilian_type
        civilians = True
    elif (type_ == "ASSAULT" and civilian_object(st, tok)) or civilians_hit(st, f, preps):
        civilians = True  # "opened fire on commuters": named as victims only (events/civilians_hit.py)
    # "ambushed a convoy, killing five soldiers": the toll of the attack, not another event
    head = st.frames.get(tok.head.i)
    toll = p.civilian_type and not civilians and tok.dep_ == "advcl"
    if toll and head is not None and head.pred.type == "FIGHT":
        return []
    if p.civilian_type and tok.dep_ == "conj" and head is not None and _toll_frame(head):
        return []  # "..., killing four civilians and wounding nine": one toll
    # "s'est fait exploser à Kaboul, tuant dix personnes": the assault's victims, already its target
    if civilians and tok.dep_ == "advcl" and head is not None and head.pred.type == "ASSAULT":
        return []
    # a future or conditional attack announced by a speaker with no agent of its own: a threat
    if not actors and speaker is not None and type_ in ("FIGHT", "ASSAULT") and mod in (
        "threatened", "hypothetical") and passive_like(st, tok):  # fmt: skip
        threatened = event_target(st, f, speaker[0], passive=True)
        if threatened is None:
            return []
        ev = _make(st, f, sent, "THREATEN", THREAT_CAMEO, speaker, threatened, "asserted", conf - 0.15)
        return [ev]
    if not actors:
        return []
    if type_ in PURPOSE_TYPES and protest_above(st, tok) is not None:
        return []  # "ont manifesté pour exiger le départ de X": the demand is the protest's
    if (
        speaker is not None
        and type_ in ("FIGHT", "ASSAULT")
        and mod in ("threatened", "hypothetical")
        and not is_conditioned(st, tok)
        and any(a[0] == speaker[0] for a in actors)
    ):
        # a side announcing its own future attack: a threat against the target
        own = event_target(st, f, speaker[0])
        if own is not None:
            return [_make(st, f, sent, "THREATEN", THREAT_CAMEO, speaker, own, "asserted", conf - 0.1)]
    if mod == "asserted":  # a third party's word: a speaker other than the actor, or unnamed
        mod = told_by(st, tok, speaker, actors)
    out: list[EventRecord] = []
    reciprocal = is_reciprocal(st, tok)
    if reciprocal and not p.symmetric:
        subj = first_child(tok, SUBJ)
        actors = subject_group(st, subj) if subj is not None else actors
    two_sides = not (p.symmetric and allied_against(st, f, actors))  # "X and Y clashed with Z"
    if (
        (p.symmetric or reciprocal or (f.nominal and p.between_pair))
        and len({a[0] for a in actors}) >= 2
        and two_sides
    ):
        venue = event_place(st, f) if type_ == "CONSULT" else None  # "se sont rencontrés à Riyad"
        for one, other in each_to_each(actors, allies):
            out.append(_make(st, f, sent, type_, p.cameo, one, other, mod, conf - 0.05, place=venue))
        return out
    for actor in actors:
        if civilians:  # "sur l'avocat": the lawyer named before, else civilians
            nouns = [f.noun] if f.noun is not None else []
            target: Actor | None = named_victim(st, tok, nouns, preps) or victim_group(st, held, preps)
        else:
            passive = (is_passive(tok) or shares_passive(tok)) and not f.nominal and tok.i not in st.active
            target = (
                members or endorsed_party(st, f, actor[0]) or event_target(st, f, actor[0], passive=passive)
            )
        if target is not None and type_ == "FIGHT" and f.nominal and _escapers(st, tok):
            type_ = _attempt_type(st, target)
        if target is None and type_ == "PROTEST":
            target = protest_purpose(st, f, actor[0]) or protested_party(st, f, actor[0])
        if target is None and not f.nominal and not civilians:
            target = target_before(st, f, actor[0])
        if target is None and p.requires_target and p.type != "THREATEN" and not receiverless(st, f):
            continue  # a threat by a known actor stands without a target (the gold allows it)
        if _retold(st, f, actor):
            continue  # "dans cette attaque, le kamikaze s'est fait exploser": the attack told before
        if tok.i in st.defaulted and lacks_target(st, f, target):
            continue  # the police of an agentless "were arrested" need people arrested
        if tok.i in st.defaulted and _told_before(st, tok, type_, actor[0]):
            continue  # "le nombre de personnes arrêtées": the arrests already told
        if type_ == "CAPTURE" and seized_property(st, f):  # "seized a vehicle": CAMEO 171
            if p.no_seizure and not recovered_arms(st, f.tok):
                continue  # "recovered stolen weapons": taken back, not seized
            c = min(conf, actor[1]) if actor[1] else conf
            seized = taken_object(f.tok)  # the property seized is not the place
            where = sentence_place(st, f, skip=seized.i if seized is not None else None)
            out.append(_make(st, f, sent, "COERCE", PROPERTY_CAMEO, actor, target, mod, c, place=where))
            continue
        place = event_place(st, f)
        if target is None and place is not None and type_ == "FIGHT" and place_to_take(st, f):
            target = holder_of(st, place, actor[0])  # "une offensive pour reprendre X": X's holder
        unnamed = place is None and p.requires_place and unnamed_territory(st, f)
        if unnamed:  # "took nine sites" in X; "withdrew from X after rebels took the crossing": X
            place = sentence_place(st, f) or told_place(st, sent) or anaphoric_place(st, f)
            place = place or previous_sentence_place(st, f)
            if _same_told(st, type_, actor[0], place):
                continue  # "Taliban seize Kunduz. The city fell to the insurgents": told already
        place = place or (retaken_place(st, f) if p.requires_place else None)  # "after it was taken"
        if p.requires_place and (
            (place is None and not (unnamed or fled_abroad(st, f))) or takes_no_territory(st, f)
        ):
            continue  # "regained control of the town": territory taken, though the text names it not
        if site_near_town(st, f, place):
            continue  # "a occupé une position aux environs de X": a site near X, not X
        c = min(conf, actor[1]) if actor[1] else conf
        forces = target is not None and actor_kind(st, target[0]) in FIGHTING_KINDS
        left = _left_place(st, f) if p.expels_from and forces else None  # forces driven out of X
        if p.expels_from and not forces and (place is None or place.get("kind") == "country"):
            place = _left_place(st, f) or place  # "evicted villagers from Kabo (in the CAR)": there
        if left is None or type_ in ("FIGHT", "ASSAULT"):  # "a expulsé l'armée de Kidal": no sanction
            out.append(_make(st, f, sent, type_, p.cameo, actor, target, mod, c, place=place or left))
        repelled = violent_noun(st, first_child(f.tok, OBJ) or f.tok)  # "repoussé un assaut contre X"
        if left is not None and takes_territory(st, actor) and not repelled:  # "a chassé l'armée de Kidal"
            out.append(_make(st, f, sent, "CAPTURE", p.cameo, actor, target, mod, c, place=left))
    return out


def _same_told(st: DocState, type_: str, actor_id: str, place: dict[str, Any] | None) -> bool:
    name = place and place.get("name")
    return any(
        e["type"] == type_ and e["actor"] == actor_id and (e["place"] or {}).get("name") == name
        for e in st.done
    )


def _toll_frame(f: Frame) -> bool:
    return f.pred.civilian_type is not None and f.tok.dep_ == "advcl"


def _claims_attack_told(st: DocState, f: Frame) -> bool:
    claims = f.noun is not None and f.tok.lemma_.lower() in st.lex.group("responsibility")
    return claims and any(e["type"] in ("FIGHT", "ASSAULT") for e in st.done)


def _left_place(st: DocState, f: Frame) -> dict[str, Any] | None:
    """The named place the target was driven out of ("chasser l'armée de Kidal"; the parser may
    hang "de Kidal" on the object)."""
    obj = first_child(f.tok, OBJ)
    # "repoussé les combattants du MNLA hors de Gao": on the object's complement too
    heads = [f.tok] if obj is None else [f.tok, obj, *(n for n in obj.subtree if n.dep_ == "nmod")]
    preps = (f.pred.expels_from or "").split("|")
    froms = [c for h in heads for prep, c in prep_args(h) if prep in preps and not near_phrase(st, c)]
    towns = [place_np(st, c) for c in froms if c.lemma_.lower() in st.lex.place_nouns]  # "de la ville de X"
    named = [c for c in froms if c.ent_type_ in PLACE_ENTS and (c.pos_ == "PROPN" or c.is_title)]
    named += [c for c in froms if c.ent_type_ in ("NORP", "") and c.pos_ == "PROPN"]  # "from Kidal" misread
    named += [c for c in froms if c.ent_type_ == "PERSON" and c.pos_ == "PROPN" and c.i not in st.covered]
    return next(filter(None, [*towns, *(place_np(st, c) or _bare_place(st, c) for c in named)]), None)


def _bare_place(st: DocState, tok: Token) -> dict[str, Any]:
    """A place name the parser let into the object's name ("l'armée malienne de Kidal")."""
    return {"name": name_text(st, tok), "kind": None, "near": None, "descriptor": False,
            "start": tok.i, "alt": None, "alt2": None}  # fmt: skip


def _retold(st: DocState, f: Frame, actor: Actor) -> bool:
    """A violent verb of an unnamed group set in "cette attaque" after an attack was told: the same
    attack retold, with no new author."""
    violent = ("FIGHT", "ASSAULT")
    if f.nominal or f.pred.type not in violent or not any(e["type"] in violent for e in st.done):
        return False
    a = st.actors.get(actor[0])
    if a is None or not a.get("group"):
        return False
    demonstratives = st.lex.group("demonstratives")
    attacks = [c for c in f.tok.children if c.dep_.startswith("obl") and c.lemma_.lower() in st.lex.nouns]
    return any(
        st.lex.nouns[c.lemma_.lower()].type in violent and determined(c, demonstratives) for c in attacks
    )


def _unnamed_opponent(st: DocState, faced: list[Actor]) -> str:
    """The generic class of whoever clashed with ``faced``: rioters when the police is faced (a riot,
    as ACLED codes it), else an unidentified armed group."""
    return "rioters" if any(actor_kind(st, a[0]) == "police" for a in faced) else "armed"


def _attempt_type(st: DocState, target: Actor) -> str:
    """An attack someone escaped: a fight when a force escaped it, else an assault on that person."""
    return "FIGHT" if actor_kind(st, target[0]) in FIGHTING_KINDS else "ASSAULT"


def _not_own_forces(st: DocState, actor: Actor, target: Actor) -> Actor:
    """ "Saudi Arabia supported the government forces": a state backing its own forces is no news;
    the generic group backed is another country's, unknown here."""
    a, t = st.actors.get(actor[0]), st.actors.get(target[0])
    if a is None or t is None or not t.get("group") or not t.get("country"):
        return target
    if t["country"] != a.get("country"):
        return target
    return (generic_id(st, str(t["group"]), None), target[1], target[2])


def _is_the_target(st: DocState, place: dict[str, Any], target: Actor, type_: str) -> bool:
    """ "fournit une aide à la France", "des sanctions à la Syrie": the country given to is the
    target, not where it happens (a strike on a country is both)."""
    m = st.covered.get(place["start"])
    if type_ in PLACED_TYPES or m is None or m["actor"] != target[0] or place.get("visited"):
        return False
    tok = st.doc[place["start"]]
    if fronted(tok):
        return False  # "Au Mali, la junte a renversé le président": the scene, not the target
    # a country takes an article ("à la France", "au Mali"), a capital none
    return any(c.dep_ == "det" or (c.dep_ == "case" and c.lower_ in CONTRACTED_ARTICLES)
               for c in tok.children)  # fmt: skip


def _told_before(st: DocState, tok: Token, type_: str, actor_id: str) -> bool:
    """An agentless participle on a noun whose default actor already did this in the document."""
    if tok.dep_ not in ("acl", "amod") or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(e["type"] == type_ and e["actor"] == actor_id for e in st.done)


def _make(
    st: DocState, f: Frame, sent: Span, type_: str, cameo: str | None, actor: Actor, target: Actor | None,
    mod: str, conf: float, place: dict[str, Any] | None = None,
) -> EventRecord:  # fmt: skip
    if target is not None and type_ in ("SUPPORT", "AID"):
        target = _not_own_forces(st, actor, target)
    if type_ == "FIGHT" and target is not None and actor_kind(st, target[0]) == "civilians":
        type_, cameo = "ASSAULT", ("18" if cameo == "19" else cameo)  # "ont attaqué des étrangers"
    if type_ not in ("CONSULT",):
        if place is None:
            place = event_place(st, f)
        # the sentence's place stands in when the predicate governs none, or one the gazetteer
        # does not know ("fired at the positions of X Militia in the area of Pisky")
        other = sentence_place(st, f, skip=place["start"] if place else None)
        if place is None:
            place = other
        elif other is not None:
            place = with_fallback(st, place, other)
    if place is not None and target is not None and _is_the_target(st, place, target, type_):
        place = None
    if target is not None and target[1]:
        conf = min(conf, target[1] + 0.1)
    return {
        "type": type_, "cameo": cameo, "actor": actor[0], "via": actor[2],
        "target": target[0] if target else None, "modality": mod,
        "pred": f.tok.i, "pred_text": f.tok.text, "nominal": f.nominal,
        "sent_start": sent.start_char, "sent_end": sent.end_char,
        "place": place, "date_expr": date_expr(st, f.tok, sent),
        "confidence": round(max(0.3, min(0.95, conf)), 3), "unnamed": unnamed_territory(st, f, towns=True),
    }  # fmt: skip
