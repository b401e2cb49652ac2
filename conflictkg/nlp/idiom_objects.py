"""Objects after a verb idiom's bare noun: in "ont pris d'assaut la ville de Hama" the parser may
hang the object on the idiom's noun ("assaut") with no preposition between them, and the verb is left
without its object. ``ckg_idiom_objects`` (after the parser) makes such a noun phrase the verb's
object again, when the verb has none: a noun phrase opened by a determiner or a number never
complements a noun without a preposition. The idiom's noun is labelled a particle ("prt"): like
"over" in "handed over X", it holds no argument of its own."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

_OBJ = frozenset({"obj", "dobj"})
_LOOSE = frozenset({"obl", "obl:arg", "obl:mod", "nmod"})


def idiom_objects(idiom_nouns: frozenset[str]) -> Callable[[Doc], Doc]:
    def component(doc: Doc) -> Doc:
        for tok in doc:
            if tok.pos_ != "VERB":
                continue
            if any(c.dep_ in _OBJ and c.lower_ not in idiom_nouns for c in tok.children):
                # "pris d'assaut le camp", both parsed as objects; "mis en déroute les rebelles"
                for c in list(tok.children):
                    if c.lower_ in idiom_nouns and _bare_idiom(c, idiom_nouns, obj=True):
                        _as_particle(c, tok)
                continue
            for idiom in [c for c in tok.children if _bare_idiom(c, idiom_nouns)]:
                _as_particle(idiom, tok)  # part of the verb, as a particle: the verb holds the arguments
                obj = next((c for c in idiom.children if _bare_phrase(c)), None)
                if obj is not None:
                    obj.head, obj.dep_ = tok, "obj"
                    break
        return doc

    return component


def _as_particle(idiom: Token, verb: Token) -> None:
    """The idiom noun becomes the verb's particle; its prepositional dependents are the verb's ("ont
    été mis en déroute par l'armée": the agent)."""
    idiom.dep_ = "prt"
    for c in list(idiom.children):
        if c.dep_ in _LOOSE and any(d.dep_ == "case" for d in c.children):
            c.head = verb


def _bare_idiom(noun: Token, idiom_nouns: frozenset[str], obj: bool = False) -> bool:
    """ "d'assaut" after the verb: an idiom noun with no determiner (no lemma yet: its form)."""
    return (
        noun.i > noun.head.i
        and (noun.dep_ in _LOOSE or (obj and any(c.dep_ == "case" for c in noun.children)))
        and noun.lower_ in idiom_nouns
        and not any(c.dep_ in ("det", "nummod") for c in noun.children)
    )


def _bare_phrase(c: Token) -> bool:
    """A noun phrase after the idiom noun, opened by a determiner or a number, with no preposition."""
    return (
        c.i > c.head.i
        and c.dep_ in _LOOSE | {"appos", "conj"}
        and c.pos_ in ("NOUN", "PROPN")
        and any(d.dep_ in ("det", "nummod") and d.i < c.i for d in c.children)
        and not any(d.dep_ == "case" for d in c.children)
    )
