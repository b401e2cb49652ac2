"""Both sides of a fight named by one plural group noun: "des affrontements entre milices rivales",
"entre deux clans", "clashes between two clan militias". Each side is the one generic group (the
event keeps it as actor, with no other party as target). English plural nouns count as before;
a French one needs a rival adjective (lexicon ``rival_words``) or a number, since "entre les
milices" may name one side whose other follows elsewhere."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState


def one_class_both_sides(st: DocState, tok: Token) -> bool:
    """Whether the plural noun ``tok`` after 'between'/'entre' names both sides of the fight."""
    if any(c.dep_ == "cc" for c in tok.children):
        return False
    if tok.tag_ == "NNS":
        return True
    if "Plur" not in tok.morph.get("Number", []):
        return False
    rival = st.lex.group("rival_words")
    return any(
        (c.dep_ == "amod" and (c.lemma_.lower() in rival or c.lower_ in rival)) or c.dep_ == "nummod"
        for c in tok.children
    )
