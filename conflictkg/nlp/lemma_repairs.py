"""Lemma repairs run after spaCy's lemmatizer, each the factory of a pipeline component registered
in :mod:`conflictkg.nlp.pipeline`: words the lemmatizer leaves as written, or cuts to another word,
get the lexicon's lemma, so the event rules find their predicate."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc

from conflictkg.knowledge.lexicon import load_lexicon
from conflictkg.nlp.determined_pronouns import determined_pronouns


def _group(lang: str, name: str) -> frozenset[str]:
    return load_lexicon(lang).group(name)


def prefixed_lemmas(nlp: Any, lang: str) -> Any:
    """``ckg_prefixed_lemmas``: "re-took", kept one token, gets the prefix and its verb's lemma."""
    from conflictkg.nlp.adverb_verbs import misread_verb
    from conflictkg.nlp.passive_adjectives import misread, rehang

    lemmatizer = nlp.get_pipe("lemmatizer")
    prefixes = _group(lang, "joined_prefixes")
    verbs = frozenset(load_lexicon(lang).verbs)

    def lemma_of(word: str, pos: str) -> str:
        lemmas: list[str] = lemmatizer.rule_lemmatize(Doc(nlp.vocab, words=[word], pos=[pos])[0])
        return lemmas[0] if lemmas else word.lower()

    def glued_lemma(word: str) -> str | None:
        """ "retook", left as written: the prefix and the lemma of the irregular verb after it."""
        for prefix in prefixes:
            rest = word.removeprefix(prefix)
            if rest != word and len(rest) > 2 and (glued := prefix + lemma_of(rest, "VERB")) in verbs:
                return glued
        return None

    def prefixed_lemmas(doc: Doc) -> Doc:
        for tok in doc:
            if misread_verb(tok, verbs):  # "Russia and Iran back the regime": "back" read as an adverb
                tok.pos_ = "VERB"
            prefix, hyphen, word = tok.lower_.partition("-")
            if not (hyphen and word and prefix in prefixes):
                as_written = (tok.pos_ == "VERB" or _clause_noun(tok)) and tok.lemma_.lower() == tok.lower_
                if as_written and (glued := glued_lemma(tok.lower_)):  # no write per token: the
                    tok.lemma_ = glued  # lemma's setter interns the string again
                    tok.pos_ = "VERB"  # "The army retook Kidal": "retook" tagged a noun
                continue
            participle = misread(tok)  # "were gang-raped by": the participle heads the clause
            passive = participle or any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in tok.children)
            verbal = passive or any(c.dep_ == "dobj" for c in tok.children)  # "baton-charged students"
            if tok.pos_ not in ("NOUN", "ADJ") or verbal:  # "re-took" read as an adverb, "was
                tok.pos_ = "VERB"  # gang-raped" as an adjective
            if participle:
                rehang(tok)
            lemma = prefix + lemma_of(word, tok.pos_)
            tok.lemma_ = (
                lemma + "e" if lemma not in verbs and lemma + "e" in verbs else lemma
            )  # "raped": "rap"
        return doc

    return prefixed_lemmas


def _clause_noun(tok: Any) -> bool:
    """A word tagged a noun that heads a clause, with a subject and a direct object of its own."""
    deps = {c.dep_ for c in tok.children} if tok.pos_ == "NOUN" else set()
    return "nsubj" in deps and "dobj" in deps


def verb_lemmas(lang: str) -> Any:
    """``ckg_verb_lemmas``: "bombarde", left as written, gets the -er verb it conjugates."""
    from conflictkg.nlp.participles import er_lemma

    lex = load_lexicon(lang)
    # "France Soir indique que": a reporting verb is read for who speaks, so it needs its lemma too
    verbs = lex.verb_lemmas(reflexive=True) | lex.group("reporting")
    endings = sorted(_group(lang, "regular_er_endings"), key=len, reverse=True)
    doubled = [tuple(p.split()) for p in _group(lang, "doubled_consonant_stems")]

    def verb_lemmas(doc: Doc) -> Doc:
        if lang == "fr":
            determined_pronouns(doc)  # "Les shebab ont revendiqué": nlp/determined_pronouns.py
        for tok in doc:
            if tok.pos_ != "VERB":
                continue
            if tok.lemma_.lower() == tok.lower_:
                tok.lemma_ = er_lemma(tok.lower_, endings, verbs) or tok.lemma_
            elif (
                doubled
                and tok.lemma_.lower() not in verbs
                and (single := _single(tok.lemma_, doubled, verbs))
            ):
                tok.lemma_ = single  # "a rejetté": "rejetter" is "rejeter" misspelt
        return doc

    return verb_lemmas


def _single(lemma: str, doubled: list[tuple[str, ...]], verbs: frozenset[str]) -> str | None:
    """The lexicon verb a lemma spells with one consonant doubled ("rejetter", "appeller"), if any."""
    low = lemma.lower()
    for pair in doubled:
        twice, once = pair[0], pair[-1]
        at = low.rfind(twice)
        if at > 0 and (fixed := low[:at] + once + low[at + len(twice) :]) in verbs:
            return fixed
    return None


def silent_e_lemmas(lang: str) -> Any:
    """``ckg_silent_e_lemmas``: 'raped' and 'raping' are cut to 'rap', a word of its own: a verb
    whose lemma is no lexicon verb but whose lemma + 'e' is gets that lemma; and the other way
    round, 'gheraoed' is given an e it never had ('gheraoe'): the lemma without it, when that is a
    lexicon verb. A present verb the headline tagger read as a plural one and the lemmatizer left as
    written ('attacks', ``third_person_endings``) gets the lexicon verb it conjugates, or the scene
    verb ('Idlib witnesses violent clashes': ``scene_verbs``, read by nlp/events/scenes.py)."""

    lex = load_lexicon(lang)
    verbs = lex.verb_lemmas()
    third_verbs = verbs | lex.group("scene_verbs")
    endings = tuple(_group(lang, "silent_e_endings"))
    third = sorted(_group(lang, "third_person_endings"), key=len)  # "shells": "shell" before "shel"

    def silent_e_lemmas(doc: Doc) -> Doc:
        for tok in doc:
            lemma = tok.lemma_.lower()
            if tok.pos_ == "VERB" and tok.lower_.endswith(endings) and lemma not in verbs:
                if lemma + "e" in verbs:
                    tok.lemma_ = lemma + "e"
                elif lemma.endswith("e") and lemma[:-1] in verbs:
                    tok.lemma_ = lemma[:-1]
            elif tok.pos_ == "VERB" and lemma == tok.lower_ and lemma not in third_verbs:
                # "Ahrar al-Sham shells X" read as a plural present (VBP): left as written
                stems = [lemma[: -len(e)] for e in third if lemma.endswith(e)]
                tok.lemma_ = next((s for s in stems if s in third_verbs), tok.lemma_)
        return doc

    return silent_e_lemmas
