"""An event noun a participle of aiming qualifies ("an arson attack targeting X"): the participle
tells the noun's event, aimed at the participle's object, and is no event of its own."""

from __future__ import annotations

from dataclasses import replace

from conflictkg.nlp.events.state import DocState, Frame


def aimed_nouns(st: DocState, frames: list[Frame]) -> list[Frame]:
    """Each participle frame of ``aiming_participles`` hung on a nominal frame's noun becomes that
    noun's predicate read on the participle (its object the target); the noun's frame goes."""
    aims = st.lex.group("aiming_participles")
    nouns = {f.tok.i: f for f in frames if f.nominal}
    out: list[Frame] = []
    taken: set[int] = set()
    for f in frames:
        tok = f.tok
        noun = nouns.get(tok.head.i) if tok.dep_ == "acl" and not f.nominal else None
        if noun is not None and tok.lemma_.lower() in aims and noun.pred.type != f.pred.type:
            out.append(Frame(tok, replace(noun.pred, target=("obj",))))
            taken.add(noun.tok.i)
        else:
            out.append(f)
    return [f for f in out if not (f.nominal and f.tok.i in taken)]
