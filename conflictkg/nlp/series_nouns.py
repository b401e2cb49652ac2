"""Events told as a series: in "une série d'attentats a fait 50 morts", "a mené une vague de raids"
(and "a wave of arrests", "dozens of arrests", "a week of clashes" in English) the parser makes the
series noun the head and the event noun its complement, so the event noun is no subject or object of
the verb.
``ckg_series_nouns`` (after the lemmatizer) puts the event noun (a noun of the lexicon, or an attack
subject) in the series noun's place, the series noun hung on it, and the complements the French
parser hangs on the series noun after the event noun ("une série de frappes contre des positions du
Hezbollah": the aim) on the event noun.

An event pursued as an effort ("launched a mediation effort between X and Y", "ended mediation efforts")
is told the same way: the effort noun (``effort_nouns``) heads the phrase and the event noun is its
compound modifier. The event noun (of the lexicon, no violent one: "the war effort" is no war) takes the
effort noun's place, with the effort's prepositional phrases ("between X and Y")."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import Lexicon

_SERIES_DEP = "nmod"
_VIOLENT = frozenset({"FIGHT", "ASSAULT", "CAPTURE"})
_BEFORE_NOUN = frozenset({"compound", "amod"})


def series_nouns(lex: Lexicon) -> Callable[[Doc], Doc]:
    series, efforts, phases = lex.group("series_nouns"), lex.group("effort_nouns"), lex.group("phase_nouns")
    spans, after = lex.group("time_span_nouns"), lex.group("prior_event_preps")
    events = frozenset(lex.nouns) | lex.group("attack_subjects")
    pursued = frozenset(w for w, p in lex.nouns.items() if p.type not in _VIOLENT)

    def component(doc: Doc) -> Doc:
        for tok in doc:
            if tok.pos_ != "NOUN" or tok.head.i == tok.i:
                continue
            phase, lemma = tok.lemma_.lower() in phases, tok.lemma_.lower()
            # "in the 12th day of bombardment", not "after weeks of fighting with X" (counted_gerunds.py)
            span = lemma in spans and not (tok.dep_ == "pobj" and tok.head.lower_ in after)
            if (phase or span or lemma in series) and (told := _told_event(tok, events, phase)):
                # "une série de frappes contre des positions du Hezbollah": the aim hung on the series
                for c in [c for c in tok.children if c.dep_ == _SERIES_DEP and c.i > told.i]:
                    c.head = told
                told.head, told.dep_ = tok.head, tok.dep_
                tok.head, tok.dep_ = told, _SERIES_DEP
            elif tok.lemma_.lower() in efforts and (told := _pursued_event(tok, pursued)) is not None:
                for prep in [c for c in tok.children if c.dep_ == "prep" and c.i > tok.i]:
                    prep.head = told
                told.head, told.dep_ = tok.head, tok.dep_
                tok.head, tok.dep_ = told, _SERIES_DEP
        return doc

    return component


def _pursued_event(effort: Token, pursued: frozenset[str]) -> Token | None:
    """The event noun right before the effort noun, its compound modifier ("a mediation effort")."""
    if effort.i == 0:
        return None
    noun = effort.doc[effort.i - 1]
    linked = noun.head.i == effort.i and noun.dep_ == "compound" and noun.pos_ == "NOUN"
    return noun if linked and noun.lemma_.lower() in pursued else None


def _told_event(series: Token, events: frozenset[str], phase: bool = False) -> Token | None:
    """The bare event noun right after the series noun's "de" ("une série d'attentats"), or after its
    modifiers ("dozens of air strikes"); after a phase noun, a determined one too ("another phase of
    the offensive")."""
    doc = series.doc
    if series.i + 2 >= len(doc):
        return None
    of, j = doc[series.i + 1], series.i + 2
    while phase and j + 1 < len(doc) and doc[j].dep_ in ("det", "poss") and doc[j].head.i > j:
        j += 1  # "another phase of the offensive", "a new stage of its campaign"
    while j + 1 < len(doc) and doc[j].dep_ in _BEFORE_NOUN and doc[j].head.i > j:
        j += 1  # "dozens of air strikes", "a wave of Israeli strikes": the modifiers before the noun
    noun = doc[j]
    bare = phase or not any(c.dep_ == "det" for c in noun.children)  # "la série de l'attentat": none
    linked = noun.head.i == series.i and of.head.i == noun.i and of.dep_ == "case"
    # English parses "a wave of arrests" as the series noun's "of" phrase (prep, pobj)
    linked = linked or (
        of.head.i == series.i and noun.head.i == of.i and (of.dep_, noun.dep_) == ("prep", "pobj")
    )
    return noun if linked and bare and noun.lemma_.lower() in events else None
