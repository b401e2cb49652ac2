"""A person named earlier by the common noun that now stands for them ("Karim Diallo, avocat de X ...
ont ouvert le feu sur l'avocat": the lawyer is Karim Diallo)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import DEFINITE, mention_actor
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.syntax import OBJ, SUBJ_PASS, determined, prep_args

NAME_DEPS = frozenset({"appos", "flat:name", "nmod"})  # "le juge Ahmad Karimi", "X, l'avocat"
LOOK_BACK = 400  # tokens: an article's opening paragraphs


def person_named_as(st: DocState, noun: Token) -> Actor | None:
    """The person a definite common noun ("l'avocat", "le juge") refers back to: the last one the
    text named beside the same noun, in apposition either way."""
    if noun.pos_ != "NOUN" or not determined(noun, DEFINITE):
        return None
    lemma = noun.lemma_.lower()
    for prev in reversed(noun.doc[max(0, noun.i - LOOK_BACK) : noun.i]):
        if prev.pos_ == "NOUN" and prev.lemma_.lower() == lemma:
            person = _person_beside(st, prev)
            if person is not None:
                return person
    return None


def _person_beside(st: DocState, noun: Token) -> Actor | None:
    beside = [c for c in noun.children if c.dep_ in NAME_DEPS and c.pos_ == "PROPN" and not _has_case(c)]
    if noun.dep_ == "appos":  # "X, avocat de Y": the parser may hang it on a noun before X
        beside[:0] = [noun.head, *_name_before(noun)]
    for t in beside:
        m = st.covered.get(t.i)
        if m is not None and m["kind"] == "person":
            return mention_actor(st, m, 0.7)
    return None


def named_victim(st: DocState, verb: Token, nouns: list[Token], preps: tuple[str, ...]) -> Actor | None:
    """The person a violent verb's object, passive subject or target of ``preps`` names by a noun
    told beside their name before ("ont ouvert le feu sur l'avocat")."""
    heads = [verb, *nouns]
    objects = [c for h in heads for c in _first_objects(h)]
    objects += [c for h in heads for prep, c in prep_args(h) if prep in preps]
    return next(filter(None, (_person_beside(st, c) or person_named_as(st, c) for c in objects)), None)


def _first_objects(head: Token) -> list[Token]:
    """The head's object and passive subject; of two direct objects, the first: a verb has one, and
    a second is a noun the parser hung there ("killing four civilians, the regional governor, X,
    said": the governor speaks)."""
    objects = [c for c in head.children if c.dep_ in OBJ]
    return objects[:1] + [c for c in head.children if c.dep_ in SUBJ_PASS]


def _has_case(tok: Token) -> bool:
    """ "avocat de Sadou Traoré": a name behind a preposition is someone else."""
    return any(c.dep_ == "case" for c in tok.children)


def _name_before(noun: Token) -> list[Token]:
    """The word right before an appositive noun and its comma ("Karim Diallo, avocat")."""
    i = noun.i - 1
    while i >= 0 and noun.doc[i].is_punct:
        i -= 1
    return [noun.doc[i]] if i >= 0 and i < noun.i - 1 else []


def apposed_holder(st: DocState, role: Token, name: Token) -> Actor | None:
    """ "l'ancien ministre malien, Moussa Keita, ...": a person's name set off by a comma right after
    a role noun names its holder, who is the one acted on, as when written flat ("le ministre Moussa
    Keita"), never the state the role and its demonym name (the person's affiliation)."""
    m = st.covered.get(name.i)
    if m is None or m["kind"] != "person" or name.dep_ != "appos" or role.lemma_.lower() not in st.lex.roles:
        return None
    return (m["actor"], 0.85, None) if name.i > 0 and name.doc[name.i - 1].text == "," else None
