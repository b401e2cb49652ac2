"""People named by their nationality ("des milliers de Syriens", "des centaines de Maliens"): a
plural naming a country's people. The tagger may read one as a name with no number ("d'Afghans",
"de Pakistanais"): a capitalised word ending as French and English plurals do that the KB reads as
a demonym is one too. One person told by a capitalised demonym with the indefinite singular article
("un Palestinien a été abattu", "ont enlevé un Américain"; the tagger often reads it as an adjective
heading its own argument) is one of that country's people too (round frstyle72). The English tagger
reads a plural demonym as a plural name ("thousands of Kenyans"): one too, with no definite article
(round petr81)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState

_PLURAL_ENDS = ("s", "x")


def people_plural(st: DocState, tok: Token) -> bool:
    if tok.pos_ not in ("NOUN", "PROPN") or not tok.text[:1].isupper():
        return False
    if "Plur" in tok.morph.get("Number", []):
        return tok.pos_ == "NOUN" or _plural_demonym(st, tok)
    return tok.lower_.endswith(_PLURAL_ENDS) and st.kb.resolve_demonym(tok.text) is not None


def _plural_demonym(st: DocState, tok: Token) -> bool:
    """ "thousands of Kenyans", "Sudanese marched": the English tagger reads a plural demonym as a
    plural name; one the KB reads as a demonym, with no definite article ("the Americans protested
    to China" is the state's word), names the people."""
    definite = any(d.dep_ == "det" and "Def" in d.morph.get("Definite", []) for d in tok.children)
    return not definite and st.kb.resolve_demonym(tok.text) is not None


def one_of_a_people(tok: Token) -> bool:
    """ "un Palestinien", "une Française": a capitalised word heading its own argument, with the
    indefinite singular article (the word itself is checked as a demonym by the caller)."""
    if not tok.text[:1].isupper() or tok.dep_ in ("amod", "compound", "flat:name"):
        return False
    return any(
        d.dep_ == "det" and "Ind" in d.morph.get("Definite", []) and "Sing" in d.morph.get("Number", [])
        for d in tok.children
    )
