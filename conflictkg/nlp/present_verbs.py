"""Present-tense verbs the French tagger misreads: "Ansar Dine et le MNLA contrôlent Tombouctou",
"les États-Unis financent des fondations" come out as an adjective or a noun, so the parser finds no
clause; "dans l'est de la Syrie" reads "est" as the verb être.

The ``ckg_present_verbs`` component (after the morphologizer, before the parser) gives such a word
the norm the model reads right and runs the token-to-vector layer and the morphologizer again, as
``nlp/headlines.py`` does for English: only the norm changes, so the text and its offsets keep.

- a lexicon -er verb in a present-tense ending (``present_imperfect_endings``: "ent aient") right
  after a plural subject or a name gets its imperfect (a verb read as a participle too, when its
  spelling lacks the é of one: "l'armée bombarde Homs") ("contrôlaient"), which the model reads as a
  verb; so does one in a singular ending (``present_singular_endings``: "e ait") right after a
  singular subject noun, or its adjective ("l'aviation pilonne Alep", "l'armée syrienne pilonne
  Homs"), a lexicon noun only when an object follows ("l'armée attaque Homs");
- a present form of an -er verb whose stem alternates é/è or e/è (``stem_alternations``: "l'armée
  assiège Homs") gets its imperfect ("assiégeait");
- a compass point spelt as a verb (``compass_homographs``: "est ouest") between an elided article
  (or a plural noun, which "est" cannot agree with: "les quartiers est de Homs") and "de" gets the
  norm of another compass point, and is a noun even if the tagger still reads a verb there
  (nlp/compass_arcs.py then mends its arcs).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.infinitive_heads import heads_infinitive

MISREAD_POS = frozenset({"ADJ", "NOUN", "PROPN"})  # a lower-case "name": "le MNLA bombarde Kidal"
SUBJECT_END_POS = frozenset({"PROPN", "NOUN", "PRON"})
ELIDED_ARTICLES = frozenset({"l'", "l’"})
PARTICIPLE_ENDS = ("é", "ée", "és", "ées")


def word_pairs(lex: Lexicon, group: str) -> list[tuple[str, str]]:
    """'written norm' entries of a lexicon group, longest written form first."""
    pairs = [tuple(entry.split(maxsplit=1)) for entry in lex.group(group)]
    return sorted(((a, b) for a, b in pairs), key=lambda p: len(p[0]), reverse=True)


@dataclass(frozen=True)
class _Words:
    """The lexicon's words the component reads, taken once per pipeline."""

    verbs: frozenset[str]  # -er lemmas: the verbs and the control verbs
    nouns: frozenset[str]
    endings: list[tuple[str, str]]  # present_imperfect_endings
    singular: list[tuple[str, str]]  # present_singular_endings
    alternations: list[tuple[str, str]]  # stem_alternations
    compass: dict[str, str]  # compass_homographs
    controls: frozenset[str]  # control_verbs

    @classmethod
    def of(cls, lex: Lexicon) -> _Words:
        return cls(
            verbs=lex.verb_lemmas(reflexive=True) | lex.group("control_verbs"),
            nouns=frozenset(lex.nouns),
            endings=word_pairs(lex, "present_imperfect_endings"),
            singular=word_pairs(lex, "present_singular_endings"),
            alternations=word_pairs(lex, "stem_alternations"),
            compass=dict(word_pairs(lex, "compass_homographs")),
            controls=lex.group("control_verbs"),
        )


def _imperfect(tok: Token, verbs: frozenset[str], endings: list[tuple[str, str]]) -> str | None:
    """The imperfect of a lexicon -er verb ``tok`` spells in the present tense, or None."""
    word = tok.lower_
    for present, imperfect in endings:
        stem = word[: -len(present)]
        if word.endswith(present) and len(stem) > 2 and stem + "er" in verbs:
            return stem + imperfect
    return None


def _infinitive(tok: Token, endings: list[tuple[str, str]]) -> str | None:
    """The -er infinitive of ``tok`` spelt in one of the present ``endings``."""
    ending = next((e for e, _ in endings if tok.lower_.endswith(e)), None)
    return None if ending is None else tok.lower_[: -len(ending)] + "er"


def _alternating(tok: Token, words: _Words) -> tuple[str, str] | None:
    """ "l'armée assiège Homs": a present form whose stem takes the grave accent of an -er verb with
    é or e (``stem_alternations``: assiéger, protéger, lever) is no noun; not after a determiner or a
    preposition ("le siège de", "la grève") nor a lexicon noun. (Its imperfect, its infinitive), or None."""
    word, before = tok.lower_, tok.doc[tok.i - 1]
    if before.pos_ in ("DET", "ADP") or tok.lemma_.lower() in words.nouns or word in words.nouns:
        return None
    for ending, imperfect in (("ent", "aient"), ("e", "ait")):
        stem = word[: -len(ending)]
        if not word.endswith(ending) or len(stem) < 3:
            continue
        for grave, other in words.alternations:
            k = stem.rfind(grave)
            if k < 0 or grave in stem[k + 1 :]:
                continue
            verb = stem[:k] + other + stem[k + 1 :]
            if verb + "er" in words.verbs:
                return verb + ("e" if verb.endswith("g") else "") + imperfect, verb + "er"
    return None


def _after_subject(tok: Token) -> bool:
    """ "les rebelles contrôlent", "le MNLA contrôlent": a name or a plural noun or pronoun before."""
    before = tok.doc[tok.i - 1]
    plural = "Plur" in before.morph.get("Number", [])
    return before.pos_ == "PROPN" or (before.pos_ in SUBJECT_END_POS and plural)


def _after_singular_subject(
    tok: Token, nouns: frozenset[str], controls: frozenset[str] = frozenset()
) -> bool:
    """ "l'aviation pilonne", "l'armée syrienne pilonne", "le Qatar finance": a singular noun or name,
    or its adjective, before a word that is no lexicon noun, or one an object follows ("l'armée attaque
    Homs"). A control verb after a name is left to nlp/events/controls.py, which mends its noun reading."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    opens_object = after is not None and (after.pos_ in ("DET", "PROPN") or after.is_title)  # "attaque Gao"
    if (tok.lower_ in nouns or tok.lemma_.lower() in nouns) and not opens_object:
        return False
    before, heads = tok.doc[tok.i - 1], frozenset({"NOUN"})
    if before.pos_ == "PROPN" and "Plur" not in before.morph.get("Number", []):
        return tok.lower_[:-1] + "er" not in controls  # "le Qatar finance": a name, unless marked plural
    if before.pos_ == "ADJ" and tok.i > 1:
        # "l'armée syrienne" (the parser has not run yet); "l'Arabie saoudite arme": a name too
        before, heads = tok.doc[tok.i - 2], frozenset({"NOUN", "PROPN"})
    return before.pos_ in heads and "Sing" in before.morph.get("Number", [])


def _accentless_participle(tok: Token) -> bool:
    """ "l'armée bombarde Homs" read as a participle: an -er participle ends in é, so one spelt without
    it is the present (``_imperfect`` still asks for a lexicon -er verb)."""
    return (
        tok.pos_ == "VERB"
        and "Part" in tok.morph.get("VerbForm", [])
        and not tok.lower_.endswith(PARTICIPLE_ENDS)
    )


def _compass_norm(tok: Token, compass: dict[str, str]) -> str | None:
    """ "dans l'est de la Syrie", "les quartiers est de Homs": the norm of a compass point spelt as a
    verb, or None."""
    doc = tok.doc
    if tok.lower_ not in compass or tok.i == 0 or tok.i + 1 >= len(doc):
        return None
    before = doc[tok.i - 1]
    plural = before.pos_ == "NOUN" and "Plur" in before.morph.get("Number", [])
    elided = before.lower_ in ELIDED_ARTICLES or plural
    return compass[tok.lower_] if elided and doc[tok.i + 1].lower_.startswith("d") else None


def misread_norms(doc: Doc, words: _Words) -> dict[int, tuple[str, str | None]]:
    """Token index → the norm that makes the tagger read it right, for the misread tokens of ``doc``,
    with the lemma to give it when it still reads no verb (a stem alternation's), if any."""
    norms: dict[int, tuple[str, str | None]] = {}
    for tok in doc[1:]:
        norm, lemma = _compass_norm(tok, words.compass), None
        misread = (tok.pos_ in MISREAD_POS or _accentless_participle(tok)) and tok.is_lower
        if norm is None and misread and _after_subject(tok):
            norm = _imperfect(tok, words.verbs, words.endings)
        if (
            norm is None
            and misread
            and (_after_singular_subject(tok, words.nouns, words.controls) or heads_infinitive(tok))
        ):
            norm = _imperfect(tok, words.verbs, words.singular)
            lemma = _infinitive(tok, words.singular) if norm is not None else None
        if norm is None and tok.pos_ in MISREAD_POS and tok.is_lower:
            norm, lemma = _alternating(tok, words) or (None, None)
        if norm is not None:
            norms[tok.i] = (norm, lemma)
    return norms


def present_verbs(nlp: Any, lex: Lexicon) -> Callable[[Doc], Doc]:
    """The ``ckg_present_verbs`` component for a pipeline and its lexicon."""
    tok2vec, morphologizer = nlp.get_pipe("tok2vec"), nlp.get_pipe("morphologizer")
    words = _Words.of(lex)

    def retag(doc: Doc) -> Doc:
        norms = misread_norms(doc, words)
        if not norms:
            return doc
        for i, (norm, _) in norms.items():
            doc[i].norm_ = norm
        doc = morphologizer(tok2vec(doc))
        for i, (_, lemma) in norms.items():  # "tués dans l'est de l'Afghanistan": the norm may not be enough
            if doc[i].lower_ in words.compass and doc[i].pos_ in ("AUX", "VERB"):
                doc[i].pos_ = "NOUN"
            if lemma is not None:  # "assiège": the verb assiéger, even if still misread
                doc[i].pos_, doc[i].lemma_ = "VERB", lemma
        return doc

    return retag
