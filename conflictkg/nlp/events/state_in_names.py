"""A state's name inside a longer place name: "in Port Sudan" is the port city, not Sudan, though the
actor mentions cover only "Sudan" (a state the text could name as a party): the whole name is the
place; one the gazetteer lacks ("Lake Chad", on four states' shores) places nothing. A capital the
mentions read as its state stays the city ("Rural Damascus": Damascus, as before); so does an Iberian
name whose particle comes before the state's name ("Ciudad de Mexico": Mexico City)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, Mention
from conflictkg.nlp.events.tree import same_name


def _opens_name(st: DocState, tok: Token) -> bool:
    """A capitalised proper noun right before ``tok``, compounded to it, in the same named entity,
    that no mention covers and that is no compass word ("South Yemen" stays Yemen)."""
    if tok.i == 0 or not tok.ent_type_:
        return False
    c = tok.doc[tok.i - 1]
    return (
        c.head.i == tok.i and c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title
        and c.ent_type_ == tok.ent_type_ and c.ent_iob_ in ("B", "I") and c.i not in st.covered
        and c.lower_ not in st.lex.group("near_words")
    )  # fmt: skip


def whole_state(st: DocState, tok: Token, m: Mention | None) -> str | None:
    """The name of the state mention ``m`` on ``tok`` when it is the whole place name ("in Sudan",
    not "in Port Sudan")."""
    if m is None or m["kind"] != "state":
        return None
    country = same_name(m, str(m["text"]), st.actors)  # the state's own name, not its capital's
    return None if country and (_opens_name(st, tok) or _after_particle(st, tok)) else str(m["text"])


def _after_particle(st: DocState, tok: Token) -> bool:
    """ "in the area of Ciudad de Mexico": a capitalised word and a name particle (lexicon
    name_particles) right before the state's name, in one named entity with it, open a longer name
    (round enloc87)."""
    if tok.i < 2 or not tok.ent_type_:
        return False
    part, first = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    return (
        part.lower_ in st.lex.group("name_particles") and part.is_lower and part.ent_iob_ == "I"
        and first.is_title and first.pos_ == "PROPN" and first.ent_type_ == tok.ent_type_
        and first.i not in st.covered and tok.ent_iob_ == "I"
    )  # fmt: skip
