"""The place a clause names with no locative phrase the parser hangs on it: "Rocket shells target
Aleppo city, cause casualties", "Human losses in aerial bombardment on al-Atarib", "Palmyra desert sees
clashes". Headlines drop the prepositions and articles the place search follows, and the parser then
hangs the town's name as a compound of a noun or on a noun of the toll. When an event has no place by
any other road, a place entity of its sentence that no actor mention covers and that is not a whole
country (a town, a village, a region: the gazetteer is to know it) is where it happened: the first
after the predicate, else the nearest before it. None is a place told where it was said ("said in
Damascus"), an address's wider unit, a place inside a motive phrase or a "from" phrase (whence: "upon
the body's arrival from Istanbul"), nor a piece of a longer name ("Khabb wa ash Shaaf district" read
as "Shaaf"), nor one another act of the sentence holds ("clash with al Shabaab, retake Baidoa"). Only
English text, only acts done on the ground (fights, assaults, captures, protests, coercion) told done:
a backing, a pact or an attack foiled keeps no place of its own."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Span

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.address_chain import chain_link
from conflictkg.nlp.events.aside_places import in_motive, reporting_place, sentence_order
from conflictkg.nlp.events.named_parts import proper
from conflictkg.nlp.events.places import place_kind, place_np
from conflictkg.nlp.events.possessed_names import named_place_after
from conflictkg.nlp.events.state import PLACE_ENTS, DocState, EventRecord
from conflictkg.nlp.events.whither import whither
from conflictkg.nlp.syntax import case_of

FROM_PREPS = shared_words("from_preps")
_BETWEEN_NOUNS = shared_words("road_nouns")
_PLACED_TYPES = frozenset({"FIGHT", "ASSAULT", "CAPTURE", "PROTEST", "COERCE"})  # acts done on the ground
_TOLD = frozenset({"asserted", "reported"})
_NAMING = frozenset({"compound", "nmod", "amod"})  # "Banyas city": the name the place noun carries


def loosely_placed(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """The sentence's events, each with no place given the one its sentence names loosely."""
    if st.lex.lang != "en":
        return events
    held = {p.get("start") for o in events if (p := o.get("place"))}  # before any loose place is given
    for e in events:
        if e.get("place") is None and e.get("type") in _PLACED_TYPES and e.get("modality") in _TOLD:
            e["place"] = loose_place(st, e, held)
    return events


def loose_place(st: DocState, e: EventRecord, held: set[Any]) -> dict[str, Any] | None:
    """The place the event's sentence names outside any locative phrase, or None; ``held``: the
    places the document's events hold by other roads."""
    tok = st.doc[e["pred"]]
    found: dict[str, tuple[Any, dict[str, Any]]] = {}
    for ent in _candidates(st, tok.sent):
        root = ent.root
        if st.covered.get(root.i) is not None:
            continue
        if reporting_place(st, root, tok) or chain_link(root) or in_motive(st, root, tok):
            continue  # "said in Damascus", "in protest against the raid on X"
        if root.i in held or ent.start in held:
            continue  # "clash with X, retake Baidoa": the place another act of the sentence holds
        if ent.end <= root.head.i and root.head.lemma_.lower() in _BETWEEN_NOUNS | st.lex.group(
            "border_nouns"
        ):
            continue  # "on the Kaduna-Abuja highway", "at the Singhu border": between places, at none
        if root.dep_ == "poss" and named_place_after(st, root) is not None:
            continue  # "in Basra's Zubair city": Basra is where the place named lies (round enloc87)
        if case_of(root) in FROM_PREPS or (root.dep_ in _NAMING and case_of(root.head) in FROM_PREPS):
            continue  # "upon the body's arrival from Istanbul": whence, not where
        if whither(st, root):
            continue  # "a flotilla carrying aid to Gaza", "a tanker bound for Houston": whither
        got = place_np(st, root)
        if got is None or got.get("kind") == "country" or got.get("descriptor"):
            continue
        if _bare(ent.text) not in _bare(str(got["name"])) or _name_goes_on(st, ent):
            continue  # "Khabb wa ash Shaaf district" read as "Shaaf": a piece of a name is no place
        found.setdefault(str(got["name"]), (root, got))
    if not found:
        return None
    _, got = min(found.values(), key=lambda pair: sentence_order(st, pair[0], tok))
    return {**got, "inferred": True, "loose": True}


def _candidates(st: DocState, sent: Span) -> list[Span]:
    """The sentence's place entities, and the names NER misread or missed that a place noun right after
    them calls a place ("Al-Mayadin city", "Daraa province", "Barza neighborhood")."""
    out = [ent for ent in sent.ents if ent.label_ in PLACE_ENTS]
    seen = {ent.root.i for ent in out}
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.i == sent.start or place_kind(st, noun) is None:
            continue
        name = st.doc[noun.i - 1]
        if name.head != noun or name.dep_ not in _NAMING or not proper(name):
            continue
        if name.i in seen or name.ent_type_ in PLACE_ENTS:
            continue
        start = name.i
        while start > sent.start and st.doc[start - 1].head == name and proper(st.doc[start - 1]):
            start -= 1
        seen.add(name.i)
        out.append(st.doc[start : name.i + 1])
    return out


def _bare(name: str) -> str:
    words = name.split()
    return " ".join(words[1:] if words and words[0].lower() == "the" else words).lower()


def _name_goes_on(st: DocState, ent: Span) -> bool:
    """The entity is a piece of a longer name: a proper noun or a name article right before it ("ash
    Shaaf"), or a name particle and a proper noun right after it ("San Jose del Monte")."""
    doc = st.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and (before.pos_ == "PROPN" or before.lower_ in st.lex.group("name_articles")):
        return True
    after = doc[ent.end : ent.end + 2]
    particle = len(after) == 2 and after[0].lower_ in st.lex.group("name_particles")
    return particle and after[1].pos_ == "PROPN"
