"""Who escaped or suffered an attack, its target: the subject of an escape verb ("le Premier
ministre a échappé à une attaque") or the one a victim noun names ("un journaliste victime d'une
agression", "deux soldats ont été victimes d'une embuscade")."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.attack_words import violent_noun
from conflictkg.nlp.events.state import DocState
from conflictkg.nlp.events.subject_places import escape_verb
from conflictkg.nlp.syntax import SUBJ, SUBJ_PASS, case_of, first_child

_HOLDER_DEPS = frozenset({"amod", "acl", "appos", "nmod"})  # "deux soldats victimes de": on the noun


def escapers(st: DocState, tok: Token) -> list[Token]:
    """The tokens naming who escaped (or fell victim to) the attack noun ``tok``."""
    head = tok.head
    if head.i == tok.i or not violent_noun(st, tok):
        return []  # "a survécu à la crise", "victime d'un malaise": no attack
    if escape_verb(st, head):
        escaped = tok.dep_.startswith("obl") and case_of(tok) is not None
        if not escaped and tok.dep_ != "obj":  # "a essuyé des tirs": what was suffered
            return []
        subj = first_child(head, SUBJ | SUBJ_PASS)  # "est sorti indemne": parsed as a passive
        return [subj] if subj is not None else []
    if case_of(tok) is None:
        return []
    victims = st.lex.group("victim_nouns")  # as written too: the lemmatizer reads a verb ("victimer")
    if not {head.lemma_.lower(), head.lower_} & victims or not tok.dep_.startswith(("obl", "nmod")):
        return []
    subj = first_child(head, SUBJ | SUBJ_PASS)  # "X a été victime d'une attaque"
    if subj is None and head.dep_ in _HOLDER_DEPS and head.head.pos_ in ("NOUN", "PROPN"):
        subj = head.head
    # only an actor named: "une journaliste de la chaîne X victime de": the victim is no actor told
    return [subj] if subj is not None and subj.i in st.covered else []
