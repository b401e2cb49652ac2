"""The site an attack noun is aimed at, placed by its complement: "une attaque des talibans contre
un hôtel de Kaboul" happened in Kabul, as "une attaque contre un hôtel à Kaboul" does. Only a common
noun that names no actor counts ("contre les rebelles de Kidal" says where the rebels are from)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ, SUBJ_PASS, prep_args


def sites_hit(st: DocState, f: Frame) -> list[Token]:
    """The 'de' complements of the common nouns a FIGHT/ASSAULT is aimed at (its object or passive
    subject, or one of its target prepositions other than 'de' itself): candidates for its place."""
    p = f.pred
    if p.type not in ("FIGHT", "ASSAULT") or f.noun is not None:
        return []
    of = st.lex.group("of_preps")
    hit = [c for prep, c in prep_args(f.tok) if prep in p.target and prep not in of]
    if not f.nominal and "obj" in p.target:  # "ont attaqué un hôtel de Kaboul"
        hit += [c for c in f.tok.children if c.dep_ in OBJ or c.dep_ in SUBJ_PASS]  # "a été tué"
    hit = [c for c in hit if c.pos_ == "NOUN" and c.i not in st.covered]
    hit = [c for c in hit if c.lemma_.lower() not in st.lex.generic]
    return [x for c in hit for prep, x in prep_args(c) if prep in of]
