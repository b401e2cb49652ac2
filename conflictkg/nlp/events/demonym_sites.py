"""Sites a state demonym qualifies: "a Turkish base", "une caserne israélienne", "an Israeli post"
hit in a fight are aimed at that state's military, not at the state as a whole (lexicon
``demonym_sites``: 'noun class', the class one of groups.json). Only a site no other word makes
civilian: a modifier outside ``site_force_modifiers`` ('military', 'militaire') leaves it alone,
and one of ``aid_site_modifiers`` ("a Turkish aid convoy", "un convoi humanitaire turc") makes it
the civilians of that state. A site a housing participle's object names ("une base abritant des
soldats américains", "a base housing US troops"; ``site_housing_verbs``) is those forces'."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.actors import generic_id
from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.syntax import OBJ, case_of

_MODIFIERS = ("amod", "compound", "nmod", "nn", "flat")


def demonym_site(st: DocState, c: Token, kind: str, actor_id: str) -> Actor | None:
    """The forces (or civilians) of the state whose demonym qualifies the site ``c`` hit, or those
    a housing participle names. The mentions may read "a Turkish base" as the state itself (a
    territory noun): the site's own head is then covered by the state's mention."""
    sites = dict(w.rsplit(" ", 1) for w in st.lex.group("demonym_sites"))
    cls = sites.get(c.lemma_.lower())
    if kind not in VIOLENT_TYPES or cls is None or c.pos_ != "NOUN":
        return None
    housed = _housed(st, c)  # "a military base hosting US troops": theirs, whoever owns it
    if housed is not None:
        return (housed, 0.5, None) if housed != actor_id else None
    m = st.covered.get(c.i)
    if m is not None and (m["kind"] != "state" or m["head"] != c.i):
        return None  # "the army base": a named owner's
    mods = [x for x in c.children if x.dep_ in _MODIFIERS and case_of(x) is None]
    mods += [
        y for x in mods for y in x.children if y.dep_ in _MODIFIERS and y.i < x.i
    ]  # "Turkish aid convoy"
    states = {e.id: e for x in mods if (e := _demonym_state(st, x)) is not None}
    others = [x.lemma_.lower() for x in mods if _demonym_state(st, x) is None]
    told = [st.covered[x.i] for x in mods if x.i in st.covered]
    if len(states) != 1 or any(t is not m and not t["demonym"] for t in told):
        return None  # no state, two, or another party named on the site ("the army's Turkish base")
    (state,) = states.values()
    if any(w in st.lex.group("aid_site_modifiers") for w in others):
        cls = "civilians"  # "a Turkish aid convoy": aid, not the military
    elif any(w not in st.lex.group("site_force_modifiers") for w in others):
        return None  # "a Turkish trade post": not a force's site
    got = generic_id(st, cls, state.country, own=True)
    return (got, 0.5, None) if got != actor_id else None


def _demonym_state(st: DocState, x: Token) -> Any:
    """The state a demonym modifier names ("Turkish", "israélienne"), else None."""
    e = st.kb.resolve_demonym(x.text) or st.kb.resolve_demonym(x.lemma_)
    return e if e is not None and e.kind == "state" and e.country else None


def _housed(st: DocState, c: Token) -> str | None:
    """The forces a housing participle on the site names ("une base abritant des soldats américains")."""
    for x in c.children:
        housing = x.lemma_.lower() in st.lex.group("site_housing_verbs")
        if x.dep_ not in ("acl", "relcl", "acl:relcl") or not housing:
            continue
        got = next((st.covered[o.i] for o in x.children if o.dep_ in OBJ and o.i in st.covered), None)
        if got is not None and got["kind"] != "person":
            return str(got["actor"])
    return None
