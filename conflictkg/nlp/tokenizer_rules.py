"""Rules of the spaCy tokenizer: which hyphenated words stay one token (a lexicon prefix before its
verb, "re-took"; a hyphenated lexicon noun, "attentat-suicide")."""

from __future__ import annotations

from typing import Any


def keep_prefixes_joined(nlp: Any, prefixes: frozenset[str]) -> None:
    """The tokenizer splits "re-took" into three tokens, which the parser misreads: a hyphen right
    after a lexicon prefix no longer splits the word."""
    from spacy.util import compile_infix_regex

    after_prefix = "".join(f"(?<!\\b{''.join(f'[{c.upper()}{c}]' for c in p)})" for p in sorted(prefixes))
    hyphen = "(?:-|–|—|--|---|——|~)"
    infixes = [i.replace(hyphen, after_prefix + hyphen) for i in nlp.Defaults.infixes]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


def hyphenated_nouns(lang: str) -> frozenset[str]:
    from conflictkg.knowledge.lexicon import load_lexicon

    return load_lexicon(lang).hyphenated_nouns()


def keep_compounds_joined(nlp: Any, compounds: frozenset[str]) -> None:
    """The tokenizer splits "attentat-suicide" into three tokens, which the parser misreads: a
    hyphenated lexicon noun stays one token (as written or capitalized)."""
    from spacy.symbols import ORTH

    for word in compounds:
        for form in {word, word[:1].upper() + word[1:]}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])


# a reference mark of an encyclopedia's text glued to the word before it ("territory.[4]", "2008.[1][2]")
_REFERENCE_MARK = r"(?<=\S)\[\d{1,3}$"


def split_reference_marks(nlp: Any) -> None:
    """The tokenizer keeps "territory.[4" one token, whose lemma no lexicon then knows and whose
    sentence the parser runs on into the next: a bracketed reference number glued to a word is a
    suffix of its own, so the word and its full stop are read as written."""
    import re

    old = nlp.tokenizer.suffix_search.__self__.pattern
    nlp.tokenizer.suffix_search = re.compile(f"(?:{old})|(?:{_REFERENCE_MARK})").search
