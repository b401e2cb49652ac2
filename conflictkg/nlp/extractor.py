"""``NLPExtractor``: documents → :class:`ArticleFacts` with events, actors, places, memberships and
control claims, through the spaCy pipelines of :mod:`.pipeline`.

Decisions (documented here because the graph depends on them):

- a side's statement about its own action ("le GNA a annoncé que ses troupes avaient pris X") is
  written as ``asserted``; a third party's claim about someone else as ``reported``;
- an event with no place in its sentence (or its governing clause) gets no location: the article's
  main country is only used to rank homonyms in the gazetteer, never inherited as the event's place;
- a described, unnamed place ("une base aérienne près de Tripoli") goes through
  ``Gazetteer.describe``; when that is unsure it becomes a Location named by the description, with
  the kind of its head noun and the coordinates of the named place it is near;
- an event's date comes from a date expression of its clause (or governing clause) via
  ``dates.resolve``, else the article date with its precision; an event dated over a year before
  the article ("en 1978") is background and left out, as the gold conventions leave it out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from conflictkg.errors import InputError
from conflictkg.knowledge.admin_named import province_named
from conflictkg.knowledge.lexicon import SUPPORTED
from conflictkg.knowledge.misspelt_towns import misspelt_town
from conflictkg.model import (
    Actor,
    ArticleFacts,
    ControlClaim,
    Event,
    Evidence,
    Location,
    Membership,
    event_id,
    make_id,
    slug,
)
from conflictkg.nlp import language
from conflictkg.nlp.admin_hints import admin_named, bracketed_parts
from conflictkg.nlp.article_signals import (
    NAME_ENTS,
    country_counts,
    known_countries,
    place_names,
)
from conflictkg.nlp.captures import dropped_capture, unplaced_capture
from conflictkg.nlp.country_tails import country_tail
from conflictkg.nlp.dated_actors import in_their_time
from conflictkg.nlp.events.landmarks import lone_landmark
from conflictkg.nlp.events.placed_governments import state_of_place
from conflictkg.nlp.focus_country import focus_country
from conflictkg.nlp.foreign_places import hint_place, hinted_country, named_hints
from conflictkg.nlp.foreign_units import unit_abroad
from conflictkg.nlp.generic import fires_from_home, placed, placed_as_target, unplaced_target
from conflictkg.nlp.hint_chain import inner_hint
from conflictkg.nlp.hinted_before import placed_once
from conflictkg.nlp.home_country import earlier_place, home_country, home_place, named_place_sentences
from conflictkg.nlp.kind_names import kind_named
from conflictkg.nlp.lead_places import lead_told
from conflictkg.nlp.pipe_batches import pipe_batch_size
from conflictkg.nlp.place_checks import (
    FOREIGN_TOWN,
    described_at,
    names_a_place_of,
    near_place,
    signalled_namesake,
    unhinted_hamlet,
)
from conflictkg.nlp.region_towns import finer_than, region_town, wide_unit
from conflictkg.nlp.ruled_home import ruled_countries, ruled_home
from conflictkg.nlp.self_fights import without_self_fights
from conflictkg.nlp.shared_edges import edge_place
from conflictkg.nlp.shared_names import in_their_theatre
from conflictkg.nlp.tellings import merge_article_tellings
from conflictkg.nlp.text_pieces import CHUNK_CHARS, split_text
from conflictkg.nlp.version import extractor_version
from conflictkg.nlp.victim_counts import victim_counts
from conflictkg.nlp.within_towns import within_town
from conflictkg.sources.articles import article_of
from conflictkg.sources.documents import MAX_ARTICLE_BYTES, RawDocument, check_article_size

if TYPE_CHECKING:
    from conflictkg.knowledge.gazetteer import Gazetteer, Place

_FOREIGN_CITY = 100_000  # a place outside the article's country must be this big to be meant,
_YEAR = re.compile(r"(?<![\d.,/-])\b(?:19|20)\d\d\b(?![\d.,/-]\d)")  # a year written out, not "2 000"


class NLPExtractor:
    """Implements the Extractor protocol of :mod:`conflictkg.sources.articles`."""

    version: str  # see :mod:`.version`: changes with the code, lexicons, KB and places data

    def __init__(
        self,
        kb: Any = None,
        gazetteer: Any = None,
        *,
        batch_size: int = 32,
        n_process: int = 1,
        gazetteer_cache: Any = None,
        max_article_bytes: int = MAX_ARTICLE_BYTES,
        chunk_chars: int = CHUNK_CHARS,
    ) -> None:
        self._kb = kb
        self._gaz = gazetteer
        self._gaz_cache = gazetteer_cache
        self.batch_size = batch_size
        self.n_process = n_process
        self.max_article_bytes = max_article_bytes  # larger articles are refused (quarantined)
        self.chunk_chars = chunk_chars  # longer texts go through spaCy in pieces of about this size
        self.version = extractor_version(kb, gazetteer, settings=f"chunk_chars={chunk_chars}")

    @property
    def kb(self) -> Any:
        if self._kb is None:
            from conflictkg.knowledge.kb import KnowledgeBase

            self._kb = KnowledgeBase.load()
        return self._kb

    @property
    def gazetteer(self) -> Any:
        if self._gaz is None:
            from conflictkg.knowledge.gazetteer import Gazetteer

            self._gaz = Gazetteer.load(cache_dir=self._gaz_cache)
        return self._gaz

    def language_of(self, doc: RawDocument) -> tuple[str | None, str]:
        if doc.language:
            code = doc.language.lower()[:2]
            return code, language.name_of(code)
        return language.detect(doc.text)

    def extract(self, docs: Iterable[RawDocument]) -> Iterator[ArticleFacts | InputError]:
        from conflictkg.knowledge.lexicon import load_lexicon
        from conflictkg.nlp.pipeline import load_pipeline, plain_characters, use_resources, without_asides

        docs = list(docs)
        results: list[ArticleFacts | InputError | None] = [None] * len(docs)
        groups: dict[str, list[int]] = {}
        for i, d in enumerate(docs):
            lang = self._language_or_refusal(d)
            if isinstance(lang, InputError):
                results[i] = lang
            else:
                groups.setdefault(lang, []).append(i)
        for lang, idxs in groups.items():
            nlp = load_pipeline(lang)
            use_resources(nlp, self.kb, self.gazetteer)
            # a long text goes through in pieces so that the parser's cost per article stays bounded;
            # what each piece yields is kept with offsets into the whole text
            size = self.chunk_chars
            asides = load_lexicon(lang).group("editorial_asides")
            texts = {i: without_asides(plain_characters(docs[i].text), asides) for i in idxs}
            pieces = ((piece, (i, start)) for i in idxs for start, piece in split_text(texts[i], size))
            batch_size = pipe_batch_size(self.batch_size, texts.values(), size)  # nlp/pipe_batches.py
            kwargs: dict[str, Any] = {"batch_size": batch_size, "as_tuples": True}
            if self.n_process > 1:
                kwargs["n_process"] = self.n_process
            # the strings a batch adds to the shared vocab are freed with it (spaCy's memory zone):
            # a long-running ingest or schedule would otherwise grow by every new word it reads
            with nlp.memory_zone():
                parsed: dict[int, Parsed] = {i: Parsed() for i in idxs}
                for sdoc, (i, start) in nlp.pipe(pieces, **kwargs):
                    parsed[i].add(sdoc, start)
                for i in idxs:
                    error = parsed[i].error
                    if error:
                        results[i] = InputError(f"{docs[i].origin}: {error}")
                    else:
                        results[i] = self.facts(docs[i], parsed[i], lang)
        for r in results:
            assert r is not None
            yield r

    def _language_or_refusal(self, d: RawDocument) -> str | InputError:
        """The document's language, or why it cannot go through the NLP (no text, too large, a
        language we do not support)."""
        if not d.text or not d.text.strip():
            return InputError(f"{d.origin}: the article has no text")
        too_large = check_article_size(d, self.max_article_bytes)
        if too_large is not None:
            return too_large
        code, name = self.language_of(d)
        if code not in SUPPORTED:
            what = f"{name} ({code})" if code else "an undetectable language"
            supported = "supported: French (fr), English (en)"
            return InputError(f"{d.origin}: unsupported language: {what}; {supported}")
        return str(code)

    # --- spaCy doc → facts ------------------------------------------------------------------------

    def facts(self, raw: RawDocument, parsed: Parsed, lang: str) -> ArticleFacts:
        from conflictkg.nlp import dates

        article = article_of(raw)
        article.language = lang
        if not article.published and raw.published_text:
            article.published = dates.parse_published(raw.published_text, lang)
        published = article.published
        parsed = in_their_time(parsed, self.kb, published)  # "l'armée" of Libya: of the article's year
        parsed = in_their_theatre(parsed, self, published)  # "Kurdish fighters": whose, where and when
        text = raw.text
        records = dict(parsed.records)
        country = self.focus_country(parsed)
        known = known_countries(parsed.countries, parsed.records, parsed.names, self.gazetteer)
        # "au Togo": where its ground events lie; "the regime forces" of a text naming no place: theirs
        home = home_country(country, parsed.countries) or ruled_home(parsed)
        home_at = self.gazetteer.country_place(home) if home else None
        facts = ArticleFacts(article=article)
        actors: dict[str, Actor] = {}
        locations: dict[str, Location] = {}
        place_cache: dict[tuple[Any, ...], Location | None] = {}
        areas = {str(r["area"]) for r in records.values() if r.get("area")}  # "the OSCE SMM": Donbas
        area = self.gazetteer.lookup(next(iter(areas))) if len(areas) == 1 else None

        def is_actor(aid: str | None) -> bool:
            return aid is not None and (aid in records or self.kb.get(aid) is not None)

        def actor(aid: str | None) -> str | None:
            if aid is None or not is_actor(aid):
                return None
            if aid not in actors:
                rec = records.get(aid)
                entry = self.kb.get(aid) if rec is None else None
                if rec is not None:
                    actors[aid] = Actor(
                        id=aid, name=rec["name"], kind=rec["kind"], country=rec["country"],
                        wikidata=rec["wikidata"], aliases=list(rec["aliases"]),
                    )  # fmt: skip
                elif entry is not None:
                    actors[aid] = entry.to_actor()
            return aid

        def place(ref: dict[str, Any] | None, capture: bool = False) -> str | None:
            if ref is None:
                return None
            fallback = (ref.get("fallback") or {}).get("name")
            k = (
                ref["name"],
                ref.get("kind"),
                ref.get("near"),
                ref.get("descriptor"),
                ref.get("alt"),
                ref.get("alt2"),
                ref.get("country"),
                ref.get("within"),
                fallback,
                capture,
            )
            if k not in place_cache:
                got = self._location(ref, country, lang, capture, known)
                place_cache[k] = placed_once(self.gazetteer, ref, got, area, place_cache)  # "X, Y ... X"
            loc = place_cache[k]
            if loc is None:
                return None
            locations[loc.id] = loc
            return loc.id

        def date_of(expr: str | None) -> tuple[str | None, str | None]:
            if expr:
                d, prec = dates.resolve(expr, published, lang)
                if d:
                    return d, prec
            return dates.article_date(published)

        def in_place(aid: str | None, loc_id: str | None) -> str | None:
            iso3 = locations[loc_id].country if loc_id else None
            aid = state_of_place(aid, iso3, self.kb)  # "the government" of an undecided article
            rec = placed(records.get(aid) if aid else None, iso3, self.kb)
            if rec is None:
                return aid
            records[str(rec["id"])] = rec
            return str(rec["id"])

        # an undated article is no earlier than the latest year it names: what happened over a year
        # before that ("durant la Seconde Guerre mondiale" beside "depuis 1999") is background all the same
        reference = published or max(_YEAR.findall(text), default=None)
        told = lead_told(
            parsed.placed_sents, text, lambda r: self._location(r, country, lang, False, known), home
        )
        for e in parsed.events:
            if not is_actor(e["actor"]):  # before its place is resolved and kept
                continue
            ref = e["place"] or home_place(e, home, home_at.name if home_at else None, parsed.placed_sents)
            loc_id = place(ref, capture=e["type"] in ("CAPTURE", "RETREAT") or bool(ref and ref.get("taken")))
            if e["place"] is not None and loc_id is not None:
                told.append((e["sent_start"], locations[loc_id]))
            elif ref is not None:  # where the last event of the home country told before happened
                loc_id = earlier_place(told, e["sent_start"], home, locations) or loc_id
            scoped = e["actor"] if fires_from_home(records, e) else in_place(e["actor"], loc_id)
            actor_id = actor(scoped)
            if actor_id is None:
                continue
            # "Civilians" of where it happened if the article points there or the actor was scoped there
            hinted = loc_id is not None and locations[loc_id].country in known
            placed_target = hinted or scoped != e["actor"] or placed_as_target(records.get(e["target"] or ""))
            placed_target = placed_target and not e.get("venue")  # talks held somewhere: a venue
            target = in_place(e["target"], loc_id) if placed_target else e["target"]
            target_id = actor(target if loc_id else unplaced_target(records, target, scoped, self.kb))
            if dropped_capture(e, locations[loc_id] if loc_id else None):
                continue
            loc_id = None if unplaced_capture(e, locations[loc_id] if loc_id else None) else loc_id
            d, prec = date_of(e["date_expr"])
            if dates.is_background(d, reference):
                continue
            start, end = e["sent_start"], e["sent_end"]
            sentence, clause = text[start:end], text[slice(*e["clause"])]
            conf = float(e["confidence"]) - (0.05 if e["place"] and e["place"].get("inferred") else 0.0)
            names = [actors[actor_id].name, e["type"], actors[target_id].name if target_id else ""]
            facts.events.append(
                Event(
                    id=event_id(article.id, e["type"], actor_id, target_id, e["pred_idx"]),
                    type=e["type"],
                    actor_id=actor_id,
                    target_id=target_id,
                    location_id=loc_id,
                    cameo=e["cameo"],
                    modality=e["modality"],
                    date=d,
                    date_precision=prec,
                    date_written=dates.resolve(e["date_expr"] or "", published, lang)[0] is not None,
                    confidence=round(max(0.3, conf), 3),
                    summary=" ".join(n for n in names if n),
                    evidence=Evidence(sentence=sentence, start=start, end=end, text=clause),
                )
            )
            if e.get("via"):
                via = actor(e["via"])
                if via is not None:
                    self._member(facts, via, actor_id, records)
        for c in parsed.controls:
            actor_id = actor(c["actor"])
            loc_id = place(c["place"], capture=True)
            if actor_id is None or loc_id is None:
                continue
            d, prec = date_of(c["date_expr"])
            start, end = c["sent_start"], c["sent_end"]
            facts.controls.append(
                ControlClaim(
                    actor_id=actor_id,
                    location_id=loc_id,
                    date=d,
                    date_precision=prec,
                    confidence=c["confidence"],
                    evidence=Evidence(sentence=text[start:end], start=start, end=end, text=text[start:end]),
                )
            )
        for m in parsed.memberships:
            person, org = actor(m["person"]), actor(m["org"])
            if person and org:
                self._member(facts, person, org, records, m["role"])
        facts.events = without_self_fights(facts.events)
        merge_article_tellings(facts, actors, locations, victim_counts(lang), self.gazetteer)
        facts.actors = list(actors.values())
        facts.locations = list(locations.values())
        return facts

    def focus_country(self, parsed: Parsed) -> str | None:
        """The country the article is about (nlp/focus_country.py)."""
        return focus_country(parsed, self.gazetteer)

    def _member(
        self, facts: ArticleFacts, person: str, org: str, records: dict[str, Any], role: str | None = None
    ) -> None:
        if any(m.person_id == person and m.org_id == org for m in facts.memberships):
            return
        rec = records.get(person) or {}
        facts.memberships.append(Membership(person_id=person, org_id=org, role=role or rec.get("role")))

    def _own_country(self, ref: dict[str, Any], lang: str) -> str | None:
        """The country a place is said to lie in: its demonym's, or the country of the place a
        following locative names ("dans le nord du Mali")."""
        if ref.get("country") or not ref.get("within"):
            return ref.get("country")
        gaz: Gazetteer = self.gazetteer
        within = gaz.lookup_country_name(ref["within"]) or gaz.lookup(ref["within"], None, lang)
        return within if isinstance(within, str) or within is None else within.country

    def _location(
        self,
        ref: dict[str, Any],
        country: str | None,
        lang: str,
        capture: bool,
        known: frozenset[str] | set[str] = frozenset(),
    ) -> Location | None:
        gaz: Gazetteer = self.gazetteer
        ref = kind_named(gaz, named_hints(country_tail(gaz, ref)))  # "Nis, Serbia"; "parish" no hint
        own = self._own_country(ref, lang)
        if own is not None:  # "le Kurdistan irakien", "Gao, dans le nord du Mali": that country only
            hit = gaz.lookup(ref["name"], own, lang)
            if (hit is None or hit.country != own) and ref.get("fallback") and ref.get("within"):
                return self._location(ref["fallback"], country, lang, capture, known)  # an unknown quarter
            if hit is None and ref.get("fallback"):  # "the Tunisian union in Beja": Beja, not Tunisia
                fb = self._location(ref["fallback"], own, lang, capture, known)
                if fb is not None and fb.country == own and fb.kind != "country":
                    return fb
            if hit is None or hit.country != own:
                hit = gaz.country_place(own) if not ref.get("within") else None
            return within_town(gaz, ref, hit, lang) if hit is not None else None

        def find(name: str, hint: bool = False) -> Place | None:
            # The article's main country is a guess: a place it does not hold may lie elsewhere
            # ("Turkish-backed forces took Afrin"), so look again without it -- but a foreign place
            # must then be a real city (or a country, a curated place), not a namesake hamlet.
            hit = hint_place(gaz, name, country) if hint else gaz.lookup(name, country, lang)
            if country is None and not ref.get("alt"):  # "Hays" beside the Houthis: Yemen's
                hit = signalled_namesake(gaz, name, hit, known)
            if country is None:
                return None if hit is not None and unhinted_hamlet(hit, known) else hit
            if hit is not None:
                return hit
            hit = gaz.lookup(name, None, lang)
            if hit is not None and hit.population is not None and hit.kind != "country":
                # a town of a country the article names or hints at ("Syrian" fighters took Afrin)
                exact = hit.bears(name)
                near = exact and hit.population >= FOREIGN_TOWN and hit.country in known
                return hit if (exact and hit.population >= _FOREIGN_CITY) or near else None
            # "à Villeurbane": a town of that country one letter away -- for a name the clause places
            # itself, alone: "X (Y, Z)", "X in Y" are placed by Y; a hint or a fallback is not guessed
            told = not (hint or ref.get("alt") or ref.get("unsure") or ref.get("fallback"))
            return hit or (misspelt_town(gaz, name, country) if told else None)

        if ref.get("descriptor"):
            near = find(ref["near"]) if ref.get("near") else None
            hit = None if ref.get("indefinite") else gaz.describe(ref["name"], near, country)
            if hit is not None:
                return hit.to_location()
            if near is None:  # "in Quito, ... in Indoamerica square": the sentence's place, its city
                fb = ref.get("fallback")
                city = self._location(fb, country, lang, capture, known) if fb else None
                return lone_landmark(ref, country, city, gaz.lookup(ref["name"], country, lang))
            return near_place(ref, near)
        hints_here = any(names_a_place_of(gaz, ref.get(a) or "", country) for a in ("alt", "alt2"))
        if ref.get("alt") and not hints_here:
            # "Guadalajara, Jalisco", "(Mbuji-Mayi, Kasai-Oriental)": the hint names the country; so
            # does a town only one country has ("Jalalpur, Shamli": India's, whatever Jalalpur abroad)
            sole = gaz.town_country(ref["alt"])
            hinted = gaz.countries_of_name(ref["alt"]) or ({sole} if sole else set())
            if len(hinted) == 1:
                country = next(iter(hinted))
            country = country if hinted else hinted_country(gaz, ref["name"], ref["alt"]) or country
        if ref.get("alt") and (inside := region_town(gaz, ref, country, lang)) is not None:
            return inside  # "San Carlos, Cojedes": the town inside that region
        hit = unit_abroad(ref, find(ref["name"]), country)  # "Cabanas neighbourhood": no Cabañas abroad
        if ref.get("kind") == "province":  # "in Plateau state": the state, not a town abroad
            hit = province_named(gaz, ref["name"], country, hit)
        if ref.get("fallback") and not capture and hit is not None and wide_unit(gaz, ref, country, hit):
            # "in Alagoinha, Pernambuco": the state (or a city that bears its name) is read as the
            # place; a known town of the clause, in that country, is finer (not "Durres": a town so named)
            finer = self._location(ref["fallback"], country, lang, capture, known)
            if finer_than(gaz, ref, hit, finer):
                return finer
        if ref.get("alt"):
            # "in Al Hishah (Misrata)": the unknown place, named as written, where the bracketed one is;
            # also when the name's only match lies in another country ("Mandoli (Bandiagara, Mopti)");
            # the hint in the article's country first ("Gaigorou (Dessa, Tillabery)": not Dessie)
            hints = [h for h in (find(ref["alt"], hint=True), find(ref.get("alt2") or "", hint=True)) if h]
            near = next((h for h in hints if h.country == country), hints[0] if hints else None)
            if len(hints) == 2 and hints[0].country != hints[1].country and hints[1].country:
                # "(Rafah, North Sinai)": the second hint is the wider unit, the first lies in its country
                inner = gaz.hint(ref["alt"], hints[1].country)  # none there: the wider unit itself
                near = inner if inner is not None and inner.country == hints[1].country else hints[1]
            elif len(hints) == 2 and near is hints[0]:  # "(Sahar, Sadah)": the Sahar inside Sadah
                near = inner_hint(gaz, ref["alt"], hints[0], hints[1])
            if hit is not None and near is not None and hit.country == near.country:
                # "near Orikhove, Luhansk": of the namesakes, the one nearest the hint; none near it:
                # an unknown one, where the hint is
                hit = gaz.nearest_namesake(ref["name"], hit, near)
            if near is not None and (hit is None or (hit.country != near.country and hit.kind != "country")):
                return edge_place(gaz, ref, hit, near) or described_at(ref["name"], ref.get("kind"), near)
        fb = ref.get("fallback")
        frame = self._location(fb, country, lang, capture, known) if fb and hit and not capture else None
        if (
            hit is not None
            and frame is not None
            and gaz.stray_namesake(hit, frame, ref.get("kind") == "district")
        ):
            return described_at(ref["name"], ref.get("kind"), frame)
        # a part of a town ("La Era neighbourhood") lies in the country of the town the clause names
        home = (frame.country if frame is not None and ref.get("kind") == "district" else None) or country
        if hit is not None and home and hit.country != home and hit.kind != "country":
            # "in Joao Pessoa, Paraiba, ... in Rangel neighborhood": a namesake abroad, while the
            # clause's other place lies in the note's country: that place
            fb = ref.get("fallback")
            other = self._location(fb, country, lang, capture, known) if fb else None
            if other is not None and other.country == home:
                return other
        if hit is not None:
            return hit.to_location()
        if ref.get("fallback") and not capture:  # the clause's other place, as written: no guess
            return self._location({**ref["fallback"], "unsure": True}, country, lang, capture, known)
        if capture and not ref.get("inferred"):
            return Location(id=make_id("loc", "unresolved", slug(ref["name"]), country), name=ref["name"],
                            kind=ref.get("kind") or "place", country=country)  # fmt: skip
        return None


@dataclass
class Parsed:
    """What the facts of one article need from its spaCy doc(s), as plain data: a long article is
    parsed in pieces, and offsets here are into the whole text."""

    records: dict[str, dict[str, Any]] = field(default_factory=dict)  # actor id → actor record
    events: list[dict[str, Any]] = field(default_factory=list)  # with "pred_idx" and "clause" (its span)
    controls: list[dict[str, Any]] = field(default_factory=list)
    memberships: list[dict[str, Any]] = field(default_factory=list)
    countries: Counter[str] = field(default_factory=Counter)
    ruled: Counter[str] = field(default_factory=Counter)  # countries of forces a ruling noun names
    names: list[str] = field(default_factory=list)  # place-like names: hints of the focus country
    bracketed: list[str] = field(default_factory=list)  # "(Al Mansura, Aden)" → its comma-parts
    placed_sents: dict[int, list[str]] = field(default_factory=dict)  # sentence start -> places named
    sides: dict[str, bool] = field(default_factory=dict)  # actor id → named only as a camp ("pro-Russian")
    error: str | None = None

    def add(self, doc: Any, offset: int) -> None:
        """Take in the spaCy doc of the piece of text that starts at ``offset``."""
        if doc._.nlp_error:
            self.error = self.error or doc._.nlp_error
            return
        records = doc._.actors or {}
        for aid, rec in records.items():
            self.records.setdefault(aid, rec)
        self.countries.update(country_counts(doc, records))
        self.ruled.update(ruled_countries(doc, records))
        for m in doc._.actor_mentions or []:
            self.sides[m["actor"]] = self.sides.get(m["actor"], True) and bool(m.get("camp"))
        self.names.extend([*place_names(doc), *admin_named(doc)])  # "Anbar province": Iraq's
        self.bracketed.extend(bracketed_parts(doc.text))
        self.placed_sents.update(named_place_sentences(doc, offset, NAME_ENTS))
        for e in doc._.events or []:
            pred = doc[e["pred"]]
            lo, hi = _clause(pred, e["sent_start"], e["sent_end"])
            clause = (lo + offset, hi + offset)
            self.events.append({**_shifted(e, offset), "pred_idx": pred.idx + offset, "clause": clause})
        self.controls.extend(_shifted(c, offset) for c in doc._.controls or [])
        self.memberships.extend(doc._.memberships or [])

    def main_country(self) -> str | None:
        return self.countries.most_common(1)[0][0] if self.countries else None


def _shifted(found: dict[str, Any], offset: int) -> dict[str, Any]:
    return {**found, "sent_start": found["sent_start"] + offset, "sent_end": found["sent_end"] + offset}


def _clause(pred: Any, start: int, end: int) -> tuple[int, int]:
    """The span of the predicate's clause (its subtree), clipped to the sentence: taken from the
    article's text, where an editorial aside the parser did not see is still written."""
    lo = max(pred.left_edge.idx, start)
    right = pred.right_edge
    hi = min(right.idx + len(right.text), end)
    if pred.pos_ == "NOUN" and pred.head.i != pred.i:
        lo = max(min(lo, pred.head.idx), start)
    return lo, hi
