"""People named by their nationality ("des milliers de Syriens", "des centaines de Maliens"): a
plural naming a country's people. The tagger may read one as a name with no number ("d'Afghans",
"de Pakistanais"): a capitalised word ending as French and English plurals do that the KB reads as
a demonym is one too."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState

_PLURAL_ENDS = ("s", "x")


def people_plural(st: DocState, tok: Token) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN") or not tok.text[:1].isupper():
        return False
    if "Plur" in tok.morph.get("Number", []):
        return tok.pos_ == "NOUN"
    return tok.lower_.endswith(_PLURAL_ENDS) and st.kb.resolve_demonym(tok.text) is not None
