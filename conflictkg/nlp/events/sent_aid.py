"""Aid sent to a place: "l'ONU a acheminé de l'aide humanitaire vers Gaza", "a envoyé des vivres à
Goma", "une centaine de camions d'aide". A giving verb (AID) whose goods are
relief (sent_aid_nouns, or a carrier_nouns truck or convoy of it or qualified by aid_site_modifiers:
"un convoi humanitaire") and whose goods or verb take a place after one of aid_destination_preps
helps the civilians where it goes: the generic civilians, placed by the event's place. A receiver
named ("aux habitants de Gaza") is read before this, as the verb's target (round frmiss85b)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import generic_id
from conflictkg.nlp.events.state import Actor, DocState, Frame
from conflictkg.nlp.name_spans import counted_thing
from conflictkg.nlp.syntax import OBJ, prep_args

_PLACE_ENTS = frozenset({"GPE", "LOC"})
_GOODS_DEPS = frozenset({*OBJ, "obl:arg"})  # "a acheminé de l'aide": the partitive read as a preposition


def aid_receivers(st: DocState, f: Frame, actor_id: str) -> Actor | None:
    """The civilians an aid shipment with no receiver named goes to, when it goes to a place."""
    if f.pred.type != "AID" or f.nominal or not st.doc._.country:
        return None
    goods = _goods(st, f.tok)
    if not any(_relief(st, g) for g in goods) or not any(_placed(st, t) for t in (f.tok, *goods)):
        return None
    people = generic_id(st, "civilians", st.doc._.country)
    return (people, 0.5, None) if people != actor_id else None


def _goods(st: DocState, verb: Token) -> list[Token]:
    """The verb's object nouns, through a count ("une centaine de camions")."""
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ in _GOODS_DEPS and c.pos_ == "NOUN":
            out.append(c)
            thing = counted_thing(c, st.lex)
            if thing is not None:
                out.append(thing)
    return out


def _relief(st: DocState, noun: Token) -> bool:
    """Relief goods, or a carrier of them ("des camions d'aide", "un convoi humanitaire")."""
    aid = st.lex.group("sent_aid_nouns")
    if noun.lemma_.lower() in aid or noun.lower_ in aid:
        return True
    if noun.lemma_.lower() not in st.lex.group("carrier_nouns"):
        return False
    marks = aid | st.lex.group("aid_site_modifiers")
    return any(c.lemma_.lower() in marks or c.lower_ in marks for c in noun.children)


def _placed(st: DocState, tok: Token) -> bool:
    preps = st.lex.group("aid_destination_preps")
    return any(prep in preps and c.ent_type_ in _PLACE_ENTS for prep, c in prep_args(tok))
