"""Targets taken together: "a condamné la Russie et la Chine", "a dénoncé le veto russe et chinois",
"a appelé l'ONU, l'UE et l'UA à agir". Each actor coordinated with an event's target is a
target of the same event (one event per pair, as the subjects coordinated are one event each). A
conjunct that is the event's actor adds nothing, nor does a role in apposition to a person ("X,
ancien Premier ministre libanais" is X); a list of victims is one assault; the two sides of
a two-sided event ("des affrontements entre X et Y") are paired where it is made, and a mediation
"between X and Y" is one event whose target is either side, as our gold codes it."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Predicate, shared_words
from conflictkg.nlp.events.coordinated_verbs import without_bare_conjuncts
from conflictkg.nlp.events.mixed_victims import mixed_victims
from conflictkg.nlp.events.name_modifiers import named_conjuncts
from conflictkg.nlp.events.own_state_targets import own_state_targets
from conflictkg.nlp.events.state import DocState, EventRecord

BETWEEN_PREPS = shared_words("between_preps")


def each_target(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """Each event, and one for each target coordinated with its own ("shot and killed X": one); a
    state its own organ targets is the person named (own_state_targets); civilians of several
    nations listed as the victims are of none (mixed_victims)."""
    events = mixed_victims(st, own_state_targets(st, without_bare_conjuncts(st, events)))
    return [x for e in events for x in [e, *_also_targeted(st, e)]]


def _also_targeted(st: DocState, e: EventRecord) -> list[EventRecord]:
    f = st.frames.get(e["pred"])
    if e["target"] is None or e["type"] == "ASSAULT" or f is None or _two_sided(f.pred):
        return []
    pred = st.doc[e["pred"]]
    heads = [t for t in pred.subtree if _actor_at(st, t) == e["target"] and t.i != pred.i]
    if len(heads) != 1 or _between(heads[0]):
        return []  # the target named twice, or found elsewhere (told before, a place's state)
    joined = [*_conjuncts(heads[0]), *named_conjuncts(st, heads[0])]  # "X and Y fighters"
    if st.actors.get(e["target"], {}).get("kind") == "person":  # "X, ancien Premier ministre libanais": X
        joined = [c for c in joined if not (c.dep_ == "appos" and c.lemma_.lower() in st.lex.roles)]
    named = [a for c in joined if (a := _actor_at(st, c)) is not None]
    if e["actor"] in named:
        return []  # "la Russie et la Chine ont condamné": the subjects coordinated, done already
    more = list(dict.fromkeys(a for a in named if a != e["target"]))
    return [{**e, "target": a, "confidence": round(max(0.3, e["confidence"] - 0.05), 3)} for a in more]


def _between(tok: Token) -> bool:
    """ "a mediation between X and Y": one event whose target is either side (as the gold codes it)."""
    for t in [tok, *tok.ancestors][:4]:  # the name, its noun ("pro-STC forces"), the first conjunct
        if any(c.dep_ == "case" and c.lower_ in BETWEEN_PREPS for c in t.children):
            return True  # "entre Bamako et Ansar Dine"
        if t.dep_ == "pobj" and t.head.lower_ in BETWEEN_PREPS:
            return True  # "between pro-Hadi forces and pro-STC forces"
    return False


def _two_sided(p: Predicate) -> bool:
    """ "clashes between X and Y", "X et Y ont signé": the sides are paired where the event is made."""
    return p.symmetric or p.between_pair or bool(p.pair)


def _actor_at(st: DocState, tok: Token) -> str | None:
    m = st.covered.get(tok.i)
    return str(m["actor"]) if m is not None and m["head"] == tok.i else None


def _conjuncts(tok: Token) -> list[Token]:
    """The conjuncts of ``tok``; of an adjective, also the adjective right after its "et", which the
    parser may hang on the verb ("le veto russe et chinois")."""
    doc = tok.doc
    if tok.pos_ != "ADJ" or tok.i + 2 >= len(doc) or doc[tok.i + 1].dep_ != "cc":
        return [*tok.conjuncts, *(x for x in _listed_after(tok) if x not in tok.conjuncts)]
    after = doc[tok.i + 2]
    joined = after.pos_ == "ADJ" and after not in tok.conjuncts
    return [*tok.conjuncts, *([after] if joined else [])]


def _listed_after(tok: Token) -> list[Token]:
    """The names listed right after ``tok`` that the parser hung on its verb, not on it ("appelle
    la Cédéao, l'ONU et l'Union africaine à envoyer des troupes": "ONU" an xcomp, "Union" a conj of
    the verb): each phrase after a comma or "et" that starts a noun phrase hung on the same head, and the
    conjuncts of that phrase."""
    doc, t = tok.doc, tok
    out: list[Token] = []
    while True:
        first = i = t.right_edge.i + 1
        if i >= len(doc) or not (doc[i].text == "," or doc[i].dep_ == "cc"):
            return out
        while i < len(doc) and (doc[i].text == "," or doc[i].dep_ == "cc"):
            i += 1  # the comma or "et" may hang on the next phrase: its left edge is then before i
        nxt = next((x for x in doc[i:] if x.head.i == tok.head.i and first <= x.left_edge.i <= i), None)
        if nxt is None or nxt.i == tok.head.i or nxt.pos_ not in ("NOUN", "PROPN") or doc[i].pos_ == "ADP":
            return out  # "a accusé l'Algérie, à Bamako": a place or a time, no name listed
        out += [nxt, *nxt.conjuncts]  # "l'ONU et l'Union africaine": the second a conj of the first
        t = nxt
