"""A protest told as what an act is a sign of: "les députés ont quitté la salle en signe de
protestation contre le gouvernement", "les étudiants ont brûlé leurs cartes, un geste de protestation
contre la loi". The protest noun in the 'de' complement of a sign noun (protest_sign_nouns) is a
protest by the subject of the verb the sign hangs on; what "contre" names (which the parser may hang
on the verb, its object or either noun) is its target when it is an actor; a verb that is a protest
itself ("ont défilé en signe de protestation contre X") only takes that target."""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.dates import date_expr
from conflictkg.nlp.events.state import DocState, EventRecord, Frame
from conflictkg.nlp.events.subjects import people_protesting, regroup
from conflictkg.nlp.syntax import OBJ, SUBJ, case_of, first_child

_AGAINST = "contre"


def sign_protests(st: DocState, sent: Span, events: list[EventRecord]) -> list[EventRecord]:
    """The protests ``sent`` tells as the sign an act gives, which no event of ``events`` tells."""
    from conflictkg.nlp.events.places import sentence_place  # places imports the event modules

    told = {e["pred"] for e in events}
    signs = st.lex.group("protest_sign_nouns")
    out: list[EventRecord] = []
    for tok in sent:
        pred = st.lex.nouns.get(tok.lemma_.lower())
        if pred is None or pred.type != "PROTEST" or tok.i in told or tok.head.lemma_.lower() not in signs:
            continue
        verb = _verb_above(tok.head)
        subj = first_child(verb, SUBJ) if verb is not None else None
        actor = np_actor(st, subj) if subj is not None else None
        if verb is None or actor is None:
            continue
        actor = regroup(st, people_protesting(st, verb, actor), "protesting_as")  # students: protesters
        target = _against(st, [tok, tok.head, verb, *(c for c in verb.children if c.dep_ in OBJ)])
        marched = [e for e in events if e["pred"] == verb.i and e["type"] == "PROTEST"]
        if marched:  # "ont défilé en signe de protestation contre X": that protest's target
            marched[0]["target"] = marched[0]["target"] or target
            continue
        out.append({
            "type": "PROTEST", "cameo": pred.cameo, "actor": actor[0], "via": actor[2],
            "target": target if target != actor[0] else None, "modality": "asserted", "pred": tok.i,
            "pred_text": tok.text, "nominal": True, "sent_start": sent.start_char,
            "sent_end": sent.end_char, "place": sentence_place(st, Frame(tok, pred, nominal=True)),
            "date_expr": date_expr(st, verb, sent), "confidence": 0.55,
        })  # fmt: skip
    return out


def _verb_above(tok: Token) -> Token | None:
    """The verb the sign noun hangs on, directly or through the verb's object ("la salle en signe")."""
    for t in (tok.head, tok.head.head):
        if t.pos_ == "VERB":
            return t
    return None


def _against(st: DocState, heads: list[Token]) -> str | None:
    for h in heads:
        for c in h.children:
            if case_of(c) == _AGAINST:
                got = np_actor(st, c)
                return got[0] if got is not None else None
    return None
