"""A protest against what befell the protesters themselves: "des détenus ont entamé une grève de la
faim pour protester contre leur détention", "ont manifesté pour dénoncer leur exclusion". The
third-person possessive of the noun protested against points back to the protesters' own people, so
the civilians it resolves to are who protests, not a party the protest targets: no target (the
protest stands on its own, as ACLED codes it). A party named so stays ("contre leur gouvernement":
the government; "contre l'arrestation de X": X)."""

from __future__ import annotations

from conflictkg.nlp.coref import possessive
from conflictkg.nlp.events.state import Actor, DocState, Frame
from conflictkg.nlp.syntax import prep_args


def own_grievance(st: DocState, f: Frame, got: Actor | None) -> Actor | None:
    """``got``, unless it is the civilians a protest's own possessive grievance resolved to."""
    if got is None or f.pred.type != "PROTEST" or st.actors.get(got[0], {}).get("kind") != "civilians":
        return got
    own = st.lex.group("own_possessives")
    for _, arg in prep_args(f.tok):
        det = possessive(arg) if arg.pos_ == "NOUN" else None
        if det is not None and det.lower_ in own and st.covered.get(arg.i) is None:
            return None
    return got
