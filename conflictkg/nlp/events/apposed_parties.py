"""The parties of a coordinated subject with their appositions: in "X and Y, the country's largest rebel
group, agreed" an apposition headed by a group noun restates the party the text names before it (a
name of the knowledge base): it is that party, no second one, whatever generic group its noun alone
would give (round case85). "X et son homologue russe Y" (a name apposed to a title noun) and "the
rebels, the M23," (a name apposed to a group noun) keep both."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.state import DocState, Mention


def spread_heads(st: DocState, heads: list[Token]) -> list[Token]:
    """``heads`` with their conjuncts and appositions, in order, but for a group noun apposed to a
    named party."""
    for t in heads:
        more = [c for c in t.children if c.dep_ in ("conj", "appos") and c not in heads]
        heads.extend(c for c in more if not _restates(st, t, c))
    return heads


def _restates(st: DocState, named: Token, c: Token) -> bool:
    """``c``, apposed to ``named``, a group noun that names no one of its own."""
    if c.dep_ != "appos" or c.pos_ != "NOUN" or not _named(st, st.covered.get(named.i)):
        return False
    mc = st.covered.get(c.i)
    if mc is None:  # "the country's largest rebel group": the group noun, or its modifier
        words = [c, *(x for x in c.children if x.dep_ in ("compound", "amod"))]
        return c.lemma_.lower() in st.lex.nouns or any(w.lemma_.lower() in st.lex.generic for w in words)
    rec = st.actors.get(str(mc["actor"]))
    return rec is not None and bool(rec.get("group"))


def _named(st: DocState, m: Mention | None) -> bool:
    """A mention of an actor of the knowledge base (no demonym, no generic group)."""
    rec = st.actors.get(str(m["actor"])) if m is not None else None
    return m is not None and not m["demonym"] and rec is not None and not rec.get("group")
