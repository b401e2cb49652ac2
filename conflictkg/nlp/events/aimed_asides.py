"""What a measure is aimed at, told in an aside ("l'UE a adopté un train de sanctions contre la
Russie, visant notamment sa flotte fantôme"): a present participle of ``aiming_participles`` set
off by a comma after the object of its verb, when that object is an event noun of no violence (a
sanction, an embargo, a campaign), qualifies the noun: it says what the measure bears on, and is no
strike of its own. After a noun of violence ("a lancé une offensive, visant les positions
rebelles") the participle still tells the attack."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ


def aimed_aside(st: DocState, tok: Token) -> bool:
    """``tok`` is such a participle, set off after a non-violent event noun its verb takes."""
    if tok.dep_ not in ("advcl", "acl") or tok.lemma_.lower() not in st.lex.group("aiming_participles"):
        return False
    if "Pres" not in tok.morph.get("Tense", []) or "Part" not in tok.morph.get("VerbForm", []):
        return False
    before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > tok.sent.start else None
    if before is None or before.text != "," or tok.head.i > tok.i:
        return False
    head = tok.head
    nouns = [c for c in head.children if c.dep_ in OBJ] if head.pos_ in ("VERB", "AUX") else [head]
    nouns += [c for n in nouns for c in n.children if c.dep_ == "nmod"]  # "un train de sanctions"
    preds = [st.lex.nouns.get(n.lemma_.lower()) for n in nouns if n.pos_ == "NOUN"]
    return any(p is not None and p.type not in VIOLENT_TYPES for p in preds)
