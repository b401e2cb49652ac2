"""Dependency helpers that hide the two label sets: French UD (fr_core_news_md) and English
ClearNLP-style labels (en_core_web_sm)."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_map, shared_words

# Penn Treebank noun tags: what English components that run before the attribute ruler read (no POS yet)
PENN_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
PENN_COMMON_NOUNS = frozenset({"NN", "NNS"})
SUBJ = frozenset({"nsubj", "csubj"})
SUBJ_PASS = frozenset({"nsubj:pass", "nsubjpass", "csubjpass"})
OBJ = frozenset({"obj", "dobj"})
IOBJ = frozenset({"iobj", "dative"})
AGENT = frozenset({"obl:agent", "agent"})
OBLIQUE = frozenset({"obl", "obl:arg", "obl:mod", "nmod", "iobj", "prep", "obl:agent", "agent", "dep"})
AUX_PASS = frozenset({"aux:pass", "auxpass"})
# clause-introducing relations: argument search does not cross them
CLAUSAL = frozenset({
    "acl", "acl:relcl", "relcl", "advcl", "ccomp", "xcomp", "parataxis", "conj", "csubj", "cc",
    "punct", "appos", "mark",
})  # fmt: skip
RELATIVE = frozenset({"acl:relcl", "relcl"})
# relations up which an embedded predicate still belongs to its governor's statement
EMBED = frozenset({"xcomp", "ccomp", "advcl", "acl", "conj", "obl:arg", "obj", "dobj", "nmod", "obl",
                   "pcomp", "pobj", "prep", "obl:mod", "dep"})  # fmt: skip
BARRIER_MARKS = shared_words("barrier_marks")
NEAR_ADVERBS_OF_PLACE = shared_words("near_adverbs_of_place")  # "près de Tripoli": Tripoli ← près
NEAR_ADVERBS = shared_words("near_adverbs")
REFLEXIVE_PRONOUNS = shared_words("reflexive_pronouns")
PREPOSITIONAL_NOUNS = shared_words("prepositional_nouns")  # "à l'encontre de X": a preposition "encontre"
PREPOSITIONAL_NOUN_SENSES = shared_map("prepositional_noun_senses")  # "encontre" stands for "contre"
PREPOSITIONAL_NOUN_LINKS = shared_words("prepositional_noun_links")  # "at the expense of X"
# French contracted articles the lemmatizer sometimes leaves as they are
_CONTRACTED = shared_map("contracted_articles")


def children(tok: Token, deps: frozenset[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def first_child(tok: Token, deps: frozenset[str]) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, also when the parser hung it on its auxiliary ("Il a d'ailleurs reçu")."""
    aux = (c for c in verb.children if c.dep_.startswith("aux") and c.i < verb.i)
    return first_child(verb, SUBJ) or next(filter(None, (first_child(a, SUBJ) for a in aux)), None)


def determined(tok: Token, words: Collection[str]) -> bool:
    """Whether one of ``tok``'s determiners is one of ``words`` ("les", "cette", "the")."""
    return any(c.dep_ == "det" and c.lower_ in words for c in tok.children)


def case_word(tok: Token) -> str | None:
    """The lemma of the preposition ("case") before a French nominal ("du" → "de"), as written in
    the sentence: none of :func:`case_of`'s readings of a parser's slip."""
    for c in tok.children:
        if c.dep_ == "case" and c.i < tok.i:
            return (c.lemma_ or c.lower_).lower()
    return None


def case_of(tok: Token) -> str | None:
    """The preposition governing a nominal (FR 'case' child; EN: the head 'prep')."""
    if tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent"):
        return "by" if tok.head.dep_ == "agent" else tok.head.lower_
    children = list(tok.children)  # read once: each walk of Token.children builds every child again
    for c in children:
        # "près de Tripoli" parsed as Tripoli ← près (advmod) + de (case)
        if c.dep_ == "advmod" and c.i < tok.i and c.lower_ in NEAR_ADVERBS_OF_PLACE:
            return c.lower_
    for c in children:
        if c.dep_ == "case" and c.i < tok.i:
            word = c.lemma_.lower() if c.lemma_ else c.lower_
            return _CONTRACTED.get(word, word)
    for c in children:
        # "à Konna" read as an infinitive's marker: a preposition all the same before a name
        named = tok.pos_ == "PROPN" or bool(tok.ent_type_)
        if c.dep_ == "mark" and c.pos_ == "ADP" and c.i == tok.i - 1 and named:
            word = c.lemma_.lower() if c.lemma_ else c.lower_
            return _CONTRACTED.get(word, word)
    return None


def _noun_preposition(noun: Token) -> Iterator[tuple[str, Token]]:
    """ "at the expense of X in Y": X in the noun's sense, and its other complements (the parser hangs
    them on it) the verb's."""
    sense = PREPOSITIONAL_NOUN_SENSES.get(noun.lemma_.lower(), noun.lemma_.lower())
    for p in noun.children:
        if p.dep_ == "prep":
            yield from (
                (sense if p.lower_ in PREPOSITIONAL_NOUN_LINKS else p.lower_, x)
                for x in p.children
                if x.dep_ == "pobj"
            )


def complements_after(tok: Token, means: frozenset[str]) -> list[Token]:
    """The obliques ("ont été chassés de Gao par X") and the English objects of a preposition of the
    means (``means``: "was threatened with sanctions by X") after ``tok``: where the parser may hang
    a passive's agent ("injured in an attack by X" is the attack's author, told by the noun)."""
    obliques = [c for c in tok.children if c.dep_.startswith("obl") and c.i > tok.i]
    return obliques + [x for p, x in prep_args(tok) if x.i > tok.i and x.dep_ == "pobj" and p in means]


def prep_args(tok: Token) -> Iterator[tuple[str, Token]]:
    """(preposition, nominal head) for each prepositional argument of a verb or noun."""
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative"):  # "handed X over to Y": the parser may read a dative
            # "in addition to X, from Y": a preposition the parser joined to the one before
            for pt in (c, *(j for j in c.children if j.dep_ == "conj" and j.pos_ == "ADP")):
                for g in pt.children:
                    if g.dep_ in ("pobj", "pcomp"):
                        yield ("by" if pt.dep_ == "agent" else pt.lower_), g
                        if g.lemma_.lower() in PREPOSITIONAL_NOUNS:  # "at the expense of X": against X
                            yield from _noun_preposition(g)
                    elif g.dep_ == "prep" and pt.dep_ == "prep":  # "out of X": one preposition of two words
                        yield from ((f"{pt.lower_} {g.lower_}", n) for n in g.children if n.dep_ == "pobj")
        elif c.dep_ in OBLIQUE or c.dep_ in ("advmod", "npadvmod"):
            p = case_of(c)
            if p is not None:
                yield p, c
                noun = c.lemma_.lower()
                if noun in PREPOSITIONAL_NOUNS:
                    sense = PREPOSITIONAL_NOUN_SENSES.get(noun, noun)
                    yield from ((sense, g) for g in c.children if case_of(g) == "de")
            elif c.dep_ in ("advmod", "npadvmod", "dep") and c.lower_ in NEAR_ADVERBS:
                # "près de Konna" the parser left as a bare dependent of a noun: near all the same
                for g in c.children:
                    if g.pos_ in ("PROPN", "NOUN"):
                        yield c.lower_, g


def is_passive(tok: Token) -> bool:
    if is_reflexive(tok):
        return False  # "les FSR se sont emparées de": French reflexives take "être" but are active
    if any(c.dep_ in AUX_PASS or c.dep_ in SUBJ_PASS for c in tok.children):
        return True
    # a bare participle modifying a noun ("le GNA reconnu par l'ONU", "forces backed by Russia")
    participle = (
        "Part" in tok.morph.get("VerbForm", []) and "Pres" not in tok.morph.get("Tense", [])
    ) or tok.tag_ == "VBN"
    return participle and tok.dep_ in ("acl", "advcl", "amod") and not has_aux(tok)


def shares_passive(tok: Token) -> bool:
    """A bare participle coordinated with a passive verb ("a été saccagé et incendié"): passive too,
    its patient the passive subject of the first verb."""
    participle = "Part" in tok.morph.get("VerbForm", []) and "Pres" not in tok.morph.get("Tense", [])
    own = any(c.dep_ in SUBJ or c.dep_ in SUBJ_PASS for c in tok.children)
    return tok.dep_ == "conj" and participle and not own and not has_aux(tok) and is_passive(tok.head)


def shared_subjects(tok: Token) -> list[Token]:
    """The subjects of the verb a conjoined verb with none of its own is coordinated with ("protesters
    gathered in X and were dispersed by police": the protesters; "he commanded a garrison and was
    taken prisoner by X": he)."""
    if tok.dep_ != "conj" or tok.pos_ not in ("VERB", "AUX") or not is_passive(tok):
        return []
    if any(c.dep_ in SUBJ or c.dep_ in SUBJ_PASS for c in tok.children):
        return []
    return [c for c in tok.head.children if c.dep_ in SUBJ and (c.pos_ in ("NOUN", "PROPN") or _personal(c))]


def _personal(tok: Token) -> bool:
    """A personal pronoun ("he", "they"), not a relative one ("which ... and is charged with")."""
    return tok.pos_ == "PRON" and "Prs" in tok.morph.get("PronType", [])


def own_or_shared_subjects(tok: Token) -> list[Token]:
    """The verb's subjects, or, for an active verb coordinated with none of its own, the subjects of
    the verb it is coordinated with ("troops withdrew from X and handed it over to Y": the troops); a
    present participle on a noun has that noun ("families suffering at the hands of the militants")."""
    own = [c for c in tok.children if c.dep_ in SUBJ]
    if not own and tok.dep_ == "acl" and tok.tag_ == "VBG" and tok.head.pos_ in ("NOUN", "PROPN"):
        return [tok.head]
    if own or tok.dep_ != "conj" or tok.pos_ != "VERB" or any(c.dep_ in SUBJ_PASS for c in tok.children):
        return own
    return [c for c in tok.head.children if c.dep_ in SUBJ]


def has_aux(tok: Token) -> bool:
    return any(c.dep_ in ("aux", "aux:tense") for c in tok.children)


def auxiliaries(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ in ("aux", "aux:tense", "aux:pass", "auxpass", "cop")]


def is_reflexive(tok: Token) -> bool:
    return any(
        c.lower_ in REFLEXIVE_PRONOUNS
        and c.dep_ in ("expl:comp", "expl:pv", "expl", "obj", "iobj", "expl:pass")
        for c in tok.children
    )


def barrier(tok: Token) -> bool:
    """A clause that is not part of its head's statement (relative, temporal or causal clause)."""
    if tok.dep_ in RELATIVE or tok.dep_ == "parataxis":
        return True
    if tok.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in BARRIER_MARKS for c in tok.children)
    return False


def root_of(tok: Token) -> Token:
    """The root of the tree ``tok`` hangs in, read from the heads as they are now (a component may have
    re-hung them since the sentence's ``root`` was computed)."""
    while tok.head.i != tok.i:
        tok = tok.head
    return tok


def in_clause_of(tok: Token, verb: Token) -> bool:
    """Whether ``tok`` sits in a temporal or causal clause hung on ``verb`` ("X a dit ..., après que
    des militants eurent diffusé une vidéo"): told beside the statement, not in it."""
    t = tok
    while t.head.i != t.i:
        if t.head.i == verb.i:
            return t.dep_ == "advcl" and bool(_clause_marks(t) & BARRIER_MARKS)
        t = t.head
    return False


def _clause_marks(verb: Token) -> set[str]:
    """The marks of a clause, also those the parser hangs on its auxiliary ("après que X eurent")."""
    words = [*verb.children, *(g for c in verb.children if c.dep_.startswith("aux") for g in c.children)]
    return {w.lower_ for w in words if w.dep_ == "mark"}


def governors(tok: Token) -> Iterator[Token]:
    """The ancestors whose statement contains ``tok``, nearest first, up to a barrier clause."""
    t = tok
    while t.head.i != t.i:
        if barrier(t):
            return
        t = t.head
        yield t


def contiguous_run(tokens: list[Token], head: Token) -> list[Token]:
    """The tokens next to each other in the text around ``head``, in order (``head`` is among them)."""
    out = sorted(tokens, key=lambda t: t.i)
    lo = hi = out.index(head)
    while lo > 0 and out[lo - 1].i == out[lo].i - 1:
        lo -= 1
    while hi < len(out) - 1 and out[hi + 1].i == out[hi].i + 1:
        hi += 1
    return out[lo : hi + 1]


def span_tokens(head: Token, keep: frozenset[str], max_len: int = 8) -> list[Token]:
    """The head with its name-forming dependents (recursively), contiguous, in order."""
    out = [head]
    stack = [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ in keep and not (c.dep_ == "det" and "Poss=Yes" in str(c.morph)):
                out.append(c)
                stack.append(c)
    run = contiguous_run(out, head)
    if len(run) > max_len:
        return [head]
    return run


def stranded_main_verb(tok: Token, passive_reading: bool) -> bool:
    """An English finite verb the parser hung as a participle on the sentence's root noun ("Residents
    of X protested in Y" parsed as "residents [who were] protested"): the sentence has no verb of its
    own, nothing marks the verb passive (no "by" agent, no auxiliary), and either it has an object or it
    has no passive reading at all (``passive_reading`` False: a protest, a clash)."""
    head = stranded_on(tok)
    if tok.dep_ != "acl" or tok.tag_ not in ("VBN", "VBD") or not _root_like(head):
        return False
    if head.pos_ not in ("NOUN", "PROPN") or has_aux(tok) or any(c.dep_ in AUX_PASS for c in tok.children):
        return False
    if first_child(tok, SUBJ) is not None:
        return False  # a subject of its own: not the noun's
    if any(c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in tok.children):
        return False
    return not passive_reading or first_child(tok, OBJ) is not None


def stranded_on(tok: Token) -> Token:
    """The noun a participle hangs on, or the root noun whose "of" phrases that noun ends ("workers of
    a company protested": the workers; "a group of employees of the chain protested": the group)."""
    head = tok.head
    for _ in range(4):
        prep = head.head
        if head.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "of":
            break
        head = prep.head
    return head if _root_like(head) else tok.head


def _root_like(noun: Token) -> bool:
    """The sentence's root, or a noun set beside the fronted place of a sentence with no verb of its
    own ("On 29 April, in X, Y, a group of sellers protested": the group hangs on Y as an apposition)."""
    if noun.dep_ == "ROOT":
        return True
    verbless = noun.sent.root.pos_ not in ("VERB", "AUX")
    return verbless and noun.dep_ in ("appos", "conj") and noun.head.pos_ == "PROPN"


def fronted_subject(verb: Token) -> Token | None:
    """The subject the English parser hung as an apposition or a conjunct on a fronted place ("On 4
    May, in Bahia, teachers staged a protest": "teachers" appos of "Bahia"; "in Chin State, the
    military and AA clashed": "military" conj of "State"): the phrase that ends right before a verb
    that has no subject of its own."""
    has_subject = any(c.dep_ in SUBJ or c.dep_ in SUBJ_PASS for c in verb.children)
    if not (verb.tag_ in ("VBD", "VBZ", "VBP") or _bare_participle_root(verb)) or has_subject:
        return None
    before = verb.doc[verb.i - 1] if verb.i > verb.sent.start else None
    if before is None or before.pos_ not in ("NOUN", "PROPN"):
        return None
    head = _phrase_ending_at(before)
    if head.dep_ == "prep" and head.head.i == verb.i:
        return _swallowed_subject(head)
    if head.dep_ == "conj":
        head = _first_conjunct_not_place(head)
    if head.dep_ not in ("appos", "conj"):
        return None
    anchor = head.head
    fronted = any(anchor in c.subtree for c in verb.children if c.dep_ == "prep" and c.i < head.i)
    return head if fronted else None


def _swallowed_subject(prep: Token) -> Token | None:
    """ "in Morelia, Michoacan, some 80 traders protested": the parser made the subject the
    object of the fronted place's preposition, the place its modifier; a common noun after a comma
    that follows a capitalised name in that phrase is the subject."""
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "NOUN":
        return None
    words = prep.doc[prep.i + 1 : obj.i]
    comma = next((t.i for t in reversed(words) if t.text == ","), None)
    named = comma is not None and any(t.pos_ == "PROPN" for t in prep.doc[prep.i + 1 : comma])
    return obj if named else None


def _bare_participle_root(verb: Token) -> bool:
    """ "On 7 May, in Morelia, Michoacan, some 80 traders protested": a past the tagger read as
    a participle; one heading the sentence with no auxiliary is a finite past."""
    aux = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return verb.tag_ == "VBN" and verb.dep_ == "ROOT" and not aux


def _phrase_ending_at(last: Token) -> Token:
    """The head of the largest noun phrase that ends with ``last`` ("workers of the hospital"),
    stopping at an apposition or a conjunct (where the parser joined it to the place before)."""
    head = last
    while head.dep_ not in ("appos", "conj") and head.head.i != head.i:
        up = head.head
        if up.i > last.i or up.right_edge.i != last.i:
            break
        clause = up.pos_ == "VERB" and up.dep_ in RELATIVE  # "armed men who arrived on motorcycles"
        if up.pos_ not in ("NOUN", "PROPN", "ADP") and not clause:
            break
        head = up
    return head


def _first_conjunct_not_place(tok: Token) -> Token:
    """ "Chin State, Myanmar military and AA": the first conjunct after the places of the chain; "in
    Uruapan, Michoacan, armed men ambushed X": a common noun after names starts the subject."""
    while tok.dep_ == "conj" and not _place_like(tok.head) and not _noun_after_name(tok):
        tok = tok.head
    return tok


def _noun_after_name(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and tok.head.pos_ == "PROPN"


def _place_like(tok: Token) -> bool:
    return tok.ent_type_ in ("GPE", "LOC", "FAC") or tok.dep_ == "pobj"


def name_as_complement(tok: Token) -> bool:
    """ "a repris Konna aux islamistes", "ont pris Konna": a capitalised word inside the sentence
    that the parser hung on the verb before it as a complement clause is its named object (the
    tagger may even read it as a verb; French verbs are not capitalised there)."""
    return tok.dep_ == "xcomp" and tok.is_title and tok.i > tok.head.i and not tok.is_sent_start


def hyphened_participle(tok: Token) -> bool:
    """ "Turkish-backed fighters", "Iran-supported militias": a past participle joined by a hyphen to the
    word before it, which names who does it to the noun (backs the fighters), not who the noun is."""
    i = tok.i
    return tok.tag_ == "VBN" and i >= 2 and tok.doc[i - 1].text == "-" and tok.doc[i - 2].head.i == i
