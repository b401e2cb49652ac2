"""Is a Cypher text safe to run without ``--write``?

Neither store's read mode is enough on its own: Neo4j runs ``LOAD CSV`` (the server fetches a URL) and
``TERMINATE TRANSACTIONS`` (another session's write dies) in a READ transaction, and procedures such
as ``apoc.*`` or ``dbms.*`` reach out of the graph. So a query's tokens are checked first: string
literals, comments and quoted names are skipped, so ``RETURN 'CREATE'`` stays a read. The check is
conservative: a variable called ``set`` or ``delete`` is refused too (rename it, or pass ``--write``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from conflictkg.errors import ConflictKGError


class ReadOnlyError(ConflictKGError):
    """A query given as read-only would write, administer the server or reach outside the graph."""


_TOKEN = re.compile(
    r"""
    (?P<space>\s+)
  | (?P<comment>//[^\n]*|/\*.*?\*/)
  | (?P<string>'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")
  | (?P<quoted>`(?:[^`]|``)*`)
  | (?P<param>\$(?:\w+|`(?:[^`]|``)*`))
  | (?P<number>\d[\w.]*)
  | (?P<word>[^\W\d]\w*)
  | (?P<punct>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Keywords in lower case (and the lists below not starting with a clause keyword, which the Cypher
# lint in tests/unit/test_cypher_lint.py would take for a statement).
# Clauses that change the graph, the schema, users or the server, whatever follows them.
WRITE_WORDS = _words(
    """create merge set delete detach remove foreach insert drop alter rename grant deny revoke
    terminate enable deallocate reallocate transactions"""
)
# Words that only act followed by one of these (``LOAD CSV``, ``START DATABASE``).
WRITE_PAIRS = {"load": {"csv"}, "start": {"database"}, "stop": {"database"}}
# ``SHOW`` is allowed for the schema and the procedure lists only (not transactions, users, settings).
SHOW_ALLOWED = _words("index indexes constraint constraints function functions procedure procedures")
SHOW_MODIFIERS = _words(
    """all range text point lookup fulltext vector btree unique uniqueness exist existence node
    relationship rel key property type built in user defined"""
)
# Namespaces whose procedures and functions may write or reach the network or the file system.
DENIED_NAMESPACES = _words("apoc gds dbms")
# Procedures that only read the graph or its schema (Neo4j 5 and FalkorDB).
READ_PROCEDURES = _words(
    """db.labels db.relationshiptypes db.propertykeys db.ping db.indexes db.constraints
    db.schema.visualization db.schema.nodetypeproperties db.schema.reltypeproperties
    db.index.fulltext.querynodes db.index.fulltext.queryrelationships
    db.index.vector.querynodes db.index.vector.queryrelationships
    db.idx.fulltext.querynodes db.idx.vector.querynodes db.meta.stats
    algo.pagerank algo.bfs algo.sppaths algo.sspaths algo.wcc algo.betweenness algo.labelpropagation
    algo.msf"""
)
# After these a word is a label, type, property or parameter name, not a keyword.
_NAME_CONTEXT = frozenset({".", ":", "$"})


@dataclass(frozen=True)
class Token:
    kind: str
    text: str


def tokens(cypher: str) -> list[Token]:
    """The tokens that matter: no whitespace, no comments; strings and quoted names kept opaque."""
    out = []
    for match in _TOKEN.finditer(cypher):
        kind = match.lastgroup or "punct"
        if kind not in ("space", "comment"):
            out.append(Token(kind, match.group()))
    return out


def _name(toks: list[Token], i: int) -> str:
    """The dotted name starting at ``toks[i]`` (``db.index.fulltext.queryNodes``)."""
    parts = []
    while i < len(toks) and toks[i].kind in ("word", "quoted"):
        parts.append(toks[i].text.strip("`"))
        if i + 1 < len(toks) and toks[i + 1].text == ".":
            i += 2
        else:
            break
    return ".".join(parts)


def _next_words(toks: list[Token], i: int) -> list[str]:
    words = []
    for tok in toks[i:]:
        if tok.kind != "word":
            break
        words.append(tok.text.lower())
    return words


def why_not_read_only(cypher: str) -> str | None:
    """What in ``cypher`` needs ``--write`` (e.g. "LOAD CSV"), or None when it only reads."""
    toks = tokens(cypher)
    for i, tok in enumerate(toks):
        if tok.kind != "word" or (i and toks[i - 1].text in _NAME_CONTEXT):
            continue
        if i + 1 < len(toks) and toks[i + 1].text == ":":
            continue  # a map key: {set: 1}
        word = tok.text.lower()
        following = _next_words(toks, i + 1)
        if word in WRITE_WORDS:
            return word.upper()
        if word in WRITE_PAIRS and following[:1] and following[0] in WRITE_PAIRS[word]:
            return f"{word} {following[0]}".upper()
        if word == "show":
            shown = [w for w in following if w not in SHOW_MODIFIERS]
            if not shown or shown[0] not in SHOW_ALLOWED:
                return " ".join([word, *following[:1]]).upper()
        if word == "call" and i + 1 < len(toks) and toks[i + 1].text not in ("{", "("):
            procedure = _name(toks, i + 1)
            if procedure.lower() not in READ_PROCEDURES:
                return f"{word.upper()} {procedure or toks[i + 1].text}"
        if word in DENIED_NAMESPACES and i + 1 < len(toks) and toks[i + 1].text == ".":
            return _name(toks, i)
    return None


def check_read_only(cypher: str) -> None:
    """Raise :class:`ReadOnlyError` unless ``cypher`` only reads the graph."""
    reason = why_not_read_only(cypher)
    if reason is not None:
        raise ReadOnlyError(
            f"{reason}: this query may write, administer the server or reach outside the graph; "
            "pass --write to allow it"
        )
