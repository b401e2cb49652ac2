"""Predicates: the frames of a sentence from the lexicon, and the tests on a predicate's context
(embedded in a threat, reciprocal, conditioned, received, aimed at civilians, under a protest)."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Span, Token

from conflictkg.knowledge.lexicon import Predicate, shared_words
from conflictkg.nlp.events.abductions import taken_people
from conflictkg.nlp.events.accidents import accident_clause
from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.agent_gerunds import noun_gerund
from conflictkg.nlp.events.aimed_nouns import aimed_nouns
from conflictkg.nlp.events.aimed_tolls import aimed_site_toll
from conflictkg.nlp.events.armed_encounters import armed_encounter
from conflictkg.nlp.events.arson_attacks import ARSON_NOUN, arson_attack
from conflictkg.nlp.events.attack_words import relative_clauses, toll_verb, violent_noun
from conflictkg.nlp.events.blast_victims import blast_counted
from conflictkg.nlp.events.causatives import causer_acts
from conflictkg.nlp.events.communal_clashes import communal_reading
from conflictkg.nlp.events.dated_sides import dated_between
from conflictkg.nlp.events.dates import is_date_word
from conflictkg.nlp.events.deaths import dead_in_attack
from conflictkg.nlp.events.disarmed import charge_subjects
from conflictkg.nlp.events.event_noun_roles import received
from conflictkg.nlp.events.fire_exchanges import fire_exchange
from conflictkg.nlp.events.for_clauses import for_clause_marks
from conflictkg.nlp.events.forces import force_frame, force_subject
from conflictkg.nlp.events.gained_controls import gained_control
from conflictkg.nlp.events.headline_gerunds import headline_agent_noun, headline_gerund
from conflictkg.nlp.events.held_arrests import held_arrest
from conflictkg.nlp.events.injury_states import injury_state
from conflictkg.nlp.events.joint_nominals import joint_nominal
from conflictkg.nlp.events.laden_vehicles import unladen_vehicle
from conflictkg.nlp.events.measured_arms import measured_objects
from conflictkg.nlp.events.offences import no_conflict
from conflictkg.nlp.events.ongoing_acts import object_stands
from conflictkg.nlp.events.party_objects import foreign_object
from conflictkg.nlp.events.places import is_place_name
from conflictkg.nlp.events.projectiles import weapon_agent, weapon_frame, weapon_subject
from conflictkg.nlp.events.ranked_acts import ranked_retelling
from conflictkg.nlp.events.relief_cuts import cut_words
from conflictkg.nlp.events.scare_quotes import scare_quoted
from conflictkg.nlp.events.standing_subjects import standing_subject
from conflictkg.nlp.events.state import (
    PURPOSE_TYPES,
    SUBORDINATE_INF,
    Actor,
    DocState,
    Frame,
)
from conflictkg.nlp.events.stoppages import work_stoppage
from conflictkg.nlp.events.subject_places import escape_verb
from conflictkg.nlp.events.subject_pronouns import previous_subject_of_object
from conflictkg.nlp.events.subjects import actor_kind, infinitive_anchor
from conflictkg.nlp.events.targets import event_target
from conflictkg.nlp.events.town_anaphors import town_object
from conflictkg.nlp.events.tree import nonfinite, to_infinitive
from conflictkg.nlp.events.two_sided import toll_of_two_sided_fight
from conflictkg.nlp.events.unnamed_authors import headline_toll
from conflictkg.nlp.events.verb_readings import reread
from conflictkg.nlp.events.weak_readings import weak_reading
from conflictkg.nlp.events.welcomed_acts import welcomed_act
from conflictkg.nlp.name_spans import collective_member, object_content
from conflictkg.nlp.syntax import (
    OBJ,
    SUBJ,
    SUBJ_PASS,
    case_of,
    first_child,
    governors,
    is_passive,
    is_reflexive,
    prep_args,
)
from conflictkg.nlp.town_preps import town_prep

BETWEEN_PREPS = shared_words("between_preps")
EMBEDDING_NOUNS = shared_words("embedding_nouns")  # "la menace de frapper": the threat
THAT = shared_words("complementizers")  # "its demand that X withdraw"


def sentence_predicates(st: DocState, sent: Span) -> list[Frame]:
    lex = st.lex
    frames: list[Frame] = []
    consumed: set[int] = set()
    for tok in sent:
        lemma = tok.lemma_.lower()
        if _heading(tok):
            continue
        if (
            tok.tag_ == "VBG"
            and tok.lower_ in lex.nouns
            and (tok.dep_ in SUBJ or _misread_subject(tok) or headline_gerund(tok) or noun_gerund(lex, tok))
        ):
            # "Fighting between X and Y broke out": a gerund subject is the event noun
            frames.append(Frame(tok, lex.nouns[tok.lower_], nominal=True))
            continue
        if headline_agent_noun(lex, tok):  # "Counterattack by X against Y": no verb
            frames.append(Frame(tok, lex.nouns[tok.lower_], nominal=True))
            continue
        if tok.pos_ in ("VERB", "AUX") or (
            tok.pos_ in ("ADJ", "NOUN")
            and tok.dep_ in ("acl", "amod", "xcomp")
            and lemma in lex.verbs
            and (tok.tag_ in ("VBN", "VBD") or lex.verbs[lemma].appositive)  # "fidèle à X"
        ):
            frame = None
            # the object first: "took over control of X" is "take control", not "take over"
            # "a déclaré l'élection invalide": an object's predicative adjective, parsed as its modifier
            told = [g for c in tok.children if c.dep_ in OBJ for g in c.children if g.dep_ == "amod"]
            for c in [*sorted(tok.children, key=lambda c: c.dep_ not in OBJ), *told]:
                if c.dep_ in SUBJ:
                    continue  # "les militaires retiraient les barricades": the subject is no object noun
                key = (lemma, c.lemma_.lower())
                member = collective_member(c, lex) if c.dep_ in OBJ or c.dep_ in SUBJ_PASS else None
                member = member or (object_content(c, lex) if c.dep_ in OBJ else None)  # "une dizaine d'obus"
                if key not in lex.verb_object and member is not None:  # "des centaines de soldats"
                    key = (lemma, member.lemma_.lower())
                if key in lex.verb_object and (pred := _completed(lex.verb_object[key], c)) is not None:
                    frame = Frame(tok, pred, noun=c)
                    consumed.add(c.i)
                    break
            if frame is None and lemma in lex.reflexive and is_reflexive(tok):
                frame = Frame(tok, lex.reflexive[lemma])
            frame = frame or held_arrest(st, tok)  # "Nine held for rioting in X"
            frame = frame or gained_control(st, tok)  # "control 2 new villages": taken
            if frame is None and lemma in lex.verbs:
                frame = Frame(tok, lex.verbs[lemma])
            frame = reread(st, tok, frame)  # a rescue, an abduction, a foiled plot: events/verb_readings
            if frame is not None and not frame.pred.people_only and _accepts(st, frame):
                frames.append(frame)
            elif frame is not None and (moved := force_frame(st, frame)) and _accepts(st, moved):
                frames.append(moved)  # "reinforcements reached X": forces arrive
            elif frame is not None and (landed := weapon_frame(st, frame)) and _accepts(st, landed):
                frames.append(landed)  # "rockets fell on X": an attack
    for tok in sent:
        if tok.i in consumed or not _common_noun(tok) or _heading(tok):
            continue
        noun = "stoppage" if work_stoppage(st, tok) else _noun_lemma(tok, lex.nouns)
        noun = noun or fire_exchange(st, tok) or armed_encounter(st, tok)  # "an encounter with police"
        noun = ARSON_NOUN if noun is not None and arson_attack(st, tok) else noun
        recourse = _recourse_verb(st, tok) if noun is not None else None
        if noun is not None and recourse is not None:  # "police resorted to a lathi-charge": theirs
            frames.append(Frame(recourse, lex.nouns[noun], noun=tok))
        elif noun is not None:
            frame = communal_reading(st, Frame(tok, lex.nouns[noun], nominal=True))  # "communal clashes"
            unfought = case_of(tok) in lex.group("without_marks")  # "entrées sans combat": none fought
            if not no_conflict(st, frame) and not unfought:  # "the arrest of a man for theft": police work
                frames.append(taken_people(st, frame) or frame)  # "la capture de trois jihadistes"
    return aimed_nouns(st, frames)  # "an arson attack targeting X"


def _recourse_verb(st: DocState, noun: Token) -> Token | None:
    """The verb of recourse ("resorted to", ``recourse_verbs``) whose prepositional object the
    event noun is: the verb's subject does what the noun names, as with a verb of its own."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or prep.head.pos_ != "VERB":
        return None
    verb = prep.head
    return verb if verb.lemma_.lower() in st.lex.group("recourse_verbs") else None


def _completed(p: Predicate, noun: Token) -> Predicate | None:
    """A verb_object entry whose noun has the complement the entry needs ("took to the streets");
    else its ``bare`` reading ("a lancé des grenades" with no "lacrymogènes": a fight), or none: the
    verb is read alone or with another of its words ("took the town to the north of X")."""
    if p.particle_only and noun.dep_ != "prt":
        return None
    if not p.noun_complement or any(c.lemma_.lower() in p.noun_complement for c in noun.children):
        return p
    return p.bare


def _misread_subject(tok: Token) -> bool:
    """ "Shelling by Afghan forces hit a residential area": an event noun the parser read as a
    gerund clause on the verb after it, which has no subject."""
    verb = tok.head if tok.head.i > tok.i else tok.sent.root  # or hung on a fronted "Reported on X,"
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") and verb.i > tok.i
    first = min([tok.i, *(c.i for c in tok.children if c.dep_ in ("det", "amod"))])
    opening = first == tok.sent.start or tok.doc[first - 1].text == ","  # "On 29 April, shelling by"
    bare = not any(c.dep_ in SUBJ or c.dep_ in SUBJ_PASS for c in verb.children)
    return tok.dep_ == "advcl" and finite and opening and bare


def _common_noun(tok: Token) -> bool:
    """A common noun, or a lower-case word the tagger read as a name ("held a sit-in"), or an -ing
    word the tagger read as an adjective right after the noun it modifies ("a mob lynching"): no
    adjective follows its noun there, it heads the compound."""
    misread = tok.pos_ == "ADJ" and tok.dep_ in ("amod", "acl") and tok.lower_.endswith("ing")
    after = misread and tok.head.i == tok.i - 1 and tok.head.pos_ == "NOUN"
    return tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.is_lower) or after


def _noun_lemma(tok: Token, nouns: Mapping[str, Predicate]) -> str | None:
    """The lexicon noun ``tok`` ends: its lemma, or the hyphenated word the tokenizer split
    ("shoot-out": "shoot", "-", "out")."""
    lemma = tok.lemma_.lower()
    if lemma in nouns:
        return lemma
    doc = tok.doc
    if tok.i < 2 or doc[tok.i - 1].text != "-" or doc[tok.i - 1].whitespace_:
        return None
    joined = f"{doc[tok.i - 2].lower_}-{lemma}"
    return joined if joined in nouns else None


def _heading(tok: Token) -> bool:
    """ "Looting: On 9 May, rebels looted crops": the label before a colon that opens the sentence
    names the category of what follows, not an event of its own."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    # Token.sent last: it builds a span
    return nxt is not None and nxt.text == ":" and tok.i == tok.sent.start


def _bare_list_item(c: Token) -> bool:
    """A noun after the verb hung on it as a modifier with no preposition, set off by a comma: an
    item of a list of objects the parser broke ("appelle l'ONU, l'Union européenne et ...")."""
    return (
        c.dep_ == "obl:mod"
        and c.pos_ in ("NOUN", "PROPN")
        and c.i > c.head.i
        and not any(k.dep_ == "case" for k in c.children)
        and any(k.lower_ == "," and k.i < c.i for k in c.children)
    )


def _accepts(st: DocState, f: Frame) -> bool:
    p, tok = f.pred, f.tok
    if injury_state(st, tok):
        return False  # "visited the wounded soldiers": a state, no attack
    if not f.nominal and p.type in ("FIGHT", "ASSAULT") and toll_of_two_sided_fight(st, tok):
        return False  # "fighting between X and Y killed five": the fight's toll (nlp/events/two_sided.py)
    if not f.nominal and f.noun is None and unladen_vehicle(st, tok):
        return False  # "a driver rammed a truck into a bus": no explosives, no attack
    if p.needs_prep:
        preps = {prep for prep, c in prep_args(tok) if not is_date_word(st, c)}  # "on Monday": a time
        preps |= {c.lower_ for c in tok.children if c.dep_ == "mark"}
        preps |= {m.lower_ for c in tok.children if c.dep_ == "xcomp" for m in c.children if m.dep_ == "mark"}
        preps |= for_clause_marks(tok)  # "called for X to halt Y": a clause the parser marks 'for'
        # "reiterated its demand today that X ease Y": a content clause the parser hung on the verb
        preps |= {m.lower_ for c in tok.children if c.dep_ == "ccomp" for m in c.children if m.lower_ in THAT}
        # "cleared X of Y": the parser hangs the verb's second complement on its object
        objects = [o for c in tok.children if c.dep_ in OBJ for o in (c, *c.conjuncts)]
        # "sont entrés lundi dans X": hung on the date word after the verb
        objects += [c for c in tok.children if c.i > tok.i and is_date_word(st, c)]
        preps |= {prep for o in objects for prep, _ in prep_args(o)}
        # "appelle X, Y et Z à intervenir": the infinitive hung on the last object as its clause,
        # which the parser may coordinate with the verb itself
        objects += [c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")]
        # ... or on a middle one it takes for a bare modifier of the verb ("appelle X, Y et Z à ...")
        objects += [c for c in tok.children if _bare_list_item(c) and not is_date_word(st, c)]
        preps |= {m.lower_ for o in objects for c in o.children if c.dep_ == "acl" for m in c.children
                  if m.dep_ == "mark"}  # fmt: skip
        if not preps & set(p.needs_prep) and not town_prep(tok, p.town_preps) and not town_object(st, tok):
            return False
    if p.needs_clause and not any(c.dep_ in ("xcomp", "ccomp") for c in tok.children):
        return False
    if no_conflict(st, f):
        return False  # "India beat Pakistan by six wickets", "arrested for drunk driving"
    if any(c.dep_ == "mark" and c.lower_ in st.lex.group("without_marks") for c in tok.children):
        return False  # "ont pris Douentza sans combattre": what was not done, no event or denial
    if weak_reading(st, f):
        return False  # "le gouvernement reconnu par l'ONU": a status; "Ils les menaçaient": no parties
    if p.as_culprit and not _named_culprit(st, tok, p.as_culprit):
        return False
    if p.needs_object:
        # "the rally was blocked": the passive subject is the object
        objs = {c.lemma_.lower() for c in tok.children if c.dep_ in OBJ or c.dep_ in SUBJ_PASS}
        objs |= cut_words(st, tok) if p.type == "SANCTION" else set()  # "halted aid shipments"
        objs |= charge_subjects(st, tok)  # "Bomb defused near school": the bomb defused
        objs |= measured_objects(tok, st.lex)  # "located 30 kilograms of explosives"
        # "broke up a strike by doctors": a work stoppage met
        objs |= {"stoppage" for c in tok.children if c.dep_ in OBJ and work_stoppage(st, c)}
        # "broke up a group of demonstrators": the object is its members
        objs |= {
            m.lemma_.lower() for c in tok.children if c.dep_ in OBJ if (m := collective_member(c, st.lex))
        }
        if not objs & set(p.needs_object) and not _object_actor(st, tok, p.object_actor_kinds):
            return False
    noun = f.noun if f.noun is not None else (tok if f.nominal else None)
    if noun is not None and scare_quoted(noun):
        return False  # "Assad's “war” on ISIL", "launched an “offensive”": a word the writer doubts
    if p.noun_complement and not (
        noun is not None and any(c.lemma_.lower() in p.noun_complement for c in noun.children)
    ):
        return False  # "mis en état d'arrestation" is not "en état d'alerte"; "l'envoi de soldats"
    # a second verb acting on someone is done by the first one's subject ("fought and defeated X")
    if p.forces_only != force_subject(st, tok, p.requires_target) and (p.forces_only or p.no_forces):
        return False  # "refugees arrived in X": only forces arriving mobilize; "the army marched": a parade
    if p.weapons_only and not (weapon_subject(st, tok) or weapon_agent(st, tok)):
        return False  # "the plane landed in X": only weapons landing attack
    if p.passive_only and not is_passive(tok):
        return False  # "police found the bodies": the finders did not kill
    if p.intransitive and not f.nominal and _shown_object(st, tok):
        return False  # "demonstrated their resolve", "a manifesté son inquiétude": shown, no protest
    if p.party_object and not f.nominal and foreign_object(st, tok):
        return False  # "pupils raid the shelves": another sense, no fight
    if p.requires_no_object and not _only_actor_args(st, f):
        return False  # "se rendre à Bamako, aux urnes, compte": to go, not to surrender
    return causer_acts(st, tok, p)  # "faire capituler X": X's act; "a fait arrêter X": the causer's


def _named_culprit(st: DocState, tok: Token, word: str) -> bool:
    """ "l'a désigné comme l'organisateur des attentats": the verb calls its object the author of an
    attack (a culprit noun whose complement holds an attack noun)."""
    culprits = st.lex.group("culprit_nouns")
    clitics = [c for c in tok.children if c.dep_ in OBJ and c.lower_ in st.lex.group("pronouns")]
    if any(previous_subject_of_object(st, c, lambda t: np_actor(st, t), None) is None for c in clitics):
        return False  # a guess past the agreeing subject just before is too weak to accuse anyone
    called = [c for c in tok.children if any(m.dep_ == "case" and m.lower_ == word for m in c.children)]
    culprit = [c for c in called if c.lemma_.lower() in culprits]
    return any(violent_noun(st, t) for c in culprit for t in c.subtree if t.i != c.i)


def _object_actor(st: DocState, tok: Token, kinds: tuple[str, ...]) -> bool:
    """ "la Ligue arabe a suspendu la Syrie": the object is an actor of one of ``kinds``."""
    mentions = [st.covered.get(c.i) for c in tok.children if c.dep_ in OBJ]
    return any(m is not None and m["kind"] in kinds for m in mentions)


def _shown_object(st: DocState, tok: Token) -> bool:
    """A direct object that is no date the parser took for one ("a manifesté lundi", "le 15 mars")."""
    dates = st.lex.group("date_words") | st.lex.group("weekdays")
    return any(
        c.dep_ in OBJ and c.lower_ not in dates and not any(n.dep_ == "nummod" for n in c.children)
        for c in tok.children
    )


def _only_actor_args(st: DocState, f: Frame) -> bool:
    if first_child(f.tok, OBJ) is not None:
        return False
    args = [c for prep, c in prep_args(f.tok) if prep in f.pred.target]
    return all(np_actor(st, c) is not None and not is_place_name(st, c) for c in args)


def is_absorbed(st: DocState, tok: Token) -> bool:
    """Inside what a threat or a request verb embeds: part of that event, not an event itself."""
    if tok.dep_ == "advcl" and _accident(st, tok.head):
        return True  # "un hélicoptère s'est écrasé, tuant deux soldats": an accident's toll
    if accident_clause(st, tok):
        return True  # "were killed when a boiler exploded"
    if _warned_clause(st, tok):
        return True  # "a averti la Syrie qu'elle riposterait": what the warning threatens
    coordinated = tok.dep_ == "conj"  # "l'accusent de fraude et le menacent": side by side
    for g in governors(tok):
        f = st.frames.get(g.i)
        if f is not None and f.pred.embeds in ("threat", "request", "accuse", "promise") and not coordinated:
            return not _unsourced_accusation(st, f) and not _violence_allowed(st, f, tok)
        coordinated = coordinated and g.dep_ == "conj"
        if g.pos_ == "NOUN" and g.lemma_.lower() in EMBEDDING_NOUNS:
            return True
    return False


def _violence_allowed(st: DocState, f: Frame, tok: Token) -> bool:
    """ "the truce allows the regime to shell X": violence a concession lets happen is told, not
    absorbed as what is allowed."""
    own = st.frames.get(tok.i)
    return f.pred.type == "CONCEDE" and own is not None and own.pred.type in ("FIGHT", "ASSAULT", "COERCE")


def _warned_clause(st: DocState, tok: Token) -> bool:
    """The clause of what a threat verb threatens, read as a relative clause on its object ("a averti
    la Syrie qu'elle riposterait"): a "que" relative with a subject of its own, on the object of a
    verb that embeds a threat, is that threat's."""
    if tok.dep_ != "acl:relcl" or tok.head.dep_ not in OBJ:
        return False
    f = st.frames.get(tok.head.head.i)
    if f is None or f.pred.embeds != "threat":
        return False
    words = shared_words("complementizers")
    own_subject = any(c.dep_ in ("nsubj", "nsubj:pass") for c in tok.children)
    return own_subject and any(c.i < tok.i and c.lower_ in words for c in tok.children)


def _accident(st: DocState, verb: Token) -> bool:
    """ "s'est écrasé", "crashed", "a chaviré": an accident verb with no object."""
    accidents = st.lex.group("accident_verbs")
    return verb.lemma_.lower() in accidents and not any(c.dep_ in OBJ for c in verb.children)


def _unsourced_accusation(st: DocState, f: Frame) -> bool:
    """ "X a été accusé d'avoir utilisé des bombes contre des civils": an accusation with no
    accuser is no event; what X is accused of stands as told."""
    agents = st.lex.group("agent_preps")
    return (
        f.pred.embeds == "accuse" and is_passive(f.tok) and not any(p in agents for p, _ in prep_args(f.tok))
    )


def is_reciprocal(st: DocState, tok: Token) -> bool:
    if joint_nominal(st, tok):  # "X and Y held talks": with each other (events/joint_nominals.py)
        return True
    words = st.lex.group("reciprocal")
    for c in tok.children:
        if c.dep_ in OBJ or c.dep_ in ("advmod", "prep", "obl"):
            text = " ".join(t.lower_ for t in c.subtree)
            if any(w in text for w in words):
                return True
    return False


def is_conditioned(st: DocState, tok: Token) -> bool:
    """The predicate sits in an 'if' clause (the condition, not the threat)."""
    marks = st.lex.group("hypothetical_marks")
    return any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children)


def passive_like(st: DocState, tok: Token) -> bool:
    return is_passive(tok) or tok.pos_ == "NOUN" or first_child(tok, SUBJ) is None


def nominal_stands(st: DocState, tok: Token) -> bool:
    """A nominal event is an event of its own unless it is the subject of another predicate
    ("le soutien turc a aidé": the verb is the event) or merely hypothetical."""
    if tok.dep_ in SUBJ and tok.head.i in st.frames and not st.frames[tok.head.i].pred.silent:
        return standing_subject(st, tok)  # "des combats ont éclaté à Alep": no sides, the noun stands
    if _classifier(st, tok) or scare_quoted(tok) or ranked_retelling(tok):
        return False  # "Assad's “war” on ISIL": a word the writer doubts, no event
    if received(st, tok) is not None:
        return True
    told = [c for c in tok.children if c.dep_ in ("acl:relcl", "relcl") and c.i in st.frames]
    if any(not to_infinitive(c) for c in told):  # not "a demonstration to demand X"
        return False  # "l'attentat qui a tué dix soldats": the killing is the event
    pred = st.lex.nouns.get(tok.lemma_.lower())
    if welcomed_act(st, tok):
        return True  # "welcomed the army's liberation of X": the liberation is the army's event
    if tok.dep_ in OBJ and tok.head.i in st.frames and tok.head.lemma_.lower() not in st.lex.group("light"):
        head_type = st.frames[tok.head.i].pred.type
        # "brokered an agreement between X and Y": the mediation is one event, the agreement another
        sides = pred is not None and pred.between_pair and head_type != pred.type and _between_sides(st, tok)
        return head_type in ("ACCUSE", "REJECT", "INVESTIGATE") or sides or object_stands(st, tok)
    suffered = tok.head.i != tok.i and escape_verb(st, tok.head)  # "a essuyé des tirs": the fire stands
    claimed = tok.dep_ in OBJ and tok.head.lemma_.lower() in st.lex.group(
        "responsibility"
    )  # "a revendiqué des tirs"
    if (
        pred is not None
        and pred.toll_only
        and not (tok.dep_ in SUBJ and toll_verb(st, tok.head))
        and not (suffered or claimed)
    ):
        return dead_in_attack(st, tok) is not None  # "deux civils sont morts sous les tirs": a toll
    return tok.dep_ != "appos" or (pred is not None and pred.appositive)


def _between_sides(st: DocState, tok: Token) -> bool:
    """ "an agreement between X and Y": the noun names its two sides (also after its date)."""
    named = any(prep in BETWEEN_PREPS and c.conjuncts for prep, c in prep_args(tok))
    return named or bool(dated_between(st, tok, BETWEEN_PREPS))


def _classifier(st: DocState, tok: Token) -> bool:
    """ "des avions de combat", "un hélicoptère d'attaque": a bare singular event noun after "de"
    says what kind of thing its noun is; no event ("trois jours de combats" is one)."""
    if tok.dep_ != "nmod" or tok.head.pos_ != "NOUN" or case_of(tok) not in st.lex.group("of_preps"):
        return False
    bare = not any(c.dep_ in ("det", "nummod", "amod") for c in tok.children)
    return bare and "Sing" in tok.morph.get("Number", [])


def receives_event(st: DocState, tok: Token) -> bool:
    if tok.lemma_.lower() not in st.lex.group("receiving"):
        return False
    return any(
        c.pos_ == "NOUN" and c.lemma_.lower() in st.lex.nouns and received(st, c) is not None
        for c in tok.children
    )


def civilian_object(st: DocState, tok: Token, preps: tuple[str, ...] = ()) -> bool:
    """The predicate's object, passive subject or target of ``preps`` ("a ouvert le feu sur
    l'avocat") is civilians, or its toll is ("a fait vingt morts")."""
    aimed = any(prep in preps for prep, _ in prep_args(tok))  # "l'attaque contre la base": not civilians
    if tok.pos_ == "NOUN" and tok.dep_ in SUBJ and toll_verb(st, tok.head) and not aimed:
        return True  # the dead of an attack told with a toll verb
    if aimed_site_toll(st, tok):  # "un attentat visant un hôtel a fait 15 morts" (events/aimed_tolls.py)
        return True
    if tok.pos_ == "NOUN" and not aimed and headline_toll(st, tok):
        return True  # "Attentat à Kaboul : 12 morts"
    if any(c.dep_ == "advcl" and (toll_verb(st, c) or _kills_civilians(st, c)) for c in tok.children):
        return True  # "a explosé à Alep, faisant quinze morts", "..., tuant dix personnes"
    tolls = relative_clauses(st, tok) if tok.pos_ == "NOUN" and not aimed else []
    if any(toll_verb(st, c) or _kills_civilians(st, c) for c in tolls):
        return True  # "l'attentat du 1er mai à X qui a fait 25 morts"
    objects = [c for c in tok.children if c.dep_ in OBJ or c.dep_ in SUBJ_PASS]
    objects += [c for prep, c in prep_args(tok) if prep in preps]
    return any(_civilian_np(st, c) for c in objects) or blast_counted(st, tok, objects)  # "Bomb kills two"


def _civilian_np(st: DocState, c: Token) -> bool:
    civ = st.lex.group("civilian_nouns")
    of = st.lex.group("of_preps")
    if c.lemma_.lower() in civ or c.lower_ in civ:
        return True
    # "dozens of civilians", "des dizaines de civils"
    if any(p in of and g.lemma_.lower() in civ for p, g in prep_args(c)):
        return True
    return any(g.lemma_.lower() in civ for g in c.children if g.dep_ in ("amod", "nmod", "compound"))


def _kills_civilians(st: DocState, verb: Token) -> bool:
    """ "tuant dix personnes": a verb that turns to assault on civilians, with civilians as its object."""
    pred = st.lex.verbs.get(verb.lemma_.lower())
    return pred is not None and pred.civilian_type is not None and civilian_object(st, verb)


def protest_above(st: DocState, tok: Token) -> Frame | None:
    """The protest whose purpose clause ``tok`` heads ("ont manifesté pour exiger")."""
    t = infinitive_anchor(st, tok)
    for _ in range(6):
        # "staged a demonstration to demand X": the parser's relative clause is a purpose
        purpose = t.dep_ in SUBORDINATE_INF or (t.dep_ in ("relcl", "acl:relcl") and to_infinitive(t))
        if not purpose or not nonfinite(t) or t.head.i == t.i:
            return None
        t = t.head
        f = st.frames.get(t.i) or _light_object(st, t)
        if f is not None and f.pred.type == "PROTEST":
            return f
        t = infinitive_anchor(st, t)
    return None


def _light_object(st: DocState, verb: Token) -> Frame | None:
    """ "staged a demonstration to demand X": the event noun a light verb carries."""
    if verb.lemma_.lower() not in st.lex.group("light"):
        return None
    return next((st.frames[c.i] for c in verb.children if c.dep_ in OBJ and c.i in st.frames), None)


def protest_purpose(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    """What a protest is against: the target of the demand or denunciation it is held for."""
    for g in st.frames.values():
        if g is not f and g.pred.type in PURPOSE_TYPES and protest_above(st, g.tok) is f:
            got = event_target(st, g, actor_id)
            # "pour réclamer le retour de leurs fils": a protest is aimed at authorities, not people
            if got is not None and actor_kind(st, got[0]) not in ("civilians", "protesters"):
                return got
    return None
