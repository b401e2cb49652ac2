"""Names that are not where anything happens: what a document or talk is about ("la résolution sur
la Syrie"), a demonym used as a noun, which names people ("un attentat a tué deux Français à
Kaboul": Kabul is the place, "Français" who died; knowledge base demonyms), and the bureau of an office
holder ("stormed the President's Office in Kabul": Kabul is the place; lexicon roles), and a name a group
noun heads ("the Luhansk People's Militia near X": X is the place; lexicon generic_groups), and a people
of no state of its own qualifying a place noun ("attacked a Fulani settlement in Katsina": whose the
settlement is, Katsina the place; lexicon ethnic_peoples, place_nouns, folk_place_kinds; "Kachin state"
stays the state's name), and a state named as the camp a group fights for ("des milices fidèles à
l'Iran", "Iran-backed militias": whose side, never where; nlp/pro_camps.py marks its mention), and
the portfolio of a ministry or of its head ("devant le ministère de l'Éducation à Mogadiscio": a
capitalised common noun in the 'de' complement of a lexicon portfolio_nouns word; Mogadishu is the
place), and whom a tribute is to ("des rassemblements en hommage à Alexeï Navalny à Moscou", "in
memory of X": the word before the preposition is one of the lexicon's tribute_nouns; Moscow is the
place)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.capital_nouns import misread_name as misread_name  # for places.py
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import case_of


def not_a_place(st: DocState, tok: Token) -> bool:
    """A topic (lexicon topic_preps + topic_nouns) or a people (a demonym as a noun)."""
    if _topic(st, tok) or _people(st, tok) or _role_bureau(st, tok) or _honoured(st, tok):
        return True
    return _group_name(st, tok) or _folk_of(st, tok) or _camp(st, tok) or _portfolio(st, tok)


def _portfolio(st: DocState, tok: Token) -> bool:
    of = st.lex.group("of_preps")
    return (
        tok.pos_ == "NOUN"
        and not tok.is_lower
        and case_of(tok) in of
        and tok.head.lemma_.lower() in st.lex.group("portfolio_nouns")
    )


def _honoured(st: DocState, tok: Token) -> bool:
    """``tok`` is whom a tribute is to: "en hommage à X", "en l'honneur de X", "in tribute to X"."""
    case = next((c for c in tok.children if c.dep_ == "case"), None)
    if case is None and tok.dep_ == "pobj":
        case = tok.head
    if case is None or case.i == 0:
        return False
    return st.doc[case.i - 1].lemma_.lower() in st.lex.group("tribute_nouns")


def _camp(st: DocState, tok: Token) -> bool:
    return any(m.get("camp") and m["start"] <= tok.i < m["end"] for m in st.mentions)


def _topic(st: DocState, tok: Token) -> bool:
    head = tok.head.lemma_.lower()
    return case_of(tok) in st.lex.group("topic_preps") and head in st.lex.group("topic_nouns")


def _people(st: DocState, tok: Token) -> bool:
    demonym = st.kb.resolve_demonym(tok.text) is not None
    return demonym and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "amod"


def _role_bureau(st: DocState, tok: Token) -> bool:
    """A name whose possessor is a role ("the Prime Minister's Office"): that holder's bureau."""
    owner = next((c for c in tok.children if c.dep_ in ("poss", "nmod:poss")), None)
    return owner is not None and owner.lemma_.lower() in st.lex.roles


def _group_name(st: DocState, tok: Token) -> bool:
    """A capitalised group noun heading a name ("People's Militia", "Milice populaire de X") names a
    group, never a place; "Police" alone may be a town."""
    named = any(c.dep_ in _NAME_PARTS for c in tok.children)
    return named and not tok.is_lower and any(f in st.lex.generic for f in (tok.lemma_.lower(), tok.lower_))


_NAME_PARTS = frozenset({"compound", "poss", "nmod:poss", "nmod", "amod", "flat", "flat:name"})


def _folk_of(st: DocState, tok: Token) -> bool:
    """An ethnic people's name qualifying a place noun after it ("a Fulani village", "a Tuareg camp")."""
    peoples = st.lex.group("ethnic_peoples")
    modifier = tok.dep_ in ("compound", "amod", "nmod") and tok.i < tok.head.i
    kind = st.lex.place_nouns.get(tok.head.lemma_.lower())
    return modifier and tok.lower_ in peoples and kind in st.lex.group("folk_place_kinds")
