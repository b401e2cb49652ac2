"""Whether an agentless event given its default actor stands without a target: the people, property
or place acted on that it needs (nlp/events/finder.py drops it otherwise)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.escorts import escorted
from conflictkg.nlp.events.fired_on import fired_on
from conflictkg.nlp.events.places import place_of_event
from conflictkg.nlp.events.state import Actor, DocState, Frame
from conflictkg.nlp.syntax import SUBJ_PASS, first_child, is_passive


def lacks_target(st: DocState, f: Frame, target: Actor | None) -> bool:
    """An agentless predicate given its default actor stands only with someone acted on who is no
    state ("cinq hommes ont été arrêtés": the police need people arrested; "the opposition leader was
    arrested": one holding a role, though no actor), or, weapons fired
    (a verb_object fight), with a place or a thing fired on ("des roquettes ont été tirées sur Kandahar": the
    unnamed armed group's attack there; "at the airport": nlp/events/fired_on.py)."""
    if f.pred.type == "COERCE" and is_passive(f.tok):  # "shops were looted": property, no one, hit
        patient = first_child(f.tok, SUBJ_PASS)  # "government offices were torched": the state's
        held = st.lex.group("property_nouns") | st.lex.group("explosive_means_words")  # "a bomb was defused"
        if patient is not None and patient.lemma_.lower() in held:
            return False
    if target is not None:
        kind = st.actors.get(target[0], {}).get("kind")
        return kind == "state" and not _envoys_hit(st, f)
    patient = first_child(f.tok, SUBJ_PASS) if is_passive(f.tok) else None
    if patient is not None and (
        patient.lemma_.lower() in st.lex.roles or patient.lemma_.lower() in st.lex.group("wrongdoer_nouns")
    ):
        return False  # "a village chief was kidnapped", "a drug lord was arrested": someone acted on
    if f.pred.type == "COERCE" and is_passive(f.tok):
        return True
    if f.pred.passive_only and patient is not None and f.noun is not None and patient.i == f.noun.i:
        # "a body with gunshot wounds was found": its marks tell a killing, though no one is named;
        # "the body of a former mayor was found": of one holding a role, though no actor
        if any(o.lemma_.lower() in st.lex.roles for o in _owners(st, patient)):
            return False
        return not any(c.dep_ == "prep" and c.lower_ == "with" for c in patient.children)
    fired = f.noun is not None and f.pred.type == "FIGHT"
    return not fired or (place_of_event(st, f) is None and not fired_on(st, f))


def _owners(st: DocState, patient: Token) -> list[Token]:
    """Whose the patient is, named in its 'of' complement ("the body of a mayor": the mayor)."""
    of = st.lex.group("of_preps")
    preps = [c for c in patient.children if c.dep_ == "prep" and c.lower_ in of]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


def _envoys_hit(st: DocState, f: Frame) -> bool:
    """ "un diplomate américain a été tué", "l'ambassadeur a été enlevé", "un ex-ministre malien a été
    arrêté": a state's envoys or officials hit (a former one too, "ex-" its prefix), or the convoy
    carrying one ("the governor's motorcade was attacked")."""
    patient = first_child(f.tok, SUBJ_PASS)
    envoys = st.lex.group("envoy_nouns") | set(st.lex.roles) | st.lex.group("official_nouns")
    hit = [patient, *escorted(st, [patient])] if patient is not None else []  # "the governor's motorcade"
    return any(_official(st, t.lemma_.lower(), envoys) for t in hit)


def _official(st: DocState, lemma: str, envoys: frozenset[str]) -> bool:
    former = next((w for w in st.lex.group("former_words") if lemma.startswith(f"{w}-")), None)
    return (lemma[len(former) + 1 :] if former else lemma) in envoys
