"""People named by their nationality ("des milliers de Syriens", "des centaines de Maliens"): a
plural naming a country's people. The tagger may read one as a name with no number ("d'Afghans",
"de Pakistanais"): a capitalised word ending as French and English plurals do that the KB reads as
a demonym is one too. One person told by a capitalised demonym with the indefinite singular article
("un Palestinien a été abattu", "ont enlevé un Américain"; the tagger often reads it as an adjective
heading its own argument) is one of that country's people too (round frstyle72). Counted by an
approximate number ("une quarantaine de Palestiniens tués"), they are still civilians (round frstyle81).
The English tagger reads a plural demonym as a plural name ("thousands of Kenyans"): one too, with no
definite article (round petr81)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp import generic
from conflictkg.nlp.events.actors import DEFINITE
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.generic import generic_entry
from conflictkg.nlp.name_spans import counted_thing
from conflictkg.nlp.syntax import determined

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


def people_of(st: DocState, c: Token) -> Actor | None:
    """ "des Nigériens", "deux Français": people told by their demonym, with no definite article,
    are civilians of that country ("les Français" may be its forces); so are those an approximate
    number counts ("une quarantaine de Palestiniens", "des dizaines de Soudanais": not the state)."""
    c = counted_thing(c, st.lex) or c
    if c.i not in st.covered or not (
        (c.pos_ in ("NOUN", "PROPN") and "Plur" in c.morph.get("Number", [])) or one_of_a_people(c)
    ):
        return None
    if determined(c, DEFINITE):
        return None
    state = st.kb.resolve_demonym(c.text)
    if state is None or state.kind != "state":
        return None
    entry = generic_entry("civilians", state.country, state.name, st.kb, own=True)
    st.actors[entry.id] = generic.record(entry)  # its own country, kept wherever it happened
    return (str(entry.id), 0.6, None)
