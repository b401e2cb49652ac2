"""An -ing event noun the tagger read as a gerund under a preposition, with an agent of its own:
"two civilians killed in shelling by regime forces on Douma", "wounded in bombing by the coalition",
or on the participle opening a headline ("Renewed shelling by X on Y").
An active gerund clause takes no agent ("by" X is who shells), and one with no subject nor object
is no clause: the word is the lexicon noun it spells, as a headline's opening gerund is
(headline_gerunds.py), so its agent acts and its "on"/"against" complement is hit.

Lexicon: ``agent_preps`` (English "by")."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.events.counted_gerunds import counted_gerund
from conflictkg.nlp.events.toll_headlines import toll_gerund
from conflictkg.nlp.syntax import OBJ, SUBJ, SUBJ_PASS


def noun_gerund(lex: Lexicon, tok: Token) -> bool:
    """``tok`` is an -ing word under a preposition that is the event noun it spells: hung on a verbless
    toll ("5 martyrs in shelling on X", toll_headlines.py), with an agent of its own, or after a count of
    time ("after weeks of fighting", counted_gerunds.py)."""
    return toll_gerund(lex, tok) or agent_gerund(lex, tok) or counted_gerund(lex, tok)


def agent_gerund(lex: Lexicon, tok: Token) -> bool:
    """``tok`` is an -ing event noun hung on a preposition with an agent after it and no argument."""
    if tok.tag_ != "VBG" or tok.lower_ not in lex.nouns or not (tok.dep_ == "pcomp" or _opened(tok)):
        return False
    if any(c.dep_ in SUBJ or c.dep_ in SUBJ_PASS or c.dep_ in OBJ for c in tok.children):
        return False
    agents = lex.group("agent_preps")
    return any(
        c.dep_ in ("prep", "agent") and c.lower_ in agents and c.i == tok.i + 1 and any(c.children)
        for c in tok.children
    )


def _opened(tok: Token) -> bool:
    """ "Renewed shelling by X targets Y": the participle opening the headline, which the parser made
    the root with the -ing word its complement, is the noun's modifier."""
    head = tok.head
    return tok.dep_ == "xcomp" and head.i == tok.i - 1 == tok.sent.start and head.tag_ in ("VBN", "VBD", "JJ")
