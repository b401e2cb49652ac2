"""Actors: the actor a noun phrase names (mention, coreference, nominal event, organisation of a
person), the agent of a passive, and the speaker of reported speech."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Predicate, shared_words
from conflictkg.nlp import coref, generic
from conflictkg.nlp.events import first_person, hand_holders, named_bodies, scenes, undergone, weapons
from conflictkg.nlp.events import subject_pronouns as pronouns
from conflictkg.nlp.events.air_strikes import strikes_told_by_force, unowned_air_strike
from conflictkg.nlp.events.allegiance import served
from conflictkg.nlp.events.attack_words import anew, attack_noun, is_armed_group, relative_clauses, toll_verb
from conflictkg.nlp.events.cause_phrases import blame_preps, prepositional_participle, told_as_cause
from conflictkg.nlp.events.clitic_things import refers_to_a_thing
from conflictkg.nlp.events.coups import coup_country
from conflictkg.nlp.events.dates import is_date_word
from conflictkg.nlp.events.event_noun_roles import giving_compound, possessive_patient, received
from conflictkg.nlp.events.force_strikes import force_author
from conflictkg.nlp.events.group_heads import civil_body, splinter_of
from conflictkg.nlp.events.inner_owners import inner_owner
from conflictkg.nlp.events.instrument_verbs import instrument_of
from conflictkg.nlp.events.known_as import named_as
from conflictkg.nlp.events.named_before import armed_named_before
from conflictkg.nlp.events.organisation_anaphors import organisation_anaphor
from conflictkg.nlp.events.personal_pronouns import person_or_none, speaker_or_none
from conflictkg.nlp.events.places import is_place_name, place_np
from conflictkg.nlp.events.possessed import counterpart, named_possessed, own_force
from conflictkg.nlp.events.side_groups import side_mention
from conflictkg.nlp.events.state import Actor, DocState, Mention
from conflictkg.nlp.events.state_agents import acting_state
from conflictkg.nlp.events.tree import (
    bound_subject,
    clause_subject,
    contains,
    in_bound_relative,
    named_beside,
    nominal_subtree,
    pronoun_governors,
    verb_subject,
)
from conflictkg.nlp.events.trip_purposes import trip_of
from conflictkg.nlp.generic import generic_entry
from conflictkg.nlp.sentences import sentence_before
from conflictkg.nlp.syntax import (
    AGENT,
    IOBJ,
    OBJ,
    SUBJ,
    SUBJ_PASS,
    case_of,
    complements_after,
    determined,
    first_child,
    fronted_subject,
    governors,
    in_clause_of,
    is_passive,
    prep_args,
)

COMPLEMENTIZERS = shared_words("complementizers")
RELATIVE_PRONOUNS = shared_words("relative_pronouns")
DEFINITE = shared_words("definite_determiners")
OWN_CROWDS = shared_words("own_crowds")
CAPTORS = shared_words("captor_nouns")  # "leurs ravisseurs": whose captives, not whose men
FRENCH_OF = shared_words("french_of_preps")  # "la chute de X": the parse's case words in both pipelines


HOLDER_DEPS = frozenset({"appos", "flat:name", "nmod", "amod"})  # "le roi Gyanendra du Népal"


def speaker_of(st: DocState, tok: Token, depth: int = 0) -> Actor | None:
    """The actor of the reporting verb whose content ``tok`` is part of."""
    if depth > 3:
        return None
    reporting = st.lex.group("reporting")
    for g in governors(tok):
        if g.pos_ in ("VERB", "AUX") and g.lemma_.lower() in reporting:
            subj = first_child(g, SUBJ)
            if subj is None or contains(subj, tok):
                return None  # the speaker itself ("il a déclaré"): not its own speaker
            return np_actor(st, subj, depth + 1)
    # content in quotes or after "que", not attached to the reporting verb by the parser
    for t in tok.sent:
        if t.i >= tok.i:
            break
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in reporting and not in_clause_of(tok, t):
            between = tok.doc[t.i : tok.i]
            if any(x.lower_ in COMPLEMENTIZERS for x in between):
                subj = first_child(t, SUBJ)
                if subj is None or contains(subj, tok):
                    return None
                return np_actor(st, subj, depth + 1)
    return None


def _org_of(st: DocState, m: Mention) -> str | None:
    if m["kind"] == "person":
        return str(m["org"] or m["actor"])
    return str(m["actor"])


def mention_actor(st: DocState, m: Mention, conf: float = 0.85) -> Actor:
    if m["kind"] == "person" and m["org"]:
        return (m["org"], conf - 0.05, m["actor"])
    return (m["actor"], conf, None)


def np_actor(st: DocState, tok: Token | None, depth: int = 0) -> Actor | None:
    """The actor a noun phrase names (mentions, apposition, demonyms, possessives, pronouns)."""
    if tok is None or depth > 4 or (tok.pos_ == "NOUN" and is_date_word(st, tok)):
        return None  # "lundi", "dimanche soir" as a subject or object: a parse slip
    if (known := named_as(st, tok)) is not None:  # "the group's local branch, known as ISKP"
        return known
    mention = st.covered.get(tok.i)
    crowd = mention is not None and (mention["kind"] in OWN_CROWDS or tok.lemma_.lower() in CAPTORS)
    if tok.pos_ == "NOUN" and coref.possessive(tok) is not None and not crowd and not counterpart(st, tok):
        if coref.speech_party(tok, st.lex.group("speech_possessives"), st.lex.generic):
            return None  # "vos amis", "nos alliés": no actor of the article
        named = named_possessed(st, tok)  # "its African Union partners would send troops": the AU's
        return mention_actor(st, named) if named else own_force(st, tok, _coref(st, tok, depth))
    if tok.pos_ == "NOUN" and (coup := coup_country(st, tok)) is not None:  # "la junte a renversé X"
        return (generic_id(st, "military", coup[0]), 0.6, None)  # "le coup d'État qui a renversé X"
    m = st.covered.get(tok.i)
    if m is not None and m.get("anaphor"):
        got = _armed_before(st) or armed_named_before(st, tok)
        if got is not None:
            return got
    if m is not None and not m["demonym"]:
        side = side_mention(st, tok, m)
        if side is not None:
            return mention_actor(st, *side)
        if m["kind"] == "state":
            for c in tok.children:
                mc = st.covered.get(c.i)
                if c.dep_ == "appos" and mc is not None and mc["kind"] not in ("state", "person"):
                    return mention_actor(st, mc)
        return mention_actor(st, m)
    if tok.pos_ == "PRON" and tok.lower_ in RELATIVE_PRONOUNS:
        rel = tok.head
        if rel.dep_ in ("acl:relcl", "relcl") and rel.head.i != rel.i:
            got = np_actor(st, rel.head, depth + 1)
            noun = rel.head.head  # "deux hommes à bord d'une moto qui": the parser's antecedent is too low
            if got is None and rel.head.dep_ == "nmod" and noun.pos_ == "NOUN":
                got = np_actor(st, noun, depth + 1)
            return got
        return None
    if coref.is_pronoun(tok, st.lex.group("pronouns")) or _clitic_object(st, tok):
        return person_or_none(st, tok, _coref(st, tok, depth))  # "he": a person's
    lemma = tok.lemma_.lower()
    if tok.pos_ == "NOUN" and lemma in st.lex.nouns:
        return nominal_actor(st, tok, depth + 1)
    titled = tok.pos_ == "NOUN" and lemma in st.lex.titles()  # "le roi X", "le colonel X": may hang flat
    for c in tok.children:
        person = c.i in st.covered and st.covered[c.i]["kind"] == "person"
        place = c.lemma_.lower() in st.lex.place_nouns or "Yes" in c.morph.get("Reflex", [])  # "X itself"
        if (c.dep_ == "appos" and not place) or (titled and person and named_beside(c)):
            got = np_actor(st, c, depth + 1)
            if got is not None:
                return got
    # who leads or operates it, before its demonym: "a Turkish drone operated by the GNA", "insurgents
    # led by HTS", "des combattants dirigés par X"
    operators = weapons.operators_of(st, tok)  # "a drone controlled by X" too (events/weapons.py)
    for c in tok.children:
        got = agent_of(st, c) if c.dep_ in ("acl", "amod") and c.lemma_.lower() in operators else None
        if got is not None:
            return (got[0], got[1] - 0.1, got[2])
    # demonyms on the head ("les forces russes"), then name-like complements ("forces de X")
    for c in [] if civil_body(st, tok) else tok.children:  # "Nigerian unions": not Nigeria's own
        mc = st.covered.get(c.i)
        if mc is not None and mc["demonym"] and c.dep_ in ("amod", "nmod", "compound"):
            return mention_actor(st, mc, 0.75)
    of = st.lex.group("of_preps")
    kin = tok.lemma_.lower() in st.lex.group("kin_nouns")  # "les parents des journalistes": not them
    for prep, c in prep_args(tok):
        if (prep in of or prep == "'s") and not kin:
            got = splinter_of(st, tok, np_actor(st, c, depth + 1))  # "dissidents of the FARC"
            if got is not None and _not_place_role(st, c) and not _outlet_of_state(st, tok, got):
                return weapons.state_craft(st, tok, (got[0], got[1] - 0.1, got[2]))
    loyal = served(st, tok)  # "forces loyal to X": X's, as "forces of X" (nlp/events/allegiance.py)
    got = np_actor(st, loyal, depth + 1) if loyal is not None else None
    if got is not None:
        return (got[0], got[1] - 0.1, got[2])
    for c in tok.children:
        if c.dep_ == "poss":
            got = np_actor(st, c, depth + 1)
            if got is not None:
                return got
        mc = st.covered.get(c.i)
        if named_bodies.names_body(mc, c):
            told = _armed_before(st) if mc.get("anaphor") else None  # "rebel positions": HTS's
            return told or mention_actor(st, mc, 0.75)  # "HTS fighters", "RSF positions"
    if coref.possessive(tok) is not None:
        return _coref(st, tok, depth)
    if depth == 0 and tok.dep_ in SUBJ:
        return _inner_actor(st, tok) or organisation_anaphor(st, tok)
    return organisation_anaphor(st, tok)  # "the outfit claimed the attack": the one armed group named


def _outlet_of_state(st: DocState, noun: Token, got: Actor) -> bool:
    """ "la chaîne d'information internationale de la France": a state owning an outlet is not its voice."""
    state = st.actors.get(got[0], {}).get("kind") == "state"
    return state and noun.lemma_.lower() in st.lex.group("media_nouns")


def _armed_before(st: DocState) -> Actor | None:
    """ "the militants", "les djihadistes" after an attack told before: the non-state armed
    group that acted last, if any (else the generic armed group of the country)."""
    words = st.lex.group("state_force_words")
    for e in reversed(st.done):
        a = st.actors.get(e["actor"])
        if a is None or a["kind"] not in ("armed_group", "militia") or e["modality"] != "asserted":
            continue
        name = str(a["name"]).lower()
        if generic.unidentified(a["id"]) or any(w in name for w in words):
            continue
        return (str(a["id"]), 0.6, None)
    return None


def _inner_actor(st: DocState, tok: Token) -> Actor | None:
    """Last resort for a subject: the first organisation named inside it, outside any place
    phrase ("des jihadistes du Groupe de soutien ... (GSIM, ou JNIM)")."""
    for t in nominal_subtree(tok):
        m = st.covered.get(t.i)
        if m is None or m["demonym"] or m["kind"] in ("state", "person"):
            continue
        if case_of(st.doc[m["head"]]) in st.lex.group("place_preps"):
            continue
        a = mention_actor(st, m, 0.65)
        if st.doc[m["head"]].head.lemma_.lower() in st.lex.group("kin_nouns"):
            return _kin_of(st, a)
        return a
    return None


def _kin_of(st: DocState, a: Actor) -> Actor | None:
    """ "les familles des otages français": civilians of the country the people they are kin to
    were named with, not those people; unknown when that country was only the article's."""
    rec = st.actors.get(a[0], {})
    own = rec.get("own") and rec.get("group") and rec.get("country")
    return (generic_id(st, "civilians", rec["country"]), 0.6, None) if own else None


def _not_place_role(st: DocState, tok: Token) -> bool:
    p = case_of(tok)
    return p is None or p not in st.lex.group("place_preps")


def _coref(st: DocState, tok: Token, depth: int) -> Actor | None:
    if depth > 4 or coref.latter_phrase(tok) in st.lex.group("latter_words"):  # "ceux-ci", "ces derniers"
        return pronouns.latter_actor(st, tok, lambda t: np_actor(st, t, depth + 1)) if depth <= 4 else None
    bound = bound_subject(tok)  # "une vidéo sur laquelle ils ...": the clause's own subject, not a speaker
    if bound is not None and (got := np_actor(st, bound, depth + 1)) is not None:
        return (got[0], got[1] - 0.15, got[2])
    inner = inner_owner(st, tok, lambda t: np_actor(st, t, depth + 1))  # "their van": the policemen's
    speaker = (
        None if in_bound_relative(tok) else inner or speaker_or_none(st, tok, speaker_of(st, tok, depth + 1))
    )
    if speaker is not None:
        return (speaker[0], speaker[1] - 0.15, speaker[2])
    if _clitic_object(st, tok) or _prepositional_pronoun(st, tok):
        return _object_pronoun(st, tok, depth)
    for g in pronoun_governors(tok):
        if g.pos_ in ("VERB", "AUX"):
            subj = verb_subject(g)
            if subj is not None and subj.i != tok.i and not contains(subj, tok):
                got = np_actor(st, subj, depth + 1)
                if got is not None:
                    return (got[0], got[1] - 0.15, got[2])
                break
    person = _person_subject_before(st, tok, depth)
    if person is not None:
        return person
    told = pronouns.previous_subject(st, tok, lambda t: np_actor(st, t, depth + 1))  # "Ils ont pris Gao"
    if told is not None:
        return told if told[0] else None  # pronouns.NO_ONE: "they" stands for two groups named
    return first_person.fallback(st, tok, lambda t: np_actor(st, t, depth + 1), lambda m: _org_of(st, m))


def _clitic_object(st: DocState, tok: Token) -> bool:
    """ "l'accuse", "le menacent": an object pronoun (the parser tags an elided one a determiner)."""
    pronoun = tok.pos_ in ("PRON", "DET") and tok.lower_ in st.lex.group("pronouns")
    return pronoun and (tok.dep_ in OBJ or tok.dep_ in IOBJ)


def _prepositional_pronoun(st: DocState, tok: Token) -> bool:
    """ "la police a ouvert le feu sur lui": a personal pronoun after a preposition is someone else
    than the clause's subject (that one would be "sur elle-même"); so is the agent "by them"."""
    on_verb = (tok.dep_.startswith("obl") and tok.head.pos_ in ("VERB", "AUX")) or tok.head.dep_ == "agent"
    personal = tok.pos_ == "PRON" and tok.lower_ in st.lex.group("pronouns")
    return personal and on_verb and case_of(tok) is not None


def _object_pronoun(st: DocState, tok: Token, depth: int) -> Actor | None:
    """ "l'accuse", "le menacent": the last actor named before, never the clause's own subject
    (that would be reflexive)."""
    own = None
    for g in governors(tok):
        subj = clause_subject(g) if g.pos_ in ("VERB", "AUX") else None
        if subj is not None:
            got = np_actor(st, subj, depth + 1)
            own = got[0] if got is not None else None
            break

    def other(m: Mention) -> str | None:
        org = _org_of(st, m)
        return None if org == own else org

    if _clitic_object(st, tok) and refers_to_a_thing(st, tok):
        return None
    told = pronouns.previous_subject_of_object(st, tok, lambda t: np_actor(st, t, depth + 1), own)
    last = pronouns.named_before(st, tok, other)  # an agreeing actor of this sentence or the one before
    return told or ((last, 0.55, None) if last else None)


def agent_of(st: DocState, tok: Token) -> Actor | None:
    agents = st.lex.group("agent_preps") | blame_preps(st, tok)  # "an attack attributed to X"
    for prep, c in prep_args(tok):
        if prep in agents:
            return np_actor(st, c)
    ag = first_child(tok, AGENT)
    if ag is not None:
        return np_actor(st, ag)
    later = complements_after(tok, st.lex.group("instrument_preps"))  # the agent hung on one before it
    by = next((x for c in later for prep, x in prep_args(c) if prep in agents), None)
    if by is not None:
        return np_actor(st, by)
    # "Turkish-backed factions", "Iranian-supported militias"
    if tok.i >= 2 and tok.doc[tok.i - 1].text == "-":
        m = st.covered.get(tok.i - 2)
        if m is not None:
            return mention_actor(st, m, 0.75)
    return None


def nominal_actor(st: DocState, tok: Token, depth: int = 0) -> Actor | None:
    """Agent of a nominal event: 'par X'/'by X', possessor, demonym, 'de X'/'of X'."""
    framed = st.frames.get(tok.i)  # "la capture de trois jihadistes" read as their arrest
    pred = framed.pred if framed is not None and framed.nominal else st.lex.nouns.get(tok.lemma_.lower())
    if pred is not None and pred.appositive:
        if tok.dep_ == "appos":
            return np_actor(st, tok.head, depth + 1)
        return None
    if pred is not None and pred.actor_preps:
        got = actor_prep(st, tok, pred, depth)
        if got is not None:
            return got
    no_side = _has_agent(st, tok) or told_as_cause(st, tok)  # "because of the fighting": no side
    if pred is not None and pred.symmetric and depth == 0 and not no_side:
        # "après de violents combats avec l'armée", "after heavy fighting with the army":
        # the fighting is the clause subject's
        for g in governors(tok):
            if prepositional_participle(st, g, tok):
                continue  # "took X from Y following clashes": a preposition
            if g.pos_ in ("VERB", "AUX"):
                subj = first_child(g, SUBJ) if scenes.scene_subject(st, tok, place_np) is None else None
                got = np_actor(st, subj, 1) if subj is not None else None
                if got is not None:
                    return (got[0], got[1] - 0.15, got[2])
                break
    agents = st.lex.group("agent_preps")
    args = list(prep_args(tok))
    if received(st, tok) is not None:
        # "received the support of Turkey", "military aid from Egypt": the giver, a state name too
        givers = st.lex.group("of_preps") | st.lex.group("source_preps")
        on_verb = [(p, c) for p, c in prep_args(tok.head) if p in st.lex.group("source_preps")]
        for prep, c in args + on_verb:
            got = np_actor(st, c, depth + 1) if prep in givers else None
            if got is not None:
                return got
    # "l'exécution de 28 soldats par le JNIM": the agent the parser hung on the complement
    inner = [(p2, c2) for _, c in args for p2, c2 in prep_args(c)]
    for prep, c in args + inner:
        if prep in agents:
            got = np_actor(st, c, depth + 1)
            if got is not None:
                return got
    held = pred is not None and pred.person_target and not any(p in st.lex.group("of_preps") for p, _ in args)
    for c in tok.children:
        if c.dep_ == "poss" and not held:  # "his arrest": held; "X's arrest of Y": X's act
            got = np_actor(st, c, depth + 1)
            if got is not None:
                return got
        mc = st.covered.get(c.i)
        if mc is not None and mc["demonym"]:
            return force_author(st, tok, mc, generic_id) or mention_actor(st, mc, 0.75)
        if mc is not None and c.dep_ == "compound" and (mc["kind"] != "state" or giving_compound(st, tok)):
            return mention_actor(st, mc, 0.75)  # "Houthi reinforcements", "an IS attack"
    of = st.lex.group("of_preps") - set(pred.target if pred is not None else ())
    # "l'envoi de soldats": what is sent; "l'attaque de leur base": a site hit (held_site_nouns)
    theme = (*(pred.noun_complement if pred is not None else ()), *st.lex.group("held_site_nouns"))
    for prep, c in args:  # "l'assassinat de X", "the arrest of X": X is the target, not the actor
        if (
            prep in of
            and _not_place_role(st, c)
            and (not is_place_name(st, c) or acting_state(st, tok, c, pred))
            and not weapons.capital_attacked(st, tok, c)
            and c.lemma_.lower() not in theme
        ):
            got = np_actor(st, c, depth + 1)
            if got is not None:
                return got
    for c in tok.children:
        # "des obus tirés par X", "strikes carried out by X"; not "dispersée par X" (events/undergone.py)
        if c.dep_ in ("acl", "amod") and is_passive(c) and not undergone.undergone(st, c):
            got = agent_of(st, c)
            if got is not None:
                return got
    if coref.possessive(tok) is not None and possessive_patient(st, tok) is None:
        return _coref(st, tok, depth + 1)
    # "X supported Y with air strikes on Z": the strikes are X's (against Z), not Y's
    verb = instrument_of(st, tok) or trip_of(st, tok)  # "arrived in X for talks": the traveller's
    if verb is not None:
        subj = first_child(verb, SUBJ)
        got = np_actor(st, subj, depth + 1) if subj is not None else None
        if got is not None:
            return (got[0], got[1] - 0.05, got[2])
    # "revendiquer une attaque", "mener une offensive": the light verb's subject
    head = tok.head
    definite = determined(tok, DEFINITE)
    # "a revendiqué l'attentat": the claimer's, unless an attack was told before (that one)
    claimed = head.lemma_.lower() in st.lex.group("responsibility") and not any(
        e["type"] in ("FIGHT", "ASSAULT") for e in st.done
    )
    # a definite attack is often one told before, if any was ("lancer l'assaut" is news); "l'envoi" is
    told = definite and (pred is None or toll_of_told(st, pred))
    joined = head.lemma_.lower() in st.lex.group("participation") and case_of(tok) == "à"
    carriers = st.lex.group("light") | st.lex.group("planning_verbs")  # "prépare l'envoi de soldats"
    light = tok.dep_ in OBJ and head.lemma_.lower() in carriers and (claimed or not told)
    if light or joined:
        subj = first_child(head, SUBJ) or fronted_subject(head)
        if subj is None and joined and head.dep_ == "xcomp":
            subj = first_child(head.head, SUBJ)  # "ont avoué avoir participé à l'enlèvement"
        if subj is not None:
            got = np_actor(st, subj, depth + 1)
            if got is not None:
                return (got[0], got[1] - 0.05, got[2])
    # "l'attentat a été revendiqué par X", no attack told before; "l'expulsion a été annoncée par X"
    carried = claimed or (head.lemma_.lower() in carriers and not told)
    if carried and tok.dep_ in SUBJ_PASS and agent_of(st, head) is not None:
        return agent_of(st, head)
    if tok.dep_ in SUBJ and toll_verb(st, tok.head):  # "l'attentat a fait 25 morts"
        return unattributed(st, tok)
    if any(toll_verb(st, v) for v in relative_clauses(st, tok)):  # "l'attentat qui a fait 25 morts"
        return unattributed(st, tok)
    return None


def toll_of_told(st: DocState, p: Predicate) -> bool:
    """ "Two militants were killed in the attack": after a violent event told before, an agentless
    killing is its toll, not a new event by someone unknown."""
    violent = ("FIGHT", "ASSAULT", "CAPTURE")
    return p.type in violent and any(e["type"] in violent for e in st.done)


def generic_id(st: DocState, group: str, iso3: Any, own: bool = False) -> str:
    """``own``: the country is the text's ("soldats tchadiens"), kept wherever the group acts."""
    kb = st.kb
    state = kb.state(str(iso3)) if iso3 else None
    entry = generic_entry(group, iso3 and str(iso3), state.name if state is not None else None, kb, own)
    st.actors.setdefault(entry.id, generic.record(entry))
    return str(entry.id)


def unattributed(st: DocState, tok: Token) -> Actor | None:
    """The author of an attack told with no author ("une explosion", "un attentat"): the armed
    group that acted last, else the unidentified armed group of the article's country."""
    attacks = st.lex.group("attack_subjects")
    if not attack_noun(st, tok):
        return None
    told = weapons.attack_told_before(st, tok)  # not "the bomb that exploded in X": its own blast
    if told and tok.lemma_.lower() in st.lex.group("weapon_subjects"):
        return None  # "a shell hit the market", "several drones hit X" after the attack told: that one
    of = st.lex.group("of_preps") | FRENCH_OF
    author = next((c for prep, c in prep_args(tok) if prep in of), None)
    got = np_actor(st, author) if author is not None else None
    # "des bombardements de l'armée": a state force is their author ("de Damas" is where they fell)
    forces = tok.lemma_.lower() in st.lex.group("force_attack_nouns")
    if (
        author is not None
        and got is not None
        and (is_armed_group(st, got[0]) or (forces and not weapons.capital_attacked(st, tok, author)))
    ):
        return got  # "dans une attaque des talibans", "des bombardements de l'armée": the named author
    demonym = next((st.covered[c.i] for c in weapons.attack_adjectives(tok) if c.i in st.covered), None)
    if demonym is not None and demonym["demonym"]:
        return force_author(st, tok, demonym, generic_id) or mention_actor(st, demonym, 0.7)  # France's
    named = (st.covered[c.i] for c in weapons.author_modifiers(st, tok))
    state = next((m for m in named if m["kind"] == "state"), None)
    if state is not None:
        return force_author(st, tok, state, generic_id) or mention_actor(st, state, 0.7)  # "US airstrikes"
    definite = determined(tok, DEFINITE) and not anew(st, tok)
    if definite and any(t.lemma_.lower() in attacks for t in st.doc[: tok.i]):
        return None  # "l'explosion a tué 2 policiers": the attack told before, not another
    got = strikes_told_by_force(st, tok) or unowned_air_strike(st, tok) or _armed_before(st)  # air: state's
    if got is not None:
        return got
    # with no country in the text, the place of the attack will scope the unnamed group
    return (generic_id(st, "armed", st.doc._.country), 0.55, None)


def actor_prep(st: DocState, tok: Token, pred: Predicate, depth: int) -> Actor | None:
    """ "the fall of X to Y", "la chute de X aux mains de Y": Y."""
    of = st.lex.group("of_preps") | FRENCH_OF
    # "a transféré le contrôle de X à Y": the parser may hang Y inside the verb's object phrase
    objs = [o for o in tok.children if o.dep_ in OBJ and tok.pos_ in ("VERB", "AUX")]
    held = [a for o in objs for node in nominal_subtree(o) for a in prep_args(node)]
    for prep, c in [*prep_args(tok), *held, *hand_holders.complement_args(tok, pred.noun_complement)]:
        if prep not in pred.actor_preps:
            continue
        if c.lemma_.lower() in st.lex.group("hand_nouns"):
            c = hand_holders.holder(c, of)
        got = np_actor(st, c, depth + 1)
        if got is not None:
            return got
    return None


def _has_agent(st: DocState, tok: Token) -> bool:
    agents = st.lex.group("agent_preps") | st.lex.group("of_preps")
    return any(p in agents for p, _ in prep_args(tok)) or any(c.dep_ == "poss" for c in tok.children)


def office_told(st: DocState, tok: Token) -> Actor | None:
    """ "le roi Gyanendra du Népal ... le monarque": an office named alone is the one last named
    with its holder or its country (the same role: 'roi', 'monarque', 'souverain')."""
    role = st.lex.roles.get(tok.lemma_.lower())
    if role is None or tok.pos_ != "NOUN":
        return None
    for prev in reversed(st.doc[max(0, tok.sent.start - 200) : tok.i]):
        if prev.pos_ not in ("NOUN", "PROPN") or st.lex.roles.get(prev.lemma_.lower()) != role:
            continue
        named = [c for c in prev.children if c.dep_ in HOLDER_DEPS]
        for t in (*named, *(g for c in named for g in c.children if g.dep_ in HOLDER_DEPS)):
            m = st.covered.get(t.i)
            if m is not None and case_of(t) in (None, *st.lex.group("of_preps")):
                return mention_actor(st, m, 0.6)
    return None


def _person_subject_before(st: DocState, tok: Token, depth: int) -> Actor | None:
    """ "Le nouveau président a parlé. Il a reçu le soutien de X": a singular (passive) subject pronoun is the
    person the previous sentence is about (its subject, named or by an office told with its holder);
    a group ("ils", "elles") or an organisation subject is left to the other rules."""
    if (tok.dep_ not in SUBJ and tok.dep_ not in SUBJ_PASS) or "Sing" not in tok.morph.get("Number", []):
        return None  # "Il a été tué", "He was killed": the person told before too (round engold85)
    before = sentence_before(tok.sent)  # none before the first
    if before is None or tok.lower_ not in st.lex.group("pronouns"):
        return None
    # the root's subject; a root that is no verb is a parse slip: then the sentence's first subject
    verb = before.root.pos_ in ("VERB", "AUX")
    subj = first_child(before.root, SUBJ | SUBJ_PASS) or (
        None if verb else next((t for t in before if t.dep_ in SUBJ), None)
    )
    genders = (tok.morph.get("Gender", []), pronouns.subject_gender(subj) if subj is not None else [])
    if subj is None or (all(genders) and genders[0] != genders[1]):
        return None  # "la présidente ... Il": another one
    got = office_told(st, subj) or np_actor(st, subj, depth + 1)
    if got is None or (got[2] is None and st.actors.get(got[0], {}).get("kind") != "person"):
        return None  # a person, or the group a person stands for ("le chef d'Ansar Dine X")
    return (got[0], got[1] - 0.15, got[2])
