"""Headline verbs: notes and headlines drop tense and articles ("Military forces clear Gambori of
Boko Haram", "Kenyan troops clash with al Shabaab, retake Baidoa"), and the small English tagger
reads such a present-tense verb as a noun or an adjective, so the parser finds no clause.

The ``ckg_headline_verbs`` component (after the tagger, before the parser) gives a lexicon verb so
misread the norm of its past tense, which the model reads as a verb, and runs the token-to-vector
layer and the tagger again on that doc: the parser then reads it from the new vectors. Only the norm
changes, so the text, its offsets and the lemmas keep. A word is taken for such a verb when it ends a
subject (after a plural or proper noun, or the closing quote of a quoted name) or follows a link to an
earlier present-tense verb (``headline_verb_links``: "clash with X, retake Y"), and an object starts
right after it. After a plural common noun, or a group noun of the lexicon ("police"), the object may
also start with a common noun or an adjective ("Maoists torch mobile towers", "police fire tear gas at
X"), and after a plural common noun, a name ending in a plural noun or a quoted name, a preposition may
follow ("thousands march in X", "Syrian Democratic Forces advance in X", "the “Islamic State” advance
in X").

The new vectors do not always win the parser over ("retake Baidoa" stays a noun in apposition), so
``ckg_headline_arcs`` (after the parser) hangs each such word the parser left a noun on the verb
before it as a conjunct, with the proper noun after it as its object; one the parser made the root of
a clause with an object ("rebels fire missiles at X") is tagged a verb (the noun modifier before it its
subject), and one it made a modifier of
the root noun after it in a sentence with no verb ("police fire water cannon at X") becomes the root,
with that noun as its object and the noun before it as its subject.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from spacy.tokens import Doc, Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.attack_clauses import attack_clause_subjects, split_attack_clauses
from conflictkg.nlp.attack_headlines import ATTACK_KEY, attack_subject_verb
from conflictkg.nlp.comma_verbs import comma_conjuncts
from conflictkg.nlp.opening_participles import opening_participles
from conflictkg.nlp.scene_arcs import scene_arcs
from conflictkg.nlp.swallowed_verbs import swallowed_verb
from conflictkg.nlp.syntax import PENN_NOUNS

MISREAD_TAGS = frozenset({"NN", "NNS", "NNP", "JJ"})  # Penn tags the tagger gives such a verb
SUBJECT_END_TAGS = frozenset({"NNS", "NNP", "NNPS"})
OBJECT_START_TAGS = frozenset({"NNP", "NNPS", "DT", "CD", "PRP$"})
OPEN_OBJECT_START_TAGS = frozenset({"JJ", "NN", "NNS"})  # after a plural or group subject only
PLURAL_SUBJECT_TAG = "NNS"  # a plural common noun: never a modifier of a noun after it
PLURAL_NAME_TAG = "NNPS"  # a name ending in a plural ("Syrian Democratic Forces"): the same
PREPOSITION_TAG = "IN"
ADVERB_TAG = "RB"
SINGULAR_TAG = "NN"
PRESENT_TAGS = frozenset({"VBP", "VBZ"})
BASE_PRESENT_TAGS = frozenset({"VB", "VBP"})  # "advance and control X": the verb joined after "and"
CONJUNCTION_TAG = "CC"
BASE_VERB_TAGS = frozenset({"VB", "VBP", "NN", "JJ", "RB"})  # a base-form verb after a misread subject
SENTENCE_END_TAGS = frozenset({"."})
NAME_TAGS = frozenset({"NNP", "NNPS"})
VERB_TAG = "VBP"
ROOT_DEP, SUBJECT_DEP, OBJECT_DEP = "ROOT", "nsubj", "dobj"
APPOSITION_DEP = "appos"
COMPOUND_DEP = "compound"
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NOUN_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})
CLAUSE_DEPS = frozenset({SUBJECT_DEP, OBJECT_DEP})  # a root noun with one of these is a verb
MOVED_DEPS = frozenset(
    {"prep", "punct"}
)  # what the object noun passes on to the verb  # a headline's verb is in the present tense
OPENING_QUOTES = frozenset({"“", "‘", "«"})
NOUN_TAGS = PENN_NOUNS
PARTICIPLE_TAGS = frozenset({"VBN", "VBD", "VBG"})  # "witnesses continued clashes"
GERUND_TAGS = frozenset({"VBG"})  # "witnesses renewed fighting"
MISREAD_KEY = "ckg_headline_verbs"  # doc.user_data: the indices of the misread verbs
SCENE_KEY = "ckg_headline_scenes"  # doc.user_data: those of them that are scene verbs


def past_forms(verbs: Iterable[str], irregular: dict[str, list[str]]) -> dict[str, str]:
    """Lemma → a past form: the lemmatizer's exceptions ("took" → "take") read backwards, else the
    regular ending."""
    past_of: dict[str, str] = {}
    for form, lemmas in irregular.items():
        if form.endswith("ing"):
            continue
        for lemma in lemmas:
            if lemma not in past_of or len(form) < len(past_of[lemma]):
                past_of[lemma] = form
    return {verb: past_of.get(verb) or _regular_past(verb) for verb in verbs}


def _regular_past(verb: str) -> str:
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2:-1] not in ("a", "e", "o", "u"):
        return verb[:-1] + "ied"
    return verb + "ed"


def _lemma_of(word: str, past: dict[str, str]) -> str | None:
    """The lexicon verb a word is the base or third-person form of ("retakes" → "retake")."""
    for lemma in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        if lemma in past:
            return lemma
    return None


def misread_verbs(
    doc: Doc,
    past: dict[str, str],
    links: frozenset[str],
    groups: frozenset[str] = frozenset(),
    attacks: frozenset[str] = frozenset(),
    scenes: frozenset[str] = frozenset(),
    idioms: frozenset[tuple[str, str]] = frozenset(),
) -> list[Token]:
    """The tokens of ``doc`` that are lexicon verbs of a headline the tagger read as no verb
    (``groups``: the group nouns that can be a plural subject, "police"; ``attacks``: the attack
    nouns that can be one, "renewed shelling targets X"; ``scenes``: scene verbs, whose third-person
    form after a noun takes any object, "Idlib witnesses violent clashes"; ``idioms``: the lexicon's
    verb and object pairs, whose noun may start the object after a name, "SDF regain control of X")."""
    found = []
    for tok in doc[1:-1]:
        # a capitalised word is part of a name ("Rapid Support Forces")
        if tok.tag_ not in MISREAD_TAGS or not tok.is_lower or _lemma_of(tok.lower_, past) is None:
            continue
        before, after = _before_quote(doc, tok.i - 1), _after_adverbs(doc, tok.i + 1)
        quoted = before.i < tok.i - 1 and before.tag_ in NAME_TAGS  # "the “Islamic State” advance in X"
        after_subject = after.tag_ in OBJECT_START_TAGS and (
            before.tag_ in SUBJECT_END_TAGS or (before.lower_ in links and _present_verb_before(before))
        )
        after_plural = _plural_subject(before, groups) and (
            after.tag_ in OPEN_OBJECT_START_TAGS
            or (before.tag_ == PLURAL_SUBJECT_TAG and after.tag_ == PREPOSITION_TAG)
        )
        after_plural = after_plural or (
            (before.tag_ == PLURAL_NAME_TAG or quoted) and after.tag_ == PREPOSITION_TAG
        )
        after_attack = (
            _attack_noun(before, attacks) and after.tag_ in OBJECT_START_TAGS | OPEN_OBJECT_START_TAGS
        )
        after_scene = _scene_form(tok, scenes, past) and _scene_object(doc, before, after)
        joined = _joined_verb(doc, after) and (before.tag_ in SUBJECT_END_TAGS or quoted)
        idiom = (_lemma_of(tok.lower_, past), after.lower_) in idioms and (
            before.tag_ in SUBJECT_END_TAGS or quoted
        )
        if after_subject or after_plural or after_attack or after_scene or joined or idiom:
            found.append(tok)
    forms = frozenset(past.values())  # the past forms, read once a doc, not scanned at every word
    return found + [tok for tok in doc[1:-1] if _misread_past(tok, past, forms)]


def _misread_past(tok: Token, past: dict[str, str], forms: frozenset[str]) -> bool:
    """A lexicon verb's irregular past form (``forms``: the values of ``past``), no noun of its own
    ("retook"), read as a singular noun between a noun and an object in a sentence with no verb ("The
    army retook areas in X")."""
    if tok.tag_ != SINGULAR_TAG or not tok.is_lower:  # the word's own tests first: most words stop here
        return False
    word = tok.lower_
    if word not in forms or word in past or word.endswith("ed"):
        return False
    before, after = tok.doc[tok.i - 1], _after_adverbs(tok.doc, tok.i + 1)
    return (
        before.tag_ in NOUN_TAGS
        and after.tag_ in OBJECT_START_TAGS | OPEN_OBJECT_START_TAGS
        and not any(t.tag_.startswith("VB") or t.tag_ == "MD" for t in _sentence(tok))
    )


def _sentence(tok: Token) -> list[Token]:
    """The words between the sentence ends around ``tok`` (the parser has not split the doc yet)."""
    doc, lo, hi = tok.doc, tok.i, tok.i
    while lo > 0 and doc[lo - 1].tag_ not in SENTENCE_END_TAGS:
        lo -= 1
    while hi + 1 < len(doc) and doc[hi].tag_ not in SENTENCE_END_TAGS:
        hi += 1
    return list(doc[lo : hi + 1])


def _joined_verb(doc: Doc, after: Token) -> bool:
    """ "and" then a verb in its base or present form right after the word ("Syrian Democratic Forces
    advance and control new villages"): the word is that verb's first conjunct, a verb too."""
    return (
        after.tag_ == CONJUNCTION_TAG
        and after.i + 1 < len(doc)
        and doc[after.i + 1].tag_ in BASE_PRESENT_TAGS
    )


def _scene_form(tok: Token, scenes: frozenset[str], past: dict[str, str]) -> bool:
    """A scene verb's third-person form ("witnesses", "sees")."""
    lemma = _lemma_of(tok.lower_, past)
    return lemma is not None and lemma in scenes and tok.lower_ != lemma


def _scene_object(doc: Doc, before: Token, after: Token) -> bool:
    """A scene verb's place subject ends at ``before`` and its object starts at ``after``: after a
    noun, or a capitalised word the tagger read as an adjective ("Idlib witnesses violent clashes"),
    any noun phrase ("continued clashes", "renewed fighting": a participle then a noun or a gerund)."""
    if before.tag_ not in NOUN_TAGS and not (before.tag_ == "JJ" and before.is_title):
        return False
    if after.tag_ in PARTICIPLE_TAGS:  # "renewed fighting", the gerund maybe read as one
        return after.i + 1 < len(doc) and doc[after.i + 1].tag_ in NOUN_TAGS | GERUND_TAGS
    return after.tag_ in OBJECT_START_TAGS | OPEN_OBJECT_START_TAGS


def _before_quote(doc: Doc, i: int) -> Token:
    """The word at ``i``, or the last word of the quoted name a closing quote there ends."""
    if i > 0 and doc[i].is_quote and doc[i].text not in OPENING_QUOTES:
        return doc[i - 1]
    return doc[i]


def _after_adverbs(doc: Doc, i: int) -> Token:
    """The word at ``i``, past the adverbs there ("advance again in X": "in")."""
    while i < len(doc) - 1 and doc[i].tag_ == ADVERB_TAG:
        i += 1
    return doc[i]


def misread_subjects(doc: Doc, past: dict[str, str], homographs: dict[str, str]) -> list[Token]:
    """Plural group nouns spelt as a verb that the tagger read as the verb ("The regime forces advance
    in X": ``homographs`` maps such a noun to a plain plural noun) when a noun modifier comes right
    before them, a determiner or nothing before that, and a lexicon verb in its base form after them."""
    found = []
    for tok in doc[1:-1]:
        if tok.lower_ not in homographs or not tok.tag_.startswith("VB"):
            continue
        before, after = doc[tok.i - 1], doc[tok.i + 1]
        opener = tok.i == 1 or doc[tok.i - 2].tag_ == "DT"
        verb_after = after.is_lower and _lemma_of(after.lower_, past) == after.lower_
        if before.tag_ in (SINGULAR_TAG, "NNP") and opener and after.tag_ in BASE_VERB_TAGS and verb_after:
            found.append(tok)
    return found


def _attack_noun(tok: Token, attacks: frozenset[str]) -> bool:
    """An attack noun ("shelling", "strikes"), whatever the tagger read it as."""
    word = tok.lower_
    return tok.is_lower and (word in attacks or (word.endswith("s") and word[:-1] in attacks))


def _plural_subject(tok: Token, groups: frozenset[str]) -> bool:
    return tok.tag_ == PLURAL_SUBJECT_TAG or (tok.tag_ == SINGULAR_TAG and tok.lower_ in groups)


def _present_verb_before(tok: Token) -> bool:
    return _present_verb_head(tok) is not None


def headline_verbs(nlp: Any, lex: Lexicon) -> Callable[[Doc], Doc]:
    """The ``ckg_headline_verbs`` component for a pipeline and its lexicon."""
    irregular = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc").get("verb", {})
    scenes = lex.group("scene_verbs")
    # a control verb is read as one too ("The SDF control X town"): a claim, or a capture (gained_controls)
    past = past_forms(lex.verb_lemmas() | scenes | lex.group("control_verbs"), dict(irregular))
    links = lex.group("headline_verb_links")
    groups = lex.group("plural_group_nouns")
    attacks = lex.group("attack_subjects") | lex.group("weapon_subjects")
    homographs = dict(w.split(" ", 1) for w in lex.group("verb_spelt_group_nouns") if " " in w)
    idioms = frozenset(lex.verb_object)  # "take control", "regain control"
    tok2vec, tagger = nlp.get_pipe("tok2vec"), nlp.get_pipe("tagger")

    def retag(doc: Doc) -> Doc:
        # "Clashes in X and shells target Y": the subject of a clause joined to the phrase before
        attack_clause_subjects(
            doc, links, lambda t: _attack_noun(t, attacks), lambda w: _lemma_of(w, past) is not None
        )
        misread = misread_verbs(doc, past, links, groups, attacks, scenes, idioms)
        subjects = misread_subjects(doc, past, homographs)
        if not misread and not subjects:
            return doc
        for tok in subjects:  # "forces" read as "troops", the verb after it as its past tense
            tok.norm_ = homographs[tok.lower_]
            doc[tok.i + 1].norm_ = past[doc[tok.i + 1].lower_]
        doc.user_data[MISREAD_KEY] = [tok.i for tok in misread]
        doc.user_data[SCENE_KEY] = [tok.i for tok in misread if _scene_form(tok, scenes, past)]
        doc.user_data[ATTACK_KEY] = [tok.i for tok in misread if _attack_noun(doc[tok.i - 1], attacks)]
        for tok in misread:
            lemma = _lemma_of(tok.lower_, past)
            tok.norm_ = past[lemma] if lemma else tok.norm_
        for tok in doc:
            tok.tag_ = ""  # the tagger keeps the tags a doc has
        return tagger(tok2vec(doc))  # type: ignore[no-any-return]

    return retag


def headline_arcs(doc: Doc) -> Doc:
    """The ``ckg_headline_arcs`` component: a misread headline verb the parser still read as no verb
    becomes the conjunct of the verb before it, taking the proper noun after it as its object."""
    for tok in doc:
        # a present-tense verb the parser made a noun modifier ("separatists fire rockets at X")
        if tok.tag_ in PRESENT_TAGS and tok.i > 0 and _verbless_modifier(tok):
            _make_root(tok)
    attacked = {i for i in doc.user_data.get(ATTACK_KEY, []) if attack_subject_verb(doc[i])}
    for i in doc.user_data.get(MISREAD_KEY, []):
        tok = doc[i]
        if i in attacked:
            continue
        verb = _present_verb_head(tok)
        name = _name_after(tok)
        obj = name[-1] if name else None
        subject = _before_quote(doc, i - 1)  # "the “Islamic State” advance in X": the quoted name
        if (
            tok.pos_ != "VERB"
            and tok.dep_ == ROOT_DEP
            and (any(c.dep_ in CLAUSE_DEPS for c in tok.children) or subject.i < i - 1)
        ):
            # parsed as a clause, tagged as a noun ("rebels fire missiles"), its subject maybe a modifier
            tok.tag_, tok.pos_ = VERB_TAG, "VERB"
            if subject.head == tok and subject.dep_ in NOUN_MODIFIER_DEPS:
                subject.dep_ = SUBJECT_DEP
            continue
        if _verbless_modifier(tok):
            _make_root(tok)
            continue
        if swallowed_verb(tok):  # "Airstrikes on Douma kill and wound X": nlp/swallowed_verbs.py
            continue
        if _apposed_object(tok, subject) or _second_subject(tok, subject):  # "The SDF control Tabqa town"
            tok.tag_, tok.pos_ = VERB_TAG, "VERB"
            subject.dep_ = SUBJECT_DEP
            continue
        if tok.pos_ == "VERB" or verb is None or obj is None or {tok, *name} & set(verb.ancestors):
            continue  # a verb under the word or its object ("battle X, recapture Y" as one clause)
        tok.tag_, tok.pos_ = VERB_TAG, "VERB"
        tok.head, tok.dep_ = verb, "conj"
        obj.head, obj.dep_ = tok, "dobj"
        for t in name[:-1]:
            t.head, t.dep_ = obj, "compound"
    scene_arcs(doc, doc.user_data.get(SCENE_KEY, []))  # "Idlib witnesses renewed fighting"
    comma_conjuncts(doc)  # "Protesters torch vehicles, clash with police"
    split_attack_clauses(doc)
    opening_participles(doc)  # "Escalated airstrikes in X"
    return doc


def _verbless_modifier(tok: Token) -> bool:
    """The misread verb modifies the root noun after it in a sentence with no verb, its subject right
    before it ("police fire water cannon at X" read as one noun phrase), maybe through the name that
    modifies that noun ("SDF control al-Mansoura town": the verb a modifier of "Mansoura")."""
    head, subject = _modified_root(tok), tok.doc[tok.i - 1]
    return (
        tok.dep_ in NOUN_MODIFIER_DEPS
        and head.dep_ == ROOT_DEP
        and head.i > tok.i
        and subject.head in (tok, tok.head, head)
        and not any(t.pos_ in ("VERB", "AUX") for t in tok.sent if t != tok)
    )


def _modified_root(tok: Token) -> Token:
    """The noun ``tok`` modifies, through the compound names after it that modify it in turn."""
    head = tok.head
    while head.dep_ == COMPOUND_DEP and head.head.i > head.i and head.tag_ in NAME_TAGS:
        head = head.head
    return head


def _apposed_object(tok: Token, subject: Token) -> bool:
    """The misread verb is the root noun of a sentence with no verb, the noun before it its modifier
    and the noun phrase after it its apposition ("The SDF control the first town near X"): that
    apposition becomes its object."""
    apposed = [c for c in tok.children if c.dep_ == APPOSITION_DEP and c.i > tok.i]
    if tok.pos_ == "VERB" or tok.dep_ != ROOT_DEP or not apposed:
        return False
    if subject.head != tok or subject.dep_ not in NOUN_MODIFIER_DEPS:
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in tok.sent if t != tok):
        return False
    apposed[0].dep_ = OBJECT_DEP
    return True


def _second_subject(tok: Token, subject: Token) -> bool:
    """The misread verb and the noun phrase after it are both read as subjects of a later verb, the
    noun before it its modifier ("SDF control the first town X and 18 of ISIS were killed"): the word
    is the root, that noun phrase its object, the later verb its conjunct with the conjuncts of the
    noun phrase (what follows "and") as its subject."""
    later = tok.head
    if tok.pos_ == "VERB" or tok.dep_ not in SUBJECT_DEPS or later.i < tok.i:
        return False
    objs = [c for c in later.children if c.dep_ in SUBJECT_DEPS and c.i > tok.i]
    if not objs or subject.head != tok or subject.dep_ not in NOUN_MODIFIER_DEPS:
        return False
    obj = objs[0]
    for c in [c for c in obj.children if c.dep_ in ("conj", "cc") and c.i > obj.i]:
        c.head, c.dep_ = later, (tok.dep_ if c.dep_ == "conj" else "cc")
    tok.head, tok.dep_ = tok, ROOT_DEP
    later.head, later.dep_ = tok, "conj"
    obj.head, obj.dep_ = tok, OBJECT_DEP
    return True


def _make_root(tok: Token) -> None:
    """The verb of a verbless headline: the root noun after it its object (with that noun's
    prepositions), the noun before it its subject."""
    obj, subject = _modified_root(tok), tok.doc[tok.i - 1]
    tok.tag_, tok.pos_ = VERB_TAG, "VERB"
    preps = [c for c in obj.children if c.dep_ in MOVED_DEPS and c.i > obj.i]
    tok.head, tok.dep_ = tok, ROOT_DEP
    obj.head, obj.dep_ = tok, OBJECT_DEP
    subject.head, subject.dep_ = tok, SUBJECT_DEP
    for prep in preps:
        prep.head = tok


def _present_verb_head(tok: Token) -> Token | None:
    for prev in reversed(tok.doc[: tok.i]):
        if prev.tag_ in SENTENCE_END_TAGS:
            return None
        if prev.tag_ in PRESENT_TAGS:
            return prev
    return None


def _name_after(tok: Token) -> list[Token]:
    """The words of the proper noun right after ``tok`` ("Goof Guduud"), the last its head."""
    name = []
    for nxt in tok.doc[tok.i + 1 :]:
        if nxt.tag_ not in NAME_TAGS:
            break
        name.append(nxt)
    return name
