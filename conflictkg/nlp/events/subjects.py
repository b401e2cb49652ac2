"""The actor side of a verbal predicate: subjects, agents, controllers of an infinitive, the sides
of a pair or of "between X and Y", and the generic actors (civilians, protesters) of a country."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Predicate, shared_words
from conflictkg.nlp import generic
from conflictkg.nlp.events.accidents import accident_subject
from conflictkg.nlp.events.accused_agents import accused_of
from conflictkg.nlp.events.actors import (
    actor_prep,
    agent_of,
    generic_id,
    mention_actor,
    np_actor,
    toll_of_told,
    unattributed,
)
from conflictkg.nlp.events.apposed_parties import spread_heads
from conflictkg.nlp.events.attack_words import antecedent, attack_noun, toll_verb
from conflictkg.nlp.events.both_sides import both_sides
from conflictkg.nlp.events.by_attackers import attack_author
from conflictkg.nlp.events.captives import captors
from conflictkg.nlp.events.conjoined_agents import conjoined_agents
from conflictkg.nlp.events.controlled_pairs import controlled_group
from conflictkg.nlp.events.counted_victims import counted_victims
from conflictkg.nlp.events.demonym_conjuncts import coordinated_demonym
from conflictkg.nlp.events.disarmed import disarmed_charge
from conflictkg.nlp.events.enablers import enabling_owner
from conflictkg.nlp.events.existential_acts import existential, existential_author
from conflictkg.nlp.events.infinitive_conjuncts import infinitive_conjunct_head
from conflictkg.nlp.events.kin_protests import kin_protesters
from conflictkg.nlp.events.name_modifiers import name_modifiers
from conflictkg.nlp.events.nationals import nationals
from conflictkg.nlp.events.organisation_anaphors import organisation_anaphor
from conflictkg.nlp.events.own_scenes import toll_scene
from conflictkg.nlp.events.people_plurals import people_plural
from conflictkg.nlp.events.placed_sides import placed_between
from conflictkg.nlp.events.repression import deployed_forces
from conflictkg.nlp.events.resumptions import resumed
from conflictkg.nlp.events.rival_sides import one_class_both_sides
from conflictkg.nlp.events.side_asides import side_asides
from conflictkg.nlp.events.state import (
    SUBORDINATE_INF,
    Actor,
    DocState,
)
from conflictkg.nlp.events.targeted_subjects import hit_party, mine_layer
from conflictkg.nlp.events.tree import nominal_subtree, nonfinite, to_infinitive
from conflictkg.nlp.events.weapons import unowned_craft
from conflictkg.nlp.generic import generic_entry
from conflictkg.nlp.name_spans import collective_member
from conflictkg.nlp.syntax import (
    IOBJ,
    OBJ,
    OBLIQUE,
    SUBJ,
    SUBJ_PASS,
    case_of,
    first_child,
    fronted_subject,
    governors,
    is_passive,
    is_reflexive,
    prep_args,
    shares_passive,
    stranded_main_verb,
    stranded_on,
    subject_of,
)

SIDE_WORDS = shared_words("side_words")
ONE_WORDS = shared_words("one_words")
OTHER_WORDS = shared_words("other_words")


_CROWD_CLASSES = frozenset({"protesters", "rioters", "civilians"})


def civilians(st: DocState) -> str:
    """The pseudo-actor of one-sided violence against civilians (ACLED's "Civilians")."""
    iso3 = st.doc._.country
    state = st.kb.state(iso3) if iso3 else None
    entry = generic_entry("civilians", iso3, state.name if state is not None else None)
    st.actors.setdefault(entry.id, generic.record(entry))
    return entry.id


def victim_group(st: DocState, heads: list[Token], preps: tuple[str, ...]) -> Actor:
    """The unarmed group an event's object or target of ``preps`` names ("sur des manifestants"):
    one ACLED names apart ("deux journalistes ont été enlevés": Journalists (X)), civilians with their
    own nationality ("deux touristes turcs": Civilians (Turkey)), else the article's civilians."""
    named = [c for c in heads[0].children if c.dep_ in OBJ or c.dep_ in SUBJ_PASS]
    for c in [*named, *(g for h in heads for p, g in prep_args(h) if p in preps)]:
        c = collective_member(c, st.lex) or c  # "sur un groupe de manifestants": the protesters
        own = nationals(st, c)
        if own is not None:
            return (own, 0.0, None)  # "des pèlerins libanais": Civilians (Lebanon)
        m = st.covered.get(c.i)
        a = st.actors.get(m["actor"]) if m is not None else None
        if a is None or a.get("kind") not in _CROWD_CLASSES:
            continue  # "sur des manifestants": Protesters (X), the crowd fired on
        if a.get("group") != "civilians" or (a.get("own") and a.get("country")):
            return (str(a["id"]), 0.0, None)
    return (civilians(st), 0.0, None)


def actor_kind(st: DocState, actor_id: str) -> str | None:
    a = st.actors.get(actor_id)
    return str(a["kind"]) if a is not None else None


def people_protesting(st: DocState, tok: Token, actor: Actor) -> Actor:
    """ "des milliers de Syriens ont manifesté": people named by their nationality who protest are
    the protesters of that country, not its state."""
    a = st.actors.get(actor[0])
    subj = first_child(tok, SUBJ)
    if a is None or a["kind"] != "state" or subj is None:
        return actor
    people = any(t.i in st.covered and people_plural(st, t) for t in subj.subtree)
    return (generic_id(st, "protesters", a.get("country")), actor[1], actor[2]) if people else actor


def regroup(st: DocState, actor: Actor, role: str) -> Actor:
    """A generic group acting in a way that makes it another class of groups.json: civilians who
    protest are ACLED's "Protesters (X)", civilians who open fire an unidentified armed group."""
    a = st.actors.get(actor[0])
    group = generic.classes().get(str(a.get("group"))) if a is not None else None
    if a is None or group is None or not group.get(role):
        return actor
    return (generic_id(st, str(group[role]), a.get("country")), actor[1], actor[2])


def verb_subjects(st: DocState, tok: Token, p: Predicate) -> list[Actor]:
    """The actor(s) of a verbal predicate: agent when passive, else subject, else controller."""
    if p.appositive and tok.dep_ in ("acl", "appos", "amod", "xcomp"):
        # "est restée loyale à X": the parser may read "être restée" as a passive
        held = subject_of(tok.head) or first_child(tok.head, SUBJ_PASS) if tok.dep_ == "xcomp" else tok.head
        got = np_actor(st, held)
        return [got] if got else []
    if p.actor_preps:  # "the town fell to the rebels": the subject is the place, not the actor
        got = actor_prep(st, tok, p, 0)
        return conjoined_agents(st, tok, p, False) or ([got] if got else [])
    deployed = deployed_forces(st, tok) if p.object_acts and not is_passive(tok) else None
    if deployed is not None:
        return [deployed]
    # a protest or a clash has no passive reading: "residents protested" misparsed as a participle
    if stranded_main_verb(tok, passive_reading=not (p.symmetric or p.type == "PROTEST")):
        st.active.add(tok.i)
        if p.symmetric:
            return subject_group(st, stranded_on(tok)) or _default_actor(st, stranded_on(tok), p)
        got = np_actor(st, stranded_on(tok))
        return [got] if got else _default_actor(st, stranded_on(tok), p)
    shared = shares_passive(tok)  # "a été saccagé et incendié par X": the agent may hang on either
    if is_passive(tok) or shared:
        agent = agent_of(st, tok) or (agent_of(st, tok.head) if shared else None)
        if agent is None and p.type in ("FIGHT", "ASSAULT"):
            # "douze soldats ont été tués dans une embuscade": the ambush's unnamed author
            # "lors de l'attaque": the parser may hang the oblique on the adverb
            adverbs = [c for c in tok.children if c.dep_ == "advmod"]
            obliques = [
                c
                for c in [*tok.children, *(g for a in adverbs for g in a.children)]
                if c.dep_.startswith("obl")
            ]
            obliques += [c for _, c in prep_args(tok)]  # "twelve killed in a suicide bombing"
            agent = next(filter(None, (attack_author(st, c) for c in obliques)), None)
        if agent is None and p.passive_subject_acts:
            patient = first_child(tok, SUBJ_PASS)
            agent = np_actor(st, patient) if patient is not None else None
        voices = (tok, tok.head) if shared else (tok,)
        agent_preps = st.lex.group("agent_preps")
        by = next((c for v in voices for prep, c in prep_args(v) if prep in agent_preps), None)
        # "by a group of sellers": no actor named; "tués par ceux-ci", a pronoun that refers to no
        # actor told: the agent is unknown, as with no agent (never the patients themselves)
        unnamed = by is None or by.pos_ in ("NOUN", "PRON")
        if agent is None and unnamed:  # "les otages ont été libérés": by their captors
            agent = captors(st, tok, p)
        toll = toll_of_told(st, p) and toll_scene(st, tok, p)  # "enlevés à Bagdad": another
        if agent is None and unnamed and p.passive_actor and not toll:
            accused = accused_of(st, tok)
            if accused is not None:
                return [accused]
            st.defaulted.add(tok.i)
            # "cinq hommes ont été arrêtés": arrests are the police's
            return [(generic_id(st, p.passive_actor, st.doc._.country), 0.6, None)]
        if agent is not None and by is not None and _conjuncts(by):  # "prise par le MNLA et Ansar Dine"
            return subject_group(st, by) or [agent]
        return [agent] if agent else []
    subj = _nominal_subject(tok)
    if subj is None and is_reflexive(tok):
        subj = first_child(tok, SUBJ_PASS)
    if subj is None:
        subj = fronted_subject(tok)
    if subj is not None and counted_victims(tok, p):  # "16 residents injured": hurt, never hurting
        return _default_actor(st, subj, p)
    if subj is not None and disarmed_charge(st, tok, subj, p):  # "Bomb defused near school"
        return [(generic_id(st, str(p.passive_actor), st.doc._.country), 0.55, None)]
    if subj is not None:
        listed = _whose_leaders(st, subj) or both_sides(st, subj)  # "the warring parties"
        if listed:
            return listed
        kin = kin_protesters(st, subj, p)  # "les familles des otages ont manifesté"
        if kin is not None:
            return [kin]
        if p.symmetric or _conjuncts(subj) or _cut_off_partner(subj):
            return subject_group(st, subj) or _default_actor(st, subj, p)
        got = np_actor(st, subj)
        got = None if hit_party(st, subj, got) or accident_subject(st, subj) else got  # X hit; a disaster
        if got is None and p.type in ("FIGHT", "ASSAULT") and not accident_subject(st, subj):
            got = unattributed(st, antecedent(subj)) or unowned_craft(st, subj)  # "une explosion a tué"
        return [got] if got else mine_layer(st, subj) or _default_actor(st, subj, p)  # "a bus hit a mine"
    got = _controller(st, tok)
    return controlled_group(st, tok, p, subject_group) or ([got] if got else [])  # "X and Y seek to meet"


def _whose_leaders(st: DocState, subj: Token) -> list[Actor]:
    """ "en Chine et au Japon, dont les dirigeants ont invité X": the leaders of each
    actor listed just before the relative act for it."""
    whose = st.lex.group("possessive_relatives")
    rel = next((c for c in subj.children if c.lower_ in whose), None)
    if rel is None or subj.lemma_.lower() not in st.lex.roles:
        return []
    out: list[Actor] = []
    for t in reversed(subj.doc[subj.sent.start : rel.i]):
        m = st.covered.get(t.i)
        if m is not None and not m["demonym"]:
            if t.i == m["head"] and mention_actor(st, m) not in out:
                out.append(mention_actor(st, m))
        elif not (t.is_punct or t.pos_ in ("ADP", "DET", "CCONJ", "ADV")):
            break
    return out[::-1]


def _nominal_subject(verb: Token) -> Token | None:
    """ "Looting: On 9 May, rebels looted crops": a heading the parser took for a second subject; "in
    Mexicali, Baja California, some 150 workers demonstrated": of two nouns, the one nearest the verb
    (the other ends the fronted place, a comma after it)."""
    subjects = [c for c in verb.children if c.dep_ in SUBJ]
    nouns = [c for c in subjects if c.pos_ != "VERB"]
    if len(nouns) > 1 and any(t.text == "," for t in verb.doc[nouns[-2].i : nouns[-1].left_edge.i]):
        return nouns[-1]
    return nouns[0] if nouns else (subjects[0] if subjects else None)


def _default_actor(st: DocState, subj: Token, p: Predicate) -> list[Actor]:
    """ "the copper smelters protested", "a landmine killed two children", "dahalo clashed with the
    police": a common noun that names no known actor; the predicate's default group acts (the
    knowledge base is an aid, not a gate)."""
    told = attack_noun(st, subj)  # "l'explosion": told before
    # "Fighting near X kills five": a gerund subject with no object of its own is the event noun
    framed = subj.i in st.frames and st.frames[subj.i].nominal and first_child(subj, OBJ) is None
    noun = subj.pos_ == "NOUN" or _counted_victims(subj) or framed
    if not p.passive_actor or not noun or told or accident_subject(st, subj):
        return []
    default = generic_id(st, p.passive_actor, st.doc._.country)
    # "le commando a tué trois insurgés": the default group is the victims' own; no actor is
    # better than the victims as their own killers
    obj = first_child(subj.head, OBJ) if subj.dep_ in SUBJ else None
    victims = np_actor(st, obj) if obj is not None else None
    if victims is not None and victims[0] == default:
        return []
    return [organisation_anaphor(st, subj, p.passive_actor) or (default, 0.55, None)]  # "the group": its name


def _counted_victims(subj: Token) -> bool:
    """ "Twelve killed in a suicide bombing": a headline's bare number before a participle with no
    object counts the victims of an agentless passive, not who acted."""
    verb, participles = subj.head, ("VBN", "VBD")
    return subj.pos_ == "NUM" and verb.tag_ in participles and not any(c.dep_ in OBJ for c in verb.children)


def _conjuncts(subj: Token) -> list[Token]:
    """The subject's conjuncts, and those of its adjectives ("soldats tchadiens et nigériens")."""
    adjectives = [c for c in subj.children if c.dep_ == "amod"] + name_modifiers(subj)  # "X and Y fighters"
    return [c for t in (subj, *adjectives) for c in t.children if c.dep_ == "conj"]


def subject_group(st: DocState, subj: Token) -> list[Actor]:
    """Every actor of a coordinated subject ("X et son homologue russe Y")."""
    out: list[Actor] = []
    seen: set[str] = set()
    heads = [subj]
    if subj.head.i != subj.i:  # "Le MNLA et l'armée s'affrontent": the parser's two subjects
        heads.extend(c for c in subj.head.children if c.dep_ in SUBJ and c.i != subj.i)
    partner = _cut_off_partner(subj)
    if partner is not None:
        heads.append(partner)
    heads = spread_heads(st, heads)  # "X and Y, the country's largest rebel group,": no third party
    heads.extend(c for c in _conjuncts(subj) if c not in heads)
    for t in heads:
        m = st.covered.get(t.i)
        a = mention_actor(st, m, 0.8) if m is not None and not m["demonym"] else np_actor(st, t)
        a = coordinated_demonym(st, t) or a
        if a is not None and a[0] not in seen:
            seen.add(a[0])
            out.append(a)
    if len(out) < 2:
        got = np_actor(st, subj)
        return [got] if got else []
    return out


def _cut_off_partner(subj: Token) -> Token | None:
    """ "Le gouvernement syrien et les rebelles ont accepté": the first conjunct the parser left as
    a tree of its own before "et"."""
    verb = subj.head
    start = subj.left_edge.i
    cc = next((c for c in verb.children if c.dep_ == "cc" and c.i == start - 1), None)
    if cc is None or cc.i == 0:
        return None
    root = subj.doc[cc.i - 1]
    while root.head.i != root.i:
        root = root.head
    detached = root.i != verb.i and root.i < cc.i and root.pos_ in ("NOUN", "PROPN")
    return root if detached else None


def opposed_sides(st: DocState, tok: Token) -> list[list[Actor]] | None:
    """ "clashes between X and Y on one side and Z on the other", "entre X et Y d'un côté et Z de
    l'autre": the two sides, each the actors named in its stretch of the sentence (allies on one
    side are not opponents)."""
    sent = tok.sent
    one = next((t.i for t in sent if t.i > tok.i and t.lower_ in SIDE_WORDS
                and t.i > 0 and st.doc[t.i - 1].lower_ in ONE_WORDS), None)  # fmt: skip
    if one is None:
        return None
    other = next((t.i for t in sent if t.i > one and t.lower_ in OTHER_WORDS), None)
    if other is None:
        return None
    sides = [_actors_in(st, tok.i + 1, one - 1), _actors_in(st, one + 1, other)]
    return sides if all(sides) else None


def _actors_in(st: DocState, start: int, end: int) -> list[Actor]:
    out: dict[str, Actor] = {}
    for i in range(start, end):
        t = st.doc[i]
        m = st.covered.get(i)
        if m is not None and not m["demonym"]:
            a: Actor | None = mention_actor(st, m, 0.75)
        elif t.pos_ == "NOUN" and t.dep_ in ("pobj", "conj", "nmod", "obl"):
            a = np_actor(st, t)
        else:
            a = None
        if a is not None:
            out.setdefault(a[0], a)
    return list(out.values())


def other_subjects(st: DocState, tok: Token) -> list[Actor]:
    """The subjects after ``tok`` of its verb, joined to it by a conjunction."""
    out: list[Actor] = []
    ccs = [c.i for c in tok.head.children if c.dep_ == "cc"]
    for s in tok.head.children:
        joined = any(c.dep_ == "cc" for c in s.children) or any(tok.i < i < s.i for i in ccs)
        got = np_actor(st, s) if s.dep_ in SUBJ and s.i > tok.i and joined else None
        if got is not None:
            out.append(got)
    return out


def faced_sides(st: DocState, tok: Token) -> list[Actor]:
    """ "des heurts avec la police et l'armée": the side(s) a clash noun names with its
    partner preposition (the parser may take "et l'armée" for a second subject of the verb)."""
    args = [c for prep, c in prep_args(tok) if prep in st.lex.group("partner_preps")]
    sides = [t for a in args for t in (a, *a.conjuncts)]
    out = [got for got in (np_actor(st, t) for t in sides) if got is not None]
    if out and tok.dep_ in SUBJ:
        out += other_subjects(st, tok)
    return list({a[0]: a for a in out}.values())


def between_actors(st: DocState, tok: Token) -> list[Actor]:
    """The sides of "between X and Y forces": every actor named in the phrase."""
    out: dict[str, Actor] = {}
    where = side_asides(st, tok)  # "between X and Y in Aden", "Y loyal to Z": not a side
    for t in nominal_subtree(tok):
        m = st.covered.get(t.i) if t.i not in where else None
        if m is not None and not m["demonym"]:
            a = mention_actor(st, m, 0.75)
            out.setdefault(a[0], a)
    sides = list(out.values())
    # "clashes between two clan militias", "between rival militiamen": one plural noun, both sides
    if len(sides) == 1 and one_class_both_sides(st, tok):  # "entre milices rivales" (rival_sides.py)
        return [sides[0], sides[0]]
    return sides


def infinitive_anchor(st: DocState, tok: Token) -> Token:
    """ "gathered to support X that the LNA will assume Y and to denounce Z": an infinitive the
    parser coordinated with a finite verb belongs with the infinitive before it."""
    if tok.dep_ != "conj" or not to_infinitive(tok) or to_infinitive(tok.head):
        return tok
    for g in governors(tok):
        if g.pos_ in ("VERB", "AUX") and to_infinitive(g):
            return g
    return tok


def _controller(st: DocState, tok: Token, depth: int = 0) -> Actor | None:
    """Subject of a conjunct or non-finite clause: inherited from the governing predicate."""
    if existential(tok):  # "there's shelling near X, says Y": no one named, never Y
        return existential_author(st, tok)
    if depth > 5 or tok.head.i == tok.i:
        return None
    anchor = infinitive_anchor(st, tok)
    if anchor is not tok:
        return _controller(st, anchor, depth + 1)
    head = infinitive_conjunct_head(tok)  # "d'occuper un poste ... et de procéder"
    crowd = _crowd_before(st, tok)
    if crowd is not None:
        return np_actor(st, crowd)
    if tok.dep_ == "acl" and head.lemma_.lower() in st.lex.group("attempt_nouns") and head.dep_ in OBJ:
        # "made two attempts to attack X": who made them
        subj = first_child(head.head, SUBJ)
        return np_actor(st, subj) if subj is not None else _controller(st, head.head, depth + 1)
    if _prepositional_gerund(tok):  # "after taking control of X": the clause the preposition hangs on
        head = head.head
    if tok.dep_ == "acl" and head.lemma_.lower() in st.lex.group("topic_nouns") and head.dep_ in OBJ:
        # "a adopté une résolution autorisant X", "publie un rapport accusant X": the document's author
        # (none who blocks it: "ont bloqué une résolution condamnant X")
        blocker, document = head.head.lemma_.lower(), head.lemma_.lower()
        vetoed = st.lex.verb_object.get((blocker, document)) or st.lex.verbs.get(blocker)
        if vetoed is not None and vetoed.type == "REJECT":
            return None
        subj = first_child(head.head, SUBJ)
        got = np_actor(st, subj) if subj is not None else None
        return (got[0], got[1] - 0.1, got[2]) if got else None
    if (
        tok.dep_ == "conj"
        or (tok.dep_ in SUBORDINATE_INF and nonfinite(tok))
        or _gerund(tok)
        or _prepositional_gerund(tok)
    ):
        if head.pos_ in ("VERB", "AUX"):
            if tok.dep_ != "conj" and head.lemma_.lower() in st.lex.group("object_control"):
                obj = first_child(head, OBJ) or first_child(head, IOBJ)
                if obj is not None:
                    got = np_actor(st, obj)
                    if got is not None:
                        return (got[0], got[1] - 0.05, got[2])
            if is_passive(head):
                agent = agent_of(st, head)
                if agent is not None:
                    return agent
            # "X is reported to have taken", "X were killed after taking": the passive's subject
            # but "a été saccagé et incendié": the patient of both, no actor
            patient = is_passive(head) and not shares_passive(tok)
            subj = first_child(head, SUBJ) or (first_child(head, SUBJ_PASS) if patient else None)
            if subj is not None:
                got = np_actor(st, subj) or enabling_owner(st, head, subj, lambda t: np_actor(st, t))
                if got is None and tok.dep_ == "advcl":  # "a drone struck X, killing ...": the attack's actor
                    got = next(((str(e["actor"]), 0.6, None) for e in st.done if e["pred"] == head.i), None)
                return (got[0], got[1] - 0.05, got[2]) if got else None
            return _controller(st, head, depth + 1)
        if head.pos_ == "ADJ":  # "se dit prête à envoyer", "est prête à intervenir": the adjective's subject
            verbal = head.dep_ in ("xcomp", "acomp") and head.head.pos_ in ("VERB", "AUX")  # "is ready to"
            says = head.head if verbal else head
            subj = first_child(head, SUBJ) or first_child(says, SUBJ)
            got = np_actor(st, subj) if subj is not None else None
            return (got[0], got[1] - 0.1, got[2]) if got else None
        if head.pos_ in ("NOUN", "PROPN"):
            # "la capacité de l'ANL à maintenir": the noun's complement
            got = np_actor(st, head)
            if got is None and tok.dep_ == "acl" and head.dep_ == "nmod" and head.head.pos_ == "NOUN":
                got = np_actor(st, head.head)  # "les forces de l'ordre faisant": hung on "ordre"
            if got is None and _gerund(tok):  # "a réagi aux incidents en protestant": the parser's slip
                verb = next((g for g in governors(head) if g.pos_ in ("VERB", "AUX")), None)
                subj = first_child(verb, SUBJ) if verb is not None else None
                got = np_actor(st, subj) if subj is not None else None
            return (got[0], got[1] - 0.1, got[2]) if got else None
    return None


def _crowd_before(st: DocState, tok: Token) -> Token | None:
    """ "Police arrested protesters marching in X": a participle the parser hung on the verb right
    after its object, a crowd or people, is the object's reduced relative: the crowd marches."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.head.pos_ != "VERB":
        return None
    obj = first_child(tok.head, OBJ)
    crowd = obj is not None and st.lex.generic.get(obj.lemma_.lower()) in _CROWD_CLASSES
    return obj if crowd and obj is not None and obj.right_edge.i + 1 == tok.i else None


def _prepositional_gerund(tok: Token) -> bool:
    prep = tok.head
    return tok.dep_ == "pcomp" and tok.tag_ == "VBG" and prep.dep_ == "prep" and prep.head.pos_ == "VERB"


def _gerund(tok: Token) -> bool:
    return "Part" in tok.morph.get("VerbForm", []) and any(
        c.dep_ in ("case", "mark") and c.lower_ == "en" for c in tok.children
    )


def paired_sides(st: DocState, tok: Token, p: Predicate) -> list[Actor]:
    """ "des combats ont opposé X à Y", "clashes pitted X against Y": the two sides."""
    if p.pair == ("entre",):
        return _fighting_between(st, tok)
    if is_reflexive(tok):
        return []  # "le Mali s'oppose à": a stance, not a fight
    if _told_dispute(st, tok):
        return []  # "un différend oppose X à Y": a disagreement, not a fight
    out: list[Actor] = []
    obj = first_child(tok, OBJ)
    for role in p.pair:
        if role == "obj":
            arg = obj
        else:  # the parser often hangs "à Y" on the object ("opposé l'armée aux jihadistes") or a word
            # inside it ("les rebelles de l'ASL aux troupes"); "à Alep" on the verb is where, not a side
            heads = [tok] if obj is None else [tok, *obj.subtree]
            args = [c for h in heads for pr, c in prep_args(h) if pr == role]
            arg = next((c for c in args if np_actor(st, c) is not None), None)
            if arg is None and obj is not None and _told_fight(st, tok):
                # "des combats opposent l'armée et les rebelles": both sides are objects
                arg = next((c for c in obj.children if c.dep_ == "conj"), None)
        got = np_actor(st, arg) if arg is not None else None
        if got is None:
            return []
        out.append(got)
    return out


def _fighting_between(st: DocState, tok: Token) -> list[Actor]:
    """ "des combats ont éclaté entre X et Y", "les combats se poursuivent entre X et Y": the sides
    of a fight named as the verb's subject."""
    subj = first_child(tok, SUBJ) or first_child(tok, SUBJ_PASS)
    noun = st.lex.nouns.get(subj.lemma_.lower()) if subj is not None else None
    if subj is None or noun is None or noun.type != "FIGHT":
        return []
    # "entre X et Y" on the verb, on its subject ("les combats entre X et Y se poursuivent") or on
    # the place name before it ("ont éclaté à Konna entre X et Y": Konna <- armée)
    arg = next(
        (c for h in (tok, subj, *_hung_names(st, tok)) for prep, c in prep_args(h) if prep == "entre"), None
    )
    sides = [arg, *(c for c in arg.children if c.dep_ == "conj")] if arg is not None else []
    got = [a for a in (np_actor(st, t) for t in sides) if a is not None]
    return got * 2 if len(got) == 1 and arg is not None and one_class_both_sides(st, arg) else got


def between_args(st: DocState, tok: Token, between: frozenset[str]) -> list[Token]:
    """ "des affrontements entre X et Y": the first side, after "entre" on the fight noun; for a
    fight noun that is the subject of a verb telling that it happened ("des combats ont eu lieu à
    Konna entre X et Y"), on that verb or on the place name the parser hangs the sides on."""
    args = [c for prep, c in prep_args(tok) if prep in between] or placed_between(st, tok, between)
    if args or tok.dep_ not in SUBJ or not (toll_verb(st, tok.head) or resumed(st, tok)):
        return args
    hung = [c for h in (tok.head, *_hung_names(st, tok.head)) for p, c in prep_args(h) if p in between]
    return hung[:1] or placed_between(st, tok.head, between)  # "in the town of X between A and B"


def _hung_names(st: DocState, verb: Token) -> list[Token]:
    """The names, and the places of a locative ("dans la ville d'Alep"), hung on the verb as
    obliques, on which the parser may hang "entre X et Y"."""
    placed = st.lex.group("locative_preps")
    return [c for c in verb.children if c.dep_ in OBLIQUE | {"xcomp"}
            and (c.pos_ == "PROPN" or c.ent_type_ or case_of(c) in placed)]  # fmt: skip


def _told_fight(st: DocState, verb: Token) -> bool:
    """The verb's subject is a fight noun ("des combats opposent ...", not "un différend")."""
    subj = first_child(verb, SUBJ)
    noun = st.lex.nouns.get(subj.lemma_.lower()) if subj is not None else None
    return noun is not None and noun.type == "FIGHT"


def _told_dispute(st: DocState, verb: Token) -> bool:
    """The verb's subject is a dispute noun ("un différend oppose X à Y"), or the one its relative
    pronoun stands for ("le litige qui oppose X à Y"; the parser may hang the verb on the noun)."""
    subj = first_child(verb, SUBJ)
    if (subj is None or subj.pos_ == "PRON") and verb.dep_.startswith("acl"):
        subj = verb.head
    return subj is not None and subj.lemma_.lower() in st.lex.group("dispute_nouns")


def people_counted(st: DocState, tok: Token, actor: Actor) -> Actor:
    """ "des milliers de Togolais ont fui au Bénin": a state named by its people counted in the
    subject stands for its civilians ("les Français sont entrés dans Gao" stays France's forces)."""
    a = st.actors.get(actor[0])
    subj = first_child(tok, SUBJ)
    if a is None or a["kind"] != "state" or subj is None:
        return actor
    counted = [c for c in subj.children if c.dep_ in ("nmod", "prep") and c.i in st.covered]
    people = any(c.pos_ in ("NOUN", "PROPN") and st.kb.resolve_demonym(c.text) is not None for c in counted)
    return (generic_id(st, "civilians", a.get("country")), actor[1], actor[2]) if people else actor
