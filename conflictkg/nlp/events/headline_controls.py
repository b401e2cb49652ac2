"""Control told in a headline's present: news headlines drop the past tense ("SDF control al-Mansoura
town", "The regime forces control the roads to X after violent attack"), so a control verb
(``control_verbs``) in the present that heads a headline's main clause tells territory changing
hands, not who holds it. The headline register is read from the sentence: it ends without a
sentence-final mark (``headline_end_marks`` are the marks that end a body sentence) and no finite
verb in it is in the past; it is title-shaped, the opening line of its text (no sentence before it
ends with such a mark on its line), and no bracketed note tail follows it (``note_tail_marks``: an
ACLED note's "militants control several villages near X [size=no report]" is a body sentence with
its coder's tail, no title). A body sentence ("the rebels control most of the province.") stays the
claim, as does a control verb in a subordinate clause ("the villages they control") or after an
auxiliary ("they will control X")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflictkg.nlp.events.state import DocState

PRESENT_TAGS = frozenset({"VBP", "VBZ"})
BASE_TAG = "VB"  # "advance and control X": the verb joined after "and"
PAST_TAG = "VBD"
MAIN_DEPS = frozenset({"ROOT", "conj"})
MISREAD_KEY = "ckg_headline_verbs"  # nlp/headlines.py: verbs whose norm was put in the past


def headline_control(st: DocState, tok: Token) -> bool:
    """Whether the control verb ``tok`` heads a headline's main clause in the present."""
    misread = set(tok.doc.user_data.get(MISREAD_KEY, ()))
    if not _present(tok, misread) or not _main_clause(tok):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    sent = tok.sent
    ends = st.lex.group("headline_end_marks")
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is None or last.text in ends or not _opening_line(sent, ends):
        return False
    if _note_tail(sent, st.lex.group("note_tail_marks")):
        return False
    return not any(t.tag_ == PAST_TAG and t.i not in misread for t in sent)


def _opening_line(sent: Span, ends: frozenset[str]) -> bool:
    """Whether no sentence before ``sent`` on its line ends with a body sentence's mark."""
    for t in reversed(sent.doc[: sent.start]):
        if "\n" in t.text or "\n" in t.whitespace_:
            return True
        if t.text in ends:
            return False
    return True


def _note_tail(sent: Span, marks: frozenset[str]) -> bool:
    """Whether a bracketed note opens in ``sent`` or right after it ("... near X [size=no report]")."""
    after = sent.doc[sent.end : sent.end + 1]
    return any(t.text in marks for t in [*sent, *after])


def _present(tok: Token, misread: set[int]) -> bool:
    if tok.tag_ in PRESENT_TAGS or tok.i in misread:
        return True
    # a base form joined to a present verb before it ("advance and control X")
    return tok.tag_ == BASE_TAG and tok.dep_ == "conj" and tok.head.tag_ in PRESENT_TAGS


def _main_clause(tok: Token) -> bool:
    """Whether ``tok`` is the root, or a conjunct of a chain of conjuncts up to the root."""
    while tok.dep_ == "conj":
        tok = tok.head
    return tok.dep_ == "ROOT"
