"""A speaker's verdict on acts told before is an accusation of their author (CAMEO 11, PLOVER
ACCUSE), whatever verb tells it: "« Ces violences sont inacceptables », juge X", "« C'est un crime »,
a estimé X", "X a affirmé que ces actes lâches ne resteraient pas impunis". The sentence holds a
speech verb (the lexicon's reporting verbs and verdict_speech_verbs, also with the subject after it,
as French puts it after a quote) and a word of condemnation (verdict_words) outside the speaker's
phrase; the speaker accuses the actor of the last attack the article told (an unidentified armed
group too; the attackers when that act was their arrest), else no one. A quote the parser cut off as
sentences of its own before ", estime X" is still the speaker's."""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.events.actors import np_actor
from conflictkg.nlp.events.dates import date_expr
from conflictkg.nlp.events.state import Actor, DocState, EventRecord
from conflictkg.nlp.syntax import SUBJ

ACCUSE_CAMEO = "11"
_ACTS = frozenset({"FIGHT", "ASSAULT", "COERCE"})  # the acts a verdict can be passed on
_INVERTED = ("obj", "nmod", "nsubj", "appos")  # the parser's readings of a subject after its verb


def verdicts(st: DocState, sent: Span, events: list[EventRecord]) -> list[EventRecord]:
    """The accusation a verdict in ``sent`` passes, when the sentence tells no accusation already."""
    if any(e["type"] == "ACCUSE" for e in events):
        return []
    words = st.lex.group("verdict_words")
    said = [*_quote_before(sent), *sent]
    verdict = [t for t in said if (t.lemma_.lower() in words or t.lower_ in words) and _passed(st, t)]
    speech = next((t for t in sent if _speech_word(st, t)), None) if verdict else None
    if speech is None:
        return []
    speaker = _speaker_of(st, speech)
    if speaker is None or all(v in _speaker_phrase(speech) for v in verdict):
        return []
    author = _last_author(st)
    return [{
        "type": "ACCUSE", "cameo": ACCUSE_CAMEO, "actor": speaker[0], "via": speaker[2],
        "target": author if author != speaker[0] else None, "modality": "asserted", "pred": speech.i,
        "pred_text": speech.text, "nominal": False, "sent_start": sent.start_char,
        "sent_end": sent.end_char, "place": None, "date_expr": date_expr(st, speech, sent),
        "confidence": 0.55,
    }]  # fmt: skip


def _passed(st: DocState, word: Token) -> bool:
    """A verdict passed, not a word in passing: the predicate of a copula ("sont inacceptables",
    "c'est un crime") or of a verb of remaining or judging ("ne resteront pas impunis", "juge ces
    violences inacceptables"), or an adjective of acts pointed back to ("ces actes lâches")."""
    if any(c.dep_ == "cop" for c in word.children):
        return True
    verbs = st.lex.group("verdict_copulas") | st.lex.group("verdict_speech_verbs")
    if word.dep_ in ("obj", "xcomp", "acomp") and word.head.lemma_.lower() in verbs:
        return True
    shown = st.lex.group("demonstratives")
    return word.dep_ == "amod" and any(c.dep_ == "det" and c.lower_ in shown for c in word.head.children)


def _speech_word(st: DocState, tok: Token) -> bool:
    """A reporting or judging verb; a present form the tagger reads as a noun ("juge") after a quote
    or with a subject is one too."""
    reporting, judging = st.lex.group("reporting"), st.lex.group("verdict_speech_verbs")
    if tok.pos_ in ("VERB", "AUX"):
        lemma = tok.lemma_.lower()
        return lemma in reporting or lemma in judging
    if tok.pos_ != "NOUN" or not (f"{tok.lower_}r" in reporting or f"{tok.lower_}r" in judging):
        return False
    return _after_quote(tok) or any(c.dep_ in SUBJ for c in tok.children)  # "X juge ces ..."


def _after_quote(tok: Token) -> bool:
    """ "», juge X": right after a quote and its comma."""
    i, doc = tok.i, tok.doc
    return i >= 2 and doc[i - 1].text == "," and doc[i - 2].text == "»" and i - 2 >= tok.sent.start


def _speaker_of(st: DocState, speech: Token) -> Actor | None:
    """The speech verb's subject; after the verb (inverted), the first noun phrase it governs."""
    for c in speech.children:
        if c.dep_ in SUBJ and c.i < speech.i and not _quoted(c, speech):
            return np_actor(st, c)
    after = [c for c in speech.children if c.i > speech.i and c.dep_ in _INVERTED]
    return np_actor(st, after[0]) if after and _inverted(speech) else None


def _inverted(speech: Token) -> bool:
    """The speech verb follows what was said ("« ... », a estimé X")."""
    start = min([speech.sent.start, *(t.i for t in _quote_before(speech.sent))])
    return any(t.text == "»" for t in speech.doc[start : speech.i])


def _quoted(word: Token, speech: Token) -> bool:
    """A word of the quote before the speech verb ("« Ces actes sont lâches », a déclaré X": the
    parser may take the quote's predicate for the verb's subject)."""
    return any(t.text == "»" for t in word.doc[word.i : speech.i])


def _quote_before(sent: Span) -> list[Token]:
    """The quote a sentence opening with "», X" or ", estime X" closes, when the parser cut it off as
    sentences of its own ("« Ces violences sont inacceptables » | , estime le ministère")."""
    doc, i = sent.doc, sent.start
    if sent[0].text == "»":
        i += 1
    if i >= len(doc) or doc[i].text != "," or i < 1 or doc[i - 1].text != "»":
        return []
    for j in range(i - 2, max(-1, i - 80), -1):
        if doc[j].text == "«":
            return [t for t in doc[j + 1 : sent.start] if t.text not in ("«", "»")]
    return []


def _speaker_phrase(speech: Token) -> set[Token]:
    return {
        t
        for c in speech.children
        if (c.dep_ in SUBJ and not _quoted(c, speech)) or (c.i > speech.i and c.dep_ in _INVERTED)
        for t in c.subtree
    }


def _last_author(st: DocState) -> str | None:
    """The actor of the last asserted attack told before; the last act being the arrest of an earlier
    attack's author ("Les agresseurs ont été interpellés"), the verdict is on that author's acts."""
    acts = [e for e in st.done if e["type"] in _ACTS and e["modality"] == "asserted"]
    if not acts:
        return None
    last = acts[-1]
    attackers = {e["actor"] for e in acts[:-1] if e["type"] in VIOLENT_TYPES}
    if last["type"] not in VIOLENT_TYPES and last.get("target") in attackers:
        return str(last["target"])
    return str(last["actor"])
