"""Headlines that open on an event noun the tagger read as a gerund: "Heavy shelling on Douma",
"Shelling on X leaving casualties", "Aerial and artillery shelling targets X". With no subject and
only its own modifiers before it, an -ing word heading the sentence (or hung on the adjective that
opens it) can be no gerund clause: it is the event noun of a verbless headline, read as the lexicon
noun it spells ("shelling"), as a gerund subject is ("Shelling by X hit a school")."""

from __future__ import annotations

from spacy.tokens import Token

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
