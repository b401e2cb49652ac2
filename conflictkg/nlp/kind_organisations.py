"""Names of organisations told by their kind: in "the opposition party Dveri protested" NER may take
the name for a place, a nationality or a product, so no organisation is discovered and the protest
has no actor.
A name right after a noun of an organisation's kind (the lexicon's ``organisation_kind_nouns``:
"party", "union", "movement") that the parser hangs on it as a compound, or that stands in
apposition to that noun, names that organisation.
So does an acronym NER took for a place that a relative clause describes ("the FPRC, which controls
the north, attacked X"): no gazetteer knows it, and a place that is described is named in words."""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflictkg.knowledge.lexicon import Lexicon

RELABELLED = frozenset({"GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})  # NER's misreadings
KIND_DEPS = frozenset({"compound", "nmod"})  # "party" before the name it qualifies
ORGANISATION = "organisation"
RELATIVE_TAGS = frozenset({"WDT", "WP"})  # "which", "that", "who"


def kind_organisation(ent: Span, lex: Lexicon) -> str | None:
    """``"organisation"`` when the entity ``ent`` NER took for no actor is named by its kind noun."""
    if ent.label_ not in RELABELLED:
        return None
    if described_acronym(ent):
        return ORGANISATION
    if ent.start == 0:
        return None
    kind, root = ent.doc[ent.start - 1], ent.root
    if kind.pos_ != "NOUN" or kind.lemma_.lower() not in lex.group("organisation_kind_nouns"):
        return None
    named = (kind.head.i == root.i and kind.dep_ in KIND_DEPS) or (
        root.dep_ == "appos" and root.head.i == kind.i
    )
    return ORGANISATION if named else None


def described_acronym(ent: Span) -> bool:
    """A one-word acronym in capitals whose relative clause opens on a relative pronoun ("the ABC,
    which holds the north")."""
    tok = ent.root
    if len(ent) != 1 or not (tok.is_upper and tok.is_alpha and len(tok) >= 3):
        return False
    return any(
        c.dep_ == "relcl" and any(w.tag_ in RELATIVE_TAGS and w.head.i == c.i for w in c.children)
        for c in tok.children
    )


def state_in_kind_name(tok: Token, ents: dict[int, Span], lex: Lexicon) -> bool:
    """``tok`` is a word inside an organisation's name NER gives whose head is a kind noun ("the
    Pakistan Medical Association", "the Kenya National Union of Teachers"): a state's name there says
    whose members, never that the state acts."""
    ent = ents.get(tok.i)
    if ent is None or ent.label_ != "ORG" or ent.root.i == tok.i:
        return False
    return ent.root.lemma_.lower() in lex.group("organisation_kind_nouns")
