"""Places where a gathering met or a speaker sits, told beside the events of a war ("as donors pledged
aid at a conference in Paris", "talks in Jeddah", "the defence ministry in Moscow said"): the venue of
a conference, summit or talks (lexicon ``venue_nouns``, ``venue_verbs``) and the seat of the body that
tells the news are no sign of the country the article is about (round case89)."""

from __future__ import annotations

from typing import Any

from conflictkg.knowledge.lexicon import load_lexicon


def venue_place(tok: Any) -> bool:
    """Whether the name ``tok`` heads is the complement of a venue noun's locative ("at a conference
    in Paris": Paris), or of a verb of meeting ("leaders met in London"), directly or through a
    conjunct ("talks in Doha and Cairo")."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    lex = load_lexicon(tok.doc.lang_)
    prep, head = tok.head, tok.head.head
    if prep.lower_ not in lex.group("place_preps"):
        return False
    if head.pos_ == "VERB":  # "leaders met in London"
        return head.lemma_.lower() in lex.group("venue_verbs")
    return head.lemma_.lower() in lex.group("venue_nouns")


def speaker_seat(tok: Any) -> bool:
    """Whether the name ``tok`` heads is where the subject of a reporting verb sits ("the defence
    ministry in Moscow said", "officials in Kyiv told reporters"): who speaks, not where."""
    if tok.dep_ != "pobj" or tok.head.dep_ != "prep" or tok.head.lower_ != "in":
        return False
    noun = tok.head.head
    lex = load_lexicon(tok.doc.lang_)
    speaker = noun.dep_ == "nsubj" and noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ == ""
    return speaker and noun.head.lemma_.lower() in lex.group("reporting")
