"""Lexicon gaps: the predicates of sentences that name an actor (or a place) but yield no event.

Such a sentence is where the predicate lexicon most likely misses a word: its root verb, the verbs
governing a mention, and the nouns governing a mention through a preposition ("affrontements
entre X", "attack on X") are counted over a corpus, each kept with one example sentence. A gap whose
lemma the lexicon already knows (``known``) points at a structure the event finder does not read
rather than at a missing word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

from conflictkg.knowledge.gazetteer import Gazetteer
from conflictkg.knowledge.kb import KnowledgeBase
from conflictkg.knowledge.lexicon import Lexicon, load_lexicon
from conflictkg.nlp.pipeline import load_pipeline, plain_characters, use_resources
from conflictkg.nlp.text_pieces import split_text

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_VERBS = frozenset({"VERB"})
_NOUNS = frozenset({"NOUN"})
_PREP_DEPS = frozenset({"case", "prep"})

Kind = Literal["verb", "noun"]


@dataclass(frozen=True)
class Gap:
    lemma: str
    kind: Kind
    frame: str  # "s'affronter", "open fire", "affrontement entre", "attack on"
    count: int  # sentences (not tokens) where the frame occurs
    example: str
    known: str | None = None  # the type the lexicon already gives the lemma, if any


def lexicon_gaps(
    texts: Iterable[str], lang: str, top: int = 20, *, skip_reporting: bool = True,
    kb: KnowledgeBase | None = None, gazetteer: Gazetteer | None = None,
) -> list[Gap]:  # fmt: skip
    """The ``top`` most frequent predicates of sentences that mention an actor or a place but yield
    no event, most frequent first (ties by frame). Reporting verbs ("say", "déclarer") are left out
    unless ``skip_reporting`` is false: they frame events rather than being ones.

    This is what ``conflictkg lexicon gaps PATH... [--lang fr|en] [--top N]`` prints: run it on a
    corpus of real texts, add the frames that name events to the lexicon data file of the language
    (``data/lexicons/<lang>.json``), re-run, and watch the list shrink. Actors are resolved with ``kb``
    and places with ``gazetteer`` (the shipped ones by default)."""
    nlp = load_pipeline(lang)
    use_resources(nlp, kb or KnowledgeBase.load(), gazetteer or Gazetteer.load())
    lex = load_lexicon(lang)
    counts: Counter[tuple[str, Kind, str]] = Counter()
    examples: dict[tuple[str, Kind, str], str] = {}
    pieces = (piece for text in texts for _, piece in split_text(plain_characters(text)))
    for doc in nlp.pipe(pieces, batch_size=32):
        for sent in doc.sents:
            for key in set(_sentence_gaps(doc, sent, lex, skip_reporting)):
                counts[key] += 1
                examples.setdefault(key, sent.text.strip())
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0][2]))[:top]
    return [
        Gap(lemma, kind, frame, n, examples[(lemma, kind, frame)], _known(lex, lemma, kind, frame))
        for (lemma, kind, frame), n in ranked
    ]


Key = tuple[str, Kind, str]  # (lemma, kind, frame)


def _sentence_gaps(doc: Any, sent: Any, lex: Lexicon, skip_reporting: bool) -> Iterator[Key]:
    if _has_event(doc, sent):
        return
    heads = _mention_heads(doc, sent)
    if not heads:
        return
    verbs = {sent.root} if sent.root.pos_ in _VERBS else set()
    places = set(_place_heads(sent))
    for head in heads:
        verb = _governing(head, _VERBS)
        if verb is not None:
            verbs.add(verb)
        noun = _prepositional_head(head, heads)
        if noun is not None and not (head in places and lex.has("place_preps", noun[2].split()[-1])):
            yield noun
    if sent.root.pos_ in _NOUNS:  # a headline: "Affrontements entre l'armée et les rebelles"
        yield sent.root.lemma_.lower(), "noun", sent.root.lemma_.lower()
    for verb in verbs:
        lemma, frame = verb.lemma_.lower(), _verb_frame(verb, heads)
        if not (skip_reporting and lex.has("reporting", lemma)) and not _empty_verb(verb, lex, frame):
            yield lemma, "verb", frame


def _empty_verb(verb: Any, lex: Lexicon, frame: str) -> bool:
    """A modal, causative or stop-word verb on its own ("devoir", "faire", "avoir"): no predicate."""
    lemma = verb.lemma_.lower()
    if lemma in lex.verbs:
        return False
    if lex.has("modal_verbs", lemma) or lex.has("causative", lemma):
        return True
    return frame == lemma and bool(verb.vocab[lemma].is_stop)


def _has_event(doc: Any, sent: Any) -> bool:
    return any(e["sent_start"] == sent.start_char for e in doc._.events or [])


def _mention_heads(doc: Any, sent: Any) -> set[Any]:
    """The head tokens of the sentence's actor mentions and named places."""
    heads = {doc[m["head"]] for m in doc._.actor_mentions or [] if sent.start <= m["head"] < sent.end}
    return heads | set(_place_heads(sent))


def _place_heads(sent: Any) -> Iterator[Any]:
    return (ent.root for ent in sent.ents if ent.label_ in PLACE_LABELS)


def _governing(tok: Any, pos: frozenset[str]) -> Any | None:
    """The nearest ancestor of ``tok`` with one of the parts of speech ``pos``."""
    for anc in tok.ancestors:
        if anc.pos_ in pos:
            return anc
    return None


def _prepositional_head(tok: Any, heads: set[Any]) -> tuple[str, Kind, str] | None:
    """(lemma, "noun", "lemma prep") when a common noun governs ``tok`` through a preposition: in the
    French (UD) parse the preposition is the mention's ``case`` child ("affrontements entre X"), in
    the English one the mention is the ``pobj`` of a preposition attached to the noun ("attack on X")."""
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in _NOUNS:
        noun, prep = tok.head.head, tok.head
    elif tok.head.pos_ in _NOUNS and tok.head is not tok:
        noun = tok.head
        prep = next((c for c in tok.children if c.dep_ in _PREP_DEPS), None)
        if prep is None and tok.dep_ == "conj":  # "entre X et Y": Y hangs on X
            return None
    else:
        return None
    if prep is None or noun in heads:  # "les rebelles de X": a mention, not a predicate
        return None
    lemma = noun.lemma_.lower()
    return lemma, "noun", f"{lemma} {prep.lower_}"


def _verb_frame(verb: Any, heads: set[Any]) -> str:
    """The verb's lemma with what makes it a distinct predicate: a reflexive pronoun ("s'affronter"),
    a particle ("take over") and a common-noun object that is not a mention ("open fire",
    "tendre embuscade")."""
    lemma = verb.lemma_.lower()
    parts = [lemma]
    for child in verb.children:
        if child.dep_ == "prt":
            parts.append(child.lower_)
        elif child.dep_ in ("obj", "dobj") and child.pos_ in _NOUNS and child not in heads:
            parts.append(child.lemma_.lower())
    if any(c.dep_ in ("expl:comp", "expl:pv") for c in verb.children):
        parts[0] = ("s'" if lemma[:1] in "aeiouyéèêh" else "se ") + lemma
        return parts[0] if len(parts) == 1 else " ".join([parts[0], *parts[1:]])
    return " ".join(parts)


def _known(lex: Lexicon, lemma: str, kind: Kind, frame: str) -> str | None:
    if kind == "noun":
        p = lex.nouns.get(lemma)
        return p.type if p else None
    words = frame.split()
    if frame.startswith(("se ", "s'")):
        p = lex.reflexive.get(lemma)
        return p.type if p else None
    if len(words) > 1 and (lemma, words[-1]) in lex.verb_object:
        return lex.verb_object[(lemma, words[-1])].type
    p = lex.verbs.get(lemma)
    return p.type if p else None
