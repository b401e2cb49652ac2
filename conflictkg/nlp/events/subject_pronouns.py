"""A subject pronoun that opens its sentence ("Elle a promis ...", "Ils ont ensuite pris Gao"): it has
no antecedent in its own sentence, so it stands for the subject of a sentence just before, the main
clause's first ("L'armée a repris Gao. Elle ..."), when number and, where both are known, gender agree
("Les rebelles ont attaqué Kidal. L'armée a riposté. Ils ont pris Gao": the rebels, not the army).

A plural pronoun ("they", "ils") also stands for a non-state armed group named by its name, a
group's members, whatever the name's number ("Fighting was reported near Kidal, where Ansar Dine is
active. They attacked ..."); when the pronoun's verb is an attack, a capture or a control verb, the
speaker of a reporting verb is passed over ("Residents said al-Shabaab had taken X. They attacked ...":
al-Shabaab); a subject that lists two armed groups or more names no one of them ("Boko Haram and ISWAP
are active in Borno. They attacked ...": no actor, ``NO_ONE``).

A subject that disagrees is passed over for the one of the sentence before it (at most ``_BACK``
sentences back); when none agrees, the actor of the previous sentence's one asserted event stands
(the older rule), and after it the last actor named (``actors._coref``). The possessive pronoun of a
subject that opens its sentence stands for the same ("The army took Mosul. Their forces also shelled
X": the army's forces, not those of the last party named).

An object clitic ("Le président l'avait désigné comme ...") likewise stands for the subject of the
sentence just before when it agrees and is not the clause's own subject (that would be reflexive):
"Al-X a été arrêté. Al-X aurait dirigé le réseau. Le président l'avait désigné": Al-X. Failing that,
a French clitic stands for the last actor named that agrees with it ("les": a plural, "la": a
feminine singular, "le": a masculine singular) in its own sentence or the one just before, never
further back, nor a capital named as a place ("à Bagdad"): "Le ministre a visité Gao. L'armée les a
bombardés" has no target (``named_before``).

"Ceux-ci", "celles-ci", "ces derniers" (``latter_words``) point at the last ones named, not at the
subject: "Les soldats ont attaqué les rebelles. Ceux-ci ont pris Gao": the rebels. The nearest plural
noun of the pronoun's gender stands (a noun in -e, "rebelle", "islamiste", may be of either, whatever
the tagger guessed); when it names no actor ("les combats"), no one does."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from conflictkg.nlp import coref
from conflictkg.nlp.events.attack_words import violent_noun
from conflictkg.nlp.events.named_armed import names_armed_group
from conflictkg.nlp.events.state import Actor, DocState, Mention
from conflictkg.nlp.sentences import sentence_before, window_start
from conflictkg.nlp.syntax import OBJ, SUBJ, SUBJ_PASS, case_of

_BACK = 2  # sentences looked back for an agreeing subject
NO_ONE: Actor = ("", 0.0, None)  # decided: it stands for no one actor ("Boko Haram and ISWAP ... They")
_ARMED_TYPES = frozenset({"FIGHT", "ASSAULT", "CAPTURE"})
_OPENERS = frozenset({"CCONJ", "ADV", "PUNCT", "SPACE"})  # "Mais ils", "Ensuite, elle"
_NOMINAL = frozenset({"NOUN", "PROPN"})
_NAME_PARTS = frozenset({"flat", "flat:name", "compound", "fixed"})


def previous_subject(st: DocState, tok: Token, resolve: Callable[[Token], Actor | None]) -> Actor | None:
    """The actor a subject pronoun stands for, from the sentences before it (None: not decided here)."""
    pron = _possessor(tok)  # "Their forces also shelled X": who "their" stands for
    reports = _reports(st, tok.head) and not _claims_attack(st, tok.head)  # "They claim attacks": acts
    if tok.dep_ not in SUBJ or pron.pos_ != "PRON" or reports:
        return None
    if pron.lower_ in st.lex.group("first_person_words"):
        return None  # "We will support X": the author's (events/first_person.py), not the last party's
    tok = pron
    if _opens(tok) and "3" in tok.morph.get("Person", []) and tok.morph.get("Number", []):
        sent: Span | None = tok.sent
        for _ in range(_BACK):
            sent = sentence_before(sent) if sent is not None else None
            if sent is None:
                break
            for subj in _subjects(sent):
                if _speaker(st, subj) and _armed_act(st, tok.head):
                    continue  # "Residents said al-Shabaab had taken X. They attacked ...": not the residents
                got = resolve(subj) if _agrees(tok, subj) or _group_named(st, tok, subj) else None
                if got is not None:
                    return NO_ONE if _several_groups(st, subj) else (got[0], 0.6, got[2])
    # "Ils ont attaqué à nouveau": the actor of the previous sentence's event
    told = [e for e in st.done if e["sent_start"] == st.prev and e["modality"] == "asserted"]
    if told and len({e["actor"] for e in told}) == 1:
        return (str(told[0]["actor"]), 0.6, None)
    return None


def latter_actor(st: DocState, tok: Token, resolve: Callable[[Token], Actor | None]) -> Actor | None:
    """ "ceux-ci", "celles-ci", "ces derniers": the nearest plural noun of the same gender before it, in
    its sentence or the one before, whatever its role; the actor it names, else none (a thing)."""
    start = window_start(tok.sent)
    gender = _feature(tok, "Gender")
    for t in reversed(tok.doc[start : tok.i]):
        if t.pos_ not in _NOMINAL or t.dep_ in _NAME_PARTS or _feature(t, "Number") != "Plur":
            continue
        if gender is None or _feature(t, "Gender") in (None, gender) or t.lemma_.lower().endswith("e"):
            got = resolve(t)
            return (got[0], 0.6, got[2]) if got is not None else None
    return None


def previous_subject_of_object(
    st: DocState, tok: Token, resolve: Callable[[Token], Actor | None], own: str | None
) -> Actor | None:
    """The actor an object clitic stands for: the agreeing subject of the sentence before, not ``own``;
    for a dative clitic ("leur"), a subject that is no pronoun itself (a chain of pronouns is no
    clear antecedent for the one reproached or given to)."""
    before = sentence_before(tok.sent)
    dative = tok.lower_ in st.lex.group("dative_clitics")
    for subj in _subjects(before) if before is not None else []:
        if dative and subj.pos_ == "PRON":
            continue
        m = st.covered.get(subj.i)
        if m is not None and _one_person(m, subj) and "Plur" in tok.morph.get("Number", []):
            continue  # "X est arrivé. Les habitants leur reprochent": not X alone
        got = resolve(subj) if _agrees(tok, subj) else None
        if got is not None and got[0] != own:
            return (got[0], 0.55, got[2])
    return None


def named_before(st: DocState, tok: Token, org_of: Callable[[Mention], str | None]) -> str | None:
    """The last actor named before the object pronoun ``tok``: in French, only one named in its
    sentence or the one just before, and for a clitic one that agrees with it, a plural one never a
    person named alone; never for a dative clitic, the one reproached or given to (None: no
    antecedent)."""
    if st.lex.lang != "fr":
        return coref.last_actor_before(st.mentions, tok.i, org_of)
    if tok.lower_ in st.lex.group("dative_clitics"):
        return None  # "leur": only the subject of the sentence before (previous_subject_of_object)
    first = window_start(tok.sent)
    clitic = not tok.dep_.startswith("obl")  # "par eux", "sur lui": a group's men may be "eux"
    places = st.lex.group("place_preps")  # "à Bagdad": a capital named as a place is no antecedent
    near = [
        m for m in st.mentions
        if first <= m["start"] < tok.i and case_of(st.doc[m["head"]]) not in places
        and (not clitic or _agrees(tok, st.doc[m["head"]]))
        and not (clitic and _one_person(m, st.doc[m["head"]]) and "Plur" in tok.morph.get("Number", []))
    ]  # fmt: skip
    return coref.last_actor_before(near, tok.i, org_of)


def _one_person(m: Mention, head: Token) -> bool:
    """A person named alone: never the antecedent of a plural clitic ("leur": to them)."""
    return m["kind"] == "person" and not any(c.dep_ == "conj" for c in head.children)


def _possessor(tok: Token) -> Token:
    """The possessive pronoun of a subject noun ("Their forces", "Leurs combattants"), standing for
    whom a subject pronoun there would; any other token is itself."""
    pron = coref.possessive(tok) if tok.pos_ in _NOMINAL and tok.dep_ in SUBJ else None
    return pron if pron is not None and pron.pos_ == "PRON" else tok


def _opens(tok: Token) -> bool:
    return all(t.pos_ in _OPENERS for t in tok.doc[tok.sent.start : tok.i])


def _reports(st: DocState, verb: Token) -> bool:
    return verb.lemma_.lower() in st.lex.group("reporting")


def _claims_attack(st: DocState, verb: Token) -> bool:
    """ "They claim attacks against X", "They claimed the bombing": a claim verb whose object is an
    attack is the group's act, its pronoun subject the group named before (round engold85)."""
    claims = verb.lemma_.lower() in st.lex.group("responsibility")
    return claims and any(c.dep_ in OBJ and violent_noun(st, c) for c in verb.children)


def _speaker(st: DocState, subj: Token) -> bool:
    return subj.head.lemma_.lower() in st.lex.group("reporting")


def _armed_act(st: DocState, verb: Token) -> bool:
    """An attack, a capture or a control verb: what a speaker told of is done, never what it did."""
    frame = st.frames.get(verb.i)
    return (frame is not None and frame.pred.type in _ARMED_TYPES) or verb.lemma_.lower() in st.lex.group(
        "control_verbs"
    )


def _group_named(st: DocState, pron: Token, subj: Token) -> bool:
    """ "Ansar Dine est entré dans Kidal. Ils contrôlent la ville": a plural pronoun stands for the members
    of an armed group named by its name, whatever the name's own number or gender."""
    m = st.covered.get(subj.i)
    return "Plur" in pron.morph.get("Number", []) and m is not None and names_armed_group(st, m)


def _several_groups(st: DocState, subj: Token) -> bool:
    """ "Boko Haram and ISWAP are active in Borno. They attacked ...": a subject listing two armed groups
    or more names no one of them."""
    listed = (st.covered.get(t.i) for t in (subj, *(c for c in subj.children if c.dep_ == "conj")))
    return len({m["actor"] for m in listed if m is not None and names_armed_group(st, m)}) > 1


def _subjects(sent: Span) -> list[Token]:
    """The main clause's subject first, then the other clauses' in the order of the text."""
    subs = [t for t in sent if t.dep_ in SUBJ or t.dep_ in SUBJ_PASS]
    return sorted(subs, key=lambda t: t.head.i != sent.root.i)


def _agrees(pron: Token, subj: Token) -> bool:
    if not pron.morph.get("Number", []):  # an elided "l'" the tagger reads as an article
        return _feature(subj, "Number") in (None, "Plur" if pron.lower_ == "les" else "Sing")
    number = "Plur" if any(c.dep_ == "conj" for c in subj.children) else _feature(subj, "Number")
    gender = _feature(subj, "Gender")
    same_number = number is None or number in pron.morph.get("Number", [])
    own_gender = pron.morph.get("Gender", [])
    return same_number and (gender is None or not own_gender or gender in own_gender)


def subject_gender(subj: Token) -> list[str]:
    """The gender of a subject as ``_feature`` reads it (a passive one's from its participle: "Amadou
    Koufa a été blessé"), as a morphology list (empty when unknown)."""
    got = _feature(subj, "Gender")
    return [got] if got else []


def _feature(subj: Token, name: str) -> str | None:
    """A noun's own feature, else its determiner's ("Al-Libbi" has none; "la France" has its article's),
    else, for a passive subject, its participle's, which agrees with it ("X a été confirmé": a man). A
    name the tagger reads as a common noun ("Faure Gnassingbé") has no gender of its own."""
    participle = [subj.head] if subj.dep_ in SUBJ_PASS and subj.head.pos_ == "VERB" else []
    named = name == "Gender" and any(c.dep_ == "flat:name" for c in subj.children)
    for t in (*([] if named else [subj]), *(c for c in subj.children if c.dep_ == "det"), *participle):
        got = t.morph.get(name, [])
        if len(got) == 1:
            return str(got[0])
    return None
