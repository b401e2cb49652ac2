"""Names NER missed after a title ("le chef de l'État Ramiro Quispez a été renversé", "le ministre
malien X"): a run of proper nouns right after a role noun (the lexicon's
roles), or after that noun's own complement ("de la République"), is a person's name."""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.unit_names import bare_unit

_ROLE_COMPLEMENT_DEPS = frozenset({"nmod", "amod"})  # "président de la République", "ministre malien"


def _titled(tok: Token, lex: Lexicon) -> bool:
    """A role noun, or its complement or adjective ("de la République", "le ministre malien X")."""
    roles = lex.roles
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in roles:
        return True
    return tok.dep_ in _ROLE_COMPLEMENT_DEPS and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in roles


def _unnamed(tok: Token, ents: dict[int, Span]) -> bool:
    """In no entity, or in a place or other entity that swallowed the title's complement before it
    ("la République Mario X" taken for a place)."""
    ent = ents.get(tok.i)
    return ent is None or (ent.start < tok.i and ent.label_ not in ("PER", "PERSON"))


def bare_title(toks: list[Token], lex: Lexicon) -> bool:
    """ "président de la République" taken for a person: a title with no name in it; "MM." alone; the
    name of a military operation ("Operation Iron Shield"), which the forces conducting it act in."""
    if _phrase(toks) in lex.group("honorifics") or _phrase(toks).rstrip(".") in lex.group("honorifics"):
        return True
    if len(toks) > 1 and toks[0].lower_ in lex.group("operation_words"):
        return True
    if bare_unit(toks, lex):  # "Artillery Battalion": a part of someone's force, no name
        return True
    return not any(t.pos_ == "PROPN" for t in toks) and _titled(toks[0], lex)


def titled_names(
    sent: Span, ents: dict[int, Span], covered: dict[int, int], lex: Lexicon
) -> list[list[Token]]:
    """The runs of capitalised proper nouns no entity and no mention holds, each right after a title."""
    out: list[list[Token]] = []
    i = sent.start
    while i < sent.end:
        tok = sent.doc[i]
        free = tok.pos_ == "PROPN" and tok.is_title and _unnamed(tok, ents) and i not in covered
        if not free or i == sent.start or not _titled(sent.doc[i - 1], lex):
            i += 1
            continue
        run = [tok]
        while i + len(run) < len(sent.doc):
            nxt = sent.doc[i + len(run)]
            if nxt.pos_ != "PROPN" or not nxt.is_title or not _unnamed(nxt, ents) or nxt.i in covered:
                break
            run.append(nxt)
        out.append(run)
        i += len(run)
    return out


def name_head(run: list[Token]) -> Token:
    """The token of the run that the rest of the sentence hangs on (the parser may split a name)."""
    inside = {t.i for t in run}
    outside = [t for t in run if t.head.i not in inside]
    return next(
        (t for t in outside if t.dep_ not in ("appos", "flat:name")), outside[-1] if outside else run[-1]
    )


def untitled(toks: list[Token], lex: Lexicon) -> list[Token]:
    """A person's name without the titles NER took into it ("le Président Koroma", "le Premier
    Ministre X", "l'Émir X"): the roles and ``name_titles`` opening it, capitalised or not, are dropped
    when a capitalised name still follows; else the tokens as they are."""
    titles = lex.titles()
    rest = toks
    while True:
        cut = next(
            (k for k in range(min(len(rest) - 1, 4), 0, -1) if _phrase(rest[:k]) in titles), 0
        )  # the longest title first: "premier ministre" before "premier"
        if not cut:
            break
        rest = rest[cut:]
    if rest is toks or not (rest[0].is_title or rest[0].is_upper) or rest[0].pos_ not in ("PROPN", "X"):
        return toks
    return rest


def _phrase(toks: list[Token]) -> str:
    return "".join(t.text_with_ws for t in toks).strip().lower()
