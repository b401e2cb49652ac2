"""An attack noun whose relative clause counts its dead: "claimed responsibility for the attack on a
market in X that killed 12", "claimed the ambush that killed nine villagers". The killing verb of the clause
(``civilian_type``) tells the attack's toll; when its object is people (``civilian_nouns``) or a bare
number and the attack names no party hit, the attack is an assault on the civilians of the place, as
ACLED codes it, and the clause's killing is that assault told again, no second event."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.attack_words import relative_clauses
from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.events.subjects import civilians
from conflictkg.nlp.syntax import OBJ, prep_args

ASSAULT_CAMEO = "18"


def relative_tolls(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """``events`` with each targetless attack noun whose relative clause kills people made an
    assault on civilians, and that clause's own assault on them dropped."""
    out: list[EventRecord] = []
    told: set[tuple[int, str]] = set()
    for e in events:
        noun = _attack_noun(st, e) if e["type"] in VIOLENT_TYPES and e["target"] is None else None
        kills = _people_killed(st, noun) if noun is not None else []
        if kills:
            e = {**e, "type": "ASSAULT", "cameo": ASSAULT_CAMEO, "target": civilians(st)}
            told |= {(v.i, e["actor"]) for v in kills}
        out.append(e)
    return [e for e in out if not ((e["pred"], e["actor"]) in told and e["type"] == "ASSAULT")]


def _attack_noun(st: DocState, e: EventRecord) -> Token | None:
    """The event's noun, or the attack a claim of responsibility names ("claimed responsibility for
    the attack", "claimed the attack": its object, or the claim noun's complement)."""
    tok = st.doc[e["pred"]]
    if e["nominal"]:
        return tok
    if tok.lemma_.lower() not in st.lex.group("responsibility"):
        return None
    claims = st.lex.group("claim_nouns")
    for obj in (c for c in tok.children if c.dep_ in OBJ):
        if obj.lemma_.lower() not in claims:
            return obj
        return next((c for _, c in prep_args(obj) if c.pos_ == "NOUN"), None)
    return None


def _people_killed(st: DocState, noun: Token) -> list[Token]:
    """The killing verbs of ``noun``'s relative clauses whose object is people or a bare number."""
    civ = st.lex.group("civilian_nouns")
    sites = {w.rsplit(" ", 1)[0] for w in st.lex.group("force_sites")}
    out = []
    for verb in relative_clauses(st, noun) if noun.pos_ == "NOUN" else []:
        between = st.doc[noun.i + 1 : verb.i]
        if any(_party(st, t) or t.lemma_.lower() in sites for t in between):
            continue  # "the attack on an army base that killed 12": the forces', not civilians
        pred = st.lex.verbs.get(verb.lemma_.lower())
        if pred is None or pred.civilian_type is None:
            continue
        objects = [c for c in verb.children if c.dep_ in OBJ]
        if any(c.lemma_.lower() in civ or (c.pos_ == "NUM" and c.like_num) for c in objects):
            out.append(verb)
    return out


def _party(st: DocState, tok: Token) -> bool:
    """A mention of a party other than a state (a state's name there is the place: "in Mogadishu")."""
    m = st.covered.get(tok.i)
    return m is not None and m["kind"] != "state"
