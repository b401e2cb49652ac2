"""Actor mentions: noun phrases, names and demonyms resolved against the knowledge base.

Candidates come from the parse (a head noun with its name-forming dependents: "armée nationale libyenne",
"forces de Khalifa Haftar", "Russian forces") and from NER; the largest phrase that the KB resolves
wins. Unknown organisations and people named by NER are discovered (kb.discover)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from conflictkg.knowledge.lexicon import Lexicon
from conflictkg.nlp.admin_hints import admin_countries, bracketed_parts
from conflictkg.nlp.allegiant import loyal_state, loyal_to_named
from conflictkg.nlp.apposed_kinds import apposed_kind
from conflictkg.nlp.bare_surnames import bare_surnames
from conflictkg.nlp.body_actors import body_actor, told_coalition, unnamed_bodies
from conflictkg.nlp.body_complements import unnamed_body
from conflictkg.nlp.country_generics import country_generic_entry
from conflictkg.nlp.demonym_pairs import community_entry, demonym_pair, ethnic_modifier, flag_only
from conflictkg.nlp.demonym_signs import elsewhere, of_a_force_abroad
from conflictkg.nlp.doc_view import depth_of
from conflictkg.nlp.generic import classes, told_country
from conflictkg.nlp.group_names import group_name
from conflictkg.nlp.identified_groups import identity_phrase
from conflictkg.nlp.institution_owners import institutions
from conflictkg.nlp.kind_organisations import kind_organisation, state_in_kind_name
from conflictkg.nlp.led_forces import names_owner, own_modifiers
from conflictkg.nlp.located_groups import ethnic_qualifier
from conflictkg.nlp.mission_owners import host_counts
from conflictkg.nlp.name_articles import whole_name
from conflictkg.nlp.name_spans import (
    common_word,
    demonym_country,
    doc_between_ok,
    entry_of_kind,
    exact_alias,
    group_of,
    holder_modifier,
    hyphen_joined,
    name_before_of,
    name_span,
    names_forces,
    phrase_tokens,
    place_ent,
    possessed,
    state_demonym,
    titled_force_name,
    tokens_text,
    word_forms,
)
from conflictkg.nlp.name_tails import name_tail, tail_entry
from conflictkg.nlp.office_names import no_actor_name
from conflictkg.nlp.office_of import office_of
from conflictkg.nlp.office_speakers import office_speakers
from conflictkg.nlp.origin_complements import origin_preps
from conflictkg.nlp.place_like import place_like
from conflictkg.nlp.place_not_actor import place_not_actor  # "à Koufra": no Amadou Koufa
from conflictkg.nlp.pro_camps import camp_groups, camp_named, of_camp
from conflictkg.nlp.ruler_regimes import ruler_regime
from conflictkg.nlp.slash_names import slash_names
from conflictkg.nlp.source_seats import seated
from conflictkg.nlp.substantives import substantive
from conflictkg.nlp.syntax import case_word, determined, hyphened_participle
from conflictkg.nlp.theatre_groups import mark_theatre, theatre_entry, theatre_nouns
from conflictkg.nlp.tied_groups import tied_groups
from conflictkg.nlp.titled_names import bare_title, name_head, titled_names, untitled
from conflictkg.nlp.winners import elected_winners

_NER_ACTOR = frozenset({"ORG", "PER", "PERSON", "NORP", "GPE", "LOC", "MISC"})
_NER_DISCOVER = {"ORG": "organisation", "PER": "person", "PERSON": "person"}


class MentionFinder:
    """Finds actor mentions in one parsed doc. ``kb`` is a conflictkg KnowledgeBase.

    Organisations it discovers go to a view of the KB of its own (``kb.for_document()``): they merge
    the variants of one name within the article, and never reach the next article."""

    def __init__(self, lex: Lexicon, kb: Any, gazetteer: Any = None) -> None:
        self.lex = lex
        self.kb = kb.for_document()
        self.gazetteer = gazetteer
        self.last: dict[str, Any] = {}
        self.country: str | None = None
        self.country_done = False
        self.civilians_seen = False

    def entry_dict(self, e: Any) -> dict[str, Any]:
        return {
            "id": e.id, "name": e.name, "kind": e.kind, "country": e.country, "wikidata": e.wikidata,
            "aliases": list(e.aliases), "member_of": e.member_of, "role": e.role,
            "group": getattr(e, "group", None), "own": getattr(e, "own", False),
            "area": getattr(e, "area", None), "words": list(getattr(e, "words", ())),
        }  # fmt: skip

    def __call__(self, doc: Doc) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
        mentions: list[dict[str, Any]] = []
        actors: dict[str, dict[str, Any]] = {}
        covered: dict[int, int] = {}
        self.covered = covered
        self.given: set[str] = set()  # first names of the people discovered so far
        kb = self.kb
        ents = {t.i: e for e in doc.ents for t in e}

        def add(toks: list[Token], head: Token, entry: Any, demonym: bool = False) -> None:
            m = {
                "start": toks[0].i, "end": toks[-1].i + 1, "head": head.i, "actor": entry.id,
                "kind": entry.kind, "org": None, "role": None, "demonym": demonym,
                "text": tokens_text(toks),
            }  # fmt: skip
            if entry.kind == "person" and entry.member_of:
                m["org"] = entry.member_of
                m["role"] = entry.role
                org = kb.get(entry.member_of)
                if org is not None:
                    actors.setdefault(org.id, self.entry_dict(org))
            rec = actors.setdefault(entry.id, self.entry_dict(entry))
            if getattr(entry, "own", False):  # named once with its own country: it keeps it
                rec["own"] = True
            # a person known only by the name NER found (discovered in this article)
            m["discovered"] = (
                entry.kind == "person"
                and not entry.member_of
                and not entry.wikidata
                and len(entry.aliases) <= 1
            )
            n = len(mentions)
            mentions.append(m)
            self.last = m
            for t in toks:
                covered[t.i] = n

        extra: list[tuple[Token, Any]] = []
        depth = depth_of(doc)  # the heads read once: finding mentions changes no arc
        for sent in doc.sents:
            for toks, entry in list(slash_names(sent, covered, kb, self.lex.lang)):  # "l'AFC/M23"
                add(toks, toks[0], entry)
            order = sorted(
                (t for t in sent if t.pos_ in ("NOUN", "PROPN", "X", "ADJ", "PRON") or t.i in ents),
                key=depth,
            )
            for t in order:
                if t.i in covered:
                    continue
                if t.pos_ == "PRON" and not (t.is_upper and len(t) > 1):
                    continue  # pronouns are coreference's business; "FSR" tagged PRON is an acronym
                if (pair := demonym_pair(t, kb, self.lex)) and not any(x.i in covered for x in pair[0]):
                    toks, first, community = pair  # "South Sudanese", "Bosnian Serb troops"
                    add(toks, toks[-1], community_entry(toks, first, kb) if community else first, True)
                    self.last["community"] = community
                    continue
                lemma = t.lemma_.lower()
                if (t.is_sent_start or t.is_lower) and t.lower_ in self.lex.group("seizable_nouns"):
                    continue  # "Grenade attack on a market", "a grenade attack": the weapon, not Grenada
                before = t.dep_ == "compound" or (t.dep_ == "nmod" and t.head.i > t.i)  # "the Ugandan envoy"
                noun_demonym = before and t.is_title and kb.resolve_demonym(t.text)  # "Croat forces"
                if t.pos_ == "ADJ" or (t.dep_ == "amod") or noun_demonym:
                    # "près de la frontière algérienne": the neighbour's border, no party
                    border = flag_only(t, self.lex)  # nor a merchant ship's flag
                    e = None if border else kb.resolve_demonym(t.text)
                    if e is not None:
                        add([t], t, e, demonym=t.dep_ == "amod" or bool(noun_demonym))
                    continue
                if t.pos_ == "NOUN" and lemma in self.lex.nouns:
                    continue
                cut = name_span(t, self.lex)
                span = name_tail(cut, kb, self.lex)  # "d'Al-Qaïda au Maghreb islamique"
                entry = None
                if len(span) > 1 and not any(s.i in covered for s in span):
                    regime = ruler_regime(span, kb, self.lex)  # "the Asad regime": the state Asad rules
                    named = tail_entry(cut, span, kb, self.lex) or kb.resolve(
                        tokens_text(span), self.lex.lang
                    )
                    entry = regime or camp_named(span, named, self.lex, kb)
                    if entry is not regime and entry.kind == "state" and self._more_than_state(span, entry):
                        entry = None  # "Sudan's paramilitary Rapid Support Forces": not the state
                if entry is None and t.i in ents:
                    ent = ents[t.i]
                    if ent.label_ in _NER_ACTOR and not any(s.i in covered for s in ent):
                        span = name_tail(hyphen_joined(ent), kb, self.lex)  # "al-Qaeda in Iraq"
                        entry = kb.resolve(tokens_text(span), self.lex.lang)
                        if entry is not None and entry.kind == "state" and titled_force_name(span, self.lex):
                            entry = None  # "the Pakistan Army": the state's forces (generic), not the state
                        if entry is None and (span := name_before_of(ent, self.lex)) != list(ent):
                            entry = entry_of_kind(kb.resolve(tokens_text(span), self.lex.lang), "person")
                if entry is None and (t.pos_ in ("PROPN", "X") or (t.is_upper and len(t) > 1)):
                    entry = kb.resolve(t.text, self.lex.lang)
                    span = [t]
                    person = t.i in ents and ents[t.i].label_ in ("PER", "PERSON") and len(ents[t.i]) > 1
                    if entry is not None and entry.kind == "state" and person and case_word(t) is None:
                        entry = None  # "George Bush": a first name is no country ("Gyanendra du Népal" is)
                    if entry is not None and entry.kind == "state" and state_in_kind_name(t, ents, self.lex):
                        entry = None  # "the Pakistan Medical Association": its members' own, no state
                if entry is None and t.pos_ == "NOUN" and (t.is_lower or t.is_title) and len(t) > 2:
                    # a common noun alone rarely names an actor; only exact KB hits ("les talibans";
                    # "l'armée" is no hit; "la Cédéao" tagged NOUN is, as written)
                    entry = exact_alias(kb.resolve(t.text, self.lex.lang), t.text)
                    # "les marines américains": a state's capitalised alias ("Marines") is no lower-case noun
                    entry = None if entry is not None and entry.kind == "state" and t.is_lower else entry
                    span = [t]
                if entry is not None and not place_not_actor(self.gazetteer, span, entry, ents, self.lex):
                    add(span, t, entry)
                    for x in span:  # "Turkish-backed factions of X": Turkey stays visible inside
                        if x.i + 2 < len(doc) and doc[x.i + 1].text == "-" and x.dep_ in ("npadvmod", "amod"):
                            inner = kb.resolve_demonym(x.text) or kb.resolve(x.text, self.lex.lang)
                            if inner is not None and inner.id != entry.id:
                                extra.append((x, inner))
            self._discover(sent, ents, covered, add)
            for run in titled_names(sent, ents, covered, self.lex):  # "le président X" NER missed
                add(run, name_head(run), self.kb.discover(tokens_text(run), kind="person"))
        for x, inner in extra:
            add([x], x, inner, demonym=True)
            self.last["inner"] = True
        institutions(self, doc, mentions, covered, actors, add)
        office_speakers(self, doc, mentions, covered, actors, add)  # "le président a condamné"
        elected_winners(self, doc, mentions, covered, add)  # "au nouveau président": the one elected
        self._definite_repeats(doc, mentions, covered, add)
        for t in unnamed_bodies(doc, covered, self.lex):  # "la coalition a tué"
            add([t], t, body_actor(t, mentions, self.kb, self.lex))
        for t in theatre_nouns(doc, mentions, covered, actors, self.lex):  # "the organization" in Syria
            add([t], t, theatre_entry(t))
            mark_theatre(actors, t)
        for tie in (tied_groups, camp_groups):  # "un groupe lié à Al-Qaïda", "pro-Hadi fighters"
            tie(doc, mentions, covered, self.lex, self.kb, add)
        self._generic_groups(doc, mentions, covered, actors, add)
        self._roles(doc, mentions, covered, actors)
        bare_surnames(doc, mentions, covered, self.lex)  # "Knox Thames ... Special Advisor Thames"
        mentions.sort(key=lambda m: m["start"])
        return mentions, actors

    def article_country(
        self, doc: Doc, mentions: list[dict[str, Any]], covered: dict[int, int], actors: dict[str, Any]
    ) -> str | None:
        """The country the article is about (ISO3): states named as places or actors ("au Mali",
        "Mali's army"), not as complements ("l'ambassade de France"), and the countries of the
        cities NER found."""
        if self.country_done:
            return self.country
        self.country_done = True
        of = self.lex.group("of_preps")
        places = self.lex.group("place_preps")
        counts: dict[str, int] = {}
        complements: dict[str, int] = {}  # "l'ancien premier ministre du Liban": a last resort
        forces: dict[str, int] = {}  # "Turkish troops": who fights, not where
        for m in mentions:
            a = actors.get(m["actor"])
            if not a or a["kind"] != "state" or not a["country"] or seated(doc[m["head"]]):
                continue  # a source's seat ("basé à Londres") is no sign of where things happen
            if elsewhere(doc[m["head"]], self.lex) or m.get("camp"):
                continue  # "Somali refugees", "the border with Mali", "pro-Russian": not where things happen
            if m["demonym"] and of_a_force_abroad(doc[m["head"]], self.lex, covered, mentions):
                forces[a["country"]] = forces.get(a["country"], 0) + 1
                continue
            head = doc[m["head"]]
            p = case_word(head) or (head.head.lower_ if head.dep_ == "pobj" else None)
            if p in of and not m["demonym"]:
                # "l'ambassade de France" says nothing of where; "dans le centre du Mali" does
                if case_word(head.head) not in places:
                    complements[a["country"]] = complements.get(a["country"], 0) + 1
                    continue
                p = case_word(head.head)
            counts[a["country"]] = counts.get(a["country"], 0) + (2 if p in places else 1)
        if self.gazetteer is not None:
            for ent in doc.ents:
                if place_ent(ent) and ent.start not in covered and not seated(ent.root):
                    place = self.gazetteer.hinted_place(whole_name(ent, self.lex.group("name_articles")))
                    # only cities known well enough: a village name alone is too often a homonym
                    if place is not None and place.country and (place.population or 0) >= 100_000:
                        counts[place.country] = counts.get(place.country, 0) + 2
        if not counts and self.gazetteer is not None:
            # a note naming only small places ("in Doutchi, near Diffa (Diffa)"): their country if two agree
            for ent in doc.ents:
                if ent.label_ in ("GPE", "LOC") and ent.start not in covered:
                    place = self.gazetteer.lookup(ent.text)
                    if place is not None and place.country:
                        counts[place.country] = counts.get(place.country, 0) + 1
            counts = {k: n for k, n in counts.items() if n >= 2}  # one village alone: maybe a homonym
            counts = counts or dict(admin_countries(bracketed_parts(doc.text), self.gazetteer))
        counts = host_counts(doc, mentions, actors, self.lex, counts or forces, complements)
        self.country = max(counts, key=lambda k: counts[k]) if counts else None
        return self.country

    def _generic_groups(
        self,
        doc: Doc,
        mentions: list[dict[str, Any]],
        covered: dict[int, int],
        actors: dict[str, Any],
        add: Any,
    ) -> None:
        """ "des manifestants", "gunmen", "les djihadistes": the generic actor of the article's
        country; a definite armed group noun ("the militants") is the armed group named before."""
        generic = self.lex.generic
        civilian = self.lex.group("civilian_nouns")
        todo: list[tuple[Token, str, str | None]] = []
        for t in doc:
            if t.pos_ not in ("NOUN", "PROPN") and not substantive(t, covered):  # "humanitaires suédois"
                continue
            lemma = t.lemma_.lower()
            if lemma in civilian or any(f in generic for f in word_forms(t)):
                self.civilians_seen = True
            if t.i in covered or (t.dep_ == "compound" and not holder_modifier(t, self.lex)):
                continue  # "police chief": a person, not a new group
            # the noun with its modifier first ("government forces"), then alone ("forces")
            group = group_of(t, self.lex, covered, mentions)
            if group is None:
                continue
            if possessed(t, covered, group):
                continue  # "its troops", "ses soldats": whose is coreference's business
            if loyal_to_named(t, self.lex.group("allegiance_adjectives"), covered, mentions):
                continue  # "les forces loyales au colonel X": X's (events/allegiance.py)
            own = self._own_country(t, covered, mentions, actors, group)
            if (
                state := loyal_state(t, self.lex.group("allegiance_adjectives"), covered, mentions)
            ) is not None:
                group, own = "military", actors[state]["country"] or own  # "gunmen loyal to the regime"
            if group == "military" and any(
                mentions[covered[c.i]].get("community") for c in t.children if c.i in covered
            ):
                group = "armed"  # "Bosnian Serb troops": a people's forces, not the state's military
            kin = lemma in self.lex.group("kin_nouns")  # "the father of X": not X, whoever X is
            if own is not None or kin or not self._named_inside(t, covered, group, mentions):
                todo.append((t, group, own))
        if not todo:
            return
        iso3 = self.article_country(doc, mentions, covered, actors)
        definite = ("the", "les", "le", "la", "l'", "l’", "ces", "these", "those")
        for t, group, own in todo:  # "les journalistes": those named with their country before
            body = own is None and unnamed_body(t, covered, self.lex)  # "les soldats de la coalition"
            country = None if body else own or told_country(group, t, definite, mentions, actors) or iso3
            entry = country_generic_entry(t, group, country, self.kb, own=own is not None or body)
            add([t], t, (body and told_coalition(t, mentions, self.kb)) or entry)
            # "the militants", "rebel positions": maybe the armed group told before
            if group == "armed" and (t.dep_ == "compound" or determined(t, definite)):
                self.last["anaphor"] = True

    def _own_country(
        self,
        t: Token,
        covered: dict[int, int],
        mentions: list[dict[str, Any]],
        actors: dict[str, Any],
        group: str,
    ) -> str | None:
        """ "Malian soldiers", "la police kenyane", "police of Kenya": the country the phrase names."""
        spec = classes()[group]
        if not spec.get("country_from_text"):  # "les rebelles syriens": a state demonym at most
            return demonym_country(t, covered, mentions, actors) if spec.get("country_from_demonym") else None
        of = self.lex.group("of_preps") | origin_preps(spec, self.lex)  # "dissidents from Egypt"
        for c in own_modifiers(t, self.lex, covered, mentions):  # "Vietnamese-led forces": Vietnam's
            j = covered.get(c.i)
            if j is None:
                continue
            a = actors.get(mentions[j]["actor"])
            if not a or a["kind"] != "state" or not a["country"]:
                continue
            if names_owner(c, of):
                return str(a["country"])
        for c in t.children:  # "police of Kenya" (English parse: prep → pobj)
            if c.dep_ == "prep" and c.lower_ in of:
                for g in c.children:
                    j = covered.get(g.i)
                    a = actors.get(mentions[j]["actor"]) if j is not None else None
                    if a and a["kind"] == "state" and a["country"]:
                        return str(a["country"])
        return None

    def _named_inside(
        self, t: Token, covered: dict[int, int], group: str, mentions: list[dict[str, Any]] | None = None
    ) -> bool:
        """ "Kurdish militants", "des jihadistes du GSIM", "Al-Shabaab gunmen": the group is named;
        but "les partisans de la junte" are not the junta, nor "employees of X Telecom" the company."""
        of = self.lex.group("of_preps")
        where = self.lex.group("locative_preps")
        for c in t.children:
            said = identity_phrase(c, self.lex) if group == "armed" else None  # "identifiés comme des ADF"
            if said is not None and any(x.i in covered for x in said.subtree):
                return True
            if c.dep_ in ("acl", "acl:relcl", "relcl", "appos", "conj", "punct") or hyphened_participle(c):
                continue  # "Turkish-backed militants": Turkey backs them, it is not who they are
            case = case_word(c) or (c.lower_ if c.dep_ == "advmod" else None)  # "les rebelles près de Damas"
            here = (c.dep_ == "prep" and c.lower_ in where) or case in where
            aside = self.lex.group("opposing_preps") | self.lex.group("source_preps_of_report")
            if (group != "armed" and here) or case_word(c) in aside:  # "police in Nairobi": where they are;
                continue  # "rebelles aux forces X": whom they face; "selon X, ce sont des hommes": who says
            inner = [mentions[covered[x.i]]["kind"] for x in c.subtree if x.i in covered] if mentions else []
            located = case in where or (here and not ethnic_qualifier(t))  # "rebels in Mali" (located_groups)
            if located and inner and all(k == "state" for k in inner):
                continue  # "les groupes islamistes au nord du Mali": where they are, not who
            if group == "armed" and mentions is not None and state_demonym(c, covered, mentions):
                continue  # "les rebelles syriens": of Syria, not Syria
            of_phrase = case_word(c) in of or (c.dep_ == "prep" and c.lower_ in of)
            if classes()[group].get("of_names_other") and of_phrase:
                continue
            employers = classes()[group].get("employer_kinds", [])  # "un journaliste de la BBC"
            if employers and mentions is not None and of_phrase:
                inner = [mentions[covered[x.i]]["kind"] for x in c.subtree if x.i in covered]
                if inner and all(k in employers for k in inner):
                    continue
            institutions = self.lex.group("institution_nouns")  # "regime security forces" name no one
            if any(x.i in covered and not (x.pos_ == "NOUN" and x.lemma_.lower() in institutions)
                   and not of_camp(x, covered, mentions) for x in phrase_tokens(c)):  # fmt: skip
                return True
        return False

    def _definite_repeats(
        self, doc: Doc, mentions: list[dict[str, Any]], covered: dict[int, int], add: Any
    ) -> None:
        """ "the coalition", "la mission": an organisation named before whose name has that head noun."""
        dets = ("the", "le", "la", "l'", "l’", "this", "cette", "ce")
        for t in doc:
            if t.i in covered or t.pos_ != "NOUN" or not determined(t, dets):
                continue
            lemma = t.lemma_.lower()
            if len(lemma) < 4 or lemma in self.lex.nouns or lemma in self.lex.roles:
                continue
            best = None
            for m in mentions:
                if m["start"] >= t.i:
                    break
                if m["kind"] in ("state", "person") or m["demonym"]:
                    continue
                words = [w.lower() for w in m["text"].replace("-", " ").split()]
                if lemma in words or t.lower_ in words:
                    best = m
            if best is not None:
                entry = self.kb.get(best["actor"])
                if entry is not None:
                    add([t], t, entry)

    def _more_than_state(self, span: list[Token], entry: Any) -> bool:
        names = {w for a in entry.aliases for w in a.lower().split()}
        long = span[0].pos_ == "NOUN" and len(span) > 3 and span[0].lemma_.lower() not in self.lex.roles
        unnamed = any(t.pos_ == "PROPN" and t.lower_ not in names for t in span)
        return names_forces(span, self.lex) or long or unnamed

    def _discover(self, sent: Span, ents: dict[int, Span], covered: dict[int, int], add: Any) -> None:
        seen: set[int] = set()
        for i in range(sent.start, sent.end):
            ent = ents.get(i)
            if ent is None or ent.start in seen:
                continue
            seen.add(ent.start)
            kind = ((group := group_name(ent, self.lex)) and "organisation") or _NER_DISCOVER.get(ent.label_)
            kind = kind or kind_organisation(ent, self.lex)  # "les Brigades d'X"; "the party Dveri"
            if kind is None or any(t.i in covered for t in ent):
                continue
            toks = list(ent)
            if any(t.text == "(" for t in toks):  # "Jen (Karim-Lamido LGA": NER ran into the bracket
                toks = toks[: next(i for i, t in enumerate(toks) if t.text == "(")]
            toks = [t for t in toks if not t.is_punct or t.text == "-"]
            toks = group or [t for t in toks if t.pos_ not in ("DET", "ADP")]
            if not toks or toks[0].pos_ == "PRON" or toks[0].lower_ in self.lex.group("pronouns"):
                continue
            if all(t.is_lower for t in toks) or bare_title(toks, self.lex):
                continue  # "président de la République" alone: a title, no name
            if len(toks) == 1 and (common_word(toks[0], self.lex) or ethnic_modifier(toks[0], self.lex)):
                continue  # "Army": a generic word, resolved from the context or not at all; "Tamil rebels"
            head, toks = ent.root, untitled(toks, self.lex) if kind == "person" else toks
            inside = {t.i for t in toks}
            if head.i not in inside:  # "the Mayi Mayi X": the root NER gives may be the article dropped
                head = next((t for t in reversed(toks) if t.head.i not in inside), head)
            if kind == "organisation" and self._person_like(ent):
                kind = "person"
            if kind == "organisation" and head.pos_ != "PROPN" and not head.is_upper and not group:
                continue
            text = tokens_text(toks)
            if len(text) < 3:
                continue
            named = kind == "person" and text.lower() in self.given  # "Omar Abu Anas ... Omar": not a town
            place = place_like(self.lex, self.gazetteer, ent, text) and not named
            if place or no_actor_name(self.lex, toks):
                continue
            add(toks, head, self.kb.discover(text, **apposed_kind(head, kind, self.lex, self.kb)))
            self.last["discovered"] = True
            if self.last["kind"] == "person" and len(toks) > 1:
                self.given.add(toks[0].lower_)

    def _person_like(self, ent: Span) -> bool:
        """An NER 'ORG' that is in apposition to a role noun ("Le chef de l'armée ..., Saqer X")."""
        root = ent.root
        return root.dep_ == "appos" and root.head.lemma_.lower() in self.lex.roles

    def _roles(
        self, doc: Doc, mentions: list[dict[str, Any]], covered: dict[int, int], actors: dict[str, Any]
    ) -> None:
        """People in apposition to a role phrase ("le porte-parole du Kremlin, Dmitri Peskov")."""
        roles = self.lex.roles
        for m in mentions:
            if m["kind"] != "person" or m["org"]:
                continue
            head = doc[m["head"]]
            prev = self._preceding_org(doc, m, covered, mentions)
            if prev is not None:
                m["org"] = prev
                m["role"] = m["role"] or None
                continue
            if (held := office_of(doc, m, covered, mentions, self.lex)) is not None:
                m["org"], m["role"] = held  # "Prime Minister X of Pakistan"
                actors[m["actor"]]["role"] = actors[m["actor"]].get("role") or held[1]
                continue
            role_tok: Token | None = None
            if head.dep_ == "appos" and head.head.pos_ == "NOUN":
                role_tok = head.head
            else:
                for c in head.children:
                    if c.dep_ == "appos" and c.pos_ == "NOUN":
                        role_tok = c
            if role_tok is None:
                continue
            org = self._org_near(role_tok, mentions, covered)
            formers = self.lex.group("former_words")
            former = any(c.dep_ == "amod" and c.lemma_.lower() in formers for c in role_tok.children)
            if org is None or (former and self.lex.generic.get(role_tok.lemma_.lower()) == "civilians"):
                continue  # "X, a former student": not told to be a civilian now (a former officer is)
            m["org"] = org
            m["role"] = roles.get(role_tok.lemma_.lower(), role_tok.lemma_.lower())

    def _preceding_org(
        self, doc: Doc, m: dict[str, Any], covered: dict[int, int], mentions: list[dict[str, Any]]
    ) -> str | None:
        """ "son homologue russe Sergei Lavrov": a demonym right before the name."""
        i = m["start"] - 1
        while i >= 0 and doc[i].is_punct:
            i -= 1
        j = covered.get(i) if i >= 0 else None
        if (
            j is not None
            and mentions[j]["kind"] == "state"
            and doc[i].pos_ in ("ADJ", "PROPN")
            and doc[i].is_lower
        ):
            return str(mentions[j]["actor"])
        return None

    def _org_near(
        self, role_tok: Token, mentions: list[dict[str, Any]], covered: dict[int, int]
    ) -> str | None:
        idx = covered.get(role_tok.i)
        if idx is not None and mentions[idx]["kind"] != "person":
            return str(mentions[idx]["actor"])
        set_off = (c for c in role_tok.children if c.dep_ == "appos" and c.doc[c.left_edge.i - 1].text == ",")
        for c in set_off:  # "X, commander, Operation Inherent Resolve": the press release's way
            j = covered.get(c.i)
            if j is not None and mentions[j]["kind"] not in ("person", "state"):
                return str(mentions[j]["actor"])
        for t in role_tok.subtree:
            if t.dep_ in ("appos", "acl", "acl:relcl", "relcl", "conj") and t is not role_tok:
                continue
            j = covered.get(t.i)
            if (
                j is not None
                and mentions[j]["kind"] != "person"
                and mentions[j]["head"] != role_tok.i
                and doc_between_ok(role_tok, t)
            ):
                return str(mentions[j]["actor"])
        return None
