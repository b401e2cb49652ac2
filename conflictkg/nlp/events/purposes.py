"""A gathering's purpose told on its own: "Des centaines de manifestants se sont réunis place
Tahrir. Une mobilisation pour exiger que l'armée quitte le pouvoir." The verbless sentence that
follows a protest and says what it demands names the protest's target."""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflictkg.nlp.events.kin_protests import kin_heads
from conflictkg.nlp.events.predicates import protest_above
from conflictkg.nlp.events.state import PURPOSE_TYPES, DocState, Frame
from conflictkg.nlp.events.targets import event_target
from conflictkg.nlp.syntax import SUBJ, case_of, first_child

_CROWD_GROUPS = frozenset({"civilians", "protesters"})  # the classes of groups.json a crowd is of
_PROTESTERS = frozenset({"protesters"})


def credit_told_protest(st: DocState, sent: Span) -> None:
    """Give the protest told in the previous sentence, with no target yet, the target of the demand
    a verbless sentence about that gathering holds (one protest only: never a guess between two)."""
    root = sent.root
    if root.pos_ != "NOUN" or root.lemma_.lower() not in st.lex.group("gathering_nouns"):
        return
    told = [e for e in st.done if e["sent_start"] == st.prev and e["type"] == "PROTEST"]
    if len(told) != 1 or told[0]["target"] is not None:
        return
    demands = [f for f in st.frames.values() if f.pred.type in PURPOSE_TYPES and f.tok.head.i == root.i]
    for f in demands:
        got = event_target(st, f, str(told[0]["actor"]))
        if got is not None:
            told[0]["target"] = got[0]
            return


def held_for_demands(st: DocState, frames: list[Frame]) -> list[Frame]:
    """ "se sont réunis devant le palais pour réclamer X": a gathering verb whose purpose clause is
    a demand is the predicate its lexicon entry gives for that (a protest, not a meeting); so is one
    whose subject is protesters, who gather to protest ("des manifestants se sont réunis devant X")."""
    out = []
    for f in frames:
        alt = f.pred.for_demand
        if alt is not None:
            held = Frame(f.tok, alt, f.noun, f.nominal)
            st.frames[f.tok.i] = held
            demands = [g for g in frames if g.pred.type in PURPOSE_TYPES]
            demanding = any(protest_above(st, g.tok) is held for g in demands)
            f = held if (demanding or _protesters(st, f)) and _people_gathered(st, f) else f
            st.frames[f.tok.i] = f
        out.append(f)
    return out


def _people_gathered(st: DocState, f: Frame) -> bool:
    """Civilians or protesters gather to protest; ministers or states meet ("les ministres de la
    Cédéao se sont réunis pour exiger X": a meeting and a demand)."""
    subj = first_child(f.tok, SUBJ)
    heads = [subj, *subj.conjuncts] if subj is not None else []
    return bool(heads) and (all(_crowd_noun(st, h) for h in heads) or kin_heads(st, heads[0]))


def _protesters(st: DocState, f: Frame) -> bool:
    subj = first_child(f.tok, SUBJ)
    heads = [subj, *subj.conjuncts] if subj is not None else []
    return bool(heads) and all(_crowd_noun(st, h, _PROTESTERS) for h in heads)


def _crowd_noun(st: DocState, noun: Token, groups: frozenset[str] = _CROWD_GROUPS) -> bool:
    """ "des habitants", "des centaines de femmes": a noun of civilians or protesters, or a number
    of them."""
    counted = [c for c in noun.children if c.dep_ == "nmod" and case_of(c) == "de"]
    return any(st.lex.generic.get(n.lemma_.lower()) in groups for n in (noun, *counted[:1]))
