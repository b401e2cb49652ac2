"""Objects the French parser makes the subject of a past infinitive (run by ``ckg_partitive_objects``,
with the other noun-phrase mends of nlp/noun_phrase_arcs.py). In "les forces de X ont annoncé avoir
repris le contrôle de la ville de Y" the parser hangs "le contrôle" on "repris" as its subject, and
the capture is left with no object. An infinitive takes no subject of its own in French (its subject
is the governing verb's): a noun hung as the subject after a participle that a bare infinitive
auxiliary ("avoir repris", "être entrés") makes a past infinitive, itself with no object, is its
object (round frmiss88). A causative's infinitive ("laisser partir les civils") has no auxiliary and
is left alone."""

from __future__ import annotations

from spacy.tokens import Doc, Token

_AUX = frozenset({"aux", "aux:tense"})


def infinitive_objects(doc: Doc) -> None:
    for verb in doc:
        if verb.pos_ != "VERB" or not _past_infinitive(verb) or any(c.dep_ == "obj" for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i), None)
        if subj is not None and subj.pos_ in ("NOUN", "PROPN"):
            subj.dep_ = "obj"


def _past_infinitive(verb: Token) -> bool:
    """A participle with an infinitive auxiliary right before it ("avoir repris")."""
    aux = [c for c in verb.children if c.dep_ in _AUX and c.i < verb.i]
    if not aux or "Part" not in verb.morph.get("VerbForm", []):
        return False
    return all("Inf" in a.morph.get("VerbForm", []) for a in aux)
