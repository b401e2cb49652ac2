"""Readings too weak to be an event.

A status told by a participle ("le gouvernement reconnu par les Nations unies", "the UN-recognised
government"): a verb of ``status_participles`` as a participle modifying a noun describes the noun,
not an act the text reports; its finite use ("la France a reconnu la Coalition") is the event
(PLOVER SUPPORT: granting diplomatic recognition).

Pronouns on both sides ("Ils les menaçaient"): the antecedent of each is a guess, and the two guesses
are not independent (the nearest group told before is often taken for both), so the event has no
party one can name. Not so for the subject of a relative clause opened by an object or oblique
relative pronoun ("une vidéo dans laquelle ils les menaçaient", "un message où ils le menacent"):
its antecedent is the agreeing subject, named by a noun, of the clause the relative hangs on
(``tree.bound_subject``), so only the object is left to a guess.

An admission in an incise ("la ville est tombée, a reconnu Kiev"): a verb of ``admission_verbs`` set
off by a comma after the clause it reports, with no subject before it and its object closing the
sentence, is a speech verb whose inverted subject the parser reads as its object: who admits, never
a state recognised; so too when the parser hangs the incise, finite, as an adverbial clause on the
verb before ("les forces ukrainiennes ont pris le contrôle de villages, a reconnu Moscou"), never a
participle so hung ("a envoyé des troupes, reconnaissant le gouvernement de transition").

A wish for oneself ("Obama wants to help X", "Japan hopes to sign a treaty"): a verb of
``wanting_verbs`` with no object and no clause with a subject of its own is no appeal to anyone
(its reading when another is to act: "Washington wants Islamabad to arrest them", "hoped that Iraq
would release the prisoners", CAMEO 02); what is wished is the wisher's intent (``modal_verbs``).

A site housing forces ("a military base hosting US troops"): a verb of ``site_housing_verbs`` on a
site noun of ``demonym_sites`` hosts no one; the forces housed are whom an attack on it targets
(nlp/events/demonym_sites.py)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.aimed_asides import aimed_aside
from conflictkg.nlp.events.carried_acts import carried_act
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.events.tree import bound_subject
from conflictkg.nlp.syntax import OBJ, SUBJ


def weak_reading(st: DocState, f: Frame) -> bool:
    return not f.nominal and (
        _status_participle(st, f.tok)
        or _pronoun_parties(st, f.tok)
        or _admission_incise(st, f.tok)
        or _own_wish(st, f.tok)
        or carried_act(st, f)  # "an operation executed by X": the operation, no execution
        or _housing_site(st, f.tok)
        or aimed_aside(st, f.tok)  # "des sanctions contre X, visant sa flotte": no strike
    )


def _housing_site(st: DocState, tok: Token) -> bool:
    """ "a military base hosting US troops", "the air base, which hosts US troops": a site houses
    forces, nobody hosts anyone (round case87)."""
    if tok.lemma_.lower() not in st.lex.group("site_housing_verbs"):
        return False
    subj = (
        tok.head if tok.dep_ in ("acl", "relcl") else next((c for c in tok.children if c.dep_ in SUBJ), None)
    )
    sites = {w.rsplit(" ", 1)[0] for w in st.lex.group("demonym_sites")}
    return subj is not None and subj.lemma_.lower() in sites


def _own_wish(st: DocState, tok: Token) -> bool:
    if tok.lemma_.lower() not in st.lex.group("wanting_verbs") or any(c.dep_ in OBJ for c in tok.children):
        return False
    clauses = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp")]
    return not any(g.dep_ in SUBJ for c in clauses for g in c.children)


def _status_participle(st: DocState, tok: Token) -> bool:
    return (
        tok.dep_ in ("acl", "amod")
        and "Part" in tok.morph.get("VerbForm", [])
        and tok.lemma_.lower() in st.lex.group("status_participles")
    )


def _pronoun_parties(st: DocState, tok: Token) -> bool:
    pronouns = st.lex.group("pronouns")
    subj = [c for c in tok.children if c.dep_ in SUBJ]
    obj = [c for c in tok.children if c.dep_ in OBJ]
    both = bool(subj and obj) and all(c.pos_ == "PRON" and c.lower_ in pronouns for c in (*subj, *obj))
    return both and bound_subject(subj[0]) is None


def _admission_incise(st: DocState, tok: Token) -> bool:
    if tok.lemma_.lower() not in st.lex.group("admission_verbs"):
        return False
    # or an adverbial clause of the verb before, when finite ("a reconnu Moscou"; not "reconnaissant X")
    advcl = tok.dep_ == "advcl" and any(c.dep_.startswith("aux") for c in tok.children)
    if tok.dep_ not in ("conj", "parataxis") and not advcl:
        return False
    if tok.head.i > tok.i or any(c.dep_ in SUBJ for c in tok.children):
        return False
    doc, start = tok.doc, min(t.i for t in tok.subtree if not t.is_punct)
    objs = [c for c in tok.children if c.dep_ in OBJ]
    after = doc[tok.right_edge.i + 1 : tok.sent.end]
    return (
        start > 0
        and doc[start - 1].text == ","
        and bool(objs)
        and all(t.is_punct and t.text != "," for t in after)
        and all(t.is_punct or t.i >= objs[0].left_edge.i for t in doc[tok.i + 1 : tok.right_edge.i + 1])
    )
