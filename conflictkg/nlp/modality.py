"""Modality of a predicate from its morphology and the clauses that govern it.

asserted: stated as fact; denied: negated ("n'a pas attaqué", "did not attack", "denied attacking");
hypothetical: conditional mood, modal verbs, "si"/"if" clauses, "toute attaque"/"any attack";
threatened: a future attack ("seront visés", "will strike"); reported: a third party's claim.
Threat and request verbs absorb what they embed (see events/predicates.py): those are not events of their own.
"""

from __future__ import annotations

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import Lexicon, shared_words
from conflictkg.nlp.conditional_openers import conditional_opening
from conflictkg.nlp.denied_claims import claim_denier
from conflictkg.nlp.foiled_attacks import foiled_modality
from conflictkg.nlp.syntax import OBJ, SUBJ_PASS, auxiliaries
from conflictkg.nlp.told_apart import statement_governors
from conflictkg.nlp.until_clauses import promise_verb, until_governor
from conflictkg.nlp.upcoming_nouns import upcoming

VIOLENT = frozenset({"FIGHT", "ASSAULT", "CAPTURE", "COERCE"})
AMBIGUOUS_NEGATION = shared_words("ambiguous_negation")  # "ne ... plus" negates, "plus de" does not
CONDITIONAL_AUX = shared_words("conditional_auxiliaries")
CONDITIONAL_ENDINGS = shared_words("conditional_endings")  # French: future stem + imperfect ending
FUTURE_AUX = shared_words("future_auxiliaries")
FUTURE_HEADS = shared_words("future_heads")  # "is going to strike"
NOT_HYPOTHETICAL_MARKS = shared_words("not_hypothetical_marks")
PURPOSE_MARKS = shared_words("purpose_marks")
CASE_NOUNS = shared_words("case_nouns")


def negated(tok: Token, lex: Lexicon) -> bool:
    neg = lex.group("negation")
    for c in tok.children:
        if c.dep_ == "neg":
            return True
        if (
            c.dep_ == "advmod"
            and c.lower_ in lex.group("negated_adverbs")
            and any(g.dep_ == "neg" for g in c.children)
        ):
            return True  # "will no longer accept refugees"
        if (
            c.dep_ in ("advmod", "det")
            and c.lower_ in neg
            and ("Neg" in c.morph.get("Polarity", []) or c.lower_ not in AMBIGUOUS_NEGATION)
        ):
            return True
    return False


def misread_conditional(tok: Token) -> bool:
    """A French conditional the tagger took for an indicative ("tueraient" as Tense=Imp or Pres): its
    form is the future stem (the infinitive, less a final "e" for "-re" verbs) plus an imperfect ending."""
    if "Fin" not in tok.morph.get("VerbForm", []):
        return False
    lemma = tok.lemma_.lower()
    stems = {lemma, lemma.removesuffix("e")} if lemma.endswith("re") else {lemma}
    return any(tok.lower_ == stem + ending for stem in stems for ending in CONDITIONAL_ENDINGS)


def conditional(tok: Token, lex: Lexicon) -> bool:
    for t in (tok, *auxiliaries(tok)):
        if "Cnd" in t.morph.get("Mood", []) or misread_conditional(t):
            return True
    return any(a.lower_ in CONDITIONAL_AUX for a in auxiliaries(tok))


def hearsay_past(tok: Token, lex: Lexicon) -> bool:
    """The French press's conditional past, the "conditionnel journalistique" ("auraient tiré",
    "aurait fui"): a past fact told on another's word, not a hypothesis, unless a condition hangs on
    it ("si l'armée n'était pas intervenue, les rebelles auraient pris Mopti"). Told by its form: a
    past participle whose tense auxiliary is in the conditional, the participle itself not."""
    if "Part" not in tok.morph.get("VerbForm", []) or "Cnd" in tok.morph.get("Mood", []):
        return False
    tense = [a for a in auxiliaries(tok) if a.dep_ in ("aux:tense", "aux")]
    if not any("Cnd" in a.morph.get("Mood", []) or misread_conditional(a) for a in tense):
        return False
    # the condition's clause may hang on the participle or, misparsed, carry it
    clauses = [c for c in tok.children if c.dep_ == "advcl"] + ([tok.head] if tok.dep_ == "advcl" else [])
    return not any(hypothetical_mark(c, lex) for c in clauses)


def future(tok: Token) -> bool:
    for t in (tok, *auxiliaries(tok)):
        if "Fut" in t.morph.get("Tense", []):
            return True
    if any(a.lower_ in FUTURE_AUX for a in auxiliaries(tok)):
        return True
    return tok.dep_ == "xcomp" and tok.head.lower_ in FUTURE_HEADS


def hypothetical_mark(tok: Token, lex: Lexicon) -> bool:
    marks = lex.group("hypothetical_marks")
    for c in tok.children:
        if c.dep_ == "mark" and c.lower_ in marks and c.lower_ not in NOT_HYPOTHETICAL_MARKS:
            return True
    # "dans le cas où X", "in case X": a relative clause on the noun "cas"/"case"
    if tok.dep_ in ("acl:relcl", "relcl") and tok.head.lemma_.lower() in CASE_NOUNS:
        return True
    return conditional_opening(tok, lex)  # "à moins que X attaque", "should X attack"


def purpose_infinitive(tok: Token) -> bool:
    """An infinitive giving the purpose of another act ("pour reprendre X", "afin de reprendre X",
    "an offensive to retake X"); not the complement of a verb ("managed to retake X")."""
    if "Inf" not in tok.morph.get("VerbForm", []):
        return False
    if tok.head.lower_ in PURPOSE_MARKS and tok.head.i != tok.i:
        return True  # "afin de reprendre": the parser may hang the infinitive on "afin"
    marked = any(c.dep_ in ("mark", "aux") and c.lower_ in PURPOSE_MARKS for c in tok.children)
    return marked and tok.dep_ in ("advcl", "acl")


def _hostile_word(tok: Token, lex: Lexicon) -> bool:
    lemma = tok.lemma_.lower()
    pred = lex.nouns.get(lemma) if tok.pos_ in ("NOUN", "PROPN") else lex.verbs.get(lemma)
    return pred is not None and pred.type in VIOLENT


def _first_conjunct(tok: Token) -> Token:
    """The first of coordinated infinitives ("to degrade and ultimately destroy X": "degrade")."""
    while tok.dep_ == "conj" and "Inf" in tok.morph.get("VerbForm", []) and tok.head.pos_ == "VERB":
        tok = tok.head
    return tok


def _done_for(head: Token, lex: Lexicon) -> bool:
    """The purpose hangs on a hostile act told itself ("shelled Homs to kill X", "an offensive to
    crush X", "carried out strikes to destroy X") or an attempt at one: the aim names that act's
    target, and the act is told; on anything else ("is working to defeat X", "efforts to destroy
    X") nothing hostile is."""
    if head.lower_ in PURPOSE_MARKS:  # "afin de détruire": the parser may hang it on "afin"
        head = head.head
    if head.lemma_.lower() in lex.group("attempt_nouns") and head.dep_ in OBJ:
        return True  # "made two attempts to attack X": an attempt made is the attack ("in its efforts": none)
    # its object, or a prepositional one ("resorted to a baton charge to disperse X")
    objects = [c for c in head.children if c.dep_ in OBJ]
    objects += [g for c in head.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    if any(_hostile_word(t, lex) for t in (head, *objects)):
        return True
    return any((head.lemma_.lower(), o.lemma_.lower()) in lex.verb_object for o in objects)


def hypothetical_det(tok: Token, lex: Lexicon) -> bool:
    dets = lex.group("hypothetical_dets")
    return any(c.dep_ in ("det", "amod") and c.lower_ in dets for c in tok.children)


def _called_off(tok: Token, lex: Lexicon) -> str | None:
    """A planned event noun, object or passive subject of a verb calling it off: a cancelled one is
    denied ("a annulé sa visite", "la rencontre a été annulée"), a postponed one hypothetical ("la
    visite a été reportée"). Not an attack ("a repoussé l'assaut": repelled, it took place)."""
    if tok.dep_ not in OBJ and tok.dep_ not in SUBJ_PASS:
        return None
    verb = tok.head.lemma_.lower()
    if verb in lex.group("cancelling_verbs"):
        return "denied"
    return "hypothetical" if verb in lex.group("postponing_verbs") else None


def modality(tok: Token, lex: Lexicon, type_: str) -> str:
    """The modality of the predicate itself and of its governing clauses (not reporting: see events)."""
    if negated(tok, lex):
        return "denied"
    denier = claim_denier(tok, lex)  # "denied accusations that it backed X"; "did not deny" denies nothing
    if denier is not None and not negated(denier, lex):
        return "denied"
    modal_verbs = lex.group("modal_verbs")
    if hypothetical_mark(tok, lex):
        return "hypothetical"
    if hearsay_past(tok, lex):
        return "reported"
    if conditional(tok, lex):
        return "hypothetical"
    if type_ in VIOLENT and (foiled := foiled_modality(tok, lex)) is not None:
        return foiled  # "foiled an attack on X", "un projet d'attentat": not carried out
    if tok.pos_ == "NOUN" and (hypothetical_det(tok, lex) or upcoming(tok, lex)):
        return "hypothetical"  # "a planned rally"; "ahead of the march": not held yet
    if tok.pos_ == "NOUN" and tok.dep_ in OBJ and tok.head.lemma_.lower() in lex.group("planning_verbs"):
        return "hypothetical"  # "prépare l'envoi de soldats": planned, not sent
    if tok.pos_ == "NOUN" and type_ not in VIOLENT and (called_off := _called_off(tok, lex)) is not None:
        return called_off  # "la visite a été annulée": not held; "a reporté sa visite": not yet
    if future(tok):
        return "threatened" if type_ in VIOLENT else "hypothetical"
    if type_ == "CAPTURE" and purpose_infinitive(tok):
        return "hypothetical"  # "une contre-offensive pour reprendre Konna": the aim, not the outcome
    aim = _first_conjunct(tok)  # "to degrade and defeat X": the purpose of the first one
    if type_ in ("FIGHT", "ASSAULT") and purpose_infinitive(aim) and not _done_for(aim.head, lex):
        return "hypothetical"  # "working to defeat X", "efforts to destroy X": an aim, no act told
    for g in statement_governors(tok, lex):  # not past a clause told apart (nlp/told_apart.py)
        if ready_word(g, lex):
            return "hypothetical"  # "se dit prête à envoyer des troupes": ready, not sent
        if g.pos_ not in ("VERB", "AUX"):
            continue
        entry = lex.verbs.get(g.lemma_.lower())
        if entry is not None and entry.embeds == "deny" and g.pos_ == "VERB":
            return "denied"
        if negated(g, lex) and g.lemma_.lower() not in lex.group("reporting"):
            return "denied"
        if attempted_attack(g, lex, type_):
            continue  # "tried to assassinate X": the attempt is itself an attack, not a plan
        if hypothetical_mark(g, lex) or g.lemma_.lower() in modal_verbs:
            return "hypothetical"
        if hearsay_past(g, lex):
            return "reported"
        if conditional(g, lex):
            return "hypothetical"
        if g.lemma_.lower() in lex.group("reporting"):
            break
    goal_of = until_governor(tok, lex)  # "vowed to fight until they take Kidal": a goal, not an act done
    if goal_of is not None and (
        promise_verb(goal_of, lex) or modality(goal_of, lex, type_) in ("hypothetical", "threatened")
    ):
        return "hypothetical"
    return "asserted"


def attempt_verb(tok: Token, lex: Lexicon) -> bool:
    return tok.pos_ == "VERB" and tok.lemma_.lower() in lex.group("attempt_verbs")


def attempted_attack(g: Token, lex: Lexicon, type_: str) -> bool:
    """An attack its actor tried to make ("tried to storm the station", "attempted to assassinate
    X"; attempt_verbs) was made, whether or not it succeeded (PLOVER ASSAULT codes an attempted
    assassination): the attempt, told in the past, does not make it hypothetical."""
    attack = type_ in ("FIGHT", "ASSAULT")
    return attack and attempt_verb(g, lex) and not future(g) and not conditional(g, lex)


def ready_word(tok: Token, lex: Lexicon) -> bool:
    """An adjective of readiness ("prêt", "willing"; modal_adjectives), or a participle the parser
    read as its verb ("se disent disposés à dialoguer": "disposer"; readiness_participles)."""
    if tok.pos_ == "ADJ":
        return tok.lemma_.lower() in lex.group("modal_adjectives")
    participle = tok.pos_ == "VERB" and "Part" in tok.morph.get("VerbForm", [])
    return participle and tok.lemma_.lower() in lex.group("readiness_participles")
