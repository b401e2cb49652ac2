"""An attacker's own toll (issue 14): a toll verb (``toll_verbs``: "faisant cinq blessés") set as an
adverbial clause on a verb that is no event ("s'est précipité d'un toit", "est mort sur le champ") whose
subject is a person standing for an unnamed attacker (an ``attack_subjects`` noun the lexicon's
``generic_groups`` counts among the armed: "un kamikaze"), or a personal pronoun opening its clause
that stands for such a noun, the subject of a clause of the sentence before ("Un kamikaze s'est jeté
d'un pont à X. Il est mort sur le champ, faisant cinq blessés"). The toll tells an assault by that
attacker: the person a name in apposition names ("un kamikaze (X)"), else an unattributed author
(the armed group that acted last or the article country's unnamed group, which a later claim
names). It is told in the attacker's sentence and at its place, on the victims the toll counts
("dont deux touristes étrangers"), else on the civilians of the article's country. A sentence that
tells a violent event of its own keeps it, and so does an attacker's sentence that tells one."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from conflictkg.knowledge.lexicon import Predicate
from conflictkg.nlp.events.actors import generic_id, np_actor, unattributed
from conflictkg.nlp.events.attack_words import toll_verb
from conflictkg.nlp.events.state import Actor, DocState, EventRecord, Frame
from conflictkg.nlp.sentences import sentence_before
from conflictkg.nlp.syntax import SUBJ

Make = Callable[..., EventRecord]
_VIOLENT = frozenset({"FIGHT", "ASSAULT", "CAPTURE"})
_PERSONAL = frozenset({"il", "elle"})


def attacker_tolls(st: DocState, sent: Span, make: Make, events: list[EventRecord]) -> list[EventRecord]:
    """The assault an attacker's toll in ``sent`` tells, when the sentence tells no violent event."""
    if any(e["type"] in _VIOLENT for e in events):
        return []
    for toll in (t for t in sent if t.dep_ == "advcl" and toll_verb(st, t)):
        verb = toll.head
        if verb.i in st.frames:
            continue  # an event verb's toll is its own ("a explosé, faisant 7 morts")
        subj = next((c for c in verb.children if c.dep_ in SUBJ), None)
        attacker = _attacker(st, subj, sent) if subj is not None else None
        if attacker is None:
            continue
        actor = _named(st, attacker) or unattributed(st, attacker)
        if actor is None:
            continue
        target = _victims(st, toll) or (generic_id(st, "civilians", st.doc._.country), 0.55, None)
        told = attacker.sent
        if any(e["type"] in _VIOLENT and e["sent_start"] == told.start_char for e in st.done):
            continue  # "Un kamikaze s'est fait exploser à X. Il est mort, faisant cinq blessés": that blast's
        frame = Frame(attacker.head, Predicate(type="ASSAULT", cameo="18", target=()), nominal=False)
        return [make(st, frame, told, "ASSAULT", "18", actor, target, "asserted", 0.55)]
    return []


def _attacker(st: DocState, subj: Token, sent: Span) -> Token | None:
    """The unnamed attacker noun ``subj`` is, or the one a clause-opening pronoun stands for."""
    if _attacker_noun(st, subj):
        return subj
    if subj.lower_ not in _PERSONAL or subj.pos_ != "PRON":
        return None
    before = sentence_before(sent)
    if before is None or any(t.pos_ in ("NOUN", "PROPN") for t in st.doc[sent.start : subj.i]):
        return None  # not the clause's opening word
    said = [t for t in before if t.dep_ in SUBJ and _attacker_noun(st, t)]
    return said[-1] if said else None


def _named(st: DocState, attacker: Token) -> Actor | None:
    """The person a name set in apposition to the attacker names ("un kamikaze (X)")."""
    for c in attacker.children:
        got = np_actor(st, c) if c.dep_ == "appos" else None
        if got is not None and got[2] is not None:
            return got  # the person, through the group the mention gives him
    return None


def _attacker_noun(st: DocState, tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    return lemma in st.lex.group("attack_subjects") and st.lex.generic.get(lemma) == "armed"


def _victims(st: DocState, toll: Token) -> Actor | None:
    """The civilians the toll counts, the last named ("7 blessés dont deux touristes étrangers")."""
    named = [np_actor(st, t) for t in toll.subtree if t.i in st.covered and t.i != toll.i]
    civilians = [a for a in named if a is not None and st.actors.get(a[0], {}).get("kind") == "civilians"]
    return civilians[-1] if civilians else None
