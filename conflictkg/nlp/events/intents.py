"""An act announced as its actor's commitment is no act told but the commitment itself (CAMEO 03,
"express intent to cooperate"; PLOVER AGREE): "Japan will send food aid to Laos", "Laos said it
will meet Thai envoys", "Chad is willing to withdraw its troops" (lexicon group modal_adjectives)
tell a promise made, not aid sent, a meeting held or troops withdrawn. A hostile act promised
("pledged to attack X", "promised to strike X": a promise verb, embeds promise) is a threat (CAMEO 13;
PLOVER THREATEN), and so is a sanction or a coercion announced ("will boycott X", "said they would
blockade X") or a cooperative act announced on a condition another side can meet ("will withdraw its troops
unless X holds elections": a threat against X, as nlp/events/ultimatums.py reads attacks). An act
another's words say its actor must do ("Chile said Peru must return the ships") is the speaker's
demand of that actor (lexicon group obligation_modals; CAMEO 10, PLOVER REQUEST). A cooperative act
refused ("declined to resign", refusal_verbs; "a refusé de négocier") or denied in the future ("will
not withdraw", or in its actor's own reported words: "said it would not provide aid") is a rejection
(CAMEO 12, PLOVER REJECT), not the act, and so is an agreement refused ("will not sign the deal") or
not reached ("failed to reach agreement": failure_verbs, which embed a denial, so it comes here
denied) or not accepted ("did not accept the truce": acceptance_verbs); any other act refused
("refused to condemn X") is denied, not done.

Only cooperative acts become promises by their future or an adjective of readiness: a future
attack stays an attack told as threatened (nlp/modality.py); a denied act stays denied."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import np_actor, speaker_of
from conflictkg.nlp.events.condemned_agents import blame
from conflictkg.nlp.events.defied import defied
from conflictkg.nlp.events.findings import finder
from conflictkg.nlp.events.joint_sides import joint_sides
from conflictkg.nlp.events.listed_controllers import listed_subject
from conflictkg.nlp.events.official_protests import official_protests
from conflictkg.nlp.events.pact_exits import left_pact, pact_partner
from conflictkg.nlp.events.promised_gifts import continued_act, hostile_promise
from conflictkg.nlp.events.state import THREAT_CAMEO, Actor, DocState, EventRecord
from conflictkg.nlp.events.targets import reporting_source
from conflictkg.nlp.events.ultimatums import condition_clauses, conditioned_side
from conflictkg.nlp.events.withdrawals import left_state
from conflictkg.nlp.modality import conditional, future, ready_word
from conflictkg.nlp.syntax import OBJ, SUBJ, first_child, governors

INTENT_CAMEO = "03"  # CAMEO root of an intent to cooperate
REQUEST_CAMEO = "10"  # CAMEO root of a demand
COOPERATIVE = frozenset({"AID", "SUPPORT", "COOPERATE", "CONCEDE", "RETREAT", "CONSULT"})
REFUSABLE = COOPERATIVE | {"AGREE"}  # "will not accept the deal", "refused to sign": a rejection too
REJECT_CAMEO = "12"  # CAMEO root of a rejection
HOSTILE = frozenset({"FIGHT", "ASSAULT", "COERCE", "SANCTION"})
ANNOUNCED_HOSTILE = frozenset({"SANCTION", "COERCE"})  # not attacks: those stay told as threatened


def intents(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    refusals: set[int] = set()
    for e in events:
        tok = st.doc[e["pred"]]
        pact = left_pact(st, tok)
        if pact is not None:  # "withdrew from the deal with Iran": the deal rejected
            e["type"], e["cameo"] = "REJECT", REJECT_CAMEO
            e["target"] = e["target"] or pact_partner(st, tok, pact, e["actor"])
        if e["type"] == "ACCUSE":  # "condemned the killing of X by Y": Y blamed, not X
            blame(st, e, events)
        kind = e["type"]
        promise = st.frames.get(e["pred"])
        going_on = continued_act(st, promise) if kind == "AGREE" and promise is not None else None
        if going_on is not None:  # "vowed to continue its war against X": the war goes on
            e["type"], e["cameo"] = going_on.pred.type, going_on.pred.cameo
            continue
        if e["modality"] == "denied":
            # "will not withdraw": a refusal; "failed to reach agreement": one not reached, a rejection
            # "said it would not send troops": its own reported words refuse the act
            refused = _committed(st, tok) or _own_reported_future(st, tok, e["actor"])
            if kind in REFUSABLE and (refused or (kind == "AGREE" and _not_reached(st, tok))):
                e["type"], e["cameo"], e["modality"] = "REJECT", REJECT_CAMEO, _stated(st, tok, e["actor"])
            continue
        side = conditioned_side(st, tok) if kind in COOPERATIVE | ANNOUNCED_HOSTILE else None
        if kind in REFUSABLE and _refused(st, tok):
            e["type"], e["cameo"], e["modality"] = "REJECT", REJECT_CAMEO, _stated(st, tok, e["actor"])
            e["target"] = e["target"] or (defied(st, tok, e["actor"]) or (None,))[0]  # "despite X's calls"
            refusals.add(tok.head.i)
        elif kind != "REJECT" and _refused(st, tok):  # "a refusé de condamner X": no accusation made
            e["modality"] = "denied"
        elif kind in COOPERATIVE and _committed(st, tok):
            # any condition makes the promise a threat ("unless the funding resumes"): its subject, when
            # an actor, is the side threatened, else the state withdrawn from
            bound = side is not None or bool(condition_clauses(st, tok))
            e["type"], e["cameo"] = ("THREATEN", THREAT_CAMEO) if bound else ("AGREE", INTENT_CAMEO)
            e["target"] = e["target"] if side is None or side == e["actor"] else side
            # "is willing to withdraw its troops from Lebanon", "will withdraw from Chad unless ..."
            e["target"] = e["target"] or left_state(st, tok, e["actor"])
            e["modality"] = _stated(st, tok, e["actor"])
        elif kind in ANNOUNCED_HOSTILE and (future(tok) or _own_reported_future(st, tok, e["actor"])):
            e["type"], e["cameo"] = "THREATEN", THREAT_CAMEO
            e["target"] = e["target"] if side is None or side == e["actor"] else side
            e["modality"] = _stated(st, tok, e["actor"])
        elif _obliged(st, tok):
            _requested(st, tok, e)
        elif kind == "AGREE" and e["cameo"] == INTENT_CAMEO and _promised_not(tok):
            if not _hostile_promise(st, tok):  # "pledged not to return X": a refusal; to attack: a promise
                e["type"], e["cameo"] = "REJECT", REJECT_CAMEO
        elif kind == "AGREE" and e["cameo"] == INTENT_CAMEO and _hostile_promise(st, tok):
            e["type"], e["cameo"] = "THREATEN", THREAT_CAMEO
    # "refused to withdraw": the refusal of the act, told once; "protested to Japan": a complaint
    told = official_protests(st, [e for e in events if not (e["pred"] in refusals and e["type"] == "REJECT")])
    return joint_sides(st, told, listed_subject)  # "A and B vowed to defeat X": one side's threat


def _refused(st: DocState, tok: Token) -> bool:
    """ "declined to resign", "refused to withdraw its troops" (refusal_verbs)."""
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in st.lex.group("refusal_verbs")


def _failed(st: DocState, tok: Token) -> bool:
    """ "failed to reach agreement" (failure_verbs): an agreement not reached is a rejection
    (PLOVER REJECT, CAMEO 12), not the agreement."""
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in st.lex.group("failure_verbs")


def _not_reached(st: DocState, tok: Token) -> bool:
    """An agreement failed ("failed to reach agreement") or not accepted in any tense ("did not
    accept the truce", acceptance_verbs): to not accept a deal offered is to reject it."""
    return _failed(st, tok) or tok.lemma_.lower() in st.lex.group("acceptance_verbs")


def _own_reported_future(st: DocState, tok: Token, actor: str) -> bool:
    """ "said they would boycott X": "would" under a reporting verb whose subject is the actor, the
    future of its own words (another's "the spokesman said the EU would freeze X" stays told)."""
    if not conditional(tok, st.lex):
        return False
    verb = next((g for g in governors(tok) if g.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in st.lex.group("reporting"):
        return False
    subj = first_child(verb, SUBJ)
    got = np_actor(st, subj) if subj is not None else None
    return got is not None and got[0] == actor


def _committed(st: DocState, tok: Token) -> bool:
    """The act is told in the future ("will send") or as what its actor is ready or willing to do
    ("is ready to send"); not a reported conditional ("said it would send": the team's gold reads
    a decision told that way as the act itself)."""
    if future(tok):
        return True
    for g in governors(tok):
        if ready_word(g, st.lex):
            return True
        if g.pos_ in ("VERB", "AUX"):
            return False
    return False


def _obliged(st: DocState, tok: Token) -> bool:
    """ "X must agree", "X must return the ship": an act told as an obligation (obligation_modals);
    French "devoir" is a verb governing the act ("Damas doit retirer ses troupes")."""
    modals = st.lex.group("obligation_modals")
    if tok.dep_ == "xcomp" and tok.head.pos_ in ("VERB", "AUX") and tok.head.lemma_.lower() in modals:
        return True
    if tok.pos_ == "NOUN" and tok.dep_ in OBJ and tok.head.lemma_.lower() in st.lex.group("cessation_verbs"):
        return _obliged(st, tok.head)  # "the army must stop the shelling of X": a duty, none told done
    return any(c.dep_ == "aux" and c.lower_ in modals for c in tok.children)


def _requested(st: DocState, tok: Token, e: EventRecord) -> None:
    """ "Chile said Peru must return the ships", "the court ruled that Peru must return them": the
    speaker or finder asks the act of its actor (CAMEO 10, PLOVER REQUEST), who becomes the target;
    told by no one ("the army should withdraw", "must stop") the act is only a duty: hypothetical."""
    speaker = speaker_of(st, tok) or finder(st, tok) or _source(st, tok, e["actor"])
    if speaker is None:  # "the army should withdraw": a duty told by no one, no act
        e["modality"] = "hypothetical"
    elif speaker[0] != e["actor"]:
        e["type"], e["cameo"], e["target"] = "REQUEST", REQUEST_CAMEO, e["actor"]
        e["actor"], e["modality"] = speaker[0], "asserted"


def _source(st: DocState, tok: Token, actor: str) -> Actor | None:
    """ "Selon Paris, Damas doit se retirer du Liban": the source phrase (source_preps_of_report) on
    the act or the modal governing it names who says the actor must act, as a reporting verb's
    subject does."""
    for g in (tok, *governors(tok)):
        got = reporting_source(st, g, actor)
        if got is not None:
            return got
        if (
            g is not tok
            and g.pos_ in ("VERB", "AUX")
            and g.lemma_.lower() not in st.lex.group("obligation_modals")
        ):
            return None
    return None


def _hostile_promise(st: DocState, tok: Token) -> bool:
    """ "vowed / pledged / promised to attack X": the promised act is a violent or coercive one."""
    entry = st.lex.verbs.get(tok.lemma_.lower())
    if entry is None or entry.embeds != "promise":
        return False
    f = st.frames.get(tok.i)
    if f is not None and hostile_promise(st, f):  # "vowed to launch attacks", "swore to retake X"
        return True
    for c in tok.children:
        if c.dep_ == "xcomp":
            done = st.lex.verbs.get(c.lemma_.lower())
            return done is not None and done.type in HOSTILE
    return False


def _promised_not(tok: Token) -> bool:
    """ "pledged not to hand the town back": the act a promise verb embeds is negated;
    a cooperative act so promised is refused (CAMEO 12), a hostile one forsworn (CAMEO 03)."""
    return any(c.dep_ == "xcomp" and any(g.dep_ == "neg" for g in c.children) for c in tok.children)


def _stated(st: DocState, tok: Token, actor: str) -> str:
    """The promise is asserted when its maker says it, reported when another tells it."""
    speaker = speaker_of(st, tok)
    return "reported" if speaker is not None and speaker[0] != actor else "asserted"
