"""The site an attack noun is aimed at, placed by its complement: "une attaque des talibans contre
un hôtel de Kaboul" happened in Kabul, as "une attaque contre un hôtel à Kaboul" does. Only a common
noun that names no actor counts ("contre les rebelles de Kidal" says where the rebels are from)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ, SUBJ_PASS, prep_args

NEAR_ADVERBS = shared_words("near_adverbs")


def sites_hit(st: DocState, f: Frame) -> list[Token]:
    """The 'de' complements of the common nouns a FIGHT/ASSAULT is aimed at (its object or passive
    subject, or one of its target prepositions other than 'de' itself): candidates for its place."""
    p = f.pred
    if p.type not in ("FIGHT", "ASSAULT") or f.noun is not None:
        return []
    of = st.lex.group("of_preps")
    hit = [c for prep, c in prep_args(f.tok) if prep in p.target and prep not in of]
    hit += [c for c in f.tok.children if _near_object(st, c)]  # "a explosé près d'un marché de X"
    if not f.nominal and "obj" in p.target:  # "ont attaqué un hôtel de Kaboul"
        hit += [c for c in f.tok.children if c.dep_ in OBJ or c.dep_ in SUBJ_PASS]  # "a été tué"
    held = st.lex.group("held_site_nouns")  # "les bastions rebelles de la province d'Idleb": a site
    hit = [c for c in hit if c.pos_ == "NOUN" and (c.i not in st.covered or c.lemma_.lower() in held)]
    hit = [c for c in hit if c.lemma_.lower() not in st.lex.generic]
    # "le consul d'Algérie": the state a person serves is no place ("le gouverneur de Kandahar" is)
    people = st.lex.group("envoy_nouns") | set(st.lex.roles) | st.lex.group("official_nouns")
    # "le consulat du Danemark à Beyrouth": the state owning a mission abroad is no place either
    owners = [
        c for c in hit if c.lemma_.lower() in people or c.lemma_.lower() in st.lex.group("mission_nouns")
    ]
    served = {x.i for c in owners for x in c.children if _state(st, x)}
    return [x for c in hit for prep, x in prep_args(c) if prep in of and x.i not in served]


def _near_object(st: DocState, c: Token) -> bool:
    """ "près d'un marché": a noun the parser made the verb's object, opened by "de" after an adverb
    of nearness (near_adverbs): a locative, the site the event is near."""
    lo = c.left_edge.i
    case = st.doc[lo]
    return (
        c.dep_ in OBJ and lo > 0 and case.dep_ == "case" and case.head.i == c.i
        and st.doc[lo - 1].lower_ in NEAR_ADVERBS
    )  # fmt: skip


def _state(st: DocState, t: Token) -> bool:
    m = st.covered.get(t.i)
    return m is not None and m["kind"] == "state"
