"""A leader visiting his own troops is no talks ("The French president visited French troops in
Gao", "Mattis travelled to visit U.S. service members at a base"): PLOVER's CONSULT needs another party,
and a state's forces are that state. A CONSULT whose object is a force (a noun of the armed forces:
the ``military`` generic class, ``state_force_nouns``, ``visited_force_nouns`` such as "service
members") of the actor's own country, or of any country when the visitor's is unknown (a person the
text names by name only), is dropped. A visit to another country's forces or officials stays
("visited Malian troops" by France: France CONSULT the Malian army)."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, EventRecord
from conflictkg.nlp.syntax import OBJ, first_child

_TALKS = "CONSULT"


def without_own_troop_visits(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    return [e for e in events if not _own_troops(st, e)]


def _own_troops(st: DocState, e: EventRecord) -> bool:
    if e["type"] != _TALKS or e["target"] is None:
        return False
    obj = first_child(st.doc[e["pred"]], OBJ)
    if obj is None or not _force_noun(st, obj):
        return False
    own = _country(st, e["actor"])
    troops = _country(st, e["target"])
    return own is None or troops is None or own == troops


def _force_noun(st: DocState, tok: Token) -> bool:
    lemma = tok.lemma_.lower()
    before = [c.lemma_.lower() for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1]
    compound = " ".join([*before, lemma])
    nouns = st.lex.group("state_force_nouns") | st.lex.group("visited_force_nouns")
    return st.lex.generic.get(lemma) == "military" or lemma in nouns or compound in nouns


def _country(st: DocState, actor_id: str | None) -> str | None:
    rec = st.actors.get(actor_id or "") or {}
    got = rec.get("country")
    if got is None and rec.get("org"):
        got = (st.actors.get(str(rec["org"])) or {}).get("country")
    return str(got) if got else None
