"""Group nouns the tagger reads as adjectives: in "Les rebelles touaregs ont attaqué Kidal" the tagger
may read "rebelles" as an adjective (it is one in "les forces rebelles"), so no actor is found, and
the parser, seeing no noun, may hang the verb's object on it as a predicate ("Kidal" an xcomp).

The ``ckg_group_nouns`` component (after the lemmatizer) makes such a word a noun again when it is a
one-word group noun of the lexicon's ``generic_groups`` opened by a determiner or a number of its own
("au moins dix rebelles houthis", round frmiss86) or heading an argument of a verb; a proper noun the
parser hangs as an ``xcomp`` on a verb with no object is that verb's object ("ont attaqué Kidal"), as
a place or a party is never a verb's predicate complement."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import load_lexicon

_ARGS = frozenset({"nsubj", "nsubj:pass", "obj", "obl", "obl:arg", "obl:agent", "nmod", "conj"})
_OBJ = frozenset({"obj", "dobj", "ccomp"})


def group_nouns(nouns: frozenset[str]) -> Callable[[Doc], Doc]:
    """The component for the one-word group nouns of a lexicon."""

    def component(doc: Doc) -> Doc:
        for tok in doc:
            if tok.pos_ != "ADJ" or tok.lemma_.lower() not in nouns or tok.dep_ not in _ARGS:
                continue
            if not any(c.dep_ == "det" and c.i < tok.i for c in tok.children) and not _counted(tok):
                continue  # "les forces rebelles": an adjective has no determiner nor number of its own
            tok.pos_ = "NOUN"
            verb = tok.head
            if tok.dep_ != "nsubj" or verb.pos_ != "VERB" or any(c.dep_ in _OBJ for c in verb.children):
                continue
            for c in verb.children:
                if c.dep_ == "xcomp" and c.pos_ == "PROPN" and c.i > verb.i:
                    c.dep_ = "obj"
                    break
        return doc

    return component


def _counted(tok: Token) -> bool:
    """ "dix rebelles houthis": a number of its own, unhedged ("six terroristes présumés" are suspects,
    people arrested on a suspicion, left as tagged)."""
    hedges = load_lexicon(tok.doc.lang_).group("hedge_lemmas")
    return any(c.dep_ == "nummod" and c.i < tok.i for c in tok.children) and not any(
        c.lemma_.lower() in hedges for c in tok.children
    )
