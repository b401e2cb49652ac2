"""The owner of a possessive subject in reported speech ("Three policemen lost their lives when their
van was struck by a roadside bomb, the Levies said"): the clause the possessive's own clause hangs
on has a common-noun subject of the possessive's number (lexicon ``plural_owner_possessives``
"their", "leur"; ``singular_owner_possessives`` "its", "son"); that subject owns it, not the speaker
of the reporting verb above ("X said its forces ..." keeps its speaker: the possessive's clause hangs
on the reporting verb itself). A possessive object is read alike ("Six soldiers were killed when
militants ambushed their convoy, the ISPR said": the soldiers' convoy, neither the militants' nor the
speaker's)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from conflictkg.nlp import coref
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.syntax import OBJ, SUBJ, SUBJ_PASS, first_child, governors


def inner_owner(st: DocState, tok: Token, resolve: Callable[[Token], Actor | None]) -> Actor | None:
    det = coref.possessive(tok)
    if det is None or tok.dep_ not in SUBJ | SUBJ_PASS | OBJ:
        return None
    plural = det.lower_ in st.lex.group("plural_owner_possessives")
    if not plural and det.lower_ not in st.lex.group("singular_owner_possessives"):
        return None
    reporting = st.lex.group("reporting")
    for g in governors(tok.head):
        if g.pos_ not in ("VERB", "AUX") or g.lemma_.lower() in reporting:
            return None
        subj = first_child(g, SUBJ | SUBJ_PASS)
        if subj is None:
            continue
        if subj.pos_ != "NOUN" or ("Plur" in subj.morph.get("Number", [])) != plural:
            return None
        return resolve(subj)
    return None
