"""Targets an event finds only after its own arguments name none (nlp/events/targets.event_target).

- The receiver of an act given or opened ("agreed to open its borders to X", nlp/events/receivers).
- Whom a hostile act is directed against: "mobilized reservists for a war against X", "deployed
  troops against X", "stockpiled weapons to use against X". An adversative preposition
  (adversative_preps: "against") names the opposing side wherever the act's phrase holds it: on its
  verb, on the verb's object or on a noun the verb's prepositional phrase takes, or on an infinitive
  of purpose hung on the verb. Only for hostile acts: "cooperated against terrorism" opposes no one.
- Whom a communication is addressed to when it is the purpose of meeting them: "summoned X's
  ambassador to complain", "called in the envoy to protest", "met X to discuss": the object of the
  verb whose infinitive of purpose it is (not of a verb whose object does the act: "urged X to").
- The people a restriction binds: a curfew, a state of emergency or a lockdown (restriction_nouns)
  imposed, threatened or lifted binds the civilians of the country where it is imposed (the
  article's country), who are the act's target, never the place itself ("imposed a curfew in X");
  so does a public service suspended or closed (public_service_nouns: "suspended internet
  services", "ordered the closure of schools").
- Whom a sanction cuts off: the receiver named on what it cuts, or the civilians where help was
  delivered (nlp/events/cut_receivers.py).
- Who a request asks to act in a 'for'-infinitive clause ("called for X to halt Y",
  nlp/events/for_clauses.py).
- Who is named in a relative clause on the act's object: "a levé les charges qui pesaient contre X"
  (nlp/events/relative_targets.py).
- The civilians a verb of execution counts by a bare number ("executes three in X",
  nlp/events/executed_counts.py).
- The state whose mission a protest is held at: "des manifestants réunis mardi devant le consulat
  du Japon" protest against Japan (as our gold codes it); the building is still no party hit by an
  attack (nlp/events/state_buildings.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import generic_id, np_actor
from conflictkg.nlp.events.cut_receivers import cut_receiver
from conflictkg.nlp.events.document_authors import document_author
from conflictkg.nlp.events.executed_counts import executed_counts
from conflictkg.nlp.events.for_clauses import asked_in_for_clause
from conflictkg.nlp.events.mission_riots import mission_owner
from conflictkg.nlp.events.pact_partners import pact_partner
from conflictkg.nlp.events.placed_governments import PLACEHOLDERS
from conflictkg.nlp.events.receivers import receiver
from conflictkg.nlp.events.relative_targets import relative_target
from conflictkg.nlp.events.sent_aid import aid_receivers
from conflictkg.nlp.events.state import Actor, DocState, Frame
from conflictkg.nlp.events.stray_complements import agent_target
from conflictkg.nlp.syntax import OBJ, prep_args

HOSTILE = frozenset({"MOBILIZE", "THREATEN", "FIGHT", "ASSAULT", "COERCE", "PROTEST", "ACCUSE", "SANCTION"})
ADDRESSED = frozenset({"ACCUSE", "PROTEST", "REQUEST", "CONSULT"})
RESTRICTING = frozenset({"MOBILIZE", "COERCE", "CONCEDE", "THREATEN"})  # imposed, lifted or threatened
_PURPOSES = frozenset({"xcomp", "advcl", "ccomp"})


def late_target(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    got = receiver(st, f, actor_id) or adversary(st, f, actor_id) or addressee(st, f, actor_id)
    got = got or restricted_people(st, f, actor_id) or protested_mission(st, f, actor_id)
    got = got or cut_receiver(st, f, actor_id) or asked_in_for_clause(st, f, actor_id)
    got = got or pact_partner(st, f, actor_id)  # "agreed to a ceasefire with X"
    got = got or document_author(st, f, actor_id)  # "rejected the findings of a report by X"
    got = got or relative_target(st, f, actor_id)  # "lifted the charges that weighed against X"
    got = got or executed_counts(st, f, actor_id)  # "ISIS executes three in Raqqa": civilians
    got = got or aid_receivers(st, f, actor_id)  # "a acheminé de l'aide vers Gaza": its civilians
    return got or agent_target(st, f, actor_id)


def _verbs(tok: Token) -> list[Token]:
    """The act's verb and the infinitives of purpose or content hung on it."""
    return [tok, *(c for c in tok.children if c.dep_ in _PURPOSES and c.pos_ in ("VERB", "AUX"))]


def adversary(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    """The first actor named after an adversative preposition on the act's verb, its objects, the
    nouns of its prepositional phrases, or its infinitives of purpose and their objects."""
    if f.pred.type not in HOSTILE:
        return None
    against = st.lex.group("adversative_preps")
    verbs = _verbs(f.tok)
    objects = [c for v in verbs for c in v.children if c.dep_ in OBJ]
    phrases = [c for h in (*verbs, *objects) for prep, c in prep_args(h) if prep not in against]
    for h in (*verbs, *objects, *phrases):
        for prep, c in prep_args(h):
            got = np_actor(st, c) if prep in against else None
            if got is not None and got[0] != actor_id:
                return got
    return None


def addressee(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    """The object of the verb whose infinitive of purpose the communication is."""
    tok, head = f.tok, f.tok.head
    if f.pred.type not in ADDRESSED or tok.dep_ not in ("advcl", "xcomp") or head.pos_ != "VERB":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        return None
    if head.lemma_.lower() in st.lex.group("object_control") | st.lex.group("causative"):
        return None  # "urged X to protest": X protests
    for c in head.children:
        got = np_actor(st, c) if c.dep_ in OBJ else None
        if got is not None and got[0] != actor_id:
            return got
    return None


def restricted_people(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    """The civilians of the article's country, bound by a restriction the act imposes or lifts (of
    the place's country, found later, when the act is an unnamed government's: placed_governments.py)."""
    if f.pred.type not in RESTRICTING or not (st.doc._.country or actor_id in PLACEHOLDERS):
        return None
    restrictions = st.lex.group("restriction_nouns")
    if f.pred.type == "MOBILIZE":  # "suspended internet services", "ordered the closure of schools"
        restrictions |= st.lex.group("public_service_nouns")
    objects = [c for v in _verbs(f.tok) for c in v.children if c.dep_ in OBJ]
    held = [t for o in objects for t in (o, *(c for _, c in prep_args(o)))]  # "a state of emergency"
    held += [c for o in objects for c in o.children if c.dep_ == "compound"]  # "internet services"
    if not any(t.lemma_.lower() in restrictions for t in held):
        return None
    people = generic_id(st, "civilians", st.doc._.country)
    return (people, 0.5, None) if people != actor_id else None


def protested_mission(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    """The state whose embassy or consulate the protest's verb places it at ("devant", "à")."""
    if f.pred.type != "PROTEST" or f.nominal:
        return None
    owner = mission_owner(st, [f.tok], actor_id)
    return (owner, 0.5, None) if owner is not None else None
