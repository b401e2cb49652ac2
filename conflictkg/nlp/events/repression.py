"""Crowds and force (ACLED's protest and riot sub-events).

- Force against protesters: state forces that shoot, beat or kill protesters repress a protest
  (COERCE, CAMEO 175); it is no fight between armed sides.
- Protest with intervention: state forces that disperse, block or arrest protesters without
  lethal force meet a protest: the protesters' PROTEST is coded beside the forces' COERCE, as ACLED
  codes the protest (its actor the protesters, the forces the other side).
- Violent demonstration: protesters who burn or wreck property, or fight the police, riot (PROTEST,
  CAMEO 145, by ACLED's "Rioters (X)"); so do people told as rioting or acting in protest.
"""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.actors import generic_id, np_actor
from conflictkg.nlp.events.adverbial_protests import adverbial_protests
from conflictkg.nlp.events.communal_clashes import communal_fight
from conflictkg.nlp.events.force_tolls import force_tolls
from conflictkg.nlp.events.mission_riots import mission_state
from conflictkg.nlp.events.mob_justice import (
    assault_riots,
    dwellers_justice,
    foreigners_mobbed,
    gang_of_people,
    lynch_mob,
    mob_attack,
    mob_justice,
)
from conflictkg.nlp.events.offences import rite
from conflictkg.nlp.events.protest_pronouns import protesters_pointed_at
from conflictkg.nlp.events.punishments import punished
from conflictkg.nlp.events.retold_arrests import retold_arrest
from conflictkg.nlp.events.state import PROPERTY_CAMEO, Actor, DocState, EventRecord
from conflictkg.nlp.events.suspects import arrested_suspects
from conflictkg.nlp.events.targets import country_state
from conflictkg.nlp.events.wrecked import wrecked
from conflictkg.nlp.syntax import OBJ, SUBJ, SUBJ_PASS, first_child, prep_args, subject_of

REPRESSION_CAMEO = "175"
RIOT_CAMEO = "145"
PROTEST_CAMEO = "14"
COERCION_CAMEO = "17"
STATE_FORCE_KINDS = frozenset({"police", "military"})
CROWD_GROUPS = frozenset({"protesters", "rioters"})
UNARMED_BODY_KINDS = frozenset({"organisation", "party", "ngo", "media", "company"})


def repressions(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    kept = [k for k in (_forces_protest(st, e) for e in _clash_riots(st, events)) if k is not None]
    kept = [arrested_suspects(st, wrecked(st, punished(st, e)), events) for e in kept]  # suspects held
    coded = [
        _rioting(st, _repressed(st, _crowd_answered(st, _crowd_held(st, _person_arrested(st, e)))))
        for e in kept
    ]
    coded = _one_riot(st, assault_riots(st, coded))  # "a mob attacked police and set X on fire": mob violence
    coded = force_tolls(
        st, protesters_pointed_at(st, coded)
    )  # "lathicharged protesters, injuring ten": one act
    return coded + _protests_met(st, coded)


def _clash_riots(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """ "Clashes between protesters and police left 30 injured": a clash told as a noun between
    protesters and state forces is the protesters' riot against the forces (PROTEST, CAMEO 145, by
    rioters), as "protesters clashed with police" is; not a fight of two armed sides, nor two events.
    A clash with the police whose other side is unnamed ("clashes with the police") stays a fight."""
    out: list[EventRecord] = []
    for e in events:
        frame = st.frames.get(e["pred"])
        people = _people_clash(st, e)  # "stone-pelting youths clashed with security forces"
        if people and _state_force(st, e["target"]):
            country = st.actors.get(e["actor"], {}).get("country")
            out.append(
                {**e, "type": "PROTEST", "cameo": RIOT_CAMEO, "actor": generic_id(st, "rioters", country)}
            )
            continue
        if people and not (frame is not None and frame.nominal) and _state_force(st, e["actor"]):
            country = st.actors.get(e["target"] or "", {}).get("country")  # "police clashed with residents"
            rioters = generic_id(st, "rioters", country)
            out.append({**e, "type": "PROTEST", "cameo": RIOT_CAMEO, "actor": rioters, "target": e["actor"]})
            continue
        if people:
            continue  # the forces' side of the clash: the riot told from the other
        clash = frame is not None and frame.nominal and frame.pred.symmetric and e["type"] in VIOLENT_TYPES
        named = clash and frame is not None and any(_is_crowd(st, t) for t in frame.tok.subtree)
        groups = [st.actors.get(a or "", {}).get("group") for a in (e["actor"], e["target"])]
        if not named or not set(groups) & CROWD_GROUPS:
            out.append(e)
        elif groups[0] in CROWD_GROUPS and _state_force(st, e["target"]):
            country = st.actors[e["actor"]].get("country")
            out.append(
                {**e, "type": "PROTEST", "cameo": RIOT_CAMEO, "actor": generic_id(st, "rioters", country)}
            )
        elif not _state_force(st, e["actor"]):
            out.append(e)  # the forces' side of the crowd's clash is the riot told from the other
    return out


def _people_clash(st: DocState, e: EventRecord) -> bool:
    """People of no armed group (a civilians group noun: youths, residents) who clash with state
    forces riot, as ACLED codes a violent demonstration; not a fight of two armed sides. True for
    both sides of such a clash ("clashes between youths and police")."""
    frame = st.frames.get(e["pred"])
    if frame is None or not frame.pred.symmetric or e["type"] not in VIOLENT_TYPES:
        return False
    if frame.noun is not None:  # "villagers exchanged fire with police": gunfire, a fight
        return False
    if frame.nominal:
        sides = [t for t in frame.tok.subtree if t.i != frame.tok.i]
    else:  # "youths clashed with X" (a headline's participle: "stone-pelting youths clashed")
        subj = first_child(frame.tok, SUBJ) or (frame.tok.head if frame.tok.dep_ == "acl" else None)
        sides = [subj] if subj is not None else []
        sides += [n for p, n in prep_args(frame.tok) if p == "with"]  # "police clashed with residents"
    mentions = [st.covered.get(t.i) for t in sides]  # "armed men" are no civilians
    people = CROWD_GROUPS | {"civilians"}  # "police clashed with protesters": the crowd's riot too
    if not any(m is not None and st.actors.get(m["actor"], {}).get("group") in people for m in mentions):
        return False
    return _state_force(st, e["target"]) != _state_force(st, e["actor"])


def _one_riot(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """ "Youths threw stones at the police and torched a car": what one crowd does in a sentence
    where it riots is that one riot (ACLED codes one violent demonstration), not more events."""
    riots = [e for e in events if e["type"] == "PROTEST" and e["cameo"] == RIOT_CAMEO]
    if not riots:
        return events
    first = next((e for e in riots if e["target"] is not None), riots[0])  # the one told fullest
    crowd = CROWD_GROUPS | {"civilians"}
    kept = [
        e for e in events
        if e is first or e["sent_start"] != first["sent_start"]
        or st.actors.get(e["actor"], {}).get("group") not in crowd
        or e["type"] not in VIOLENT_TYPES | {"PROTEST", "COERCE"}
    ]  # fmt: skip
    return [_aimed_riot(st, e, events) if e is first else e for e in kept]


def _aimed_riot(st: DocState, riot: EventRecord, events: list[EventRecord]) -> EventRecord:
    """A riot aimed at no one, in a sentence whose crowd protests against someone ("gathered in front
    of the Japanese consulate, throwing stones"): the protest turned violent, aimed at that one."""
    if riot["target"] is not None:
        return riot
    aims = {
        e["target"] for e in events
        if e is not riot and e["sent_start"] == riot["sent_start"] and e["type"] == "PROTEST"
        and e["target"] is not None and e["target"] != riot["actor"]
        and st.actors.get(e["actor"], {}).get("group") in CROWD_GROUPS
    }  # fmt: skip
    return {**riot, "target": aims.pop()} if len(aims) == 1 else riot


def _forces_protest(st: DocState, e: EventRecord) -> EventRecord | None:
    """A protest of state forces read off a road they block ("Police blocked the road to Gao") or
    off the sentence ("Soldiers blocked protesters heading to X") is none: they coerce the crowd
    they act on, if any. Forces protesting by a protest verb ("police officers marched") still do."""
    if e["type"] != "PROTEST" or not _state_force(st, e["actor"]):
        return e
    frame = st.frames.get(e["pred"])
    pred = st.doc[e["pred"]]
    if frame is not None and frame.nominal and _coerced_noun(st, pred):
        return None  # "Police dispersed a rally": the rally is the crowd's (_protests_met)
    if frame is not None and (frame.noun is None or frame.nominal):
        return e
    crowd = next((c for c in pred.children if c.dep_ in OBJ and _is_crowd(st, c) and c.i in st.covered), None)
    if crowd is None:
        return None
    target = str(st.covered[crowd.i]["actor"])
    return {**e, "type": "COERCE", "cameo": COERCION_CAMEO, "target": target}


def _coerced_noun(st: DocState, noun: Token) -> bool:
    frame = st.frames.get(noun.head.i)
    return noun.dep_ in OBJ and frame is not None and frame.pred.type == "COERCE"


def _crowd_answered(st: DocState, e: EventRecord) -> EventRecord:
    """ "Rioters attacked soldiers. Soldiers responded with gunshots": force of state forces aimed
    at no one named answers the one crowd that protested or attacked them in the sentence before."""
    if e["type"] not in VIOLENT_TYPES or e["target"] is not None or not _state_force(st, e["actor"]):
        return e
    told = [x for x in st.done if x["sent_start"] == st.prev and x["target"] in (e["actor"], None)]
    told = [x for x in told if st.actors.get(x["actor"], {}).get("group") in CROWD_GROUPS]
    if len({x["actor"] for x in told}) != 1:
        return e
    cameo = COERCION_CAMEO if _nonlethal(st, st.doc[e["pred"]]) else REPRESSION_CAMEO
    crowd, place = told[0]["actor"], e["place"] or told[0]["place"]
    return {**e, "type": "COERCE", "cameo": cameo, "target": crowd, "place": place}


def _person_arrested(st: DocState, e: EventRecord) -> EventRecord:
    """ "X a été arrêté dans la zone de Y" with no agent: a named person is held by the state of
    the country, many unnamed people by its police (the passive default)."""
    f = st.frames.get(e["pred"])
    if f is None or not f.pred.person_target or e["pred"] not in st.defaulted or e["target"] is None:
        return e
    e = retold_arrest(st, e)  # "Le haut responsable du réseau a été arrêté": the person told before
    if st.actors.get(e["target"] or "", {}).get("kind") != "person":
        return e
    state = country_state(st, st.actors.get(e["actor"], {}).get("country"))
    return {**e, "actor": state[0]} if state is not None else e


def _crowd_held(st: DocState, e: EventRecord) -> EventRecord:
    """ "Police dispersed protesting students": people named by their protest whom state forces
    coerce are the protesters, not civilians, so the protest they met is coded beside it."""
    if e["type"] != "COERCE" or e["cameo"] == PROPERTY_CAMEO or not _state_force(st, e["actor"]):
        return e
    crowd = _civilians_as_protesters(st, e)
    return e if crowd is None else {**e, "target": crowd}


def _protests_met(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """The protest of the crowds state forces intervened against, when the sentence told none and
    the article no protest of theirs ("Protesters marched in X. Police dispersed the protesters.")."""
    if any(e["type"] == "PROTEST" or e["cameo"] == REPRESSION_CAMEO for e in events):
        return []  # told, or met with lethal force: ACLED's force against protesters alone
    protests: dict[str, EventRecord] = {e["actor"]: e for e in st.done if e["type"] == "PROTEST"}
    told = len(protests)
    for e in events:
        if _intervention(st, e) and e["target"] is not None and e["target"] not in protests:
            crowd = e["target"]
            protests[crowd] = {
                **e,
                "type": "PROTEST",
                "cameo": PROTEST_CAMEO,
                "actor": crowd,
                "target": None,
                "via": None,
            }
    return list(protests.values())[told:]


def _intervention(st: DocState, e: EventRecord) -> bool:
    """Non-lethal force of state forces on protesters (lethal force is REPRESSION_CAMEO's), told as
    done or as a source reports it ("a dispersé les manifestants, selon l'AFP": the protest was met)."""
    if (
        e["type"] != "COERCE"
        or e["cameo"] == REPRESSION_CAMEO
        or e["modality"] not in ("asserted", "reported")
    ):
        return False
    if _by_lethal_force(st, st.doc[e["pred"]]):
        return False  # "opened fire to disperse protesters": force against protesters alone
    if _activists_arrested(st, st.doc[e["pred"]]):
        return False  # "a arrêté deux militants écologistes": no crowd was met
    return _state_force(st, e["actor"]) and _crowd_met(st, e)


def _crowd_met(st: DocState, e: EventRecord) -> bool:
    """Protesters, or an opposition's supporters dispersed (``dispersal_verbs``: only a crowd is
    dispersed, "a dispersé des partisans de l'opposition": their rally was met; round frmiss88)."""
    group = st.actors.get(e["target"] or "", {}).get("group")
    if group == "protesters":
        return True
    return group == "opposition" and st.doc[e["pred"]].lemma_.lower() in st.lex.group("dispersal_verbs")


def _activists_arrested(st: DocState, verb: Token) -> bool:
    """ "la police a arrêté deux militants écologistes": activists (``fighter_activist_nouns``) taken
    one by one by an arrest verb (``person_target``) were not shown protesting, as arrested
    demonstrators are; dispersing them still meets a protest."""
    pred = st.lex.verbs.get(verb.lemma_.lower())
    if pred is None or not pred.person_target:
        return False
    nouns = st.lex.group("fighter_activist_nouns")
    held = [c for c in verb.children if c.dep_ in OBJ or c.dep_ in SUBJ_PASS]
    return any(c.lemma_.lower() in nouns for c in held)


def _rioting(st: DocState, e: EventRecord) -> EventRecord:
    dwellers = dwellers_justice(st, e) or lynch_mob(st, e) or foreigners_mobbed(st, e)  # "villagers ..."
    dwellers = dwellers or communal_fight(st, e)  # "two communities clashed": mob violence, no riot
    if dwellers is not None:
        return dwellers
    frame = st.frames.get(e["pred"])
    rioting = frame is not None and frame.pred.rioting  # "a crowd stormed X", "threw stones at X"
    # a crowd's fight with no one ("ont incendié des urnes") wrecks property too
    wrecks = (e["type"] == "COERCE" and e["cameo"] == PROPERTY_CAMEO) or (
        e["type"] == "FIGHT"
        and (
            rioting or e["target"] is None or _state_force(st, e["target"]) or _unarmed_body(st, e["target"])
        )
    )
    if not wrecks or e["nominal"] or not _crowd_actor(st, e):
        return e
    lynched = mob_justice(st, e) or mob_attack(st, e)  # "a mob attacked a suspected thief": no riot
    if lynched is not None:
        return lynched
    actor = st.actors[e["actor"]]
    rioters = generic_id(st, "rioters", actor.get("country"))
    target = e["target"] or mission_state(st, st.doc[e["pred"]], rioters)  # "l'ambassade du Japon"
    return {**e, "type": "PROTEST", "cameo": RIOT_CAMEO, "actor": rioters, "target": target}


def _unarmed_body(st: DocState, actor_id: str) -> bool:
    """An organisation that bears no arms ("ont saccagé le bureau de la Céni"): a crowd's attack on
    its premises is a riot against it, never a fight (round frstyle87)."""
    return st.actors.get(actor_id, {}).get("kind") in UNARMED_BODY_KINDS


def _crowd_actor(st: DocState, e: EventRecord) -> bool:
    group = st.actors.get(e["actor"], {}).get("group")
    if group in CROWD_GROUPS:
        return True
    pred = st.doc[e["pred"]]
    if group == "armed":  # "a gang of youths attacked police": a crowd of them, no armed group
        return any(c.dep_ in SUBJ and gang_of_people(st, c) for c in pred.children)
    if group != "civilians":
        return False
    protest_told = any(f.pred.type == "PROTEST" for f in st.frames.values())
    crowds = st.lex.group("rioting_crowd_nouns")  # "a crowd vandalized X": a riot, as a mob's
    return protest_told or any(
        c.dep_ in SUBJ and (_is_crowd(st, c) or c.lemma_.lower() in crowds or _angry(st, c))
        for c in pred.children
    )


def _angry(st: DocState, noun: Token) -> bool:
    """ "Angry residents torched a police post": people told in anger act as a crowd."""
    anger = st.lex.group("anger_adjectives")
    return any(c.dep_ == "amod" and c.lemma_.lower() in anger for c in noun.children)


def _repressed(st: DocState, e: EventRecord) -> EventRecord:
    if e["type"] not in VIOLENT_TYPES or e["target"] is None or e["nominal"] or _symmetric(st, e):
        return e  # a clash between police and protesters is a riot's, told on both sides
    if not _state_force(st, e["actor"]):
        return e
    crowd: str | None = e["target"]
    if st.actors.get(e["target"], {}).get("group") not in CROWD_GROUPS:
        crowd = _civilians_as_protesters(st, e)  # "three protesters were shot dead by police"
    if crowd is None:
        return e
    cameo = COERCION_CAMEO if _nonlethal(st, st.doc[e["pred"]]) else REPRESSION_CAMEO  # "fired tear gas"
    return {**e, "type": "COERCE", "cameo": cameo, "target": crowd}


def _civilians_as_protesters(st: DocState, e: EventRecord) -> str | None:
    """Civilians a state force's act falls on while the verb names them as a crowd are protesters,
    not bystanders: the generic protesters of their country, else None."""
    target = st.actors.get(e["target"] or "", {})
    if target.get("group") != "civilians" or not _crowd_patient(st, st.doc[e["pred"]]):
        return None
    return generic_id(st, "protesters", target.get("country"))


def _by_lethal_force(st: DocState, pred: Token) -> bool:
    """The coercion is the purpose of a violent act ("opened fire to disperse", "shot to scatter")."""
    frame = st.frames.get(pred.head.i) if pred.dep_ in ("xcomp", "advcl") else None
    return frame is not None and frame.pred.type in VIOLENT_TYPES and not _nonlethal(st, pred.head)


def _nonlethal(st: DocState, verb: Token) -> bool:
    """ "fired tear gas", "fired rubber bullets at protesters": what is fired is not lethal."""
    means = st.lex.group("nonlethal_means")
    objects = [t for c in verb.children if c.dep_ in OBJ for t in c.subtree]
    return any(t.lemma_.lower() in means for t in objects)


def deployed_forces(st: DocState, verb: Token) -> Actor | None:
    """ "les autorités ont déployé des forces de police": the state forces deployed are who
    mobilizes, as ACLED codes it, not who sent them."""
    deployed = first_child(verb, OBJ)
    got = np_actor(st, deployed) if deployed is not None else None
    if got is None or not _state_force(st, got[0]):
        return None
    sender = np_actor(st, subject_of(verb) or subject_of(verb.head))
    # "la Cédéao est prête à déployer des troupes au Mali": troops of another are the sender's
    return got if sender is None or _country(st, sender[0]) == _country(st, got[0]) else None


def _country(st: DocState, aid: str) -> str | None:
    country = st.actors.get(aid, {}).get("country")
    return str(country) if country else None


def _state_force(st: DocState, aid: str | None) -> bool:
    """Police or soldiers: generic ones, or a country's army or police force of the KB ("Nigerian Armed
    Forces", "CRPF")."""
    rec = st.actors.get(aid or "", {})
    if rec.get("kind") in STATE_FORCE_KINDS or rec.get("group") in STATE_FORCE_KINDS:
        return True
    entry = st.kb.get(aid) if aid else None
    return entry is not None and bool({"army", "police"} & set((entry.institution or "").split()))


def _symmetric(st: DocState, e: EventRecord) -> bool:
    frame = st.frames.get(e["pred"])
    return frame is not None and frame.pred.symmetric


def _crowd_patient(st: DocState, pred: Token) -> bool:
    """The violence falls on protesters: its patients, or those of the clause it tells the cause of
    ("five protesters were killed when police fired on a crowd")."""
    head_met = pred.head.i in st.frames or bool(adverbial_protests(st, pred.head))  # "broke up a march"
    clauses = [pred, pred.head] if pred.dep_ == "advcl" and head_met else [pred]
    patients = [c for v in clauses for c in v.children if c.dep_ in OBJ or c.dep_ in SUBJ_PASS]
    patients += [c for v in clauses for c in adverbial_protests(st, v)]  # a protest noun misread as adverbial
    # "broke up a march by teachers, detaining ten of them": a protest noun met holds protesters
    met = any(_protest_noun(st, c) and not rite(st, c) for c in patients)
    sources = st.lex.group("source_preps_of_report")  # "selon des militants": who tells, no patient
    patients += [c for prep, c in prep_args(pred) if prep not in sources]
    many, of = st.lex.group("collective_nouns"), st.lex.group("of_preps")  # "hundreds of workers who ..."
    patients += [x for c in patients if c.lemma_.lower() in many for prep, x in prep_args(c) if prep in of]
    return met or any(_is_crowd(st, c) for c in patients)


def _is_crowd(st: DocState, noun: Token) -> bool:
    """A protester noun ('demonstrators'), or people named by their protest ('protesting students',
    'students who were marching')."""
    if st.lex.generic.get(noun.lemma_.lower()) in CROWD_GROUPS:
        return True
    protest_verbs = {v for v, p in st.lex.verbs.items() if p.type == "PROTEST"}
    # the tagger may read 'rioting' as a noun, its lemma left as written
    if any(
        c.dep_ in ("amod", "compound") and {c.lemma_.lower(), c.lower_.removesuffix("ing")} & protest_verbs
        for c in noun.children
    ):
        return True
    # "growers who were marching", "students protesting X": a relative clause or a participle of protest,
    # or one taking a protest noun ("workers who were staging a sit-in", "farmers holding a dharna")
    clauses = [c for c in noun.children if c.dep_ == "relcl" or (c.dep_ == "acl" and c.tag_ == "VBG")]
    held = [o for c in clauses for o in c.children if o.dep_ in OBJ and _protest_noun(st, o)]
    # "women who had taken part in protests", "workers who had blocked the highway" (round protest82)
    held += [t for c in clauses for t in c.subtree if t.dep_ == "pobj" and t.head.head.i == c.i]
    held = [t for t in held if _protest_noun(st, t)]
    told = [c for c in clauses if (f := st.frames.get(c.i)) is not None and f.pred.type == "PROTEST"]
    return bool(held or told) or any(c.lemma_.lower() in protest_verbs for c in clauses)


def _protest_noun(st: DocState, tok: Token) -> bool:
    """A lexicon noun of a protest ("a sit-in", "a dharna")."""
    pred = st.lex.nouns.get(tok.lemma_.lower())
    return pred is not None and pred.type == "PROTEST"
