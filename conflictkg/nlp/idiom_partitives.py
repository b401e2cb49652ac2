"""Objects after a bare idiom noun: in "ont pris en otage des dizaines de civils" or "ont mis en
déroute des rebelles" the parser reads the plural partitive article ("des") as the preposition "de"
and hangs its noun on the verb as an oblique, so the verb_object ("prendre en otage") is left with no
object and its hostages are lost. ``idiom_partitives`` (called by ``ckg_transitive_objects``, after
the lemmatizer) makes that noun the verb's object again, and its article a determiner, when the verb
has no object and, between the verb and the noun, a bare noun (no determiner) with a preposition of
its own makes a lexicon verb_object with the verb ("en otage", "en déroute"); the noun's only
preposition is a plural partitive one (``plural_partitives``). A verb whose "de" complement is its
own ("a parlé en détail des combats") makes no verb_object with the noun between (round frmiss85)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from conflictkg.nlp.object_marks import as_object

if TYPE_CHECKING:
    from conflictkg.knowledge.lexicon import Lexicon

_OBJ = frozenset({"obj", "dobj"})
_LOOSE = frozenset({"obl", "obl:arg", "obl:mod", "nmod"})


def idiom_partitives(doc: Doc, lex: Lexicon) -> None:
    articles = lex.group("plural_partitives")
    if not articles:
        return
    for verb in doc:
        if verb.pos_ != "VERB" or any(c.dep_ in _OBJ or c.dep_.startswith("expl") for c in verb.children):
            continue
        idiom = next((c for c in verb.children if _idiom(verb, c, lex)), None)
        if idiom is None:
            continue
        # hung on the verb: one hung on the idiom noun is its own complement ("aux mains des islamistes")
        noun = next((c for c in verb.children if _partitive(c, idiom, articles)), None)
        if noun is None:
            continue
        noun.head = verb
        as_object(noun, articles)


def _idiom(verb: Token, noun: Token, lex: Lexicon) -> bool:
    """ "en otage" after the verb: a bare noun with a preposition, a verb_object with the verb."""
    return (
        noun.i > verb.i
        and noun.dep_ in _LOOSE
        and (verb.lemma_.lower(), noun.lemma_.lower()) in lex.verb_object
        and any(c.dep_ == "case" for c in noun.children)
        and not any(c.dep_ in ("det", "nummod") for c in noun.children)
    )


def _partitive(noun: Token, idiom: Token, articles: frozenset[str]) -> bool:
    """A noun after the idiom whose only preposition is a plural partitive article."""
    if noun.i <= idiom.i or noun.dep_ not in _LOOSE or noun.pos_ != "NOUN":
        return False
    cases = [c for c in noun.children if c.dep_ == "case" and c.i < noun.i]
    return len(cases) == 1 and cases[0].lower_ in articles and cases[0].i == noun.left_edge.i
