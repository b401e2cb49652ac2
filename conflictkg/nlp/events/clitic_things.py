"""Whether a French object clitic stands for a thing rather than an actor.

"ont volé des bulletins et les ont incendiés": the nearest object before the clitic that agrees with
it in number is a thing no actor names, so the clitic is that thing (no target). The antecedent of
the relative clause the clitic stands in is not a candidate: the relative pronoun already stands for
it ("un message où ils le menacent": the message is where the threat is made, "le" someone named
before), so a clitic in "une vidéo dans laquelle ils les menaçaient" is looked for further back."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.syntax import OBJ


def refers_to_a_thing(st: DocState, tok: Token) -> bool:
    number = "Plur" if tok.lower_ == "les" else "Sing"
    verb = tok.head
    own = verb.head.i if verb.dep_ in ("acl:relcl", "relcl") and verb.head.i != verb.i else None
    for x in reversed(tok.doc[tok.sent.start : tok.i]):
        if x.i in st.covered and not x.dep_.startswith("obl"):  # "à Gao", "en Libye": places
            return False
        if x.i != own and x.pos_ == "NOUN" and x.dep_ in OBJ and number in x.morph.get("Number", []):
            return True
    return False
