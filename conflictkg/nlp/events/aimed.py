"""What an attack is aimed at ("contre X", "sur X": the predicate's target prepositions), read on
each word that may hold it: the verb ("ont tiré des roquettes sur la base de X"), the object noun of
a verb_object idiom ("a lancé une offensive contre Alep"), the event noun ("un raid contre Homs")
and the light verb of an event noun ("a mené des frappes contre Gao", the parser hanging the
argument on the verb). A place aimed at is where the attack took place."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ, SUBJ_PASS, prep_args


def aimed_at(st: DocState, f: Frame) -> list[Token]:
    """The nominals after their holder that one of ``f``'s target prepositions introduces."""
    holders = [f.tok, *([f.noun] if f.noun is not None else [])]
    light = f.tok.dep_ in OBJ | SUBJ_PASS and f.tok.head.lemma_.lower() in st.lex.group("light")
    if f.nominal and light:
        holders.append(f.tok.head)
    return [c for h in holders for prep, c in prep_args(h) if prep in f.pred.target and c.i > h.i]
