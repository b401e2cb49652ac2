"""People named by where they are hit ("opened fire on commuters at a bus stop", "attacked shoppers
in a market"): a fight verb's object or target complement that is one of ``civilian_nouns`` and no
mention covers (those nouns name victims only, no generic group) is civilians, so the fight is an
assault on them, as "attacked villagers" is. As a subject they stay no one ("shoppers emptied
stores": no event)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ, SUBJ_PASS, prep_args


def civilians_hit(st: DocState, f: Frame, preps: tuple[str, ...]) -> bool:
    """Whether the fight ``f`` is aimed at unnamed civilians its object or ``preps`` complement names."""
    if f.pred.type != "FIGHT" or f.nominal:
        return False
    tok = f.tok
    hit: list[Token] = [c for c in tok.children if c.dep_ in OBJ or c.dep_ in SUBJ_PASS]
    hit += [c for prep, c in prep_args(tok) if prep in preps]
    return any(c.i not in st.covered and c.pos_ == "NOUN" and _civilian(st, c) for c in hit)


def _civilian(st: DocState, noun: Token) -> bool:
    """The noun itself, or its 'of' complement ("dozens of commuters"), is one of civilian_nouns: a
    modifier is not ("une opération humanitaire" is no humanitarian worker)."""
    civ, of = st.lex.group("civilian_nouns"), st.lex.group("of_preps")
    return (
        noun.lemma_.lower() in civ
        or noun.lower_ in civ
        or any(p in of and (g.lemma_.lower() in civ or g.lower_ in civ) for p, g in prep_args(noun))
    )
