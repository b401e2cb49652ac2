"""What the head noun of a group's phrase says of the actor its modifiers name.

- Bodies of a country's people, not its state: a demonym on a noun of such a body ("Nigerian labour
  unions", "a Kenyan teachers union"; lexicon group ``civil_body_nouns``) says whose people they are,
  as it does on "Nigerian workers"; it does not make the body the state of that country.
- Splinters of a group: a noun of a breakaway part (``splinter_nouns``: "dissidents of the former FARC
  guerrilla") whose 'of' complement names a group is that group's splinter the knowledge base knows
  by the group's name and the noun ("FARC dissidents"), else the group itself."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.generic import kb_record


def civil_body(st: DocState, head: Token) -> bool:
    """Whether the common noun ``head`` names a body of people outside the state."""
    return head.pos_ == "NOUN" and head.lemma_.lower() in st.lex.group("civil_body_nouns")


def splinter_of(st: DocState, head: Token, got: Actor | None) -> Actor | None:
    """The splinter of the group ``got`` (named in the 'of' complement of ``head``) the knowledge
    base knows, else ``got``."""
    if got is None or head.pos_ != "NOUN" or head.lemma_.lower() not in st.lex.group("splinter_nouns"):
        return got
    group = st.kb.get(got[0])
    names = [group.name, *group.aliases] if group is not None else []
    found = next((e for n in names if (e := st.kb.resolve(f"{n} {head.lower_}")) is not None), None)
    if found is None or found.id == got[0]:
        return got
    st.actors.setdefault(found.id, kb_record(found))
    return (found.id, got[1], got[2])
