"""People held for an offence: "Nine held for rioting in X", "two youths held for stone pelting",
"five men were held with explosives". A verb that also means arresting (``arrest_sense_verbs``:
"hold") is the arrest (the lexicon verb ``arrest``) when it is a headline's bare participle, a passive
or a participle on a noun, with no agent, its patient counted or people, and a reason
(``arrest_reason_preps``: "for rioting", "with explosives", "over the killing"). "Leaders held
talks", "elections were held", "hostages held by gunmen", "held for ransom", "held for three days"
are none."""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.nlp.events.abductions import people_noun
from conflictkg.nlp.events.counted_victims import bare_participle, counted
from conflictkg.nlp.events.state import DocState, Frame
from conflictkg.nlp.syntax import AGENT, OBJ, SUBJ, SUBJ_PASS, first_child, has_aux, is_passive, prep_args

ARREST = "arrest"  # the lexicon verb read instead
PAST_TAG = "VBD"


def held_arrest(st: DocState, tok: Token) -> Frame | None:
    """The arrest frame of an arrest-sense verb holding people for a reason, else None."""
    if tok.lemma_.lower() not in st.lex.group("arrest_sense_verbs") or ARREST not in st.lex.verbs:
        return None
    if first_child(tok, AGENT) is not None or any(p == "by" for p, _ in prep_args(tok)):
        return None
    patient = _patient(tok)
    if patient is None or not (counted(patient) or people_noun(st, patient, fighters=True)):
        return None
    preps, not_reasons = st.lex.group("arrest_reason_preps"), st.lex.group("captivity_reason_words")
    not_reasons |= st.lex.group("duration_nouns")  # "held for three days": how long, no reason
    reasons = [g for p, g in prep_args(tok) if p in preps and g.lemma_.lower() not in not_reasons]
    return Frame(tok, st.lex.verbs[ARREST]) if reasons else None


def _patient(tok: Token) -> Token | None:
    """Who is held: a passive's subject, the noun a participle qualifies, or a headline's subject."""
    if is_passive(tok):
        return first_child(tok, SUBJ_PASS) or (tok.head if tok.dep_ in ("acl", "amod") else None)
    # "Three held over X": the tagger may read the headline's participle as a past with no object
    past = tok.tag_ == PAST_TAG and not has_aux(tok) and first_child(tok, OBJ) is None
    return first_child(tok, SUBJ) if bare_participle(tok) or past else None
