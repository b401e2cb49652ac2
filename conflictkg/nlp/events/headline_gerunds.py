"""Headlines that open on an event noun the tagger read as a gerund: "Heavy shelling on Douma",
"Shelling on X leaving casualties", "Aerial and artillery shelling targets X". With no subject and
only its own modifiers before it, an -ing word heading the sentence (or hung on the adjective that
opens it) can be no gerund clause: it is the event noun of a verbless headline, read as the lexicon
noun it spells ("shelling"), as a gerund subject is ("Shelling by X hit a school").

So is a word the tagger read as a plain verb opening the headline with an agent after it and no
subject ("Counterattack by X against Y", "Attack by X on Y"): a base-form verb takes no agent, so
the word is the event noun it spells.

Lexicon: ``agent_preps`` (English "by")."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.syntax import SUBJ, SUBJ_PASS

OPENING_POS = frozenset({"ADJ", "NOUN", "CCONJ", "DET", "PUNCT"})


def headline_gerund(tok: Token) -> bool:
    """``tok`` is an -ing event noun opening a verbless headline."""
    if tok.tag_ != "VBG" or any(c.dep_ in SUBJ or c.dep_ in SUBJ_PASS for c in tok.children):
        return False
    root = tok.sent.root
    hung = tok.head == root and root.i < tok.i and root.pos_ in ("ADJ", "NOUN")  # "Heavy shelling"
    if tok != root and not hung:
        return False
    return all(w.pos_ in OPENING_POS for w in tok.doc[tok.sent.start : tok.i])


def headline_agent_noun(lex: Lexicon, tok: Token) -> bool:
    """``tok`` opens a headline as a base-form verb with an agent ("Counterattack by X"): an event noun."""
    if tok.pos_ != "VERB" or tok.tag_ not in ("VB", "VBP") or tok.i != tok.sent.start:  # the span last
        return False
    if tok.lower_ not in lex.nouns or any(c.dep_ in SUBJ or c.dep_ in SUBJ_PASS for c in tok.children):
        return False
    agents = lex.group("agent_preps")
    return any(c.dep_ in ("prep", "agent") and c.lower_ in agents for c in tok.children)
