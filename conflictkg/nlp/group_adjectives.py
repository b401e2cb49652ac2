"""A group word the English tagger reads as an adjective before the site it holds (issue 14): in "the
army shelled militant positions near Idlib" "militant" is tagged an adjective, so no group is named
and the positions shelled belong to no one, while "rebel positions" (a noun modifier) name the
rebels. Run by ``ckg_compound_subjects``, after the parser: an adjective that is a generic group noun
(``generic_groups``), qualifying a noun of a party's sites (``party_object_nouns``: positions,
bases, strongholds, hideouts), is read as that noun's modifier noun, as "rebel" is.

The same for the author of an attack noun: in "a junta air strike", "a military drone strike", "an army
air strike" the group word is tagged an adjective, or hung on the weapon noun ("air", "drone") that
qualifies the attack noun: a group word of a force that attacks (military, police; an armed group's
noun, not its adjective: "terrorist attacks" tells a kind of attack) is the attack noun's own modifier
noun, whose group name_spans.holder_modifier then reads as its author ("junta airstrikes")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import Lexicon, load_lexicon
from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.name_spans import ARMED_HOLDERS, word_forms
from conflictkg.nlp.syntax import PENN_COMMON_NOUNS

_ADJECTIVE = "JJ"  # Penn tags: before the attribute ruler
_NOUN = "NN"
_NOUN_TAGS = PENN_COMMON_NOUNS
_FORCES = frozenset({"military", "police"})
_ATTACKING = ARMED_HOLDERS | _FORCES


def group_adjectives(doc: Doc) -> None:
    lex = load_lexicon("en")
    sites = lex.group("party_object_nouns")
    for t in doc:
        if t.tag_ != _ADJECTIVE or t.dep_ != "amod" or t.lower_ not in lex.generic:
            attack = _attack_of(t, lex)
            if attack is not None:
                t.tag_, t.dep_, t.head = _NOUN, "compound", attack
            continue
        if any(form in sites for form in word_forms(t.head)):
            t.tag_, t.dep_ = _NOUN, "compound"
        elif (attack := _attack_of(t, lex)) is not None:
            t.tag_, t.dep_, t.head = _NOUN, "compound", attack


def _attack_of(t: Token, lex: Lexicon) -> Token | None:
    """The attack noun a group word of a force that attacks qualifies, itself or through the weapon noun
    between them ("a junta drone strike"), or None."""
    if t.tag_ not in _NOUN_TAGS | {_ADJECTIVE} or t.dep_ not in ("amod", "compound") or t.i > t.head.i:
        return None
    group = lex.generic.get(t.lower_)
    # an armed group's adjective tells the kind of attack ("terrorist attacks"), a force's its author
    if group not in (_FORCES if t.tag_ == _ADJECTIVE else _ATTACKING):
        return None
    head = t.head
    if _attack_noun(head, lex):
        return head
    chained = head.dep_ == "compound" and head.i == t.i + 1 and head.i < head.head.i
    return head.head if chained and _attack_noun(head.head, lex) else None


def _attack_noun(t: Token, lex: Lexicon) -> bool:
    preds = (lex.nouns.get(form) for form in word_forms(t))
    return t.tag_ in _NOUN_TAGS and any(p is not None and p.type in VIOLENT_TYPES for p in preds)
