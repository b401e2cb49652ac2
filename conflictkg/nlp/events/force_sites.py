"""Sites of a state's forces: "l'attaque de Boko Haram contre une caserne de Damaturu", "ont incendié un
commissariat": a fight aimed at a barracks or a police station, whose owner no mention names, is
aimed at the forces that hold it, the military or the police of the article's country (lexicon
``force_sites``: 'noun class', the class one of groups.json). A place of worship, a market or a
hospital (``civilian_sites``: "ont attaqué une église") is the civilians' the same way: the attack on
it is an assault on the civilians of the article's country, as ACLED codes one. A site a holding
participle's agent names ("a checkpoint manned by police") is that agent's; so is any area a fight is
aimed at ("des zones tenues par les rebelles": the rebels are hit; round frmiss85)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.actors import generic_id
from conflictkg.nlp.events.possessed import STATE_KINDS
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.syntax import AGENT, case_of


def site_forces(st: DocState, c: Token, kind: str, actor_id: str) -> Actor | None:
    """The forces holding the site ``c`` a FIGHT is aimed at, when the site is one of theirs."""
    sites = dict(w.rsplit(" ", 1) for w in st.lex.group("force_sites"))
    lemma = c.lemma_.lower()
    cls = sites.get(lemma) or ("civilians" if lemma in st.lex.group("civilian_sites") else None)
    cls = cls if kind == "FIGHT" else None
    if cls is None and kind == "FIGHT" and c.pos_ == "NOUN" and c.i not in st.covered:
        return _held_area(st, c, actor_id)  # "des zones tenues par les rebelles"
    if cls is None or c.pos_ != "NOUN" or c.i in st.covered:
        return None
    places = st.lex.group("place_preps")  # "une mosquée à Kaboul": where, not whose
    owners = [x for x in c.children if x.dep_ in ("amod", "nmod") and case_of(x) not in places]
    if any(x.dep_ in ("poss", "nmod:poss") for x in c.children):
        return None  # "his post", "their base": someone's, said by the possessive
    if any(y.i in st.covered for x in owners for y in x.subtree if y.dep_ in ("amod", "nmod")):
        return None  # "une caserne de l'armée": its owner is named
    participles = [x for x in c.children if x.dep_ == "acl"]
    holder = next((h for x in participles if (h := _holder(st, x)) is not None), None)
    if holder is not None:  # "a checkpoint manned by police", "un poste tenu par les rebelles"
        return (holder, 0.5, None) if holder != actor_id else None
    if any(y.i in st.covered for x in participles for y in x.subtree):
        return None  # "a base used by militants": another party named, whose it is unsaid
    if cls != "civilians" and st.actors.get(actor_id, {}).get("kind") in STATE_KINDS:
        return None  # "Pro-Hadi forces stormed a checkpoint": a state's forces hit another's site
    forces = generic_id(st, cls, st.doc._.country)
    return (forces, 0.5, None) if forces != actor_id else None


def _held_area(st: DocState, c: Token, actor_id: str) -> Actor | None:
    """Any other noun a fight is aimed at that a holding participle's agent holds ("ont bombardé des
    zones tenues par les rebelles", "des quartiers contrôlés par l'armée"): aimed at that holder."""
    holder = next((h for x in c.children if x.dep_ == "acl" and (h := _holder(st, x)) is not None), None)
    if holder is None or holder == actor_id or st.actors.get(holder, {}).get("kind") in STATE_KINDS:
        return None  # ground a state holds: its forces are hit (nlp/events/targets.py)
    return (holder, 0.5, None)


def _holder(st: DocState, participle: Token) -> str | None:
    """The actor a holding participle's agent names ("manned by police", "tenu par les rebelles";
    lexicon ``site_holder_verbs``): the site is theirs."""
    if participle.lemma_.lower() not in st.lex.group("site_holder_verbs"):
        return None
    for x in (x for x in participle.children if x.dep_ in AGENT):
        agents = [y for y in x.children if y.dep_ == "pobj"] if x.dep_ == "agent" else [x]
        got = next((st.covered[y.i] for y in agents if y.i in st.covered), None)
        if got is not None:
            return str(got["actor"])
    return None
