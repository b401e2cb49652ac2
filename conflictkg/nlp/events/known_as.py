"""A group noun introduced with the name it goes by ("the Islamic State's local branch, known as ISKP",
"a militia called the Radaa force"): the participle of ``naming_participles`` hung on the noun, with
its "as" complement or its predicative object, gives the name; a name the knowledge base knows is who
the noun phrase is, before its possessive or its generic class (round case85). So is a named armed
group a participle of identifying says the noun is ("des hommes armés identifiés comme des
combattants ADF", nlp/identified_groups.py, round frstyle87)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.identified_groups import identity_phrase
from conflictkg.nlp.syntax import prep_args

NAMED_GROUP_KINDS = frozenset({"armed_group", "militia"})


def named_as(st: DocState, tok: Token) -> Actor | None:
    """The actor ``tok``'s phrase is named as, if a participle of naming gives a known name."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    naming = st.lex.group("naming_participles")
    for verb in tok.children:
        if verb.dep_ not in ("acl", "relcl") or verb.tag_ != "VBN" or verb.lemma_.lower() not in naming:
            continue
        names = [c for p, c in prep_args(verb) if p == "as"] + [c for c in verb.children if c.dep_ == "oprd"]
        for name in names:
            m = st.covered.get(name.i)
            rec = st.actors.get(str(m["actor"])) if m is not None else None
            if m is not None and not m["demonym"] and rec is not None and not rec.get("group"):
                return (str(m["actor"]), 0.8, None)
    for c in tok.children:  # "des hommes armés identifiés comme des combattants ADF"
        said = identity_phrase(c, st.lex)
        for x in said.subtree if said is not None else ():
            m = st.covered.get(x.i)
            rec = st.actors.get(str(m["actor"])) if m is not None else None
            named = rec is not None and rec.get("kind") in NAMED_GROUP_KINDS
            if m is not None and not m["demonym"] and named:
                return (str(m["actor"]), 0.75, None)
    return None
