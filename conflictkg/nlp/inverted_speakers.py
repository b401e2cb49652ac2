"""Speakers the French parser reads as objects of the incise that names them: in "plusieurs
dizaines de civils ont été massacrés à Barsalogho, a dénoncé un collectif d'associations" it makes
"a dénoncé" a verb coordinated with the main one, sharing its subject, and the speaker after it
its object, so that the killers seem to denounce a collective. An incise of a speech verb (the
lexicon's ``reporting`` and ``office_speech_verbs``) set off by a comma, with no subject and no
conjunction of its own, whose object ends the sentence, names its speaker there when it cannot
share the main verb's subject: its auxiliary differs in number from the main verb's, or the main
verb is a passive. That object becomes the incise's subject, and the incise a parenthetical
(round frstyle87)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

_CLAUSES = frozenset({"conj", "parataxis", "advcl", "ccomp"})
_AUX = frozenset({"aux", "aux:tense"})
_NOMINAL = frozenset({"NOUN", "PROPN"})


def inverted_speakers(doc: Doc, speech_verbs: frozenset[str]) -> None:
    for verb in doc:
        main = verb.head
        if verb.pos_ != "VERB" or verb.dep_ not in _CLAUSES or main.i >= verb.i or main.pos_ != "VERB":
            continue
        if verb.lemma_.lower() not in speech_verbs:
            continue
        if any(c.dep_.startswith("nsubj") or c.dep_ == "cc" for c in verb.children):
            continue
        speaker = next((c for c in verb.children if c.dep_ == "obj" and c.i > verb.i), None)
        if speaker is None or speaker.pos_ not in _NOMINAL or not _ends_sentence(speaker):
            continue
        aux = [c for c in verb.children if c.dep_ in _AUX and c.i < verb.i]
        if not aux or not _set_off(aux[0]) or not _cannot_share(main, aux[0]):
            continue
        speaker.dep_, verb.dep_ = "nsubj", "parataxis"


def _ends_sentence(speaker: Token) -> bool:
    return all(t.is_punct for t in speaker.doc[speaker.right_edge.i + 1 : speaker.sent.end])


def _set_off(first: Token) -> bool:
    return first.i > 0 and first.doc[first.i - 1].text == ","


def _cannot_share(main: Token, aux: Token) -> bool:
    """The incise's auxiliary differs in number from the main verb's, or the main verb is passive."""
    if any(c.dep_ == "aux:pass" for c in main.children):
        return True
    own = next((c for c in main.children if c.dep_ in _AUX), None)
    mine = aux.morph.get("Number", [])
    theirs = own.morph.get("Number", []) if own is not None else []
    return bool(mine and theirs and mine != theirs)
