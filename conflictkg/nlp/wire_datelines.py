"""Wire datelines: "KHARTOUM, March 3 (Reuters) - ...", "BEIRUT (AP) — ...", "GUAYAQUIL, Ecuador (AP) -
...", "Homs, 6 février — ...". A wire story opens with the town it is filed from (in capitals in English
copy), its country, the day and the agency in brackets, closed by a dash (shared.json dateline_dashes).
Left in the sentence, the parser reads the town as the subject and the story's own subject as an
apposition of it, so the agency or the town becomes the actor ("PORT-AU-PRINCE, Oct 4 (Reuters) - Gang
members killed ...": Reuters killed). Before the parser, the dateline is made a sentence of its own and
the story starts a new one; events/datelines.py still gives its town to the story's first sentence.
The tagger, which saw the dateline before it, reads the story's capitalised first word as a proper noun
("- Gunmen stormed", "- Protesters marched"): when that word is one of the lexicon's group or event nouns
(or their plural), it is a common noun again."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.dates import MONTHS
from conflictkg.textkeys import norm

DASHES = shared_words("dateline_dashes")
AMBIGUOUS_MONTHS = shared_words("ambiguous_month_words")  # "May 6" is a date only before its day
MAX_DATELINE = 12  # tokens: a town of a few words, its country, a day and month, an agency in brackets
_NAME_JOINERS = frozenset({"-", "'", "’", "."})  # inside a town's name: "PORT-AU-PRINCE", "N'DJAMENA"


def dateline(toks: Sequence[Token], agency_needed: bool = False) -> tuple[int, int] | None:
    """``(end of the town's name, index of the closing dash)`` in ``toks`` (the first tokens of a
    paragraph, spaces left out), or None: a name, then commas, names, a date with its month and an
    agency in brackets, and a dash set off by a space; a date or an agency must be there (the agency
    when ``agency_needed``)."""
    toks = list(toks[: MAX_DATELINE + 1])
    if not toks or not _name_word(toks[0]):
        return None
    dash = next((k for k, t in enumerate(toks) if k and t.text in DASHES and toks[k - 1].whitespace_), None)
    if dash is None or dash + 1 >= len(toks) or not toks[dash + 1].text.strip():
        return None
    name_end = next((k for k, t in enumerate(toks) if t.text in (",", "(") or k == dash), dash)
    dated = agency = False
    k = 0
    while k < dash:
        t = toks[k]
        if t.text == "(":
            close = next((j for j in range(k + 1, dash) if toks[j].text == ")"), None)
            if close is None or close == k + 1 or close + 1 != dash:
                return None
            if not all(_name_word(x) or x.like_num for x in toks[k + 1 : close]):
                return None
            agency, k = True, close + 1
            continue
        if _month(toks, k):
            dated = True
        elif not (t.text == "," or t.like_num or _name_word(t) or (k < name_end and _inner_word(t))):
            return None
        k += 1
    found = agency or (dated and not agency_needed)
    return (name_end, dash) if found and name_end > 0 else None


def dateline_starts(nouns: frozenset[str] = frozenset()) -> Callable[[Doc], Doc]:
    """Before the parser: a paragraph's dateline with an agency is one sentence, the story after its
    dash another, its first word a common noun again when ``nouns`` (lemmas) hold it. A dateline with no
    agency ("ALEPPO, Nov 29 - ...") is left to the parser, which reads most of those whole: cut off, the
    story's first sentence may parse worse (the gold corpus's invented wire copy does)."""

    def component(doc: Doc) -> Doc:
        for first in _paragraph_starts(doc):
            toks = [t for t in doc[first : first + 2 * MAX_DATELINE] if not t.is_space]
            got = dateline(toks, agency_needed=True)
            if got is None:
                continue
            _, dash = got
            for t in toks[1 : dash + 1]:
                t.is_sent_start = False
            opening = toks[dash + 1]
            opening.is_sent_start = True
            if opening.tag_ in _PROPER_TAGS and opening.is_title:
                common = _common_tag(opening.lower_, nouns)
                opening.tag_ = common or opening.tag_
        return doc

    return component


_PROPER_TAGS = frozenset({"NNP", "NNPS"})


def _common_tag(word: str, nouns: frozenset[str]) -> str | None:
    """The common-noun tag of ``word`` when it is one of ``nouns`` or its plural ("gunmen": "gunman")."""
    if word in nouns:
        return "NN"
    singulars = (word[:-1], word[:-2]) if word.endswith("s") else ()
    plural = any(w in nouns for w in singulars) or (word.endswith("men") and word[:-3] + "man" in nouns)
    return "NNS" if plural else None


def _paragraph_starts(doc: Doc) -> list[int]:
    return [
        t.i
        for t in doc
        if not t.is_space and (t.i == 0 or "\n" in doc[t.i - 1].whitespace_ or "\n" in doc[t.i - 1].text)
    ]


def _name_word(t: Token) -> bool:
    """A capitalised or upper-case word: a town's, a country's or an agency's name."""
    return t.is_alpha and (t.is_title or t.is_upper)


def _inner_word(t: Token) -> bool:
    """A joiner or a lower-case particle inside a town's name ("PORT-AU-PRINCE", "Deir ez-Zor")."""
    return t.text in _NAME_JOINERS or (t.is_alpha and t.is_lower)


def _month(toks: Sequence[Token], k: int) -> bool:
    """A month's name ("March", "Oct", "février") next to its day's number; "May" only before it."""
    t = toks[k]
    if norm(t.lower_) not in MONTHS:
        return False
    after = k + 1 < len(toks) and toks[k + 1].like_num
    before = k > 0 and toks[k - 1].like_num
    return after if t.lower_ in AMBIGUOUS_MONTHS else after or before
