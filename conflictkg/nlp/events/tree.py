"""Helpers over the dependency tree that need no document state (and the dedup of events)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy.tokens import Token

from conflictkg.nlp.dates import MONTHS, WEEKDAYS
from conflictkg.nlp.events.retold_acts import retold_act
from conflictkg.nlp.events.state import PLACE_ENTS, EventRecord, Mention
from conflictkg.nlp.syntax import (
    CLAUSAL,
    OBJ,
    SUBJ,
    SUBJ_PASS,
    first_child,
    governors,
)
from conflictkg.textkeys import norm

_DATE_NAMES = frozenset(WEEKDAYS) | frozenset(MONTHS)
_INFINITIVE_MARKS = frozenset(
    {"à", "de", "d'", "d’", "en", "pour", "to"}
)  # "décidé d’envoyer": either apostrophe


def pronoun_governors(tok: Token) -> Iterator[Token]:
    """The governors of a pronoun; for the subject of a relative clause whose relative pronoun is
    its object ("l'otage qu'elle détenait"), also those of the antecedent, which the pronoun is not
    (it is most often the subject of the clause the antecedent belongs to: "AQMI a libéré ...").
    An oblique relative pronoun ("une vidéo dans laquelle ils ...", "un message où ils ...") adds the
    antecedent's own clause only, up to its verb: past it the subject is someone else's."""
    yield from governors(tok)
    verb = tok.head
    if not (tok.dep_ in SUBJ and verb.dep_ in ("acl:relcl", "relcl") and verb.head.i != verb.i):
        return
    rel = [c for c in verb.children if "Rel" in c.morph.get("PronType", []) and c.dep_ not in SUBJ]
    if any(c.dep_ in OBJ for c in rel):
        yield from governors(verb.head)
    elif rel:
        for g in governors(verb.head):
            yield g
            if g.pos_ in ("VERB", "AUX"):
                return


def verb_subject(verb: Token) -> Token | None:
    """The verb's subject, or the one the parser hung on its auxiliary ("après que des militants
    eurent diffusé": "militants" the subject of "eurent")."""
    aux = (first_child(c, SUBJ) for c in verb.children if c.dep_.startswith("aux"))
    return first_child(verb, SUBJ) or next((s for s in aux if s is not None), None)


def bound_subject(pron: Token) -> Token | None:
    """ "Des militants ont diffusé une vidéo sur laquelle ils ...": the subject pronoun of a relative
    clause opened by an object or oblique relative pronoun stands for the agreeing noun subject of
    the clause its antecedent belongs to (None: not such a pronoun, or no such subject)."""
    verb = pron.head
    if not (pron.dep_ in SUBJ and pron.pos_ == "PRON" and verb.dep_ in ("acl:relcl", "relcl")):
        return None
    if verb.head.i == verb.i or not any(
        c.dep_ not in SUBJ and "Rel" in c.morph.get("PronType", []) for c in verb.children
    ):
        return None
    number = pron.morph.get("Number", [])
    for g in governors(verb.head):
        if g.pos_ in ("VERB", "AUX"):
            subj = verb_subject(g)
            if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
                return None
            return subj if not number or subj.morph.get("Number", number) == number else None
    return None


def in_bound_relative(tok: Token) -> bool:
    """Whether ``tok`` hangs on the verb of a relative clause whose subject is bound
    (``bound_subject``): its pronouns are the clause's business, not a speaker's."""
    subj = first_child(tok.head, SUBJ)
    return subj is not None and bound_subject(subj) is not None


def clause_subject(verb: Token) -> Token | None:
    """The verb's subject, or its passive subject: the one a pronoun of its obliques is not ("trois
    rebelles ont été capturés par eux": not the rebels; that would be "par eux-mêmes")."""
    return first_child(verb, SUBJ) or first_child(verb, SUBJ_PASS)


def to_infinitive(tok: Token) -> bool:
    return any(c.dep_ in ("aux", "mark") and c.lower_ in ("to", "pour") for c in tok.children)


def nonfinite(tok: Token) -> bool:
    forms = set(tok.morph.get("VerbForm", []))
    return (
        bool(forms & {"Inf", "Part", "Ger"})
        or tok.tag_ in ("VB", "VBG", "VBN")
        or any(c.dep_ == "mark" and c.lower_ in _INFINITIVE_MARKS for c in tok.children)
    )


def nominal_subtree(tok: Token) -> list[Token]:
    """Descendants not inside a verbal clause (conjuncts and appositions included)."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop(0)
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _VERBAL and c.pos_ not in ("VERB", "AUX"))
    return out


_VERBAL = frozenset({"acl", "acl:relcl", "relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"})


def contains(outer: Token, inner: Token) -> bool:
    return outer.left_edge.i <= inner.i <= outer.right_edge.i


def path_up(t: Token, top: Token) -> list[Token]:
    """The tokens from ``t`` up to (not including) ``top``."""
    out: list[Token] = []
    while t.i != top.i and t.head.i != t.i and len(out) < 20:
        out.append(t)
        t = t.head
    return out


def bounded_subtree(tok: Token, limit: int = 3) -> list[Token]:
    """Descendants reached through nominal relations only, at most ``limit`` levels down."""
    out = [tok]
    frontier = [tok]
    for _ in range(limit):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.dep_ in CLAUSAL or c.dep_ in ("acl", "obl:agent", "agent"):
                    continue
                nxt.append(c)
        out.extend(nxt)
        frontier = nxt
    return out


def same_name(m: Mention, name: str, actors: dict[str, dict[str, Any]]) -> bool:
    """A state mention used as a place is the country unless it is its capital ('Moscou')."""
    a = actors.get(m["actor"])
    if a is None:
        return False
    from conflictkg.textkeys import key

    k = key(name)
    return any(key(x) == k for x in a.get("aliases", [])) and not is_capital(a, k)


def is_capital(actor: dict[str, Any], k: str) -> bool:
    from conflictkg.knowledge.resources import capital_keys

    return k in capital_keys(actor.get("country"))


def dedup_events(events: list[EventRecord]) -> list[EventRecord]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for e in events:
        k = (e["type"], e["actor"], e["target"], e["sent_start"], e["pred"])
        # "blocked the highway to protest": one event told twice in a sentence, in one place
        where = (e["type"], e["actor"], e["target"], e["sent_start"], (e["place"] or {}).get("name"))
        if k not in seen and where not in seen and not _told_by_verb(e, events) and not retold_act(e, events):
            seen.update((k, where))
            out.append(e)
    return out


def _told_by_verb(e: EventRecord, events: list[EventRecord]) -> bool:
    """ "tué dans une attaque des talibans": the attack noun with no target is the verb's event; so is
    an attack noun aimed at no one named whose killing the verb tells as an assault ("cinq journalistes
    ont été tués dans une frappe israélienne contre une tente": the strike is that assault)."""
    if not e["nominal"] or e["target"] is not None:
        return False
    for v in events:
        kinds = v["type"] == e["type"] or (e["type"], v["type"]) == ("FIGHT", "ASSAULT")
        same = kinds and (v["actor"], v["sent_start"]) == (e["actor"], e["sent_start"])
        if same and not v["nominal"] and v["target"] is not None:
            v["place"] = v["place"] or e["place"]
            return True
    return False


def name_word_after(c: Token, tok: Token) -> bool:
    """ "Camp Bastion" read as Camp <- Bastion (nmod): a capitalised word right after the name with
    no preposition of its own goes on with it."""
    return (
        c.dep_ == "nmod" and c.i == tok.i + 1 and c.is_title and not any(g.dep_ == "case" for g in c.children)
    )


def entity_end(tok: Token) -> int:
    """ "Maarat al-Noomane", "Ras al-Aïn": the last token of the place name NER read from ``tok`` on,
    when the parser scattered its parts (no preposition or article inside)."""
    # "la Place des martyrs": a capitalised common noun opening the name holds all of it, whatever
    # NER calls the name ("l'Adrar des Ifoghas" as ORG)
    opener = tok.pos_ == "NOUN" and tok.is_title
    ents = [e for e in tok.doc.ents if e.start <= tok.i < e.end]
    # a name NER calls MISC that proper nouns alone make up, opened by ``tok`` ("Madinat Al Nour")
    whole = [e for e in ents if e.start == tok.i and len(e) > 1 and all(t.pos_ == "PROPN" for t in e)]
    ent = next((e for e in ents if e.label_ in PLACE_ENTS or (opener and e.start == tok.i)), None)
    ent = ent or (whole[0] if whole and tok.pos_ == "PROPN" else None)
    if ent is None:
        return tok.i
    opens = tok.i == ent.start and opener and ent.end - ent.start > 1
    if not opens and any(t.pos_ in ("ADP", "DET", "VERB", "AUX") for t in tok.doc[tok.i + 1 : ent.end]):
        return tok.i
    # NER runs a closing date into the name ("Gao samedi"), or the bracketed city that is its hint ("El
    # Menzah (Tunis)"): the name stops before it
    dated = next(
        (
            t.i
            for t in tok.doc[tok.i + 1 : ent.end]
            if (t.is_lower and norm(t.lower_) in _DATE_NAMES) or t.text == "("
        ),
        ent.end,
    )
    return dated - 1


def named_beside(c: Token) -> bool:
    """A name beside a role noun: hung flat ("le roi Gyanendra"), or set off by commas, which the
    parser may read as the noun's conjunct ("L'ancien président, Askar Akaïev, a fui"); a true list
    has a coordinating conjunction."""
    if c.dep_ in ("flat:name", "amod"):
        return True
    if c.dep_ != "conj" or c.i == 0 or not c.doc[c.i - 1].is_punct or any(x.dep_ == "cc" for x in c.children):
        return False
    end = max(t.i for t in c.subtree) + 1
    return end < len(c.doc) and c.doc[end].text == ","
