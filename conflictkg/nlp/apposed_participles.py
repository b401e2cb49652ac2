"""A past participle set off by a comma right after a person's name that its verb takes as an object
or an oblique ("Il a remplacé X, arrêté en 2003 à Karachi"; the parser runs before the
recognizer, so a proper noun is taken for the name): the parser hangs the
participle on the verb as an adverbial clause, which makes the verb's subject the one arrested. A
singular participle with no subject or auxiliary of its own there, agreeing with the name where its
gender or number is marked, qualifies the name just before it, as it does when the parser reads it so
("le général X, accusé de corruption"), unless the verb's subject is a common noun it agrees with too.

Run by the ``ckg_fronted_participles`` component (nlp/fronted_participles.py), French only."""

from __future__ import annotations

from spacy.tokens import Span, Token

_NAME_PARTS = frozenset({"flat", "flat:name"})
_COMPLEMENTS = frozenset({"obj", "iobj", "obl", "obl:arg", "obl:mod"})


def apposed_to_names(sent: Span) -> None:
    for part in sent:
        name = _name_before(part)
        if name is not None:
            part.head, part.dep_ = name, "acl"


def _name_before(part: Token) -> Token | None:
    if part.pos_ != "VERB" or part.dep_ not in ("advcl", "xcomp") or part.i < part.sent.start + 2:
        return None
    if "Part" not in part.morph.get("VerbForm", []) or "Past" not in part.morph.get("Tense", []):
        return None
    if "Plur" in part.morph.get("Number", []):
        return None
    if any(c.dep_.startswith(("aux", "nsubj")) for c in part.children):
        return None
    doc = part.doc
    if doc[part.i - 1].text != ",":
        return None
    name = doc[part.i - 2]
    while name.dep_ in _NAME_PARTS and name.head.i < name.i:
        name = name.head
    if name.pos_ != "PROPN" or name.head != part.head or name.dep_ not in _COMPLEMENTS:
        return None
    if not _agree(doc[part.i - 2], name, part):
        return None
    subj = next((c for c in part.head.children if c.dep_.startswith("nsubj")), None)
    if subj is not None and subj.pos_ == "NOUN" and _agree(subj, subj, part):
        return None  # "l'armée a repris Kidal, appuyée par l'aviation": it may be the army's
    return name


def _agree(last: Token, name: Token, part: Token) -> bool:
    """Whether the participle agrees with the noun phrase where its gender or number is marked (the
    participle's gender as written: the tagger reads "appuyée" as masculine)."""
    written = {"Gender": ["Fem" if part.lower_.rstrip("s").endswith("e") else "Masc"], "Number": []}
    written["Number"] = part.morph.get("Number", [])
    for feat in ("Gender", "Number"):
        said = set(last.morph.get(feat, [])) | set(name.morph.get(feat, []))
        if said and not said & set(written[feat]):
            return False
    return True
