"""Whether a name NER took for a person or an organisation is a place: a known place named alone or
after a preposition of place, the town of a place noun, or one named with the region that locates it
in brackets, as ACLED's notes write them, or a name no actor is known by that a verb of striking
ground takes as its object ("Regime forces shell Hwyjet Katea", "warplanes target Eqayrbat and the
countryside of Hama": ``ground_strike_verbs``; round ucdp88)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from conflictkg.knowledge.lexicon import Lexicon, shared_words
from conflictkg.nlp.dates import WEEKDAYS
from conflictkg.nlp.geo_features import geo_feature
from conflictkg.nlp.landmark_names import landmark_name
from conflictkg.nlp.name_spans import after_title, titled
from conflictkg.nlp.syntax import case_word

AREA_HEADS = shared_words("area_heads")  # "control of X", "the outskirts of X": X is a place


def place_like(lex: Lexicon, gazetteer: Any, ent: Span, text: str) -> bool:
    """A 'person' that is a known place named alone or after a preposition ("d'Asaba")."""
    if gazetteer is None or after_title(ent, lex):
        return False
    if landmark_name(lex, ent):
        return True  # "sur la place Abdel Moneim Riyad": the square's name
    if _place_noun_of_name(lex, ent):
        return True  # "Rif Dimashq Desert": the desert of the name before it
    if geo_feature(lex, ent, text.split()):
        return True  # "east of the Euphrates", "the Qalamoun Mountains": the land, no party
    root = ent.root
    if root.dep_ == "poss" and ent[-1].dep_ == "compound" and ent[-1].head.i == root.head.i:
        root = ent[-1]  # "Ghazni's Andar" of "Ghazni's Andar district": the district's name
    prep = case_word(root) or (root.head.lower_ if root.dep_ == "pobj" else None)
    head_noun = root.head.lemma_.lower() if root.dep_ in ("nmod", "pobj", "appos", "compound") else ""
    if root.dep_ == "pobj":
        head_noun = root.head.head.lemma_.lower()
    if head_noun in lex.place_nouns or (head_noun in AREA_HEADS and prep in ("of", "de")):
        return True  # "the town of X", "control of X": a place, known to the gazetteer or not
    placey = prep in lex.group("place_preps")
    placey = placey or (prep in ("de", "from") and root.dep_.startswith("obl"))
    placey = placey or (prep == "de" and root.head.lower_ in WEEKDAYS)  # "lundi de X": a parse slip
    if placey and ent.label_ != "ORG" and not titled(ent):
        return True
    if (placey or root.dep_ in ("pobj", "obl", "obl:mod", "nmod")) and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and gazetteer.lookup(c.text) is not None
        for c in root.children
    ):
        return True  # "in Khallatat (Tripoli)": a place beside the place that locates it
    if _before_bracketed_place(gazetteer, ent):
        return True
    if _struck_ground(lex, ent):
        return True
    place = gazetteer.lookup(text)
    if place is None:
        return False
    if ent.label_ == "ORG" and not placey and not (len(ent) == 1 and prep is not None):
        # an "organisation" that is exactly the name of a town ("attacked El Fasher")
        return bool(gazetteer.names_exactly(text, place))  # "the battle of Al-Raqqah": the town
    return True


def _before_bracketed_place(gazetteer: Any, ent: Span) -> bool:
    """ "Quissanga (Cabo Delgado)", "Jen (Karim-Lamido LGA, Taraba)": a place named with the region
    that locates it, as ACLED's notes write them."""
    doc = ent.doc
    end = next((t.i for t in ent if t.text == "("), ent.end)
    if end >= len(doc) or doc[end].text != "(":
        return False
    parts: list[list[str]] = [[]]
    for t in doc[end + 1 : end + 12]:
        if t.text == ")":
            break
        if t.text == ",":
            parts.append([])
        else:
            parts[-1].append(t.text)
    names = [" ".join(p).replace(" - ", "-") for p in parts if p]
    gaz = gazetteer
    return gaz is not None and any(gaz.lookup(n) is not None for n in names)


def _place_noun_of_name(lex: Lexicon, ent: Span) -> bool:
    """ "Rif Dimashq Desert witnesses ...": a one-word 'person' that is a place noun, capitalised as
    the head of a name whose words before it, outside the entity, hang on it (round ucdp83b)."""
    root = ent.root
    if (
        ent.label_ not in ("PER", "PERSON")
        or len(ent) != 1
        or root.lower_ not in lex.place_nouns
        or ent.start == 0
    ):
        return False
    before = ent.doc[ent.start - 1]
    return before.head.i == root.i and before.dep_ == "compound" and before.pos_ == "PROPN"


def _struck_ground(lex: Lexicon, ent: Span) -> bool:
    """A name (with no group word: ``unit_name_heads``, ``group_name_words``: "Liwa X") that is the
    object, or a conjunct of the object, of a verb of striking ground ("shell", "bomb", "target"): the
    place struck, since a name a known actor goes by was matched before (the caller sees only names no
    actor is known by)."""
    root = ent.root
    while root.dep_ == "conj" and root.head.dep_ in ("dobj", "conj"):
        root = root.head
    verb = root.head
    if (
        root.dep_ != "dobj"
        or verb.pos_ != "VERB"
        or verb.lemma_.lower() not in lex.group("ground_strike_verbs")
    ):
        return False
    heads = lex.group("unit_name_heads") | lex.group("group_name_words")
    words = [*ent, *(t for t in ent.root.lefts if t.i < ent.start)]  # "Liwa" outside the entity
    return not any(t.lower_ in heads or t.lower_.split("-")[0] in heads for t in words)
