"""Noun phrases (and one clitic) the French parser splits, mended after it (run by
``ckg_partitive_objects``).

- A noun glued to the partitive article before it: in "a utilisé des gaz lacrymogènes contre les
  manifestants" the parser reads "des gaz" as one fixed determiner of "manifestants", so the verb's
  object is the people the gas is used against and the gas is lost. The noun gets its own phrase
  back: the article is its determiner, the noun takes the place the parser gave the later noun (the
  verb's object, or its subject), and that later noun, opened by its own preposition ("contre"),
  hangs on the verb as an oblique (on a noun as its complement), as the parser reads "du gaz ...
  contre X".
- A name in apposition to a noun's complement: in "l'arrestation de l'ancien ministre, Jean Dupont,
  par la police" the parser hangs "Jean Dupont" on "arrestation"; the name set off by a comma right
  after the complement ("de l'ancien ministre") names that complement, so it hangs there.
- A name set off by a comma right after a verb's object or subject (no preposition of its own): in "ont arrêté
  l'ancien ministre malien, Moussa Keita, à Bamako" the parser hangs the name on the verb (an
  oblique, a second object) and the place after it on the name; the name is in apposition to that
  noun, and what its own preposition opens goes back to the verb.
- An agent read as a second subject: in "l'enlèvement du maire, Ali Touré, par des hommes armés a
  inquiété X" the parser makes "hommes" (with its "par") the verb's subject beside "enlèvement". A
  subject takes no preposition: the agent phrase belongs to the subject noun before it.
- An agent hung on a proper name: in "l'arrestation du journaliste Amadou Ba par la police" the parser
  makes "par la police" the agent of "Ba". A name takes no agent; the phrase belongs to the common
  noun heading the noun phrase the name is in ("arrestation"), the highest of its chain of
  complements, appositions and modifiers.
- An agent hung on the second of two coordinated passive participles: in "sept infirmiers ont été
  enlevés puis relâchés par des hommes armés" the parser hangs "par des hommes armés" on "relâchés"
  alone, which has no auxiliary of its own; the agent is the first participle's too, and it heads
  the clause, so the agent goes there (round frstyle63).
- A dative clitic (the lexicon's ``dative_clitics``: "leur") read as a possessive determiner of the
  verb after it, as its direct object ("ils leur reprochent") or as its subject ("l'armée leur a
  tendu une embuscade"): the verb's indirect object."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from conflictkg.nlp.between_sides import between_sides
from conflictkg.nlp.incise_objects import incise_objects
from conflictkg.nlp.infinitive_objects import infinitive_objects
from conflictkg.nlp.marked_infinitives import marked_infinitives
from conflictkg.nlp.stranded_subjects import stranded_subjects

_OBLIQUE = "obl:mod"
_CHAIN_DEPS = frozenset({"nmod", "appos", "amod", "flat:name"})
_AGENT_DEPS = frozenset({"obl:agent", "nmod", "obl", "obl:mod"})
_MISREAD_APPOS = frozenset({"obl:mod", "obl", "obj", "nmod"})  # a name the parser hung on the verb
_ARG_DEPS = frozenset({"obj", "nsubj", "nsubj:pass", "obl:arg"})


def mend_noun_phrases(
    doc: Doc, articles: frozenset[str], agent_preps: frozenset[str], datives: frozenset[str]
) -> None:
    unglue(doc, articles)
    apposed_complements(doc)
    apposed_objects(doc)
    agents_off_subjects(doc, agent_preps)
    agents_off_names(doc, agent_preps)
    dative_clitics(doc, datives)
    shared_agents(doc)
    between_sides(doc)  # "entre les FDS et l'Armée nationale syrienne" (nlp/between_sides.py)
    stranded_subjects(doc)  # "Dans le centre de X deux attaques ont eu lieu" (nlp/stranded_subjects.py)
    incise_objects(doc)  # "ont repris le contrôle de Gao, a annoncé le ministère" (nlp/incise_objects.py)
    infinitive_objects(doc)  # "ont annoncé avoir repris le contrôle de X" (nlp/infinitive_objects.py)
    marked_infinitives(doc)  # "le poste de X avant d'incendier le marché" (nlp/marked_infinitives.py)


def unglue(doc: Doc, articles: frozenset[str]) -> None:
    for tok in doc:
        if tok.dep_ != "fixed" or tok.pos_ != "NOUN":
            continue
        article = tok.head
        if article.lower_ not in articles or article.i != tok.i - 1 or article.dep_ != "det":
            continue
        noun = article.head
        if noun.i <= tok.i or noun.pos_ not in ("NOUN", "PROPN") or noun.head.i == noun.i:
            continue
        if not any(c.dep_ == "case" and tok.i < c.i < noun.i for c in noun.children):
            continue  # "des gaz lacrymogènes les manifestants": nothing opens a phrase of its own
        head = noun.head
        tok.head, tok.dep_ = head, noun.dep_
        article.head, article.dep_ = tok, "det"
        noun.dep_ = _OBLIQUE if head.pos_ in ("VERB", "AUX") else "nmod"


def apposed_complements(doc: Doc) -> None:
    for name in doc:
        if name.dep_ != "appos" or name.pos_ != "PROPN" or name.head.pos_ != "NOUN":
            continue
        noun = name.head
        complement = next(
            (c for c in noun.children if c.dep_ == "nmod" and c.pos_ == "NOUN" and c.i < name.i), None
        )
        if complement is None or any(c.dep_ == "appos" for c in complement.children):
            continue
        between = doc[complement.right_edge.i + 1 : name.i]
        if len(between) == 1 and between[0].text == ",":
            name.head = complement
            between[0].head = complement


def apposed_objects(doc: Doc) -> None:
    for name in doc:
        verb = name.head
        if name.pos_ != "PROPN" or name.dep_ not in _MISREAD_APPOS or name.i < 2:
            continue
        comma = doc[name.i - 1]
        noun = next((c for c in verb.children if c.dep_ in _ARG_DEPS and c.right_edge.i == name.i - 2), None)
        if (
            comma.text != ","
            or noun is None
            or noun.pos_ != "NOUN"
            or any(c.dep_ == "case" for c in name.children)
        ):
            continue
        for c in name.children:  # "..., Moussa Keita, à Bamako": the verb's place
            if c.i > name.i and c.dep_ in _AGENT_DEPS and any(g.dep_ == "case" for g in c.children):
                c.head, c.dep_ = verb, _OBLIQUE
        name.head, name.dep_ = noun, "appos"
        comma.head = noun


def agents_off_subjects(doc: Doc, agent_preps: frozenset[str]) -> None:
    for agent in doc:
        if agent.dep_ != "nsubj" or not any(
            c.dep_ == "case" and c.lower_ in agent_preps for c in agent.children
        ):
            continue
        subject = next((c for c in agent.head.children if c.dep_ == "nsubj" and c.i < agent.i), None)
        if subject is not None and subject.pos_ == "NOUN":
            agent.head, agent.dep_ = subject, "nmod"


def agents_off_names(doc: Doc, agent_preps: frozenset[str]) -> None:
    for agent in doc:
        name = agent.head
        if agent.dep_ not in _AGENT_DEPS or not _name(name) or agent.i < name.i:
            continue
        if not any(c.dep_ == "case" and c.lower_ in agent_preps for c in agent.children):
            continue
        top = name
        while (
            top.dep_ in _CHAIN_DEPS | {"conj"} and top.head.pos_ in ("NOUN", "PROPN") and top.head.i != top.i
        ):
            top = top.head
        if top.pos_ == "NOUN" and top.i < name.i:
            agent.head, agent.dep_ = top, "nmod"


def _name(tok: Token) -> bool:
    """A proper name, or a capitalised conjunct of one the tagger read as a common noun ("de Ménaka
    et de Gao par X": "Gao")."""
    if tok.pos_ == "PROPN":
        return True
    return tok.dep_ == "conj" and tok.head.pos_ == "PROPN" and tok.text[:1].isupper()


def dative_clitics(doc: Doc, datives: frozenset[str]) -> None:
    """ "Les habitants leur reprochent X": the parser reads the clitic "leur" (to them) as a possessive
    determiner (their) hung on the verb after it, as its direct object, or as its subject ("L'armée
    leur a tendu une embuscade"), which a dative clitic never is; a dative clitic before its verb
    (only clitics, negation or auxiliaries between) is that verb's indirect object."""
    for tok in doc:
        verb = tok.head
        if tok.lower_ not in datives or tok.dep_ not in ("det", "obj", "nsubj") or tok.pos_ != "PRON":
            continue
        between = doc[tok.i + 1 : verb.i]
        if verb.pos_ == "VERB" and tok.i < verb.i and all(t.pos_ in ("PRON", "ADV", "AUX") for t in between):
            tok.dep_ = "iobj"


def shared_agents(doc: Doc) -> None:
    for agent in doc:
        second = agent.head
        if agent.dep_ != "obl:agent" or second.dep_ != "conj" or second.pos_ != "VERB":
            continue
        first = second.head
        if first.pos_ != "VERB" or any(c.dep_.startswith("aux") for c in second.children):
            continue
        passive = any(c.dep_ == "aux:pass" for c in first.children)
        if passive and not any(c.dep_ == "obl:agent" for c in first.children):
            agent.head = first
