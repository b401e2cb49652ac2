"""Places: the place a noun phrase names or describes, and the place of an event."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from conflictkg.knowledge.lexicon import shared_words
from conflictkg.nlp.events.address_chain import beside_name, chain_link, verb_objects, with_scene
from conflictkg.nlp.events.aimed import aimed_at
from conflictkg.nlp.events.area_owners import area_owner
from conflictkg.nlp.events.article_names import article_end, particle_end, particle_start
from conflictkg.nlp.events.aside_places import in_motive, reporting_place, sentence_order
from conflictkg.nlp.events.capital_nouns import lower_proper
from conflictkg.nlp.events.comma_heads import town_before
from conflictkg.nlp.events.comma_units import bracket_outer, comma_unit
from conflictkg.nlp.events.compass_names import compass_part, compass_word
from conflictkg.nlp.events.dates import dated_word, is_date_word
from conflictkg.nlp.events.distance_phrases import measured_off
from conflictkg.nlp.events.facility_towns import facility_town
from conflictkg.nlp.events.finer_places import finer_place
from conflictkg.nlp.events.goal_places import destination, refuge, taken_place
from conflictkg.nlp.events.headline_places import bare_place, country_owned_place
from conflictkg.nlp.events.hyphened import hyphened
from conflictkg.nlp.events.kind_named import named_with
from conflictkg.nlp.events.landmarks import landmark
from conflictkg.nlp.events.locative_nouns import locative_nouns
from conflictkg.nlp.events.looted import place_object
from conflictkg.nlp.events.named_parts import named_part, proper
from conflictkg.nlp.events.named_people import may_be_place
from conflictkg.nlp.events.not_places import misread_name, not_a_place
from conflictkg.nlp.events.own_territory import country_noun_place, demonym_state
from conflictkg.nlp.events.place_containers import (
    container,
    first_of_names,
    place_name_within,
    with_container,
)
from conflictkg.nlp.events.possessed_names import owned_place
from conflictkg.nlp.events.route_places import route_place
from conflictkg.nlp.events.scenes import scene_place
from conflictkg.nlp.events.shared_objects import shared_objects
from conflictkg.nlp.events.site_places import site_noun, site_place
from conflictkg.nlp.events.sites_hit import sites_hit
from conflictkg.nlp.events.state import PLACE_ENTS, DocState, Frame
from conflictkg.nlp.events.state_agents import acting_state
from conflictkg.nlp.events.state_in_names import whole_state
from conflictkg.nlp.events.subject_places import dwellers_of, escape_verb, shared_subjects
from conflictkg.nlp.events.titled_units import titled_unit
from conflictkg.nlp.events.town_settings import told_town, town_setting
from conflictkg.nlp.events.town_sites import located_noun, owner_or_town
from conflictkg.nlp.events.tree import bounded_subtree, entity_end, name_word_after, path_up, same_name
from conflictkg.nlp.events.visit_places import visit_place, visited_place
from conflictkg.nlp.events.weapons import capital_fired_on
from conflictkg.nlp.name_articles import same_entity
from conflictkg.nlp.name_spans import capitalised, joined_span
from conflictkg.nlp.sentences import sentence_before
from conflictkg.nlp.syntax import (
    CLAUSAL,
    OBJ,
    SUBJ,
    SUBJ_PASS,
    case_of,
    is_passive,
    is_reflexive,
    name_as_complement,
    prep_args,
)

_NAME_DEPS = frozenset({"flat", "flat:name", "compound", "fixed", "flat:foreign"})
DEFINITE_ARTICLES = shared_words("definite_articles")
BARE_OF = shared_words("bare_of_preps")
FRENCH_OF = shared_words("french_of_preps")
ADDRESSEE_PREPS = shared_words("addressee_preps")  # "called on Israel to": an addressee, not a place
AREA_HEADS = shared_words("area_heads")  # "le contrôle de X", "the outskirts of X": X
OUTSKIRTS = shared_words("outskirt_words")
CONTROL_PREPS = shared_words("control_preps")
RELATIVE_PLACE = shared_words("relative_place_words")
CITY_PARTS = shared_words("city_part_nouns")  # "à Alep, dans le quartier de X": X, in Aleppo
SEAT_VERBS = shared_words("seat_verbs")
KEPT_KINDS = shared_words("kept_place_kinds")  # "selon l'OSDH, basé à Londres": no event's place


def is_place_name(st: DocState, tok: Token) -> bool:
    return tok.ent_type_ in PLACE_ENTS and (
        st.covered.get(tok.i) is None or st.covered[tok.i]["kind"] == "state"
    )


def name_text(st: DocState, tok: Token) -> str:
    toks = [tok] + [
        c
        for c in tok.children
        if (c.dep_ in _NAME_DEPS and (c.pos_ == "PROPN" or not c.is_lower))
        or c.text == "-"
        or name_word_after(c, tok)
        or (c.dep_ in ("poss", "nmod") and c.ent_type_ in PLACE_ENTS and same_entity(c, tok))  # "Deir ez-Zor"
        or (c.dep_ == "det" and (c.pos_ == "PROPN" or (c.is_title and c.pos_ != "DET")))
    ]
    toks += [t for c in tok.children for t in compass_part(st, c, tok)]  # "le Waziristan du Nord"
    # "Dera Ismail Khan" cut by NER into a place and a person: a name right after it, no comma between
    nxt = st.doc[tok.i + 1] if tok.i + 1 < len(st.doc) else tok
    toks += [nxt] if nxt.dep_ == "appos" and nxt.pos_ == "PROPN" and nxt.head in (tok, tok.head) else []
    for c in list(toks):
        toks.extend(
            g
            for g in c.children
            if ((g.dep_ in _NAME_DEPS and (g.pos_ == "PROPN" or not g.is_lower)) or g.text == "-")
            and g not in toks
        )
    ids = sorted(t.i for t in toks)
    lo, hi = tok.i, tok.i
    while lo - 1 in ids:
        lo -= 1
    while hi + 1 in ids:
        hi += 1
    lo, hi = joined_span(
        st.doc, particle_start(st, lo), particle_end(st, article_end(st, max(hi, entity_end(tok))))
    )
    return st.doc[lo : hi + 1].text


def place_np(st: DocState, tok: Token, depth: int = 0) -> dict[str, Any] | None:
    """The place a noun phrase names or describes, as a reference for the gazetteer."""
    if depth > 3:
        return None
    if (mark := landmark(st, tok, place_np)) is not None:  # "la place Tahrir au Caire": a place of its own
        return mark
    lex = st.lex
    lemma = tok.lemma_.lower()
    of = lex.group("of_preps")
    if lemma in AREA_HEADS or (lemma in lex.group("near_words") and tok.pos_ == "NOUN"):
        owner = area_owner(st, tok)  # "control over X", "the outskirts of X", "Idlib's outskirts"
        return (place_np(st, owner, depth + 1) or place_name_within(st, tok)) if owner is not None else None
    if dated_word(st, tok) or not_a_place(st, tok):
        return None
    m = st.covered.get(tok.i)
    # a name NER got wrong ("Bakhmout" as PER; "Dar'a", capitalised but not title-case, as ORG)
    named = ((tok.ent_type_ and (tok.is_title or capitalised(tok))) or misread_name(st, tok)) and m is None
    # a lower-case common noun NER took into a place name ("la province d'Helmand") is no name
    in_place_name = tok.ent_type_ in PLACE_ENTS and not (tok.pos_ == "NOUN" and tok.is_lower)
    if (tok.pos_ in ("PROPN", "X") and not lower_proper(tok)) or in_place_name or named:
        if (unit := titled_unit(st, tok, depth, place_np)) is not None:  # "the Municipality of X": X
            return unit
        if (owned := owned_place(st, tok, depth, place_np)) is not None:  # "in Basra's Zubair city"
            return owned
        if (town := town_before(st, tok)) is not None and (got := place_np(st, town, depth + 1)) is not None:
            return {**got, "alt": got.get("alt") or name_text(st, tok)}  # "in Xalapa-Enriquez, Veracruz"
        if m is not None and not may_be_place(st, m):
            # an organisation or a person is not a place (a capital metonym, "Moscou", is); a facility
            # named after its town is at it ("the Quetta Press Club")
            return facility_town(st, tok)
        name = whole_state(st, tok, m) or name_text(st, tok)
        kind = (
            "country" if (m is not None and m["kind"] == "state" and same_name(m, name, st.actors)) else None
        )
        # "Salah Aldeen (Tripoli)": the bracketed place stands in when the first is unknown, and
        # "In-Tamede (Anchawadi, Gao)": the bracket's second name when its first is unknown too
        appos = beside_name(tok) or comma_unit(st, tok)  # "(Tripoli)"; "X, Nuevo Leon," as a subject
        alt = name_text(st, appos) if appos is not None else None
        alt2 = next(
            (name_text(st, c) for c in (appos.children if appos is not None else ())
             if c.dep_ in ("appos", "npadvmod", "conj") and c.pos_ == "PROPN"),
            None,
        )  # fmt: skip
        ref = {
            "name": name, "kind": kind, "near": None, "descriptor": False, "start": tok.i, "alt": alt,
            "alt2": alt2, "country": _adjective_country(st, tok), "compass": compass_word(tok, name),
        }  # fmt: skip
        return with_container(st, bracket_outer(st, ref, tok), tok, depth, place_np)  # "Osorno (Los Lagos)"
    if country_noun_place(st, tok):  # "le pays": the last country named; "le territoire turc": Turkey
        country = demonym_state(st, tok) or _last_country(st, tok.i)
        if country is not None:
            return {"name": country, "kind": "country", "near": None, "descriptor": False,
                    "start": tok.i, "inferred": True}  # fmt: skip
        return None
    kind = place_kind(st, tok)
    if kind is None:  # "in Niamey's main stadium": at Niamey
        return owner_or_town(st, tok, depth, place_np)
    plural = "Plur" in tok.morph.get("Number", []) or tok.tag_ in ("NNS", "NNPS")
    if plural:  # "residential districts of Kherson": the named place; "villes de l'Ouest": none
        for prep, c in prep_args(tok):
            # a capital its state stands for is still a place ("plusieurs quartiers de Damas")
            if prep in of and c.pos_ == "PROPN" and (st.covered.get(c.i) is None or _city_of_a_state(st, c)):
                got = place_np(st, c, depth + 1)
                if got is not None:
                    got["inferred"] = True
                return got
        return first_of_names(st, tok, depth, place_np)
    if (part := named_part(st, tok, depth, place_np)) is not None:  # "the X district of Y": X, in Y
        return part
    # "the Dogon village of Tieba": the name after "of" first, the modifier ("Dogon") is no name
    for prep, c in prep_args(tok):
        if prep in of and proper(c):
            got = place_np(st, c, depth + 1)
            if got is not None:
                got["kind"] = got["kind"] or kind
                got["country"] = got.get("country") or _adjective_country(st, tok)
                return with_container(st, got, tok, depth, place_np)
    for c in tok.children:
        # "Al Hummah strategic position"; "la capitale Beijing", "la ville Tall Afar" (no preposition)
        named_before = c.dep_ == "nmod" and (c.i < tok.i or (c.i == tok.i + 1 and case_of(c) is None))
        named_before = named_before or (c.dep_ == "amod" and c.i == tok.i - 1 and c.i not in st.covered)
        if (c.dep_ in ("appos", "flat", "flat:name", "compound") or named_before) and proper(c):
            got = place_np(st, c, depth + 1)
            if got is None:  # "Fleifel town in Idleb countryside", Fleifel read as a group: Idleb
                return container(st, tok, depth, place_np)
            got["kind"] = got["kind"] or (kind if kind in KEPT_KINDS else None)  # "Plateau state"
            return with_container(st, got, tok, depth, place_np)
    for prep, c in prep_args(tok):  # "le chef-lieu du district de X": a place noun of a named one is at it
        named = prep in of and c.pos_ == "NOUN" and place_kind(st, c) is not None
        if named and (got := place_np(st, c, depth + 1)) is not None and not got.get("descriptor"):
            return got
    near = None
    for prep, c in prep_args(tok):
        if prep in lex.group("near_words") or (prep in BARE_OF and c.head.lower_ in lex.group("near_words")):
            got = place_np(st, c, depth + 1)
            if got is not None:
                near = got["name"]
                break
    if near is None:
        return None
    text = _descriptor_text(st, tok)
    # "une base militaire près d'Alep": some base, which no named site stands for
    indefinite = any(c.dep_ == "det" and "Ind" in c.morph.get("Definite", []) for c in tok.children)
    return {
        "name": text,
        "kind": kind,
        "near": near,
        "descriptor": True,
        "start": tok.i,
        "indefinite": indefinite,
    }


def _adjective_country(st: DocState, tok: Token) -> str | None:
    """ "le Kurdistan irakien", "la province afghane de Kapisa": the country a demonym restricts a
    place to (the Iranian Kordestān is not meant)."""
    for c in tok.children:
        m = st.covered.get(c.i)
        if c.dep_ == "amod" and m is not None and m["demonym"] and m["kind"] == "state":
            country = st.actors.get(m["actor"], {}).get("country")
            return str(country) if country else None
    return None


def _within_before(st: DocState, c: Token, got: dict[str, Any]) -> dict[str, Any]:
    """ "à Erbil, dans le Kurdistan irakien", "à Tombouctou, dans le nord du Mali": a locative set
    off after another says where the first lies; the first is the place, in the second's country."""
    first = min(t.i for t in c.subtree)
    if first < 2 or st.doc[first - 1].text != ",":
        return got
    node = st.doc[first - 2]  # climb to the noun of the locative phrase that ends at the comma
    while not _locative(st, node) and node.head.i != node.i and node.head.right_edge.i < first:
        node = node.head
    if not _locative(st, node):
        return got
    inner = place_np(st, node)
    if inner is None or inner.get("descriptor"):
        return got
    inner["country"] = inner.get("country") or got.get("country")
    inner["within"] = got["name"]
    return inner


def _locative(st: DocState, tok: Token) -> bool:
    """ "à Erbil", "près d'Idleb" (the parser may hang "près" elsewhere)."""
    near = st.lex.group("near_words")
    if case_of(tok) in st.lex.group("place_preps") | near:
        return True
    return tok.i >= 2 and case_of(tok) is not None and st.doc[tok.i - 2].lower_ in near


def within_after(st: DocState, c: Token, got: dict[str, Any]) -> dict[str, Any]:
    """ "Tripoli, dans le nord du Liban": the locative set off after the place says where it lies; after
    an area of a place ("dans la banlieue de Lyon, à Villeurbanne") it names the place, within that one."""
    after = max(t.i for t in c.subtree) + 1
    if got.get("descriptor") or got.get("within") or after + 1 >= len(st.doc) or st.doc[after].text != ",":
        return got
    prep = st.doc[after + 1]
    if prep.dep_ != "case" or prep.lower_ not in st.lex.group("place_preps"):
        return got
    outer = place_np(st, prep.head)
    area = c.lemma_.lower() in st.lex.group("near_words") | OUTSKIRTS
    area = area or prep.head.lemma_.lower() in CITY_PARTS  # "à Alep, dans le quartier de X": X
    if outer is not None and not outer.get("descriptor") and area:
        return {**outer, "within": got["name"], "country": outer.get("country") or got.get("country")}
    if outer is not None and not outer.get("descriptor"):
        got["country"] = got.get("country") or outer.get("country")
        got["within"] = outer["name"]
    return got


def sentence_place(st: DocState, f: Frame, skip: int | None = None) -> dict[str, Any] | None:
    """Last resort: the first place a locative phrase of the sentence names, after the trigger
    first, when the predicate governs none ("a drone strike ... killed 2 men, and wounded 3
    boys, in Ghazni district"). A place the sentence names as an actor is not one."""
    tok = f.tok
    # the nouns of locative phrases ("in X", "près de X"), after the trigger first
    order = sorted(locative_nouns(st, tok.sent), key=lambda t: sentence_order(st, t, tok))
    for t in order:
        if (st.covered.get(t.i) is not None and not _city_of_a_state(st, t)) or t.head.lemma_ in SEAT_VERBS:
            continue
        if (
            reporting_place(st, t, tok) or chain_link(t) or refuge(st, t, tok)
        ):  # "in Tijuana, Baja California,"
            continue
        if t.pos_ != "PROPN" and t.ent_type_ not in PLACE_ENTS and not located_noun(st, t, place_kind):
            continue
        got = place_np(st, t)
        if got is not None and got["start"] != skip and got["kind"] != "country":
            got["inferred"] = True
            return got
    return None


def _city_of_a_state(st: DocState, tok: Token) -> bool:
    """ "a NATO base in Kabul": a capital the mentions read as its state, named after a locative
    preposition, is where things happen (a country named so is no event's place of its own)."""
    m = st.covered.get(tok.i)
    state_named = m is not None and m["kind"] == "state" and tok.pos_ == "PROPN"
    return state_named and case_of(tok) not in ADDRESSEE_PREPS


def previous_sentence_place(st: DocState, f: Frame) -> dict[str, Any] | None:
    """ "... in the hills of the district (Mukayras, Al Bayda). Tribesmen took control of several
    checkpoints": what the sentence places nowhere known lies where the sentence before says."""
    previous = sentence_before(f.tok.sent)
    if previous is None:
        return None
    return sentence_place(st, Frame(previous.root, f.pred))


def anaphoric_place(st: DocState, f: Frame) -> dict[str, Any] | None:
    """ "Rebels attacked Ariha. The town fell to them": a definite place noun the clause takes
    ("the town", "the city") is the place of the last event an earlier sentence told."""
    roles = OBJ | SUBJ if f.pred.actor_preps else OBJ
    taken = [c for c in f.tok.children if c.dep_ in roles and c.pos_ == "NOUN"]
    if not any(_is_definite_place(st, t) for t in taken):
        return None
    before = sentence_before(f.tok.sent)  # "entered the city of X. The city fell": X
    for t in taken:
        if _is_definite_place(st, t) and (named := named_with(st, t, before, place_np)) is not None:
            return named
    start = f.tok.sent.start_char
    told = [e["place"] for e in st.done if e["place"] is not None and e["sent_start"] < start]
    return {**told_town(st, taken, told[-1]), "inferred": True} if told else None


def _is_definite_place(st: DocState, tok: Token) -> bool:
    dets = {c.lower_ for c in tok.children if c.dep_ == "det"}
    return place_kind(st, tok) is not None and bool(dets & DEFINITE_ARTICLES)


def place_kind(st: DocState, tok: Token) -> str | None:
    nouns = st.lex.place_nouns
    lemma = tok.lemma_.lower()
    for c in tok.children:
        if c.dep_ in ("amod", "compound") and (abs(c.i - tok.i) == 1 or hyphened(tok, c)):
            pair = f"{lemma} {c.lemma_.lower()}" if c.i > tok.i else f"{c.lemma_.lower()} {lemma}"
            if pair in nouns:
                return nouns[pair]
    return nouns.get(lemma)


def _descriptor_text(st: DocState, tok: Token) -> str:
    skip: set[int] = set()
    for t in tok.subtree:
        if t.dep_ in CLAUSAL and t is not tok:
            skip.update(x.i for x in t.subtree)
    ids = [
        t.i for t in tok.subtree if t.i not in skip and not (t.dep_ in ("det", "case") and t.head.i == tok.i)
    ]
    ids = [i for i in ids if i >= tok.i or st.doc[i].dep_ != "det"]
    lo, hi = min(ids), max(ids)
    return st.doc[lo : hi + 1].text.strip(" ,")


def _last_country(st: DocState, i: int) -> str | None:
    for m in reversed(st.mentions):
        if m["start"] < i and m["kind"] == "state" and not m["demonym"]:
            a = st.actors.get(m["actor"])
            if a is not None and st.doc[m["head"]].pos_ == "PROPN":
                return str(a["name"])
    return None


def _fronted(c: Token, verb: Token) -> bool:
    after = c.right_edge.i + 1
    return c.i < verb.i and after < len(c.doc) and c.doc[after].text == ","


LOOSE_NAME_DEPS = frozenset({"obl:mod", "obl", "obl:arg", "npadvmod", "advmod", "dep"})  # "a pris Diabaly"


def place_of_event(st: DocState, f: Frame) -> dict[str, Any] | None:
    lex, tok, p = st.lex, f.tok, f.pred
    base = f.noun if f.noun is not None else tok
    if (visited := visited_place(st, f, place_np)) is not None:  # "visited Turkey", "sa visite au Mali"
        return visited
    # the place taken, left, fought over or plundered, or where forces are sent: events/looted.py
    if place_object(lex, p.type, tok.lemma_):
        objs = verb_objects(tok, passive=not is_reflexive(tok))
        objs += shared_objects(tok) if "obj" in p.target else []  # "attaqué puis pillé X", not "clash"
        # names the parser left without a relation to the verb ("a attaqué El Fasher" as obl:mod)
        objs += [c for c in tok.children if c.pos_ == "PROPN" and c.dep_ in LOOSE_NAME_DEPS
                 and case_of(c) is None and c.i > tok.i]  # fmt: skip
        objs += [c for c in tok.children if name_as_complement(c)]
        if f.noun is not None and f.noun.dep_ != "prt":  # "handed over X": the particle is no object
            objs = [f.noun]
        if p.type in ("FIGHT", "ASSAULT"):  # "ont tiré des roquettes sur la base de X", "un raid contre X"
            objs += [c for c in aimed_at(st, f) if c.i not in st.covered]
        if p.actor_preps and not f.nominal:  # "Konna fell to the rebels", "Gao est passée aux mains de X"
            objs += [c for c in tok.children if c.dep_ in SUBJ | SUBJ_PASS]
        if f.nominal:  # "la prise de Kidal", "the fall of Kabul"
            # not a state acting there: "l'intervention de la France contre X"
            of = lex.group("of_preps") | FRENCH_OF
            objs += [c for prep, c in prep_args(tok) if prep in of and not acting_state(st, tok, c, p)]
        # "s'emparer lundi de X" parsed with "lundi" as the object and X hanging on it
        objs = [g for o in objs for g in ([o] if not is_date_word(st, o) else [x for _, x in prep_args(o)])]
        if p.object_prep and f.noun is None:
            # "s'emparer jeudi de X" with "de X" hung on the date word
            dated = [tok, *(c for c in tok.children if c.i > tok.i and is_date_word(st, c))]
            objs += [c for h in dated for prep, c in prep_args(h) if prep == p.object_prep]
        elif p.object_prep:  # "took control of X" with "of X" parsed on the verb
            objs += [c for prep, c in prep_args(tok) if prep == p.object_prep or prep in CONTROL_PREPS]
        if tok.dep_ in ("acl",) and is_passive(tok):
            objs.append(tok.head)
        objs += [c for o in list(objs) for c in o.children if c.dep_ == "conj"] + sites_hit(st, f)
        for o in objs:
            got = place_np(st, o) or (site_place(st, o, place_np) if site_noun(st, o, f.nominal) else None)
            if got is not None:
                return within_after(st, o, got)
    places = lex.group("place_preps") | lex.group("near_words")
    bases = [base] if f.noun is None else [base, tok]  # "envoyer des troupes au Mali": on the verb
    if f.nominal and tok.dep_ in OBJ and tok.head.lemma_.lower() in lex.group("light"):
        bases.append(tok.head)  # "carried out air strikes on X": the light verb holds the arguments
    head_frame = st.frames.get(tok.head.i)
    eventless_head = head_frame is None or head_frame.pred.silent
    # "a clash ... was reported in X", "des combats ont eu lieu à X", "a échappé à un attentat à X"
    if f.nominal and (tok.dep_ in SUBJ | SUBJ_PASS or escape_verb(st, tok.head)) and eventless_head:
        bases.append(tok.head)
    # "Au Mali, des islamistes ont tué trois soldats à Gao": a locative fronted before a comma sets
    # the scene; a place inside the clause, or its subject's, comes first
    scene = None
    for prep, c in [a for b in bases for a in prep_args(b)]:
        if prep in ADDRESSEE_PREPS and c.i in st.covered and not capital_fired_on(st, c, p.type):
            continue  # "called on Israel to": an addressee, not a place ("tiré sur Kaboul" is one)
        if prep in places or c.lemma_.lower() in OUTSKIRTS:
            got = place_np(st, c) or site_place(st, c, place_np) or country_owned_place(st, c, place_np)
            if got is None:
                continue
            placed = within_after(st, c, _within_before(st, c, got))
            if not _fronted(c, tok):  # "an outpost in Paletwa township in Chin State": at Paletwa
                return with_scene(finer_place(st, tok, placed, place_np) or placed, scene)
            scene = scene or placed
    # a locative inside an argument ("une attaque de ses intérêts en Libye", "positions dans le pays")
    for c in tok.children:
        if c.dep_ in CLAUSAL or c.dep_ in SUBJ or (scene or {}).get("start") == c.i:  # "À Gao, au Mali,"
            continue
        for node in bounded_subtree(c):
            for tprep, t in prep_args(node):
                if (tprep in ADDRESSEE_PREPS and t.i in st.covered) or in_motive(st, t, tok):
                    continue
                if tprep in places or dwellers_of(st, node, tprep):
                    got = place_np(st, t) or country_owned_place(st, t, place_np)
                    # "retake the city - the last IS stronghold in Iraq": Iraq is where the city lies
                    if got is not None and not town_setting(st, c, got):
                        got["inferred"] = True
                        return got
    # a locative inside the subject ("civilians in Jarablus protested", "des habitants de Gao ont
    # manifesté", "residents of Jen burnt tyres"): where the actors are is where they act, when the
    # clause names no other place
    for c in dict.fromkeys([*base.children, *tok.children, *shared_subjects(tok)]):
        if c.dep_ not in SUBJ and c.dep_ not in SUBJ_PASS:
            continue
        for node in bounded_subtree(c):
            for tprep, t in prep_args(node):
                if tprep in lex.group("place_preps") or dwellers_of(st, node, tprep):
                    got = place_np(st, t)
                    if got is not None:
                        got["inferred"] = True
                        return got
    if scene is not None:
        return scene
    # what a threat threatens to do, wherever it is ("menacé de ... frapper des positions dans le pays")
    if p.embeds == "threat":
        for c in tok.children:
            if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i:
                for t in c.subtree:
                    if case_of(t) in places:
                        got = place_np(st, t)
                        if got is not None:
                            got["inferred"] = True
                            return got
    # a place phrase deeper in the clause ("shot down a drone operated by X at Y airbase")
    for t in tok.subtree:
        if t.i <= tok.i or t.dep_ not in ("pobj", "obl", "obl:mod", "nmod") or case_of(t) not in places:
            continue
        if (t.pos_ != "PROPN" and not located_noun(st, t, place_kind)) or in_motive(st, t, tok):
            continue
        if any(a.dep_ in ("conj", "relcl", "acl:relcl", "ccomp", "advcl") for a in path_up(t, tok)):
            continue
        got = place_np(st, t) or country_owned_place(st, t, place_np)
        if got is not None and not any(town_setting(st, a, got) for a in path_up(t, tok)):
            got["inferred"] = True
            return got
    # "took control of 25 villages, killing one soldier and injuring 2, in X": the toll's place is
    # the event's (the parser hangs it on the last participle)
    tolls = [
        c
        for c in tok.children
        if c.dep_ == "advcl" and (c.tag_ == "VBG" or "Ger" in c.morph.get("VerbForm", []))
    ]
    tolls += [x for c in tolls for x in c.children if x.dep_ == "conj"]
    for c in tolls:
        for prep, t in prep_args(c):
            if prep in places:
                got = place_np(st, t)
                if got is not None:
                    got["inferred"] = True
                    return got
    got = place_to_take(st, f) or destination(st, tok, place_np) or visit_place(st, f, place_np)
    if f.pred.type != "CAPTURE":  # ground taken on the way to X is not X taken
        got = got or route_place(st, tok, place_np)  # "advanced along the road to Sirte"
    got = got or bare_place(st, f, place_np)
    got = got or (scene_place(st, tok, place_np) if f.nominal else None)  # "la Syrie a connu des combats"
    if got is not None:
        return got
    # "où"/"where" opening the relative clause (before its verb): the place the clause hangs on
    rel = next((c for c in tok.children if c.lower_ in RELATIVE_PLACE and c.i < tok.i), None)
    if rel is not None:
        for i in range(rel.i - 1, tok.sent.start - 1, -1):
            t = st.doc[i]
            named = t.pos_ == "PROPN" or (t.is_title and i > t.sent.start)  # a name read as a noun
            if named and not measured_off(st, i):  # "X, à 400 km au nord de Y, où": at X, not Y
                got = place_np(st, t)
                if got is not None:
                    got["inferred"] = True
                    return got
    return None


def place_to_take(st: DocState, f: Frame) -> dict[str, Any] | None:
    """ "a lancé une contre-offensive pour reprendre Konna": an offensive launched to take a place
    is fought there (nlp/events/goal_places.py)."""
    return taken_place(st, f, place_np)
