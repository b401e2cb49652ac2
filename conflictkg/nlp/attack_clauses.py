"""Two clauses joined in a headline: "Clashes near Homs and shells target Daraa",
"Losses in Idlib and mortars target Quneitra". Headlines join a verbless phrase and a clause
with "and"; the parser reads the attack noun after the link as a conjunct inside the phrase before
("countryside ... and shells") and makes that whole phrase the verb's subject.

``ckg_headline_verbs`` (before the parser) records an attack noun (``attack_subjects``,
``weapon_subjects``) between a link (``headline_verb_links``) and a present-tense lexicon verb; here,
after the parser, when it was made a conjunct inside the verb's subject (not beside another attack
noun heading that subject: "raids and shells target X" is one subject), it becomes the verb's
subject, and the phrase before a dependent of the verb set beside it (``dep``), no longer its subject."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

CLAUSE_KEY = "ckg_attack_clause_subjects"  # doc.user_data: (such attack nouns, all attack nouns)
PRESENT_TAGS = frozenset({"VBP", "VBZ"})
_MODIFIERS = frozenset({"compound", "amod", "nmod"})


def attack_clause_subjects(
    doc: Doc, links: frozenset[str], is_attack: Callable[[Token], bool], is_verb: Callable[[str], bool]
) -> None:
    """Record the attack nouns of ``doc`` right after a link and right before a present-tense verb
    (with all its attack nouns, to tell a subject of several attacks); an attack noun after it
    ("air and missile strikes X") is the noun it modifies, no verb."""
    attacks = [tok.i for tok in doc if is_attack(tok)]
    found = [
        i
        for i in attacks
        if 0 < i < len(doc) - 1
        and doc[i - 1].lower_ in links
        and doc[i + 1].tag_ in PRESENT_TAGS
        and is_verb(doc[i + 1].lower_)
        and i + 1 not in attacks  # "missile strikes": one noun
    ]
    if found:
        doc.user_data[CLAUSE_KEY] = (found, attacks)


def split_attack_clauses(doc: Doc) -> None:
    """Make each recorded attack noun the subject of the verb after it (see the module's doc)."""
    found, attacks = doc.user_data.get(CLAUSE_KEY, ([], []))
    for i in found:
        tok, verb = doc[i], doc[i + 1]
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.dep_ != "ROOT" or tok.dep_ != "conj" or subject is None or subject.i >= i:
            continue
        first = tok
        while first.dep_ == "conj" and first.head.i != first.i:
            first = first.head
        if first.dep_ in _MODIFIERS:
            continue  # a conjunct of a modifier ("air and artillery fire"): no subject
        if first.i == subject.i and subject.i in attacks:
            continue  # "raids and shells target X": one subject
        if not any(t.i == first.i for t in subject.subtree):
            continue
        tok.head, tok.dep_ = verb, "nsubj"
        doc[i - 1].head = verb
        subject.dep_ = "dep"  # the phrase before stays on the verb, a clause of its own
