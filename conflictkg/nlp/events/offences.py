"""Not political violence: a sports result, an ordinary crime, a gathering for an occasion.

- A sports verb ("beat", "thrash") whose arguments name a match, a score or a margin ("India beat
  Pakistan by six wickets in the World Cup", "Real Madrid beat Barcelona 2-1 in Sunday's match") is a
  game won, no assault.
- An arrest whose reason is an ordinary offence ("arrested a man for drunk driving", "was arrested
  after robbing a bank") is police work on crime, not the political arrests ACLED codes; violence told
  as happening in such an offence ("was stabbed to death in a robbery") is crime, no armed group's
  attack. The reasons of a mob's violence stay its own ("lynched for stealing a goat" is mob
  violence): only an arrest's reason, and the crime the violence happened in, are read.

- People assembling (``assembly_verbs``: "gathered") for, at or to attend an occasion
  (``occasion_nouns``: "gathered in Mecca for the hajj", "gathered to attend the funeral") meet, they
  do not protest; a verb of protest proper ("rallied at the funeral") stays one. So does a procession
  a rite's word qualifies (``rite_modifiers``: "a Shia procession", "a Ram Navami procession", "a
  religious procession"): a protest noun so qualified is a rite, no protest, whatever befalls it.

The words are the lexicon's ``sport_verbs``, ``sport_words`` (``sport_margin_words`` counted after "by":
"by 40 runs"; ``sport_player_nouns`` in the subject too: "pace bowler X struck twice", round protest82;
a protest whose arguments name a game's word is a complaint in it: "lodged a protest with the match
referee")
and ``offence_words`` (lemmas); a game
named after one of ``game_time_preps`` ("clashed with fans after the match") is when the act happened,
no game won.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import SUBJ, SUBJ_PASS

SCORE = re.compile(r"\b\d{1,3} ?[-–:] ?\d{1,3}\b")  # "2-1", "3–0" (its tokens joined by spaces)
REASON_PREPS = frozenset({"for", "after", "over"})  # "arrested for X", "after robbing X"
SETTING_PREPS = frozenset({"in", "during"})  # "killed in a robbery"
OCCASION_PREPS = frozenset({"for", "at"})  # "gathered for the hajj", "at the funeral"


def no_conflict(st: DocState, f: Frame) -> bool:
    """The verb's frame tells a game won or an ordinary crime, not a conflict event."""
    if f.pred.type == "PROTEST" and _sport_protest(st, f.tok):
        return True
    if f.nominal:  # "the arrest of a man for theft": an arrest noun's reason is read as the verb's
        return (f.pred.type == "COERCE" and _crime(st, f)) or (f.pred.type == "PROTEST" and rite(st, f.tok))
    return _game_won(st, f.tok) or _crime(st, f) or _occasion(st, f.tok)


def _sport_protest(st: DocState, tok: Token) -> bool:
    """ "lodged a protest with the match referee": a complaint within a game, no protest."""
    return any(t.lemma_.lower() in st.lex.group("sport_words") and t.pos_ != "PROPN" for t in _told(st, tok))


def _told(st: DocState, verb: Token) -> list[Token]:
    """The words of the verb's arguments but its subject, a game named as a time left out."""
    timing = st.lex.group("game_time_preps")  # "clashed with fans after the match": a game as a time
    return [
        t for c in verb.children
        if c.dep_ not in SUBJ and c.dep_ not in SUBJ_PASS and c.lower_ not in timing for t in c.subtree
    ]  # fmt: skip


def rite(st: DocState, noun: Token) -> bool:
    """A protest noun a rite's word qualifies ("a Shia procession", "the Ram Navami procession")."""
    rites = st.lex.group("rite_modifiers")
    return any(m.dep_ in ("amod", "compound", "nmod") and m.lower_ in rites for m in noun.children)


def _occasion(st: DocState, verb: Token) -> bool:
    if verb.lemma_.lower() not in st.lex.group("assembly_verbs"):
        return False
    # "for the hajj", "at a funeral"; "to attend the funeral", "to celebrate the festival"
    heads = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in OCCASION_PREPS for g in c.children]
    heads += [
        g for c in verb.children if c.dep_ in ("advcl", "xcomp") for g in c.children if g.dep_ == "dobj"
    ]
    return any(g.lemma_.lower() in st.lex.group("occasion_nouns") for g in heads)


def _game_won(st: DocState, verb: Token) -> bool:
    if verb.lemma_.lower() not in st.lex.group("sport_verbs"):
        return False
    words = st.lex.group("sport_words")
    told = _told(st, verb)
    score = " ".join(t.text for t in told)  # "2-1" may be split into three tokens
    # a player named as the subject ("pace bowler X struck twice", "India's batsmen struck three centuries")
    players = st.lex.group("sport_player_nouns")
    told += [t for c in verb.children if c.dep_ in SUBJ for t in c.subtree if t.lemma_.lower() in players]
    # a word of a name is no game ("a leader of the Awami League was beaten to death")
    return (
        any(t.lemma_.lower() in words | players and t.pos_ != "PROPN" for t in told)
        or SCORE.search(score) is not None
        or _margin(st, verb)
    )


def _margin(st: DocState, verb: Token) -> bool:
    """ "beat Sri Lanka by 40 runs": a counted ``sport_margin_words`` noun after "by" is a margin of
    victory ("on the run" is none)."""
    margins = st.lex.group("sport_margin_words")
    by = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"]
    return any(
        t.lemma_.lower() in margins and any(n.like_num for n in t.children) for c in by for t in c.subtree
    )


def _crime(st: DocState, f: Frame) -> bool:
    arrest = f.pred.type == "COERCE" and (f.pred.person_target or f.nominal)
    if not arrest and f.pred.type not in VIOLENT_TYPES:
        return False
    preps = REASON_PREPS if arrest else SETTING_PREPS
    offences = st.lex.group("offence_words")
    phrases = [c for c in f.tok.children if c.dep_ == "prep" and c.lower_ in preps]
    if f.nominal and f.tok.dep_ in ("dobj", "nsubjpass"):  # "made arrests after a robbery"
        phrases += [c for c in f.tok.head.children if c.dep_ == "prep" and c.lower_ in preps]
    # "arrested a man for drunk driving": the reason may hang on the object
    objects = [c for c in f.tok.children if c.dep_ == "dobj"]  # "the arrest of a man for theft" too
    objects += [g for c in f.tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                if f.nominal and g.dep_ == "pobj"]  # fmt: skip
    phrases += [p for c in objects for p in c.children if arrest and p.dep_ == "prep" and p.lower_ in preps]
    if arrest:  # "for drunk driving", "after robbing a bank"
        return any(t.lemma_.lower() in offences for p in phrases for t in p.subtree)
    # "in a robbery", "during an armed robbery"; not "in order to steal his gun"
    heads = [g for p in phrases for g in p.children if g.dep_ == "pobj"]
    named = [t for g in heads for t in (g, *g.children) if t is g or t.dep_ in ("compound", "amod")]
    return any(t.lemma_.lower() in offences for t in named)
