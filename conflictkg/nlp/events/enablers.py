"""'permettre de' + infinitive: the operation that made something possible carries the infinitive's
event. "Une opération de l'armée a permis d'arrêter trois suspects" is the army's arrest: the
operation's owner acts (the subject's own complement, found as for any noun). "L'armée a lancé une
offensive qui a permis de reprendre Douentza": the relative's antecedent has no owner of its own, so
whoever launched it, the subject of the clause it is the object of, acts. "L'offensive a permis de
reprendre la ville" names no one: no event (``enabling_verbs``, ``operation_nouns``)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from conflictkg.nlp.events.state import Actor, DocState
from conflictkg.nlp.events.tree import clause_subject
from conflictkg.nlp.syntax import OBJ

_RELATIVE_DEPS = frozenset({"acl:relcl", "relcl"})
_VERBS = ("VERB", "AUX")


def enabling_owner(
    st: DocState, verb: Token, subj: Token, resolve: Callable[[Token], Actor | None]
) -> Actor | None:
    """Who acts through the operation ``subj`` (a relative pronoun) the enabling ``verb`` has as subject."""
    if verb.lemma_.lower() not in st.lex.group("enabling_verbs") or verb.dep_ not in _RELATIVE_DEPS:
        return None
    operation, launcher = verb.head, verb.head.head
    if operation.pos_ in _VERBS:  # the parser may hang the relative on the verb whose object it follows
        launcher = operation
        operation = next((c for c in launcher.children if c.dep_ in OBJ and c.i < subj.i), launcher)
    lemma = operation.lemma_.lower()
    if subj.pos_ != "PRON" or not (lemma in st.lex.nouns or lemma in st.lex.group("operation_nouns")):
        return None
    if operation.dep_ not in OBJ or launcher.pos_ not in _VERBS:
        return None
    owner = clause_subject(launcher)
    got = resolve(owner) if owner is not None else None
    return (got[0], got[1] - 0.1, got[2]) if got is not None else None
