"""Which place of its clause an event takes when the one its predicate governs is only a reference
point ("à X, à 30 km au sud de Y": X), or when it governs none but its subject's dwellers are named
after one ("hundreds of Eastleigh residents demonstrated": Eastleigh), or a withdrawal whose
troops are said to leave one ("un retrait de ses troupes du Liban": Lebanon), or an act in a clause of
time hung on another act ("took Bukavu as government troops fled": Bukavu)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.attack_compounds import compound_place
from conflictkg.nlp.events.compass_adverbs import compass_place
from conflictkg.nlp.events.distance_phrases import measured_off
from conflictkg.nlp.events.people_of import whose_people
from conflictkg.nlp.events.places import name_text, place_np, place_of_event, sentence_place
from conflictkg.nlp.events.promised_gifts import promised_act
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.events.struck_places import behind_struck
from conflictkg.nlp.events.told_regions import with_regions_before
from conflictkg.nlp.participle_clauses import present_participle
from conflictkg.nlp.syntax import SUBJ, SUBJ_PASS, case_of, prep_args

FROM_PREPS = shared_words("from_preps")


def event_place(st: DocState, f: Frame) -> dict[str, Any] | None:
    """The place of the event ``f`` tells (see ``places.place_of_event``), with a place measured off
    another ("40km north of Gorom-Gorom") yielding to a place the clause names outright, and where a
    weapon was fired from ("tirés depuis la Syrie") yielding to where it hit, never its frame."""
    got = place_of_event(st, f)
    if got is not None:
        got = behind_struck(st, f, got)  # "shelled X on the road M4, west of Y": Y, if X is unknown
        got = with_regions_before(st, got)  # "in the region of Oaxaca, near X": the X of Oaxaca
    if got is None:
        got = _dwellers_place(st, f) or _place_left(st, f) or _destination(st, f) or _toll_place(st, f)
        got = got or compound_place(st, f) or _time_clause_place(st, f)  # "the Kabul attack"
        return got or _attack_subject_place(st, f) or compass_place(st, f)  # "advance north of Aleppo"
    if fired_from(st, got):  # "des obus tirés depuis la Syrie ont tué deux civils à X": at X
        other = sentence_place(st, f, skip=got["start"])
        return other if other is not None and not fired_from(st, other) else got
    if got.get("fallback") and fired_from(st, got["fallback"]):
        got = {**got, "fallback": None}  # where it was fired from is no frame of where it fell
    if measured_off(st, got["start"]) or whose_people(st, got):  # "the people of Syria in Douma": Douma
        other = sentence_place(st, f, skip=got["start"])
        if other is not None and other.get("start") is not None and not measured_off(st, other["start"]):
            return {**other, "fallback": got}  # the reference point, where the data lacks the place
    return got


def _destination(st: DocState, f: Frame) -> dict[str, Any] | None:
    """ "a promis d'envoyer des soldats au Mali": a promised deployment is placed where the forces
    are to go, the place the deployment itself takes; so is a threat where the act it threatens
    would be ("menacent de prendre Gao", "a averti qu'elle frapperait les rebelles à Gao")."""
    act = promised_act(st, f)
    if act is not None:
        return place_of_event(st, act) if act.pred.type == "MOBILIZE" else None
    if f.pred.embeds != "threat":
        return None
    done = (st.frames.get(c.i) for c in f.tok.children if c.dep_ in ("xcomp", "ccomp") and c.i > f.tok.i)
    act = next((a for a in done if a is not None), None)
    got = place_of_event(st, act) if act is not None else None
    return None if got is None or got.get("start") in st.covered else got  # "d'attaquer Israël": a party


def _time_clause_place(st: DocState, f: Frame) -> dict[str, Any] | None:
    """ "M23 rebels took control of Bukavu as government troops fled": an act in a clause of time
    (``time_clause_marks``) that names no place of its own happened where the act it hangs on did
    (round casemiss87)."""
    tok = f.tok
    if f.nominal or tok.dep_ != "advcl" or tok.head.i == tok.i:
        return None
    marks = st.lex.group("time_clause_marks")
    if not any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children):
        return None
    if f.pred.type == "RETREAT" and not any(c.dep_ in SUBJ | SUBJ_PASS for c in tok.children):
        return None  # "a tué trois soldats avant de prendre la fuite": the attacker leaves, no ground
    head = st.frames.get(tok.head.i)
    return place_of_event(st, head) if head is not None and not head.pred.silent else None


def _place_left(st: DocState, f: Frame) -> dict[str, Any] | None:
    """ "un retrait de ses troupes du Liban", "the withdrawal of its troops from Syria": the place a
    withdrawal's troops leave, named in a "de"/"from" complement of the troops it withdraws, or before
    them ("le retrait d'Afghanistan des troupes françaises"); a promised withdrawal's too ("s'est
    engagée à retirer ses troupes d'Afghanistan": Afghanistan)."""
    act = promised_act(st, f)
    if act is not None:
        return _place_left(st, act)
    if f.pred.type != "RETREAT":
        return None
    of = st.lex.group("of_preps")
    withdrawn = next((c for prep, c in prep_args(f.tok) if prep in of), None)  # the troops, not a place
    # "le retrait d'Afghanistan des soldats français": the troops hung on the name are the ones withdrawn
    troops = [x for p, x in prep_args(withdrawn) if p in of] if withdrawn is not None else []
    if (
        withdrawn is not None
        and withdrawn.pos_ == "PROPN"
        and troops
        and troops[0].lemma_.lower() in st.lex.generic
    ):
        withdrawn = troops[0]
    for t in f.tok.subtree:
        prep = case_of(t)
        if t.i <= f.tok.i or t is withdrawn or t.pos_ != "PROPN" or not (prep in of or prep in FROM_PREPS):
            continue
        got = place_np(st, t) or _country_named(st, t)
        if got is not None:
            got["inferred"] = True
            return got
    return None


def near_phrase(st: DocState, tok: Token) -> bool:
    """ "près de Konna", "aux abords de Gao": the noun's preposition follows a word of nearness, so
    it names a place near which something happens, not one left ("repoussé l'assaut près de X")."""
    case = next((c for c in tok.children if c.dep_ == "case" and c.i < tok.i), None)
    return case is not None and case.i > 0 and st.doc[case.i - 1].lower_ in st.lex.group("near_words")


def _toll_place(st: DocState, f: Frame) -> dict[str, Any] | None:
    """ "ont attaqué la ville de Konna, tuant dix civils", "shelled X, killing five": a present
    participle clause hung on an event's verb tells that event's toll, so it takes its place."""
    prev = f.tok
    for a in f.tok.ancestors:
        if prev.dep_ == "advcl":
            head = st.frames.get(a.i)
            if not _present_participle(prev) or head is None or head.pred.silent:
                return None
            got = place_of_event(st, head)
            return {**got, "inferred": True} if got is not None else None
        prev = a
    return None


def _attack_subject_place(st: DocState, f: Frame) -> dict[str, Any] | None:
    """ "the regime's shelling of Idlib killed five civilians": a clause whose subject is an attack
    noun tells that attack's toll, so it takes the place the noun names ("of Idlib", "on X")."""
    if f.nominal:
        return None
    for c in f.tok.children:
        noun = st.frames.get(c.i) if c.dep_ in SUBJ else None
        if noun is not None and noun.nominal and noun.pred.type in ("FIGHT", "ASSAULT"):
            got = place_of_event(st, noun) or compound_place(st, noun)  # "the Kabul attack killed five"
            return {**got, "inferred": True} if got is not None and not fired_from(st, got) else None
    return None


def fired_from(st: DocState, got: dict[str, Any]) -> bool:
    """ "des obus tirés depuis la Syrie sont tombés sur X": where the weapon was fired from (an
    origin_preps phrase on its participle) is no place of what it hit."""
    start = got.get("start")
    t = st.doc[start] if isinstance(start, int) else None
    return t is not None and t.head.pos_ == "VERB" and case_of(t) in st.lex.group("origin_preps")


def _present_participle(tok: Token) -> bool:
    return tok.tag_ == "VBG" or present_participle(tok)  # "killing", "tuant"


def _country_named(st: DocState, t: Token) -> dict[str, Any] | None:
    """A country's very name, which a mention of the troops after it may have swallowed
    ("d'Afghanistan des soldats français" read as one name of the French army)."""
    entry = st.kb.resolve(t.text)
    if entry is None or entry.kind != "state" or t.ent_type_ not in ("LOC", "GPE"):
        return None
    return {"name": t.text, "kind": "country", "near": None, "descriptor": False, "start": t.i}


def _dwellers_place(st: DocState, f: Frame) -> dict[str, Any] | None:
    """ "Eastleigh residents (Nairobi) demonstrated": the name a dweller noun of
    the subject is qualified by is where they act; the bracket after it says where that place lies."""
    dwellers = st.lex.group("dweller_nouns")
    for c in f.tok.children:
        if c.dep_ not in SUBJ and c.dep_ not in SUBJ_PASS:
            continue
        for node in c.subtree:
            if node.lemma_.lower() not in dwellers:
                continue
            names = [n for n in node.children if n.dep_ == "compound" and n.pos_ == "PROPN" and n.i < node.i]
            got = place_np(st, names[0]) if names else None
            if got is None:
                continue
            appos = [a for a in node.children if a.dep_ == "appos" and a.pos_ == "PROPN" and a.i > node.i]
            if appos and not got.get("alt"):
                got["alt"] = name_text(st, appos[0])
                inner = [a for a in appos[0].children if a.dep_ == "appos" and a.pos_ == "PROPN"]
                got["alt2"] = got.get("alt2") or (name_text(st, inner[0]) if inner else None)
            got["inferred"] = True
            return got
    return None
