"""The date expression of an event: the date words of its sentence near its predicate."""

from __future__ import annotations

from spacy.tokens import Span, Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.dates import HISTORICAL_PERIODS, MONTHS, WEEKDAYS, resolve
from conflictkg.nlp.events.background_clauses import (
    circumstance_background,
    since_background,
    span_start_event,
)
from conflictkg.nlp.events.state import (
    DocState,
    EventRecord,
)
from conflictkg.nlp.syntax import (
    CLAUSAL,
    RELATIVE,
    governors,
)
from conflictkg.textkeys import norm

AMBIGUOUS_MONTHS = shared_words("ambiguous_month_words")  # "may" the verb, "mar" the noun


def is_date_word(st: DocState, t: Token) -> bool:
    low = t.lower_
    dated = (
        low in WEEKDAYS or (month_name(t) and t.pos_ not in ("VERB", "NUM"))
        or low in st.lex.group("date_words")
        or t.ent_type_ == "DATE"
        or (t.like_num and len(t) == 4 and t.text.startswith(("19", "20")) and not _counts(st, t))
        or _day_number(t)
        or _names_a_period(t)
        or _counted_ago(st, t)
    )  # fmt: skip
    return bool(dated) and not _opens_a_span(st, t)  # the walk up the heads last: most words are no date


def _counted_ago(st: DocState, t: Token) -> bool:
    """ "il y a deux semaines", "il y a trois ans": a date noun in the plural (its lemma a date word)
    (a number or "quelques") right after "y a" tells a time back from the article's date."""
    if t.i < 3 or t.lemma_.lower() not in st.lex.group("date_words"):
        return False
    y, a, count = t.doc[t.i - 3 : t.i]
    return y.lower_ == "y" and a.lower_ == "a" and (count.like_num or count.pos_ in ("NUM", "DET"))


def _opens_a_span(st: DocState, t: Token) -> bool:
    """ "for the first time since 2011", "since March 2011": the date a span starts from is not the
    event's (span_start_preps)."""
    preps = st.lex.group("span_start_preps")
    if not preps:
        return False
    x = t
    for _ in range(3):  # up the date's own words: "since March 2013" (2013 <- March <- since)
        if x.head.i == x.i:
            return False
        if x.head.lower_ in preps:
            return True
        x = x.head
        if not (x.ent_type_ == "DATE" or x.like_num or month_name(x)):
            return False
    return False


def _counts(st: DocState, t: Token) -> bool:
    """ "l'envoi de 2000 soldats": a number counting a plain noun is no year."""
    head = t.head
    return (
        t.dep_ == "nummod"
        and head.pos_ == "NOUN"
        and not month_name(head)
        and (head.lower_ not in st.lex.group("date_words"))
    )


def month_name(t: Token) -> bool:
    """ "janvier", "février" (the month table is folded: "fevrier"), not "may" the verb; an English
    month is capitalised ("a march by students" is a protest, no date)."""
    if t.is_lower and t.doc.lang_ == "en":
        return False
    return t.lower_ not in AMBIGUOUS_MONTHS and norm(t.lower_) in MONTHS


def _day_number(t: Token) -> bool:
    """ "le 12 janvier", "on 12 January", "le 12": a day of the month, by the month name after it or,
    in French, by its own article ("le 12" is a date; "les 12 soldats" is not)."""
    if not (t.like_num and t.text.isdigit() and 1 <= int(t.text) <= 31) or t.dep_ == "nummod":
        return False
    return (t.i + 1 < len(t.doc) and month_name(t.nbor(1))) or any(
        c.dep_ == "det" and c.lower_ == "le" and c.i == t.i - 1 for c in t.children
    )


def _names_a_period(t: Token) -> bool:
    """ "la Seconde Guerre mondiale", "the Cold War": a named era of the past."""
    if t.pos_ not in ("NOUN", "PROPN"):
        return False
    # the word and its own modifiers, in the text's order (as its subtree would give them, unwalked)
    deps = ("amod", "flat:name", "compound")
    name = [*(x for x in t.lefts if x.dep_ in deps), t, *(x for x in t.rights if x.dep_ in deps)]
    return norm(" ".join(x.text for x in name)) in HISTORICAL_PERIODS


def _date_text(st: DocState, t: Token) -> str:
    if t.ent_type_ == "DATE":
        for e in st.doc.ents:
            if e.start <= t.i < e.end:
                return e.text
    if t.head.i == t.i - 1 and _day_number(t.head):  # "le 12 janvier" read as janvier <- 12
        t = t.head
    # what hangs on the date but is not part of it: "le 3 janvier près de Homs"
    aside = {
        x.i
        for c in t.children
        if c.dep_ in ("advmod", "appos") or (c.pos_ in ("NOUN", "PROPN") and not is_date_word(st, c))
        for x in c.subtree
    }
    ids = [
        x.i
        for x in t.subtree
        if not x.is_punct and x.dep_ not in ("acl", "acl:relcl", "relcl", "conj") and x.i not in aside
    ]
    ids = [i for i in ids if abs(i - t.i) <= 3] or [t.i]  # a date word the parser hangs as a clause
    lo, hi = min(ids), max(ids)
    return st.doc[lo : hi + 1].text


def _dated_child(st: DocState, head: Token) -> str | None:
    for c in head.children:
        if own_clause(c) or _culprit(st, c):  # "Kidal, prise en mars, a été reprise": the first capture's
            continue
        for t in (c, *c.children):
            if is_date_word(st, t) and not t.is_punct:
                return _date_text(st, t)
    return None


def _culprit(st: DocState, t: Token) -> bool:
    """ "l'a désigné comme l'organisateur des attentats de décembre 2003": a culprit noun the
    predicate calls its object; the dates in what it names are the attacks', not the predicate's."""
    return t.dep_ == "xcomp" and t.lemma_.lower() in st.lex.group("culprit_nouns")


def own_clause(t: Token) -> bool:
    """A clause that tells an event of its own, dated on its own, inside another's: a past participle
    with no auxiliary hung on a noun or set off by a comma ("les otages, enlevés en mars, ont été
    libérés"), or a noun with its own agent (the parser's "prise" in "Kidal, prise par les rebelles en
    mars, a été reprise")."""
    if t.dep_ in ("ROOT", "xcomp", "ccomp") or t.head.i == t.i:
        return False
    if _bare_participle(t) and "Past" in t.morph.get("Tense", []):
        return t.dep_ == "acl" or (t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ",")
    return t.pos_ == "NOUN" and any(c.dep_ == "obl:agent" for c in t.children)


def _told_inside(tok: Token) -> bool:
    """ "Les rebelles ont libéré jeudi les otages enlevés près de Kidal": the abduction is not
    Thursday's; a bare participle on a noun that a verb takes as an argument keeps no date of that verb."""
    if not own_clause(tok) or tok.dep_ != "acl" or tok.head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    return tok.head.dep_.startswith(("nsubj", "obj", "obl:agent"))


def _dated_below(st: DocState, head: Token) -> str | None:
    """A date word deeper in the predicate's own clause, nearest first: the parser hangs a closing
    "jeudi" on the last noun ("ont pris la ville de Kidal jeudi": jeudi <- Kidal <- ville)."""
    level = [g for c in head.children if c.dep_ not in CLAUSAL for g in c.children if g.dep_ not in CLAUSAL]
    level = [t for t in level if not own_clause(t)]
    while level:
        level = [c for t in level for c in t.children if c.dep_ not in CLAUSAL and not own_clause(c)]
        found = next((t for t in level if is_date_word(st, t) and not t.is_punct), None)
        if found is not None:
            return _date_text(st, found)
    return None


def _has_own_clause(t: Token) -> bool:
    return any(c.dep_.startswith(("aux", "nsubj")) for c in t.children)


def _bare_participle(t: Token) -> bool:
    return "Part" in t.morph.get("VerbForm", []) and not _has_own_clause(t)


def date_expr(st: DocState, tok: Token, sent: Span) -> str | None:
    heads = [tok] if _told_inside(tok) else [tok, *governors(tok)]
    if _has_own_clause(tok):
        # "Créé en 2001, le groupe a attaqué ...": a detached participle the parser made the head
        heads = [h for h in heads if h is tok or not _bare_participle(h)]
    for head in heads:
        found = _dated_child(st, head)
        if found:
            return found
    found = _dated_below(st, tok)
    if found:
        return found
    # "une attaque en 1978, où un homme a blessé X": a relative clause happens when its antecedent did
    clause = next((t for t in (tok, *governors(tok)) if t.dep_ in RELATIVE), None)
    if clause is not None and clause.head.pos_ == "NOUN":
        found = _dated_child(st, clause.head)
        if found:
            return found
    named = {x.i for c in tok.children if _culprit(st, c) for x in c.subtree}
    return _sentence_year(st, sent, named) if _told_as_past_or_aside(tok) else None


def _is_year(t: Token) -> bool:
    return t.like_num and len(t) == 4 and t.text.startswith(("19", "20")) and t.dep_ != "nummod"


def _sentence_year(st: DocState, sent: Span, named: set[int]) -> str | None:
    """The one dated year of a sentence ("Lors du procès, le 27 février 2009, ..."), else None; a year
    in what a culprit noun names (``named``) is not the sentence's."""
    years = [t for t in sent if _is_year(t) and not _opens_a_span(st, t) and t.i not in named]
    if len({t.text for t in years}) != 1:
        return None
    year = years[0]
    return _date_text(st, year.head if is_date_word(st, year.head) else year)


def _past_perfect(verb: Token) -> bool:
    """ "avait entrepris", "s'était introduit", "était": the pluperfect or imperfect of a past story."""
    finite = [verb, *(c for c in verb.children if c.dep_.startswith("aux") or c.dep_ == "cop")]
    return any("Imp" in t.morph.get("Tense", []) and "Fin" in t.morph.get("VerbForm", []) for t in finite)


def _told_as_past_or_aside(tok: Token) -> bool:
    """A nominal event, a participle hung on a noun, or a verb in a past-of-the-past tense: such
    predicates take the date of their sentence; a main verb in the passé composé keeps the article's."""
    if tok.pos_ == "NOUN" or tok.dep_ == "acl":
        return True
    return any(_past_perfect(v) for v in (tok, *governors(tok)) if v.pos_ in ("VERB", "AUX", "NOUN"))


def dated_word(st: DocState, tok: Token) -> bool:
    """Whether ``tok`` is a date or time word, never a place. A capitalised name alone in a DATE
    entity, the object of a locative preposition ("Fighting near Manbij leaves five dead": the
    recognizer's "Manbij" DATE), with no month, weekday, date word, number or feast (``feast_names``)
    in it, is a name the recognizer misread: the place it names stays one."""
    if tok.ent_type_ not in ("DATE", "TIME") and not is_date_word(st, tok):
        return False
    return not _misdated_name(st, tok)


def _misdated_name(st: DocState, tok: Token) -> bool:
    if tok.ent_type_ != "DATE" or tok.pos_ != "PROPN" or tok.dep_ != "pobj":
        return False
    where = st.lex.group("locative_preps") | st.lex.group("near_words")
    if tok.head.lower_ not in where:
        return False
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None or len(ent) > 3:
        return False
    dated = st.lex.group("feast_names") | st.lex.group("date_words") | frozenset(WEEKDAYS)
    return all(t.is_alpha and t.is_title and not _dated_month(t) and t.lower_ not in dated for t in ent)


def _dated_month(t: Token) -> bool:
    """A month's name, or a word that may be one ("May") capitalised in a DATE entity: "seized by the
    junta in May" is dated, no place."""
    return month_name(t) or (t.lower_ in AMBIGUOUS_MONTHS and t.is_title and t.ent_type_ == "DATE")


def without_past_stories(st: DocState, events: list[EventRecord]) -> list[EventRecord]:
    """A sentence's events less those told as a past story: dated by a year alone and told in a
    past-of-the-past tense ("une attaque en 1978, où un homme avait blessé X"). Background to today's
    news even when the article gives no date to measure it by, and never the attack a later claim
    names."""
    return [e for e in events if not past_story(st, e)]


def past_story(st: DocState, e: EventRecord) -> bool:
    if since_background(st, e) or circumstance_background(st, e) or span_start_event(st, e):
        return True  # "since November"; "alors que ... avançaient"; "depuis le début de l'offensive"
    expr = e["date_expr"]
    if not expr or resolve(expr, None, st.doc.lang_)[1] != "year":
        return False
    tok = st.doc[e["pred"]]
    return any(_past_perfect(v) for v in (tok, *governors(tok)) if v.pos_ in ("VERB", "AUX"))
