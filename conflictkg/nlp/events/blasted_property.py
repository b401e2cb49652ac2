"""Property blown up by a charge: "Maoists blew up a railway track with explosives", "militants
destroyed the bridge with an IED". Property destruction (COERCE, CAMEO 171) whose means
(``explosive_means_preps``: "with", "by") is an explosive charge (``explosive_means_words``: a bomb,
an IED, dynamite) is a bombing by non-military means (ASSAULT, CAMEO 183: ACLED's remote explosive);
with no charge named ("blew up a railway track") it stays property destruction."""

from __future__ import annotations

from dataclasses import replace

from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import OBJ, prep_args

DESTRUCTION_CAMEO = "171"  # seize or damage property
BOMBING_TYPE, BOMBING_CAMEO = "ASSAULT", "183"  # conduct suicide, car, or other non-military bombing


def blast_reading(st: DocState, f: Frame) -> Frame:
    """The bombing frame of property destroyed with an explosive charge, else ``f``."""
    if f.nominal or f.pred.type != "COERCE" or f.pred.cameo != DESTRUCTION_CAMEO:
        return f
    charges, preps = st.lex.group("explosive_means_words"), st.lex.group("explosive_means_preps")
    holders = [f.tok, *(c for c in f.tok.children if c.dep_ in OBJ)]
    if not any(p in preps and g.lower_ in charges for h in holders for p, g in prep_args(h)):
        return f
    return Frame(f.tok, replace(f.pred, type=BOMBING_TYPE, cameo=BOMBING_CAMEO), noun=f.noun)
