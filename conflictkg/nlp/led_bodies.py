"""A body noun led by a state ("a Saudi-led coalition air strike", "the coalition led by Saudi
Arabia", "la coalition menée par l'Arabie saoudite"): the KB coalition whose ``leader`` is that state,
else that state's military; never the forces of no one country an unnamed body is (nlp/body_actors.py).
The leader is the word before the hyphen of a leading verb ("Saudi-led", "U.S.-led") right before the
noun or its adjective, or the agent of a leading participle on it ("menée par X")."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.generic import generic_entry
from conflictkg.nlp.syntax import prep_args


def led_body(t: Token, kb: Any, lex: Lexicon) -> Any:
    """The actor of body noun ``t`` a state leads, or None when no state is named leading it."""
    leader = _leader(t, kb, lex)
    if leader is None:
        return None
    led = [e for e in kb.entries() if e.kind == "coalition" and getattr(e, "leader", None) == leader.country]
    return led[0] if len(led) == 1 else generic_entry("military", leader.country, leader.name, kb, own=True)


def leads_body_before(noun: Token, lex: Lexicon) -> bool:
    """ "Saudi-led coalition jets": the leading participle before ``noun`` qualifies the body noun
    compounded on it (the coalition leads the jets' strikes), not ``noun`` itself."""
    verbs, bodies = lex.group("leading_verbs"), lex.group("body_nouns")
    return any(
        c.dep_ == "compound" and c.lemma_.lower() in bodies and c.i > 0 and c.doc[c.i - 1].lower_ in verbs
        for c in noun.children
    )


def _leader(t: Token, kb: Any, lex: Lexicon) -> Any:
    verbs = lex.group("leading_verbs")
    texts: list[str] = []
    doc, j = t.doc, t.i - 1
    if j >= 0 and doc[j].dep_ == "amod" and doc[j].lower_ not in verbs and "-" not in doc[j].text:
        j -= 1  # "a Saudi-led military coalition"
    if j >= 2 and doc[j].lower_ in verbs and doc[j - 1].text == "-":
        texts.append(doc[j - 2].text)
    elif j >= 0 and "-" in doc[j].text and doc[j].lower_.rsplit("-", 1)[1] in verbs:
        texts.append(doc[j].text.rsplit("-", 1)[0])
    agents = lex.group("agent_preps")
    for c in t.children:
        if c.dep_ in ("acl", "amod") and c.lemma_.lower() in verbs:
            texts += [_phrase(x) for prep, x in prep_args(c) if prep in agents]
            texts += [_phrase(x) for x in c.children if x.dep_ == "obl:agent"]
    for text in texts:
        state = kb.resolve_demonym(text) or kb.resolve(text, lex.lang)
        if state is not None and state.kind == "state" and state.country:
            return state
    return None


def _phrase(x: Token) -> str:
    return " ".join(w.text for w in x.subtree if w.dep_ not in ("det", "case", "punct"))
