"""The token spans of names in the parse: a head noun with its name-forming dependents ("armée
nationale libyenne", "forces de Khalifa Haftar"), and small tests on tokens and NER spans that the
mention finder uses."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from conflictkg.knowledge.lexicon import Lexicon, shared_words
from conflictkg.model import VIOLENT_TYPES
from conflictkg.nlp.filled_objects import filling
from conflictkg.nlp.led_forces import leading_state
from conflictkg.nlp.militants import fighters_class
from conflictkg.nlp.pro_camps import camp_class
from conflictkg.nlp.syntax import case_word, contiguous_run, prep_args

_NAME_DEPS = frozenset({
    "amod", "flat", "flat:name", "flat:foreign", "compound", "det", "fixed", "nummod", "case",
    "nmod", "prep", "pobj", "poss", "npadvmod", "punct",
})  # fmt: skip


_MAX_SPAN = 9


def demonym_country(
    t: Token, covered: dict[int, int], mentions: list[dict[str, Any]], actors: dict[str, Any]
) -> str | None:
    """The country of a state demonym qualifying ``t`` ("les rebelles syriens": SYR); not of the camp
    it fights for ("pro-Russian rebels", nlp/pro_camps.py)."""
    for c in t.children:
        if state_demonym(c, covered, mentions) and not mentions[covered[c.i]].get("camp"):
            return str(actors[mentions[covered[c.i]]["actor"]]["country"])
    return None


def state_demonym(c: Token, covered: dict[int, int], mentions: list[dict[str, Any]]) -> bool:
    """ "syriens" in "les rebelles syriens": an adjective naming a state's people."""
    m = mentions[covered[c.i]] if c.i in covered else None
    return c.dep_ in ("amod", "compound") and m is not None and bool(m["demonym"]) and m["kind"] == "state"


def name_span(head: Token, lex: Lexicon) -> list[Token]:
    """Head + dependents that belong to a name: adjectives, flat names, 'de'/'of' complements."""
    of = lex.group("of_preps")
    out = [head]
    stack = [head]
    while stack:
        t = stack.pop()
        for c in t.children:
            dep = c.dep_
            if dep not in _NAME_DEPS or (dep == "punct" and c.text != "-"):
                continue
            if dep == "det" and ("Poss=Yes" in str(c.morph) or c.lower_ in ("tout", "toute", "any")):
                continue
            if dep in ("nmod", "pobj") and c.pos_ in ("NOUN", "PROPN"):
                p = case_word(c)
                # "Mission internationale de soutien au Mali": a capitalised name's "à" complement
                # ... but never a group noun: "l'Armée syrienne libre aux forces gouvernementales"
                # names the other side of a fight
                named_to = head.is_title and p in lex.group("name_to_preps") and not _group_noun(c, lex)
                if dep == "nmod" and p is not None and p not in of and not named_to:
                    continue
                if p is None and _bare_word_after_name(c):
                    continue
            if dep == "prep" and c.lower_ not in of:
                continue
            if dep == "poss":
                continue
            out.append(c)
            stack.append(c)
    run = contiguous_run(out, head)
    # no leading determiners/prepositions, no trailing prepositions
    while run and run[0].pos_ in ("DET", "ADP") and run[0] is not head:
        run = run[1:]
    while run and run[0].dep_ == "nummod" and run[0].like_num and run[0].head.i == head.i:
        # "killed 20 Boko Haram and ISWAP fighters", "including 38 regime forces": a count, no part
        # of the name
        run = run[1:]
    while run and run[-1].pos_ in ("ADP", "DET", "PUNCT") and run[-1] is not head:
        run = run[:-1]
    return run if len(run) <= _MAX_SPAN else [head]


def _bare_word_after_name(c: Token) -> bool:
    """ "le groupe islamiste Ansar Dine contrôle Tombouctou": a lower-case noun with no article and no
    preposition right after a capitalised name is no part of it (a verb the tagger read as a noun)."""
    before = c.doc[c.i - 1] if c.i > 0 else None
    bare = c.pos_ == "NOUN" and c.is_lower and not any(d.dep_ in ("det", "case") for d in c.children)
    return bare and before is not None and before.pos_ == "PROPN" and before.is_title


def name_before_of(ent: Span, lex: Lexicon) -> list[Token]:
    """A person entity's name before "de"/"du" ("Amadou Toumani Touré | du Mali"), else the whole."""
    of = lex.group("of_preps")
    cut = next((t.i for t in ent if t.pos_ == "ADP" and t.lower_ in of and t.i > ent.start), None)
    if cut is None or ent.label_ not in ("PER", "PERSON"):
        return list(ent)
    return list(ent.doc[ent.start : cut])


def hyphen_joined(ent: Span) -> list[Token]:
    """An entity with the rest of a hyphenated word NER cut it in ("Armée d'Ansar Al|-Sounna")."""
    toks = list(ent)
    doc = ent.doc
    while toks[-1].i + 2 < len(doc):
        hyphen, rest = doc[toks[-1].i + 1], doc[toks[-1].i + 2]
        joined = not toks[-1].whitespace_ and hyphen.text == "-" and not hyphen.whitespace_
        if not (joined and rest.is_alpha and rest.is_title):
            break
        toks += [hyphen, rest]
    return toks


def names_forces(span: list[Token], lex: Lexicon) -> bool:
    """ "soldats américains", "la police afghane", "Kenyan forces": a state's forces (a generic actor
    unless the KB has them), never the state itself."""
    forces = lex.group("state_force_nouns")
    return any(
        lex.generic.get(t.lemma_.lower()) in ("military", "police") or t.lemma_.lower() in forces
        for t in span
        if t.pos_ == "NOUN"
    )


def titled_force_name(span: list[Token], lex: Lexicon) -> bool:
    """ "the Pakistan Army", "the Kenya Navy": a name NER gives of a state and its force word
    (``state_force_words``, capitalised in the name), which names the state's forces; not when the
    name modifies a noun ("Turkish Army forces": the forces are the generic, read from the noun)."""
    words = lex.group("state_force_words")
    if span[-1].dep_ == "compound":
        return False  # "Turkish Army forces": the noun after it names the forces
    text = " ".join(t.lower_ for t in span if t.pos_ == "PROPN")
    return any(t.pos_ == "PROPN" and t.lower_ in words for t in span) or any(
        " " in w and f" {w}" in f" {text}" for w in words
    )


def adjective_after_noun(t: Token) -> bool:
    """A noun the parser hung right after a noun as its modifier: an adjective ("une bande armée":
    armed, not the army; "une tribu armée")."""
    return t.dep_ == "amod" and t.head.pos_ == "NOUN" and t.head.i == t.i - 1


def group_of(t: Token, lex: Lexicon, covered: dict[int, int], mentions: list[dict[str, Any]]) -> str | None:
    """The class of a group noun: with its modifier first ("government forces"), then alone; "forces"
    a state demonym qualifies ("Kenyan forces") are that state's military. A group noun hung right
    after a noun as its modifier is an adjective ("une tribu armée": armed, not the army)."""
    if adjective_after_noun(t):
        return None
    member = collective_member(t, lex)
    if member is not None:
        return group_of(member, lex, covered, mentions)
    held = _held_by(t, lex, mentions) or _led_by(t, lex) or camp_class(t, lex, covered, mentions)
    if held is not None:
        return held
    forms, generic = word_forms(t), lex.generic
    paired = _pair_group(t, forms, generic)
    if paired is not None:
        return paired
    group = next((generic[f] for f in forms if f in generic), None)
    modifiers = [c for c in t.children if c.dep_ in ("amod", "compound", "nmod") and not _where_it_is(c, lex)]
    if group == "civilians" and any(
        c.dep_ == "amod" and generic.get(c.lemma_.lower()) == "foreigners" for c in modifiers
    ):
        return "foreigners"  # "des touristes étrangers": of no one country, "Civilians (International)"
    states = [
        c for c in modifiers if _names_state(c, covered, mentions) or leading_state(c, lex, covered, mentions)
    ]
    qualifiers = lex.group("force_qualifiers")
    if (
        t.lemma_.lower() in lex.group("state_force_nouns")
        and states
        and all(c in states or c.lower_ in qualifiers for c in modifiers)
    ):
        return "military"  # "Syrian rebel forces" keep their class; "US special forces" are the military
    return fighters_class(t, group, lex, covered, mentions)  # "un drone a tué cinq militants"


def _where_it_is(c: Token, lex: Lexicon) -> bool:
    """ "une patrouille française près de Gao", "à Gao": a locative the parser hangs on the noun says
    where the group is, not what kind of group it is."""
    where = lex.group("locative_preps") | lex.group("near_words")
    before = c.doc[c.left_edge.i - 1] if c.left_edge.i > 0 else c  # "près" the parser hangs on the noun
    near = before.lower_ in where or any(x.dep_ == "advmod" and x.lower_ in where for x in c.children)
    return c.dep_ == "nmod" and (c.lower_ in where or case_word(c) in where or near)


def _names_state(c: Token, covered: dict[int, int], mentions: list[dict[str, Any]]) -> bool:
    """ "Kenyan" in "Kenyan forces", "US" in "US forces": a state's demonym, or its name as the
    modifier of a noun."""
    m = mentions[covered[c.i]] if c.i in covered else None
    named = c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" and m is not None and m["kind"] == "state"
    return named or state_demonym(c, covered, mentions)


def collective_member(t: Token, lex: Lexicon) -> Token | None:
    """ "a crowd of protesters", "a group of demonstrators": a collective noun is its members, a
    group noun in its 'of' complement."""
    if t.lemma_.lower() not in lex.group("collective_nouns") | lex.group("carrier_nouns"):
        return None  # "un bus de pèlerins" (carrier_nouns): the pilgrims on it
    of = lex.group("of_preps")
    members = (c for prep, c in prep_args(t) if prep in of and c.pos_ == "NOUN")
    return next((c for c in members if any(f in lex.generic for f in word_forms(c))), None)


def counted_thing(t: Token, lex: Lexicon) -> Token | None:
    """ "une trentaine de roquettes", "plusieurs dizaines d'obus": the things an approximate number
    (a collective noun) counts, its 'de' complement, whatever they are."""
    if t.lemma_.lower() not in lex.group("collective_nouns"):
        return None
    return next((c for prep, c in prep_args(t) if prep in lex.group("of_preps") and c.pos_ == "NOUN"), None)


def object_content(t: Token, lex: Lexicon) -> Token | None:
    """The things the object ``t`` counts, else what it is filled with (nlp/filled_objects.py)."""
    return counted_thing(t, lex) or filling(t, lex)


def _held_by(t: Token, lex: Lexicon, mentions: list[dict[str, Any]]) -> str | None:
    """ "les positions islamistes", "un bastion rebelle": a site a group holds, named by the group's
    adjective, stands for that group (as "rebel positions" does in English); not when a name headed
    by that word came before ("les séparatistes arméniens du Haut-Karabakh ... les positions
    séparatistes": that group's, which no unnamed one stands for)."""
    if t.lemma_.lower() not in lex.group("held_site_nouns"):
        return None
    adjectives = [c for c in t.children if c.dep_ == "amod" and c.pos_ == "ADJ"]
    names = [m for m in mentions if m["start"] < t.i and m["end"] - m["start"] > 1]
    named = {t.doc[m["head"]].lemma_.lower() for m in names}
    held = (lex.generic.get(f) for c in adjectives if c.lemma_.lower() not in named for f in word_forms(c))
    return next((g for g in held if g is not None), None)


LEADING_ROLES = frozenset({"leader", "commander", "spokesperson"})  # kinds of roles (lexicon roles)


def _led_by(t: Token, lex: Lexicon) -> str | None:
    """ "Islamist leaders", "Islamist commanders": a leading role noun qualified by an armed group's
    adjective speaks for that group, as "militia leaders" do (holder_modifier)."""
    if lex.roles.get(t.lemma_.lower()) not in LEADING_ROLES:
        return None
    adjectives = [c for c in t.children if c.dep_ == "amod" and c.pos_ == "ADJ"]
    held = (lex.generic.get(f) for c in adjectives for f in word_forms(c))
    return next((g for g in held if g in ARMED_HOLDERS), None)


def _pair_group(t: Token, forms: list[str], generic: dict[str, str]) -> str | None:
    """The class of a group noun with its modifier ("government forces", "riot police"), or with a
    common noun's possessive that says the same ("the regime's forces": regime forces)."""
    for c in t.children:
        kinds = ("ADJ", "NOUN", "VERB", "PROPN")
        modifier = c.dep_ in ("amod", "compound", "nmod", "obl:mod") and c.pos_ in kinds
        modifier |= c.dep_ == "amod" and c.pos_ == "ADV"  # "un chef coutumier", tagged an adverb
        modifier |= c.dep_ == "acl" and c.i == t.i + 1  # "des hommes armés près de X", parsed a clause
        if modifier or (c.dep_ == "poss" and c.pos_ == "NOUN"):
            pairs = [f"{a} {b}" for a in forms for b in word_forms(c)]
            pairs += [f"{b} {a}" for a in forms for b in word_forms(c)]
            group = next((generic[k] for k in pairs if k in generic), None)
            if group:
                return group
    return None


def entry_of_kind(entry: Any, kind: str) -> Any:
    return entry if entry is not None and entry.kind == kind else None


HONORIFICS = shared_words("honorifics")


def titled(ent: Span) -> bool:
    """ "à M. Gutiérrez": a name opened by an honorific is a person's, never a place's."""
    return ent[0].lower_ in HONORIFICS


def after_title(ent: Span, lex: Lexicon) -> bool:
    """ "le président Palacio", "du vice-président X", "le roi Gyanendra": a person name right after
    a role noun (the lexicon's roles) is that office holder's, never a place's."""
    if ent.label_ not in ("PER", "PERSON") or ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1]
    lemma = prev.lemma_.lower()
    # "President Bush", "Prime Minister Sharif": an English title is written capitalised, a PROPN
    noun = prev.pos_ == "NOUN" or (prev.pos_ == "PROPN" and prev.is_title)
    return noun and (lemma in lex.roles or lemma.rsplit("-", 1)[-1] in lex.roles)


def place_ent(ent: Span) -> bool:
    """A place entity, or a name NER took for a nationality ("in Aleppo city": NORP)."""
    return ent.label_ in ("GPE", "LOC") or (ent.label_ == "NORP" and all(t.pos_ == "PROPN" for t in ent))


def _group_noun(t: Token, lex: Lexicon) -> bool:
    """A group noun alone or with its modifier ("les islamistes", "forces gouvernementales")."""
    return t.lemma_.lower() in lex.generic or group_of(t, lex, {}, []) is not None


def word_forms(t: Token) -> list[str]:
    """A word's forms to look up in the lexicons: lemma and surface form, and the singular of a
    capitalised plural the lemmatiser left ("Soldiers")."""
    out = [t.lemma_.lower(), t.lower_]
    if t.lower_.endswith("s") and len(t) > 3:
        out.append(t.lower_[:-1])
    return list(dict.fromkeys(out))


def tokens_text(toks: list[Token]) -> str:
    doc = toks[0].doc
    return doc[toks[0].i : toks[-1].i + 1].text


def doc_between_ok(role_tok: Token, t: Token) -> bool:
    # the org must sit inside the role phrase (not in a nested clause or apposition)
    cur = t
    while cur.i != role_tok.i and cur.head.i != cur.i:
        if cur.dep_ in ("appos", "acl", "acl:relcl", "relcl", "conj", "advcl"):
            return False
        cur = cur.head
    return cur.i == role_tok.i


def common_word(t: Token, lex: Lexicon) -> bool:
    """ "Army", "Riot police", "IED", "VBIED": a capitalised word alone that is an institution noun, a
    weapon (weapon_subjects, bombing_devices) or the modifier of a group noun ("riot police" in
    generic_groups), not a name."""
    pair = f"{t.lower_} {t.head.lemma_.lower()}"
    modifier = t.dep_ in ("compound", "amod") and t.head.i == t.i + 1
    words = lex.group("institution_nouns") | lex.group("weapon_subjects") | lex.group("bombing_devices")
    return t.lower_ in words or (modifier and pair in lex.generic)


ARMED_HOLDERS = frozenset(
    {"armed", "islamist", "militia"}
)  # classes of armed groups holding anything: "Islamist positions", "militia leaders"


def holder_modifier(t: Token, lex: Lexicon) -> bool:
    """ "rebel positions", "a police camp": a group noun modifying what the group holds (an armed
    group's anything, the police's or the army's places and vehicles), not "rebel fighters" (a group named by
    its head) nor "police chief"."""
    generic, head = lex.generic, t.head
    if head.pos_ != "NOUN" or any(f in generic for f in word_forms(head)):
        return False
    group = next((generic[f] for f in word_forms(t) if f in generic), None)
    # "hit a police van", "an army truck": the force's vehicle (laden_vehicle_nouns), hit, hits the force;
    # one that acts ("a police van took X") is no party
    vehicles = lex.group("laden_vehicle_nouns") if head.dep_ != "nsubj" else frozenset()
    places = lex.group("territory_nouns") | set(lex.place_nouns) | vehicles
    if group in ("police", "military") and _violent_noun(head, lex):
        return True  # "junta airstrikes", "army shelling", "police gunfire": the force's own attack
    return group in ARMED_HOLDERS or (group in ("police", "military") and head.lemma_.lower() in places)


def _violent_noun(noun: Token, lex: Lexicon) -> bool:
    pred = lex.nouns.get(noun.lemma_.lower())
    return pred is not None and pred.type in VIOLENT_TYPES


def rebel_group(kb: Any, actor: dict[str, Any]) -> bool:
    """A non-state armed group (no country's army): its home country says little of where it acts."""
    entry = kb.get(actor["id"]) if actor.get("id") else None
    army = entry is not None and "army" in (entry.institution or "")
    return actor["kind"] in ("armed_group", "militia") and not army and not actor.get("group")


def possessed(t: Token, covered: dict[int, int], group: str) -> bool:
    """ "its troops", "ses soldats": a group noun whose possessive says whose it is; a crowd's
    ("ses partisans") only says whom it backs, it stays the generic crowd of the country."""
    if group in shared_words("own_crowds") or t.lemma_.lower() in shared_words("captor_nouns"):
        return False  # "leurs ravisseurs": the possessive names their captives, not their owner
    if t.lemma_.lower() in shared_words("kin_victims"):
        return False  # "his wife": the possessive names whom she is kin to
    return any(
        (c.dep_ == "poss" and c.i not in covered) or (c.dep_ == "det" and "Poss=Yes" in str(c.morph))
        for c in t.children
    )


def exact_alias(entry: Any, word: str) -> Any:
    """``entry`` when ``word`` is one of its names as written, or lower-cased ("talibans")."""
    if entry is None or word not in {n for a in (entry.name, *entry.aliases) for n in (a, a.lower())}:
        return None
    return entry


def phrase_tokens(t: Token) -> list[Token]:
    """``t``'s subtree without the clauses hung inside it ("workers of a company protested in X,
    Croatia" misparsed with the verb on "company": Croatia does not name the workers)."""
    out, todo = [], [t]
    while todo:
        x = todo.pop()
        out.append(x)
        todo.extend(c for c in x.children if c.dep_ not in ("acl", "acl:relcl", "relcl"))
    return out


def joined_span(doc: Doc, lo: int, hi: int) -> tuple[int, int]:
    """The token bounds ``lo``..``hi`` of a name widened across the hyphenated words the tokenizer
    split around it ("Port-au-Prince" cut to "Prince"): a hyphen with no space on either side."""
    while lo >= 1 and "-" in (doc[lo].text, doc[lo - 1].text) and not doc[lo - 1].whitespace_:
        lo -= 1
    while hi + 1 < len(doc) and "-" in (doc[hi].text, doc[hi + 1].text) and not doc[hi].whitespace_:
        hi += 1
    return lo, hi


def capitalised(tok: Token) -> bool:
    """A word written with a capital inside a sentence, which ``is_title`` misses when an apostrophe
    splits it ("Dar'a", "Ma'arrat"): not an acronym ("UN"), not the sentence's first word."""
    text = tok.text
    return text[:1].isupper() and any(ch.islower() for ch in text) and not tok.is_sent_start
