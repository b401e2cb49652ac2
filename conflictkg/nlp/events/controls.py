"""Control claims: "X controls / holds / took Y" → who controls which place."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span, Token

from conflictkg.nlp.events.actors import mention_actor, np_actor
from conflictkg.nlp.events.dates import date_expr
from conflictkg.nlp.events.places import place_np
from conflictkg.nlp.events.state import (
    PLACE_ENTS,
    DocState,
)
from conflictkg.nlp.events.town_anaphors import town_told_before
from conflictkg.nlp.syntax import (
    OBJ,
    SUBJ,
    SUBJ_PASS,
    case_of,
    first_child,
    is_passive,
    prep_args,
)


def held_places(st: DocState, sent: Span) -> list[dict[str, Any]]:
    """'le bastion de la LNA, la ville de X', "the RSF's stronghold of X": an actor holds a place."""
    out: list[dict[str, Any]] = []
    lex = st.lex
    control_nouns = lex.group("control_nouns")
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in control_nouns:
            continue
        actor = None
        for prep, c in prep_args(tok):
            if prep in lex.group("of_preps") or prep == "'s":
                m = st.covered.get(c.i)
                if m is not None and not m["demonym"] and m["kind"] != "state":
                    actor = mention_actor(st, m)
                    break
        if actor is None:
            for c in tok.children:
                if c.dep_ == "poss":
                    actor = np_actor(st, c)
        if actor is None:
            continue
        place = _control_place(st, tok)
        if place is None:
            continue
        out.append(_claim(st, actor[0], place, tok, sent))
    return out


def _claim(st: DocState, actor: str, place: dict[str, Any], tok: Token, sent: Span) -> dict[str, Any]:
    """A control claim: ``actor`` holds ``place``, told by ``tok`` in ``sent``."""
    return {
        "actor": actor, "place": place, "sent_start": sent.start_char, "sent_end": sent.end_char,
        "date_expr": date_expr(st, tok, sent), "confidence": 0.7, "pred_text": tok.text,
    }  # fmt: skip


def _control_place(st: DocState, tok: Token) -> dict[str, Any] | None:
    near = st.lex.group("near_words")
    for c in tok.children:
        if c.dep_ in ("appos", "flat:name", "compound"):
            got = place_np(st, c)
            if got is not None:
                return got
    for prep, c in prep_args(tok):
        if prep in st.lex.group("of_preps") and c.pos_ == "PROPN":
            m = st.covered.get(c.i)
            if m is None or m["kind"] == "state":
                got = place_np(st, c)
                if got is not None:
                    return got
    # the parser often attaches the apposition elsewhere: the next named place in the sentence,
    # skipping the reference place of "près de X"/"near X"
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.pos_ != "PROPN" or (t.ent_type_ not in PLACE_ENTS and st.covered.get(t.i)):
            continue
        prev = t.doc[t.i - 1] if t.i > 0 else None
        prev2 = t.doc[t.i - 2] if t.i > 1 else None
        if (prev is not None and prev.lower_ in near) or (prev2 is not None and prev2.lower_ in near):
            continue
        if t.head.lower_ in near:
            continue
        got = place_np(st, t)
        if got is not None and got["kind"] != "country":
            return got
    return None


def control_statements(st: DocState, sent: Span) -> list[dict[str, Any]]:
    """ "Y contrôle X", "X est contrôlé par Y", "X est sous le contrôle de Y": Y holds X."""
    out: list[dict[str, Any]] = []
    for tok in sent:
        found = (
            _held_by_verb(st, tok)
            or _held_by_verb_read_as_noun(st, tok)
            or _held_by_verb_read_as_adjective(st, tok)
            or _held_in_state(st, tok)
        )
        if found is None or _negated(st, tok):  # the cheap tests first: all four only read the tree
            continue
        holders, held = found
        places = [p for h in _held_list(held) if (p := place_np(st, h) or town_told_before(st, h))]
        for holder in (m for h in holders for m in _named_members(st, h) or [h]):
            actor = np_actor(st, holder)
            if actor is None or st.actors.get(actor[0], {}).get("kind") == "state":
                continue
            out.extend(_claim(st, actor[0], place, tok, sent) for place in places)
    return out


def _held_list(held: Token) -> list[Token]:
    """ "les villes de Tombouctou, Gao et Kidal": what is held and the names coordinated to it, each
    place its own claim (the parser chains the conjuncts, each on the one before)."""
    out = [held]
    for t in out:
        out.extend(c for c in t.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN"))
        # "les villes de Tombouctou et Gao": the names coordinated in the complement too
        if t.i == held.i:
            out.extend(c for n in t.children if n.dep_ == "nmod" for c in n.children if c.dep_ == "conj")
    return out


def _named_members(st: DocState, holder: Token) -> list[Token]:
    """ "des groupes islamistes armés, dont Ansar Dine et le Mujao": the members a generic group's
    relative clause names."""
    if holder.pos_ != "NOUN":
        return []
    words = st.lex.group("including_relatives")
    named = [c for c in holder.children if c.pos_ == "PROPN" and any(g.lower_ in words for g in c.children)]
    return _with_conjuncts(named)


def _held_by_verb(st: DocState, tok: Token) -> tuple[list[Token], Token] | None:
    if tok.pos_ not in ("VERB", "AUX") or tok.lemma_.lower() not in st.lex.group("control_verbs"):
        return None
    acl_subject = _subject_of_finite_acl(st, tok)
    if is_passive(tok) and not acl_subject:
        agents = [c for p, c in prep_args(tok) if p in st.lex.group("agent_preps")]
        held = first_child(tok, SUBJ_PASS)
        # "par le MNLA, Ansar Dine et le Mujao": the parser hangs the rest of the list on the verb
        agents += [
            c for c in tok.children
            if agents and c.i > agents[0].i and c.pos_ == "PROPN" and c.dep_ in ("obl:mod", "appos")
            and case_of(c) is None
        ]  # fmt: skip
    else:
        agents = [c for c in tok.children if c.dep_ in SUBJ] or acl_subject or _claimed_by(st, tok)
        held = first_child(tok, OBJ) or _bare_object(tok) or _object_under_oblique(tok)
        if held is None and (held := _second_subject(tok)) is not None:
            agents = [a for a in agents if a.i != held.i]
    if held is None or not agents:
        return None
    return _with_conjuncts(agents), held


def _held_by_verb_read_as_noun(st: DocState, tok: Token) -> tuple[list[Token], Token] | None:
    """ "le MNLA contrôle Kidal": a control verb in the singular present that the tagger read as a
    noun, with no article of its own, between a name (its subject) and a name (what is held)."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or not tok.lower_.endswith("e") or tok.i == 0 or tok.i + 1 >= len(doc):
        return None
    if f"{tok.lower_}r" not in st.lex.group("control_verbs") or any(c.dep_ == "det" for c in tok.children):
        return None
    # "le Mujao contrôle la ville de X": the parser gave the noun a subject and an object of its own
    subject, obj = first_child(tok, SUBJ), first_child(tok, OBJ)
    if subject is not None and obj is not None:
        return [subject], obj
    holder, held = doc[tok.i - 1], doc[tok.i + 1]
    if holder.pos_ != "PROPN" or held.pos_ != "PROPN":
        return None
    return [holder], held


def _claimed_by(st: DocState, tok: Token) -> list[Token]:
    """ "le MNLA affirme contrôler Kidal", "les islamistes disent contrôler X": an infinitive a verb of
    saying takes has that verb's subject as its own (what a group claims to hold; "veulent contrôler",
    a wish, holds nothing)."""
    if tok.dep_ != "xcomp" or not st.lex.has("reporting", tok.head.lemma_.lower()):
        return []
    return [c for c in tok.head.children if c.dep_ in SUBJ]


def _held_by_verb_read_as_adjective(st: DocState, tok: Token) -> tuple[list[Token], Token] | None:
    """ "les rebelles touareg contrôlent désormais Kidal": a control verb in a plural present ending
    the tagger read as an adjective of the noun before it (the parser then hangs what is held on that
    noun too): the noun holds the first name or determined noun after the verb."""
    if (
        tok.pos_ != "ADJ"
        or tok.dep_ != "amod"
        or tok.head.pos_ not in ("NOUN", "PROPN")
        or tok.head.i > tok.i
    ):
        return None
    forms = {f"{v[:-2]}ent" for v in st.lex.group("control_verbs") if v.endswith("er")}
    if tok.lower_ not in forms:
        return None
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.pos_ == "ADV":
            continue
        determined = any(d.dep_ == "det" for d in t.children)
        if t.pos_ == "PROPN" or (t.pos_ == "NOUN" and determined):
            return [tok.head], t
        if t.pos_ != "DET":
            return None
    return None


def _subject_of_finite_acl(st: DocState, tok: Token) -> list[Token]:
    """ "Les islamistes d'Ansar Dine contrôlent depuis avril ...": a verb in a present ending
    (``regular_er_endings``) the parser hung on the noun before it as a participle's clause has that
    noun as its subject."""
    lemma = tok.lemma_.lower()
    endings = st.lex.group("regular_er_endings") if lemma.endswith("er") else frozenset()
    present = {f"{lemma[:-2]}{e}" for e in endings}
    if tok.dep_ != "acl" or tok.lower_ not in present or tok.head.pos_ not in ("NOUN", "PROPN"):
        return []
    return [tok.head]


def _object_under_oblique(tok: Token) -> Token | None:
    """ "contrôlent depuis avril les villes de X": the object after a fronted complement of time, which
    the parser hangs on that complement: the first determined noun there with no preposition."""
    for c in tok.rights:
        if c.dep_ not in ("obl:mod", "obl") or case_of(c) is None:
            continue
        for t in c.subtree:
            determined = any(d.dep_ == "det" for d in t.children)
            if t.i > c.i and t.pos_ == "NOUN" and case_of(t) is None and determined:
                return t
    return None


def _second_subject(tok: Token) -> Token | None:
    """ "les talibans contrôlent le district de X": with its subject before it, a determined noun the
    parser hangs after the verb as a second subject is its object."""
    after = [c for c in tok.rights if c.dep_ in SUBJ and any(d.dep_ == "det" for d in c.children)]
    return after[0] if after and any(c.dep_ in SUBJ for c in tok.lefts) else None


def _bare_object(tok: Token) -> Token | None:
    """ "le MNLA contrôlait Tombouctou": a noun after the verb with no preposition, which the parser
    may hang as an oblique, is its object."""
    nominal = ("NOUN", "PROPN")
    after = [c for c in tok.rights if c.dep_ == "obl:mod" and c.pos_ in nominal and case_of(c) is None]
    return after[0] if after else None


def _held_in_state(st: DocState, tok: Token) -> tuple[list[Token], Token] | None:
    """ "X est sous le contrôle de Y", "X, aux mains de Y"."""
    if tok.pos_ != "NOUN":
        return None
    # the lemmatizer reads "sous" as the noun "sou": its text too
    preps = {case_of(tok), *(c.lower_ for c in tok.children if c.dep_ == "case")}
    states = {f"{p} {tok.lemma_.lower()}" for p in preps}
    if not states & st.lex.group("control_states"):
        return None
    of = st.lex.group("of_preps")
    holders = [c for p, c in prep_args(tok) if p in of]
    if tok.dep_ == "ROOT" or any(c.dep_ == "cop" for c in tok.children):
        held = first_child(tok, SUBJ)
    elif tok.head.pos_ in ("NOUN", "PROPN"):
        held = tok.head
    else:
        held = first_child(tok.head, SUBJ | SUBJ_PASS) if tok.head.pos_ in ("VERB", "AUX") else None
    if held is None or not holders:
        return None
    return _with_conjuncts(holders), held


def _with_conjuncts(toks: list[Token]) -> list[Token]:
    return [*toks, *(c for t in toks for c in t.children if c.dep_ == "conj")]


def _negated(st: DocState, tok: Token) -> bool:
    # "ne ... plus": the particle the tagger marks as negative negates the verb read as a noun too
    neg = st.lex.group("negation")
    return any(
        c.dep_ == "advmod" and (c.lower_ in neg or "Neg" in c.morph.get("Polarity", [])) for c in tok.children
    )


def holder_of(st: DocState, place: dict[str, Any], actor: str) -> tuple[str, float, None] | None:
    """Who the text last said holds ``place`` (another than ``actor``)."""
    name = str(place.get("name", "")).casefold()
    for claim in reversed(st.claims):
        if str(claim["place"].get("name", "")).casefold() == name and claim["actor"] != actor:
            return (str(claim["actor"]), 0.6, None)
    return None
