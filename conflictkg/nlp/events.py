"""Events from the dependency parse: predicates from the lexicon, their arguments from the tree.

Handles passive voice (the agent is the actor), coordination and control verbs (a conjunct or an
infinitive without a subject shares its governor's subject, or object for "aider X à"), nominal events
("le soutien turc", "l'assaut des troupes de X"), relative clauses, reported speech (the speaker's
organisation; a side's claim about its own action counts as asserted, a third party's as reported),
threats (the embedded attack becomes the target of the THREATEN event, never an asserted FIGHT) and
light coreference. An event whose actor cannot be resolved to an actor is dropped.

Output: plain dicts (they travel between processes with ``nlp.pipe(n_process=...)``).
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token

from conflictkg.knowledge.lexicon import Lexicon, Predicate
from conflictkg.nlp import coref, generic
from conflictkg.nlp.event_types import sentence_type
from conflictkg.nlp.generic import generic_entry
from conflictkg.nlp.modality import modality
from conflictkg.nlp.syntax import (
    AGENT,
    CLAUSAL,
    IOBJ,
    OBJ,
    SUBJ,
    SUBJ_PASS,
    case_of,
    first_child,
    fronted_subject,
    governors,
    is_passive,
    is_reflexive,
    prep_args,
    stranded_main_verb,
)

_PLACE_ENTS = frozenset({"LOC", "GPE", "FAC"})
_NAME_DEPS = frozenset({"flat", "flat:name", "compound", "fixed", "flat:foreign"})
_SUBORDINATE_INF = frozenset({"xcomp", "advcl", "acl", "conj", "ccomp"})
_WEAK_TYPES = frozenset({"SUPPORT", "AID", "COOPERATE"})
_PURPOSE_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT"})  # what a protest is held for

Actor = tuple[str, float, str | None]  # actor id, confidence, person it was found through


class Frame:
    """One predicate occurrence in a sentence."""

    def __init__(self, tok: Token, pred: Predicate, noun: Token | None = None, nominal: bool = False) -> None:
        self.tok = tok
        self.pred = pred
        self.noun = noun  # the object noun of a verb_object entry ("prendre le contrôle")
        self.nominal = nominal


class EventFinder:
    """The events of one doc. The instance a pipeline keeps holds only the lexicon: every call reads
    its doc with a fresh instance, so that no per-document attribute outlives its document."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex

    # --- entry point ---------------------------------------------------------------------------

    def __call__(
        self, doc: Doc, mentions: list[dict[str, Any]], actors: dict[str, dict[str, Any]]
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        return EventFinder(self.lex)._find(doc, mentions, actors)

    def _find(
        self, doc: Doc, mentions: list[dict[str, Any]], actors: dict[str, dict[str, Any]]
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        self.doc = doc
        self.mentions = sorted(mentions, key=lambda m: m["start"])
        self.actors = actors
        self.covered: dict[int, dict[str, Any]] = {}
        self.defaulted: set[int] = set()  # predicates whose actor is the passive_actor default
        self.active: set[int] = set()  # participles that are the sentence's active main verb
        for m in self.mentions:
            for i in range(m["start"], m["end"]):
                self.covered[i] = m
        events: list[dict[str, Any]] = []
        controls: list[dict[str, Any]] = []
        self.done = events
        self.prev: int | None = None  # start of the previous sentence
        for sent in doc.sents:
            frames = self._predicates(sent)
            self.frames = {f.tok.i: f for f in frames}
            found = len(events)
            for f in frames:
                events.extend(self._events_of(f, sent))
            events[found:] = self._without_default_tolls(events[found:])
            if len(events) == found:
                events.extend(self._classified(sent))
            controls.extend(self._controls(sent))
            if not all(t.is_space for t in sent):
                self.prev = sent.start_char
        return _dedup(events), controls

    def _without_default_tolls(self, events: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """ "five were killed in clashes between X and Y": an agentless killing given a default actor is
        the toll of the sentence's other violent event, not an event of its own."""
        violent = ("FIGHT", "ASSAULT", "CAPTURE")
        told = any(e["type"] in violent and e["pred"] not in self.defaulted for e in events)
        if not told:
            return events
        return [e for e in events if not (e["pred"] in self.defaulted and e["type"] in violent)]

    def _in_passing(self, tok: Token, p: Predicate) -> bool:
        """A violent nominal event mentioned in a prepositional phrase ("following clashes", "killed in
        the fighting"), not one the clause tells ("clashes erupted", "a shoot-out took place")."""
        return p.type in ("FIGHT", "ASSAULT") and (tok.dep_ == "pobj" or case_of(tok) is not None)

    def _takes_no_territory(self, f: Frame) -> bool:
        """ "seized a ton of cannabis", "captured two fighters", "took part in": the verb's object is a
        common noun that is no territory and names no place."""
        territory = self.lex.group("territory_nouns")
        if f.noun is not None or f.nominal or not territory:
            return False  # a lexicon without the list (French) never rules a capture out
        obj = first_child(f.tok, OBJ)
        if obj is None:  # "seized about a ton": a quantity word the parser took for a preposition
            quantity = ("about", "around", "over", "nearly")
            obj = next((c for prep, c in prep_args(f.tok) if prep in quantity), None)
        if obj is None or obj.pos_ != "NOUN" or f.pred.type != "CAPTURE":
            return False
        if obj.lemma_.lower() in territory | self.lex.group("control_nouns"):
            return False
        named = [obj, *(t for left in obj.lefts for t in left.subtree)]  # not "near X" after it
        return not any(t.ent_type_ in _PLACE_ENTS for t in named)

    def _toll_of_told(self, p: Predicate) -> bool:
        """ "Two militants were killed in the attack": after a violent event told before, an agentless
        killing is its toll, not a new event by someone unknown."""
        violent = ("FIGHT", "ASSAULT", "CAPTURE")
        return p.type in violent and any(e["type"] in violent for e in self.done)

    def _classified(self, sent: Span) -> list[dict[str, Any]]:
        """A sentence whose subject the rules resolve but whose predicate no lexicon knows, typed by
        the trained classifier (English): "Militants torched a checkpoint" → FIGHT."""
        typed = sentence_type(sent)
        root = sent.root
        if typed is None or root.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in root.children):
            return []
        subj = next((c for c in root.children if c.dep_ in SUBJ), None)
        actor = self._np_actor(subj) if subj is not None else None
        if actor is None:
            return []
        type_, score = typed
        target = None
        if type_ in ("FIGHT", "ASSAULT"):
            obj = next((c for c in root.children if c.dep_ in OBJ), None)
            found = self._np_actor(obj) if obj is not None else None
            target = found if found is not None and found[0] != actor[0] else None
        frame = Frame(root, Predicate(type=type_))
        return [self._make(frame, sent, type_, None, actor, target, "asserted", 0.6 * score)]

    # --- predicates ----------------------------------------------------------------------------

    def _predicates(self, sent: Span) -> list[Frame]:
        lex = self.lex
        frames: list[Frame] = []
        consumed: set[int] = set()
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.pos_ in ("VERB", "AUX") or (
                tok.pos_ in ("ADJ", "NOUN")
                and tok.dep_ in ("acl", "amod")
                and lemma in lex.verbs
                and tok.tag_ in ("VBN", "VBD")
            ):
                frame = None
                for c in tok.children:
                    key = (lemma, c.lemma_.lower())
                    if key in lex.verb_object:
                        frame = Frame(tok, lex.verb_object[key], noun=c)
                        consumed.add(c.i)
                        break
                if frame is None and lemma in lex.reflexive and is_reflexive(tok):
                    frame = Frame(tok, lex.reflexive[lemma])
                if frame is None and lemma in lex.verbs:
                    frame = Frame(tok, lex.verbs[lemma])
                if frame is not None and self._accepts(frame):
                    frames.append(frame)
        for tok in sent:
            if tok.i in consumed or tok.pos_ != "NOUN":
                continue
            lemma = tok.lemma_.lower()
            if lemma in lex.nouns:
                frames.append(Frame(tok, lex.nouns[lemma], nominal=True))
        return frames

    def _accepts(self, f: Frame) -> bool:
        p, tok = f.pred, f.tok
        if p.needs_prep:
            preps = {prep for prep, _ in prep_args(tok)}
            preps |= {c.lower_ for c in tok.children if c.dep_ == "mark"}
            preps |= {
                m.lower_ for c in tok.children if c.dep_ == "xcomp" for m in c.children if m.dep_ == "mark"
            }
            if not preps & set(p.needs_prep):
                return False
        if p.needs_object:
            objs = {c.lemma_.lower() for c in tok.children if c.dep_ in OBJ}
            if not objs & set(p.needs_object):
                return False
        # "faire capituler": a causative makes the embedded verb the causer's action, not its own
        causative = self.lex.group("causative")
        return not any(
            c.dep_ in ("aux", "dep", "aux:caus") and c.lemma_.lower() in causative for c in tok.children
        )

    # --- events of one predicate ---------------------------------------------------------------

    def _events_of(self, f: Frame, sent: Span) -> list[dict[str, Any]]:
        lex, tok, p = self.lex, f.tok, f.pred
        if p.silent:
            return []
        if self._absorbed(tok):
            return []
        if not f.nominal and self._receives_event(tok):
            return []  # "a reçu le soutien de X": the support is the event, not a meeting
        mod = modality(tok, lex, p.type)
        speaker = self._speaker(tok)
        conf = 0.85
        if f.nominal:
            # "a clash between GNA and LNA forces", "des affrontements entre X et Y"
            between = [c for prep, c in prep_args(tok) if prep in ("between", "entre")] if p.symmetric else []
            group = self._between(between[0]) if between else []
            got = self._nominal_actor(tok) if len(group) < 2 else group[0]
            if got is None and p.passive_actor and not self._in_passing(tok, p) and not self._toll_of_told(p):
                got = (self._generic(p.passive_actor, self.doc._.country), 0.6, None)
            if got is None or not self._nominal_stands(tok):
                return []
            actors = group if len(group) >= 2 else [got]
            conf -= 0.1
        elif p.pair:
            actors = self._pair(tok, p)
            if len({a[0] for a in actors}) < 2:
                return []
        else:
            actors = self._subjects(tok, p)
        type_ = p.type
        if type_ == "PROTEST":  # "residents demonstrated", "des milliers de personnes ont manifesté"
            actors = [self._regroup(a, "protesting_as") for a in actors]
        elif type_ in ("FIGHT", "ASSAULT"):  # "deux hommes ont ouvert le feu": not civilians any more
            actors = [self._regroup(a, "violent_as") for a in actors]
        civilians = False
        if p.civilian_type and self._civilian_object(tok):
            type_ = p.civilian_type
            civilians = True
        elif type_ == "ASSAULT" and self._civilian_object(tok):
            civilians = True
        # "ambushed a convoy, killing five soldiers": the toll of the attack, not another event
        head = self.frames.get(tok.head.i)
        toll = p.civilian_type and not civilians and tok.dep_ == "advcl"
        if toll and head is not None and head.pred.type == "FIGHT":
            return []
        # a future or conditional attack announced by a speaker with no agent of its own: a threat
        if not actors and speaker is not None and type_ in ("FIGHT", "ASSAULT") and mod in (
            "threatened", "hypothetical") and self._passive_like(tok):  # fmt: skip
            threatened = self._target(f, speaker[0], passive=True)
            if threatened is None:
                return []
            ev = self._make(f, sent, "THREATEN", "13", speaker, threatened, "asserted", conf - 0.15)
            return [ev]
        if not actors:
            return []
        if type_ in _PURPOSE_TYPES and self._protest_above(tok) is not None:
            return []  # "ont manifesté pour exiger le départ de X": the demand is the protest's
        if (
            speaker is not None
            and type_ in ("FIGHT", "ASSAULT")
            and mod in ("threatened", "hypothetical")
            and not self._conditioned(tok)
            and any(a[0] == speaker[0] for a in actors)
        ):
            # a side announcing its own future attack: a threat against the target
            own = self._target(f, speaker[0])
            if own is not None:
                return [self._make(f, sent, "THREATEN", "13", speaker, own, "asserted", conf - 0.1)]
        if speaker is not None and mod == "asserted":
            same = any(a[0] == speaker[0] for a in actors)
            mod = "asserted" if same else "reported"
        out: list[dict[str, Any]] = []
        reciprocal = self._reciprocal(tok)
        if reciprocal and not p.symmetric:
            subj = first_child(tok, SUBJ)
            actors = self._group(subj) if subj is not None else actors
        if (p.symmetric or reciprocal) and len({a[0] for a in actors}) >= 2:
            ids = list(dict.fromkeys(a[0] for a in actors))
            by_id = {a[0]: a for a in actors}
            for a in ids:
                for b in ids:
                    if a != b:
                        out.append(
                            self._make(f, sent, type_, p.cameo, by_id[a], (b, 0.0, None), mod, conf - 0.05)
                        )
            return out
        for actor in actors:
            if civilians:
                target: Actor | None = (self._civilians(), 0.0, None)
            else:
                passive = is_passive(tok) and not f.nominal and tok.i not in self.active
                target = self._target(f, actor[0], passive=passive)
            if target is None and type_ == "PROTEST":
                target = self._protest_purpose(f, actor[0])
            if target is None and not f.nominal and not civilians:
                target = self._target_before(f, actor[0])
            if target is None and p.requires_target and p.type != "THREATEN":
                continue  # a threat by a known actor stands without a target (the gold allows it)
            if tok.i in self.defaulted and (target is None or self._kind(target[0]) == "state"):
                continue  # the police of an agentless "were arrested" need people arrested
            place = self._event_place(f)
            if p.requires_place and (place is None or self._takes_no_territory(f)):
                continue
            c = min(conf, actor[1]) if actor[1] else conf
            ev = self._make(f, sent, type_, p.cameo, actor, target, mod, c, place=place)
            out.append(ev)
        return out

    def _make(
        self, f: Frame, sent: Span, type_: str, cameo: str | None, actor: Actor, target: Actor | None,
        mod: str, conf: float, place: dict[str, Any] | None = None,
    ) -> dict[str, Any]:  # fmt: skip
        if place is None and type_ not in ("CONSULT",):
            place = self._event_place(f)
        if target is not None and target[1]:
            conf = min(conf, target[1] + 0.1)
        return {
            "type": type_, "cameo": cameo, "actor": actor[0], "via": actor[2],
            "target": target[0] if target else None, "modality": mod,
            "pred": f.tok.i, "pred_text": f.tok.text, "nominal": f.nominal,
            "sent_start": sent.start_char, "sent_end": sent.end_char,
            "place": place, "date_expr": self._date_expr(f.tok, sent),
            "confidence": round(max(0.3, min(0.95, conf)), 3),
        }  # fmt: skip

    # --- embedding: threats, requests, reporting -----------------------------------------------

    def _absorbed(self, tok: Token) -> bool:
        """Inside what a threat or a request verb embeds: part of that event, not an event itself."""
        for g in governors(tok):
            f = self.frames.get(g.i)
            if f is not None and f.pred.embeds in ("threat", "request", "accuse"):
                return True
            if g.pos_ == "NOUN" and g.lemma_.lower() in ("menace", "threat", "appel", "call", "ultimatum"):
                return True
        return False

    def _speaker(self, tok: Token, depth: int = 0) -> Actor | None:
        """The actor of the reporting verb whose content ``tok`` is part of."""
        if depth > 3:
            return None
        reporting = self.lex.group("reporting")
        for g in governors(tok):
            if g.pos_ in ("VERB", "AUX") and g.lemma_.lower() in reporting:
                subj = first_child(g, SUBJ)
                if subj is None or _contains(subj, tok):
                    return None  # the speaker itself ("il a déclaré"): not its own speaker
                return self._np_actor(subj, depth + 1)
        # content in quotes or after "que", not attached to the reporting verb by the parser
        for t in tok.sent:
            if t.i >= tok.i:
                break
            if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in reporting:
                between = tok.doc[t.i : tok.i]
                if any(x.lower_ in ("que", "qu'", "that", "«", '"', "“") for x in between):
                    subj = first_child(t, SUBJ)
                    if subj is None or _contains(subj, tok):
                        return None
                    return self._np_actor(subj, depth + 1)
        return None

    def _civilians(self) -> str:
        """The pseudo-actor of one-sided violence against civilians (ACLED's "Civilians")."""
        from conflictkg.nlp.pipeline import _KBHolder

        iso3 = self.doc._.country
        state = _KBHolder.get().state(iso3) if iso3 else None
        entry = generic_entry("civilians", iso3, state.name if state is not None else None)
        self.actors.setdefault(entry.id, generic.record(entry))
        return entry.id

    def _kind(self, actor_id: str) -> str | None:
        a = self.actors.get(actor_id)
        return str(a["kind"]) if a is not None else None

    def _regroup(self, actor: Actor, role: str) -> Actor:
        """A generic group acting in a way that makes it another class of groups.json: civilians who
        protest are ACLED's "Protesters (X)", civilians who open fire an unidentified armed group."""
        a = self.actors.get(actor[0])
        group = generic.classes().get(str(a.get("group"))) if a is not None else None
        if a is None or group is None or not group.get(role):
            return actor
        return (self._generic(str(group[role]), a.get("country")), actor[1], actor[2])

    def _generic(self, group: str, iso3: Any) -> str:
        from conflictkg.nlp.pipeline import _KBHolder

        kb = _KBHolder.get()
        state = kb.state(str(iso3)) if iso3 else None
        entry = generic_entry(group, iso3 and str(iso3), state.name if state is not None else None, kb)
        self.actors.setdefault(entry.id, generic.record(entry))
        return str(entry.id)

    def _reciprocal(self, tok: Token) -> bool:
        words = self.lex.group("reciprocal")
        for c in tok.children:
            if c.dep_ in OBJ or c.dep_ in ("advmod", "prep", "obl"):
                text = " ".join(t.lower_ for t in c.subtree)
                if any(w in text for w in words):
                    return True
        return False

    def _conditioned(self, tok: Token) -> bool:
        """The predicate sits in an 'if' clause (the condition, not the threat)."""
        marks = self.lex.group("hypothetical_marks")
        return any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children)

    def _passive_like(self, tok: Token) -> bool:
        return is_passive(tok) or tok.pos_ == "NOUN" or first_child(tok, SUBJ) is None

    # --- actors ----------------------------------------------------------------------------------

    def _org_of(self, m: dict[str, Any]) -> str | None:
        if m["kind"] == "person":
            return str(m["org"] or m["actor"])
        return str(m["actor"])

    def _mention_actor(self, m: dict[str, Any], conf: float = 0.85) -> Actor:
        if m["kind"] == "person" and m["org"]:
            return (m["org"], conf - 0.05, m["actor"])
        return (m["actor"], conf, None)

    def _np_actor(self, tok: Token | None, depth: int = 0) -> Actor | None:
        """The actor a noun phrase names (mentions, apposition, demonyms, possessives, pronouns)."""
        if tok is None or depth > 4 or (tok.pos_ == "NOUN" and self._is_date_word(tok)):
            return None  # "lundi", "dimanche soir" as a subject or object: a parse slip
        m = self.covered.get(tok.i)
        if m is not None and m.get("anaphor"):
            got = self._armed_before()
            if got is not None:
                return got
        if m is not None and not m["demonym"]:
            if m["kind"] == "state":
                for c in tok.children:
                    mc = self.covered.get(c.i)
                    if c.dep_ == "appos" and mc is not None and mc["kind"] not in ("state", "person"):
                        return self._mention_actor(mc)
            return self._mention_actor(m)
        if tok.pos_ == "PRON" and tok.lower_ in ("qui", "which", "who", "that", "lequel", "laquelle"):
            rel = tok.head
            if rel.dep_ in ("acl:relcl", "relcl") and rel.head.i != rel.i:
                return self._np_actor(rel.head, depth + 1)
            return None
        if coref.is_pronoun(tok, self.lex.group("pronouns")):
            return self._coref(tok, depth)
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma in self.lex.nouns:
            return self._nominal_actor(tok, depth + 1)
        for c in tok.children:
            if c.dep_ == "appos":
                got = self._np_actor(c, depth + 1)
                if got is not None:
                    return got
        # demonyms on the head ("les forces russes"), then name-like complements ("forces de X")
        for c in tok.children:
            mc = self.covered.get(c.i)
            if mc is not None and mc["demonym"] and c.dep_ in ("amod", "nmod", "compound"):
                return self._mention_actor(mc, 0.75)
        of = self.lex.group("of_preps")
        for prep, c in prep_args(tok):
            if prep in of or prep == "'s":
                got = self._np_actor(c, depth + 1)
                if got is not None and self._not_place_role(c):
                    return (got[0], got[1] - 0.1, got[2])
        for c in tok.children:
            if c.dep_ == "poss":
                got = self._np_actor(c, depth + 1)
                if got is not None:
                    return got
            mc = self.covered.get(c.i)
            if c.dep_ == "compound" and mc is not None and not mc["demonym"]:
                return self._mention_actor(mc, 0.75)  # "HTS fighters", "RSF positions"
            # "insurgents led by HTS", "des combattants dirigés par X"
            if c.dep_ in ("acl", "amod") and c.lemma_.lower() in (
                "lead",
                "diriger",
                "mener",
                "command",
                "commander",
            ):
                got = self._agent(c)
                if got is not None:
                    return (got[0], got[1] - 0.1, got[2])
        if coref.possessive(tok) is not None:
            return self._coref(tok, depth)
        if depth == 0 and tok.dep_ in SUBJ:
            return self._inner_actor(tok)
        return None

    def _armed_before(self) -> Actor | None:
        """ "the militants", "les djihadistes" after an attack told before: the non-state armed
        group that acted last, if any (else the generic armed group of the country)."""
        words = self.lex.group("state_force_words")
        for e in reversed(self.done):
            a = self.actors.get(e["actor"])
            if a is None or a["kind"] not in ("armed_group", "militia") or e["modality"] != "asserted":
                continue
            name = str(a["name"]).lower()
            if str(a["id"]).startswith("actor:unidentified") or any(w in name for w in words):
                continue
            return (str(a["id"]), 0.6, None)
        return None

    def _inner_actor(self, tok: Token) -> Actor | None:
        """Last resort for a subject: the first organisation named inside it, outside any place
        phrase ("des jihadistes du Groupe de soutien ... (GSIM, ou JNIM)")."""
        for t in _nominal_subtree(tok):
            m = self.covered.get(t.i)
            if m is None or m["demonym"] or m["kind"] in ("state", "person"):
                continue
            if case_of(self.doc[m["head"]]) in self.lex.group("place_preps"):
                continue
            a = self._mention_actor(m, 0.65)
            return a
        return None

    def _not_place_role(self, tok: Token) -> bool:
        p = case_of(tok)
        return p is None or p not in self.lex.group("place_preps")

    def _coref(self, tok: Token, depth: int) -> Actor | None:
        if depth > 4:
            return None
        speaker = self._speaker(tok, depth + 1)
        if speaker is not None:
            return (speaker[0], speaker[1] - 0.15, speaker[2])
        for g in governors(tok):
            if g.pos_ in ("VERB", "AUX"):
                subj = first_child(g, SUBJ)
                if subj is not None and subj.i != tok.i and not _contains(subj, tok):
                    got = self._np_actor(subj, depth + 1)
                    if got is not None:
                        return (got[0], got[1] - 0.15, got[2])
                    break
        if (
            tok.dep_ in SUBJ
            and tok.pos_ == "PRON"
            and tok.head.lemma_.lower() not in self.lex.group("reporting")
        ):
            # "Ils ont attaqué à nouveau": the actor of the previous sentence's event
            told = [e for e in self.done if e["sent_start"] == self.prev and e["modality"] == "asserted"]
            if told and len({e["actor"] for e in told}) == 1:
                return (str(told[0]["actor"]), 0.6, None)
        last = coref.last_actor_before(self.mentions, tok.i, self._org_of)
        return (last, 0.6, None) if last else None

    def _subjects(self, tok: Token, p: Predicate) -> list[Actor]:
        """The actor(s) of a verbal predicate: agent when passive, else subject, else controller."""
        if p.appositive and tok.dep_ in ("acl", "appos", "amod"):
            got = self._np_actor(tok.head)
            return [got] if got else []
        # a protest or a clash has no passive reading: "residents protested" misparsed as a participle
        if stranded_main_verb(tok, passive_reading=not (p.symmetric or p.type == "PROTEST")):
            self.active.add(tok.i)
            if p.symmetric:
                return self._group(tok.head)
            got = self._np_actor(tok.head)
            return [got] if got else []
        if is_passive(tok):
            agent = self._agent(tok)
            by = next((c for prep, c in prep_args(tok) if prep in self.lex.group("agent_preps")), None)
            unnamed = by is None or by.pos_ == "NOUN"  # "by a group of sellers": no actor named
            if agent is None and unnamed and p.passive_actor and not self._toll_of_told(p):
                self.defaulted.add(tok.i)
                # "cinq hommes ont été arrêtés": arrests are the police's
                return [(self._generic(p.passive_actor, self.doc._.country), 0.6, None)]
            return [agent] if agent else []
        subj = first_child(tok, SUBJ)
        if subj is None and is_reflexive(tok):
            subj = first_child(tok, SUBJ_PASS)
        if subj is None:
            subj = fronted_subject(tok)
        if subj is not None:
            if p.symmetric or any(c.dep_ == "conj" for c in subj.children):
                return self._group(subj)
            got = self._np_actor(subj)
            if got is None and p.passive_actor and subj.pos_ == "NOUN":
                # "the copper smelters protested", "a landmine killed two children": a common noun that
                # names no actor; the predicate's default group acts
                got = (self._generic(p.passive_actor, self.doc._.country), 0.55, None)
            return [got] if got else []
        got = self._controller(tok)
        return [got] if got else []

    def _group(self, subj: Token) -> list[Actor]:
        """Every actor of a coordinated subject ("X et son homologue russe Y")."""
        out: list[Actor] = []
        seen: set[str] = set()
        heads = [subj]
        for t in heads:
            heads.extend(c for c in t.children if c.dep_ in ("conj", "appos") and c not in heads)
        for t in heads:
            m = self.covered.get(t.i)
            a = self._mention_actor(m, 0.8) if m is not None and not m["demonym"] else self._np_actor(t)
            if a is not None and a[0] not in seen:
                seen.add(a[0])
                out.append(a)
        if len(out) < 2:
            got = self._np_actor(subj)
            return [got] if got else []
        return out

    def _between(self, tok: Token) -> list[Actor]:
        """The sides of "between X and Y forces": every actor named in the phrase."""
        out: dict[str, Actor] = {}
        for t in _nominal_subtree(tok):
            m = self.covered.get(t.i)
            if m is not None and not m["demonym"]:
                a = self._mention_actor(m, 0.75)
                out.setdefault(a[0], a)
        return list(out.values())

    def _agent(self, tok: Token) -> Actor | None:
        agents = self.lex.group("agent_preps")
        for prep, c in prep_args(tok):
            if prep in agents:
                return self._np_actor(c)
        ag = first_child(tok, AGENT)
        if ag is not None:
            return self._np_actor(ag)
        # "Turkish-backed factions", "Iranian-supported militias"
        if tok.i >= 2 and tok.doc[tok.i - 1].text == "-":
            m = self.covered.get(tok.i - 2)
            if m is not None:
                return self._mention_actor(m, 0.75)
        return None

    def _anchor(self, tok: Token) -> Token:
        """ "gathered to support X that the LNA will assume Y and to denounce Z": an infinitive the
        parser coordinated with a finite verb belongs with the infinitive before it."""
        if tok.dep_ != "conj" or not _to_infinitive(tok) or _to_infinitive(tok.head):
            return tok
        for g in governors(tok):
            if g.pos_ in ("VERB", "AUX") and _to_infinitive(g):
                return g
        return tok

    def _protest_above(self, tok: Token) -> Frame | None:
        """The protest whose purpose clause ``tok`` heads ("ont manifesté pour exiger")."""
        t = self._anchor(tok)
        for _ in range(6):
            if t.dep_ not in _SUBORDINATE_INF or not _nonfinite(t) or t.head.i == t.i:
                return None
            t = t.head
            f = self.frames.get(t.i)
            if f is not None and f.pred.type == "PROTEST":
                return f
            t = self._anchor(t)
        return None

    def _protest_purpose(self, f: Frame, actor_id: str) -> Actor | None:
        """What a protest is against: the target of the demand or denunciation it is held for."""
        for g in self.frames.values():
            if g is not f and g.pred.type in _PURPOSE_TYPES and self._protest_above(g.tok) is f:
                got = self._target(g, actor_id)
                if got is not None:
                    return got
        return None

    def _controller(self, tok: Token, depth: int = 0) -> Actor | None:
        """Subject of a conjunct or non-finite clause: inherited from the governing predicate."""
        if depth > 5 or tok.head.i == tok.i:
            return None
        anchor = self._anchor(tok)
        if anchor is not tok:
            return self._controller(anchor, depth + 1)
        head = tok.head
        if tok.dep_ == "conj" or (tok.dep_ in _SUBORDINATE_INF and _nonfinite(tok)):
            if head.pos_ in ("VERB", "AUX"):
                if tok.dep_ != "conj" and head.lemma_.lower() in self.lex.group("object_control"):
                    obj = first_child(head, OBJ) or first_child(head, IOBJ)
                    if obj is not None:
                        got = self._np_actor(obj)
                        if got is not None:
                            return (got[0], got[1] - 0.05, got[2])
                if is_passive(head):
                    agent = self._agent(head)
                    if agent is not None:
                        return agent
                subj = first_child(head, SUBJ)
                if subj is not None:
                    got = self._np_actor(subj)
                    return (got[0], got[1] - 0.05, got[2]) if got else None
                return self._controller(head, depth + 1)
            if head.pos_ in ("NOUN", "PROPN"):
                # "la capacité de l'ANL à maintenir": the noun's complement
                got = self._np_actor(head)
                return (got[0], got[1] - 0.1, got[2]) if got else None
        return None

    def _nominal_actor(self, tok: Token, depth: int = 0) -> Actor | None:
        """Agent of a nominal event: 'par X'/'by X', possessor, demonym, 'de X'/'of X'."""
        pred = self.lex.nouns.get(tok.lemma_.lower())
        if pred is not None and pred.appositive:
            if tok.dep_ == "appos":
                return self._np_actor(tok.head, depth + 1)
            return None
        if pred is not None and pred.actor_preps:
            got = self._actor_prep(tok, pred, depth)
            if got is not None:
                return got
        if pred is not None and pred.symmetric and depth == 0 and not self._has_agent(tok):
            # "après de violents combats avec l'armée", "after heavy fighting with the army":
            # the fighting is the clause subject's
            for g in governors(tok):
                if g.pos_ in ("VERB", "AUX"):
                    subj = first_child(g, SUBJ)
                    got = self._np_actor(subj, 1) if subj is not None else None
                    if got is not None:
                        return (got[0], got[1] - 0.15, got[2])
                    break
        agents = self.lex.group("agent_preps")
        args = list(prep_args(tok))
        if self._received(tok) is not None:
            # "received the support of Turkey", "military aid from Egypt": the giver, a state name too
            givers = self.lex.group("of_preps") | self.lex.group("source_preps")
            on_verb = [(p, c) for p, c in prep_args(tok.head) if p in self.lex.group("source_preps")]
            for prep, c in args + on_verb:
                got = self._np_actor(c, depth + 1) if prep in givers else None
                if got is not None:
                    return got
        for prep, c in args:
            if prep in agents:
                got = self._np_actor(c, depth + 1)
                if got is not None:
                    return got
        for c in tok.children:
            if c.dep_ == "poss":
                got = self._np_actor(c, depth + 1)
                if got is not None:
                    return got
            mc = self.covered.get(c.i)
            if mc is not None and mc["demonym"]:
                return self._mention_actor(mc, 0.75)
        of = self.lex.group("of_preps") - set(pred.target if pred is not None else ())
        for prep, c in args:  # "l'assassinat de X", "the arrest of X": X is the target, not the actor
            if prep in of and self._not_place_role(c) and not self._is_place_name(c):
                got = self._np_actor(c, depth + 1)
                if got is not None:
                    return got
        for c in tok.children:
            # "shells fired by X", "des obus tirés par X", "strikes carried out by X"
            if c.dep_ in ("acl", "amod") and is_passive(c):
                got = self._agent(c)
                if got is not None:
                    return got
        if coref.possessive(tok) is not None:
            return self._coref(tok, depth + 1)
        # "X supported Y with air strikes on Z": the strikes are X's (against Z), not Y's
        verb = self._instrument_of(tok)
        if verb is not None:
            subj = first_child(verb, SUBJ)
            got = self._np_actor(subj, depth + 1) if subj is not None else None
            if got is not None:
                return (got[0], got[1] - 0.05, got[2])
        # "revendiquer une attaque", "mener une offensive": the light verb's subject
        head = tok.head
        definite = any(c.dep_ == "det" and c.lower_ in ("l'", "le", "la", "les", "the", "this", "cette", "ce")
                       for c in tok.children)  # fmt: skip
        if tok.dep_ in OBJ and head.lemma_.lower() in self.lex.group("light") and not definite:
            subj = first_child(head, SUBJ) or fronted_subject(head)
            if subj is not None:
                got = self._np_actor(subj, depth + 1)
                if got is not None:
                    return (got[0], got[1] - 0.05, got[2])
        return None

    def _pair(self, tok: Token, p: Predicate) -> list[Actor]:
        """ "des combats ont opposé X à Y", "clashes pitted X against Y": the two sides."""
        if is_reflexive(tok):
            return []  # "le Mali s'oppose à": a stance, not a fight
        out: list[Actor] = []
        obj = first_child(tok, OBJ)
        for role in p.pair:
            if role == "obj":
                arg = obj
            else:  # the parser often hangs "à Y" on the object ("opposé l'armée aux jihadistes")
                heads = [tok] if obj is None else [tok, obj]
                arg = next((c for h in heads for pr, c in prep_args(h) if pr == role), None)
            got = self._np_actor(arg) if arg is not None else None
            if got is None:
                return []
            out.append(got)
        return out

    def _actor_prep(self, tok: Token, pred: Predicate, depth: int) -> Actor | None:
        """ "the fall of X to Y", "la chute de X aux mains de Y": Y."""
        of = self.lex.group("of_preps") | {"de", "du", "des"}
        for prep, c in prep_args(tok):
            if prep not in pred.actor_preps:
                continue
            if c.lemma_.lower() in self.lex.group("hand_nouns"):
                c = next((x for pr, x in prep_args(c) if pr in of), c)
            got = self._np_actor(c, depth + 1)
            if got is not None:
                return got
        return None

    def _instrument_of(self, tok: Token) -> Token | None:
        """The verb whose means ``tok`` is ("with air strikes", "avec des frappes aériennes")."""
        instr = self.lex.group("instrument_preps")
        if tok.dep_ == "pobj" and tok.head.lower_ in instr and tok.head.head.pos_ == "VERB":
            return tok.head.head
        obl = tok.dep_.startswith("obl") and tok.head.pos_ == "VERB"
        if obl and any(c.dep_ == "case" and c.lower_ in instr for c in tok.children):
            return tok.head
        return None

    def _has_agent(self, tok: Token) -> bool:
        agents = self.lex.group("agent_preps") | self.lex.group("of_preps")
        return any(p in agents for p, _ in prep_args(tok)) or any(c.dep_ == "poss" for c in tok.children)

    def _nominal_stands(self, tok: Token) -> bool:
        """A nominal event is an event of its own unless it is the subject of another predicate
        ("le soutien turc a aidé": the verb is the event) or merely hypothetical."""
        if tok.dep_ in SUBJ and tok.head.i in self.frames:
            return False
        if self._received(tok) is not None:
            return True
        if (
            tok.dep_ in OBJ
            and tok.head.i in self.frames
            and tok.head.lemma_.lower() not in self.lex.group("light")
        ):
            return self.frames[tok.head.i].pred.type in ("ACCUSE", "REJECT", "INVESTIGATE")
        pred = self.lex.nouns.get(tok.lemma_.lower())
        return tok.dep_ != "appos" or (pred is not None and pred.appositive)

    def _received(self, tok: Token) -> Token | None:
        """The subject of the receiving verb whose object ``tok`` is ("a reçu le soutien de X",
        "won the backing of X", "bénéficie de l'aide de X")."""
        head = tok.head
        receiving = self.lex.group("receiving")
        if head.i == tok.i or head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in receiving:
            return None
        if tok.dep_ not in OBJ and not (tok.dep_.startswith("obl") or tok.dep_ == "pobj"):
            return None
        return first_child(head, SUBJ)

    def _receives_event(self, tok: Token) -> bool:
        if tok.lemma_.lower() not in self.lex.group("receiving"):
            return False
        return any(
            c.pos_ == "NOUN" and c.lemma_.lower() in self.lex.nouns and self._received(c) is not None
            for c in tok.children
        )

    def _civilian_object(self, tok: Token) -> bool:
        civ = self.lex.group("civilian_nouns")
        of = self.lex.group("of_preps")
        for c in tok.children:
            if c.dep_ in OBJ or c.dep_ in SUBJ_PASS:
                if c.lemma_.lower() in civ or c.lower_ in civ:
                    return True
                # "dozens of civilians", "des dizaines de civils"
                if any(p in of and g.lemma_.lower() in civ for p, g in prep_args(c)):
                    return True
                if any(g.lemma_.lower() in civ for g in c.children if g.dep_ in ("amod", "nmod", "compound")):
                    return True
        return False

    # --- targets ---------------------------------------------------------------------------------

    def _target(self, f: Frame, actor_id: str, passive: bool = False) -> Actor | None:
        got = self._target_args(f, actor_id, passive)
        if got is None and f.pred.type in ("FIGHT", "ASSAULT") and not passive:
            got = self._state_in_object(f, actor_id)
        return got

    def _target_before(self, f: Frame, actor_id: str) -> Actor | None:
        """ "Les rebelles ont attaqué à l'aube", "the militants struck again": a transitive attack
        verb with no object takes the opponent of the same actor's events in the previous sentence,
        when there is exactly one (never invented otherwise)."""
        if f.pred.type not in ("FIGHT", "ASSAULT") or "obj" not in f.pred.target or self.prev is None:
            return None
        if any(c.dep_ in OBJ or c.dep_ in SUBJ_PASS or c.dep_ in ("ccomp", "xcomp") for c in f.tok.children):
            return None
        if is_passive(f.tok):
            return None
        before = [e for e in self.done if e["sent_start"] == self.prev and e["actor"] == actor_id]
        targets = {e["target"] for e in before if e["type"] in ("FIGHT", "ASSAULT", "CAPTURE")}
        if len(targets) != 1 or None in targets:
            return None
        return (str(next(iter(targets))), 0.55, None)

    def _state_in_object(self, f: Frame, actor_id: str) -> Actor | None:
        """ "drones at an oil facility in the Saudi city of X": the state named inside the object."""
        for c in f.tok.children:
            if c.dep_ not in OBJ and c.dep_ not in ("prep", "obl", "obl:arg"):
                continue
            for t in _bounded_subtree(c, 4):
                m = self.covered.get(t.i)
                if m is not None and m["kind"] == "state" and t.pos_ == "ADJ":
                    a = self._mention_actor(m, 0.6)
                    if a[0] != actor_id:
                        return a
        return None

    def _target_args(self, f: Frame, actor_id: str, passive: bool = False) -> Actor | None:
        tok, p = f.tok, f.pred
        cands: list[Token] = []
        receiver = self._received(tok) if f.nominal else None
        if receiver is not None:
            cands.append(receiver)  # "X a reçu le soutien de Y": Y supports X
        if passive:
            cands.extend(c for c in tok.children if c.dep_ in SUBJ_PASS)
            if tok.dep_ in ("acl", "amod") and tok.head.pos_ in ("NOUN", "PROPN"):
                cands.append(tok.head)
        base = f.noun if f.noun is not None and not p.requires_place else tok
        if f.noun is not None and base is f.noun:
            # "imposé des sanctions au groupe X": the verb holds the noun's arguments too
            cands.extend(c for prep, c in prep_args(tok) if prep in p.target)
        if f.nominal and tok.dep_ in OBJ and tok.head.lemma_.lower() in self.lex.group("light"):
            cands.extend(c for prep, c in prep_args(tok.head) if prep in p.target)
        for role in p.target:
            if role == "obj" and not passive:
                cands.extend(c for c in base.children if c.dep_ in OBJ and c is not f.noun)
                # a name the parser took for a complement clause ("n'a pas attaqué Israël")
                cands.extend(c for c in base.children if c.dep_ == "xcomp" and c.pos_ == "PROPN")
            elif role == "iobj":
                cands.extend(c for c in base.children if c.dep_ in IOBJ)
            else:
                cands.extend(c for prep, c in prep_args(base) if prep == role)
        cands = [g for c in cands for g in ([c] if not self._is_date_word(c) else list(c.children))]
        for c in cands:
            if p.requires_place and self._place_np(c) is not None:
                continue  # the place taken, not an actor
            got = self._target_np(c, actor_id)
            if got is not None:
                return got
        if passive and not cands:
            got = self._nearest_left(tok, actor_id)
            if got is not None:
                return got
        if p.embeds == "threat" or (passive and f.pred.type in ("FIGHT", "ASSAULT")):
            return self._embedded_target(tok, actor_id)
        return None

    def _target_np(self, c: Token, actor_id: str) -> Actor | None:
        if c.pos_ == "NOUN" and c.lemma_.lower() in self.lex.nouns:
            got = self._nominal_actor(c)
            if got is not None and got[0] != actor_id:
                return got
            if got is None and self.lex.nouns[c.lemma_.lower()].type in ("FIGHT", "ASSAULT"):
                # "a condamné l'attaque", "condemned the attack": the attack told before
                return self._last_attacker(c, actor_id)
        got = self._np_actor(c)
        if got is not None and got[0] != actor_id:
            return got
        return None

    def _last_attacker(self, c: Token, actor_id: str) -> Actor | None:
        if not any(
            d.dep_ == "det" and d.lower_ in ("l'", "le", "la", "cette", "the", "this") for d in c.children
        ):
            return None
        args = list(prep_args(c))
        names = {self._name_text(a).lower() for _, a in args if a.pos_ == "PROPN"}
        if len(names) != len(args):
            return None  # "the shelling of the market": a new description, not the attack told before
        for e in reversed(self.done):
            if e["type"] not in ("FIGHT", "ASSAULT") or e["modality"] != "asserted" or e["actor"] == actor_id:
                continue
            place = (e["place"] or {}).get("name", "").lower()
            if not names or any(n in place or place in n for n in names if place):
                return (str(e["actor"]), 0.55, None)
        return None

    def _nearest_left(self, tok: Token, actor_id: str) -> Actor | None:
        """The passive participle's patient when the parser lost it: the nearest actor to the left
        in the same clause (after the reporting verb's 'que')."""
        for i in range(tok.i - 1, tok.sent.start - 1, -1):
            t = self.doc[i]
            if t.lower_ in ("que", "qu'", "that", "«") or t.lemma_.lower() in self.lex.group("reporting"):
                break
            m = self.covered.get(i)
            if m is not None:
                a = self._mention_actor(m, 0.7)
                if a[0] != actor_id:
                    return a
        return None

    def _embedded_target(self, tok: Token, actor_id: str) -> Actor | None:
        """The target of a threat: the first other actor in what it threatens to do."""
        for c in tok.children:
            if c.dep_ not in ("xcomp", "ccomp", "obl:arg", "obl", "advcl", "prep") or c.i < tok.i:
                continue
            for t in c.subtree:
                m = self.covered.get(t.i)
                if m is None or case_of(t) in self.lex.group("place_preps"):
                    continue
                a = self._mention_actor(m, 0.7)
                if a[0] != actor_id:
                    return a
        # a future passive under a reporting verb: the nearest actor before it
        return self._nearest_left(tok, actor_id) if is_passive(tok) else None

    # --- places ----------------------------------------------------------------------------------

    def _is_place_name(self, tok: Token) -> bool:
        return tok.ent_type_ in _PLACE_ENTS and (
            self.covered.get(tok.i) is None or self.covered[tok.i]["kind"] == "state"
        )

    def _name_text(self, tok: Token) -> str:
        toks = [tok] + [
            c
            for c in tok.children
            if (c.dep_ in _NAME_DEPS and (c.pos_ == "PROPN" or not c.is_lower))
            or c.text == "-"
            or (c.dep_ == "det" and (c.pos_ == "PROPN" or (c.is_title and c.pos_ != "DET")))
        ]
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
        return self.doc[lo : hi + 1].text

    def _place_np(self, tok: Token, depth: int = 0) -> dict[str, Any] | None:
        """The place a noun phrase names or describes, as a reference for the gazetteer."""
        if depth > 3:
            return None
        lex = self.lex
        lemma = tok.lemma_.lower()
        of = lex.group("of_preps")
        if lemma in (
            "contrôle",
            "control",
            "abord",
            "abords",
            "environs",
            "alentours",
            "outskirts",
            "périphérie",
        ) or (lemma in lex.group("near_words") and tok.pos_ == "NOUN"):
            for prep, c in prep_args(tok):
                if prep in of:
                    return self._place_np(c, depth + 1)
            return None
        if tok.ent_type_ in ("DATE", "TIME") or self._is_date_word(tok):
            return None
        m = self.covered.get(tok.i)
        named = tok.ent_type_ and tok.is_title and m is None  # a name NER got wrong ("Bakhmout" as PER)
        if tok.pos_ in ("PROPN", "X") or tok.ent_type_ in _PLACE_ENTS or named:
            if m is not None and m["kind"] != "state" and not (m.get("discovered") and m["kind"] == "person"):
                return None  # an organisation or a person is not a place; a capital metonym ("Moscou") is
            name = m["text"] if (m is not None and m["kind"] == "state") else self._name_text(tok)
            kind = (
                "country"
                if (m is not None and m["kind"] == "state" and _same_name(m, name, self.actors))
                else None
            )
            # "Salah Aldeen (Tripoli)": the bracketed place stands in when the first is unknown
            alt = next(
                (self._name_text(c) for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None
            )
            return {"name": name, "kind": kind, "near": None, "descriptor": False, "start": tok.i, "alt": alt}
        if lemma in lex.group("country_nouns") and any(c.lower_ in ("le", "the") for c in tok.children):
            country = self._last_country(tok.i)
            if country is not None:
                return {"name": country, "kind": "country", "near": None, "descriptor": False,
                        "start": tok.i, "inferred": True}  # fmt: skip
            return None
        kind = self._place_kind(tok)
        if kind is None:
            return None
        plural = "Plur" in tok.morph.get("Number", []) or tok.tag_ in ("NNS", "NNPS")
        if plural:  # "residential districts of Kherson": the named place; "villes de l'Ouest": none
            for prep, c in prep_args(tok):
                if prep in of and c.pos_ == "PROPN" and self.covered.get(c.i) is None:
                    got = self._place_np(c, depth + 1)
                    if got is not None:
                        got["inferred"] = True
                    return got
            return None
        for c in tok.children:
            if c.dep_ in ("appos", "flat", "flat:name", "compound") and c.pos_ == "PROPN":
                return self._place_np(c, depth + 1)
        for prep, c in prep_args(tok):
            if prep in of and c.pos_ == "PROPN":
                got = self._place_np(c, depth + 1)
                if got is not None:
                    got["kind"] = got["kind"] or kind
                    return got
        near = None
        for prep, c in prep_args(tok):
            if prep in lex.group("near_words") or (
                prep in ("de", "of") and c.head.lower_ in lex.group("near_words")
            ):
                got = self._place_np(c, depth + 1)
                if got is not None:
                    near = got["name"]
                    break
        if near is None:
            return None
        text = self._descriptor_text(tok)
        return {"name": text, "kind": kind, "near": near, "descriptor": True, "start": tok.i}

    def _place_kind(self, tok: Token) -> str | None:
        nouns = self.lex.place_nouns
        lemma = tok.lemma_.lower()
        for c in tok.children:
            if c.dep_ in ("amod", "compound") and abs(c.i - tok.i) == 1:
                pair = f"{lemma} {c.lemma_.lower()}" if c.i > tok.i else f"{c.lemma_.lower()} {lemma}"
                if pair in nouns:
                    return nouns[pair]
        return nouns.get(lemma)

    def _descriptor_text(self, tok: Token) -> str:
        skip: set[int] = set()
        for t in tok.subtree:
            if t.dep_ in CLAUSAL and t is not tok:
                skip.update(x.i for x in t.subtree)
        ids = [t.i for t in tok.subtree if t.i not in skip and not (t.dep_ == "det" and t.head is tok)]
        ids = [i for i in ids if i >= tok.i or self.doc[i].dep_ != "det"]
        lo, hi = min(ids), max(ids)
        return self.doc[lo : hi + 1].text.strip(" ,")

    def _last_country(self, i: int) -> str | None:
        for m in reversed(self.mentions):
            if m["start"] < i and m["kind"] == "state" and not m["demonym"]:
                a = self.actors.get(m["actor"])
                if a is not None and self.doc[m["head"]].pos_ == "PROPN":
                    return str(a["name"])
        return None

    def _event_place(self, f: Frame) -> dict[str, Any] | None:
        lex, tok, p = self.lex, f.tok, f.pred
        base = f.noun if f.noun is not None else tok
        # the place taken or left ("prendre une base", "s'emparer de X", "prendre le contrôle d'Asaba")
        if p.type in ("CAPTURE", "RETREAT", "FIGHT", "ASSAULT"):
            objs = [
                c for c in tok.children if c.dep_ in OBJ or (c.dep_ in SUBJ_PASS and not is_reflexive(tok))
            ]
            # names the parser left without a relation to the verb ("a attaqué El Fasher" as obl:mod)
            objs += [c for c in tok.children if c.pos_ == "PROPN" and c.dep_ in ("obl:mod", "obl", "npadvmod")
                     and case_of(c) is None and c.i > tok.i]  # fmt: skip
            if f.noun is not None:
                objs = [f.noun]
            if f.nominal:  # "la prise de Kidal", "the fall of Kabul"
                objs += [
                    c for prep, c in prep_args(tok) if prep in lex.group("of_preps") | {"de", "du", "d'"}
                ]
            # "s'emparer lundi de X" parsed with "lundi" as the object and X hanging on it
            objs = [
                g for o in objs for g in ([o] if not self._is_date_word(o) else [x for _, x in prep_args(o)])
            ]
            if p.object_prep and f.noun is None:
                objs += [c for prep, c in prep_args(tok) if prep == p.object_prep]
            if tok.dep_ in ("acl",) and is_passive(tok):
                objs.append(tok.head)
            objs += [c for o in list(objs) for c in o.children if c.dep_ == "conj"]
            for o in objs:
                got = self._place_np(o)
                if got is not None:
                    return got
        places = lex.group("place_preps") | lex.group("near_words")
        bases = [base]
        if f.nominal and tok.dep_ in OBJ and tok.head.lemma_.lower() in lex.group("light"):
            bases.append(tok.head)  # "carried out air strikes on X": the light verb holds the arguments
        if f.nominal and (tok.dep_ in SUBJ or tok.dep_ in SUBJ_PASS) and tok.head.i not in self.frames:
            bases.append(tok.head)  # "a clash ... was reported in X", "des combats ont eu lieu à X"
        for prep, c in [a for b in bases for a in prep_args(b)]:
            if prep in ("on", "sur") and c.i in self.covered:
                continue  # "called on Israel to": an addressee, not a place
            if prep in places or c.lemma_.lower() in ("abord", "abords", "outskirts", "environs"):
                got = self._place_np(c)
                if got is not None:
                    return got
        # a locative inside an argument ("une attaque de ses intérêts en Libye", "positions dans le pays")
        for c in tok.children:
            if c.dep_ in CLAUSAL or c.dep_ in SUBJ:
                continue
            for node in _bounded_subtree(c):
                for tprep, t in prep_args(node):
                    if tprep in ("on", "sur") and t.i in self.covered:
                        continue
                    if tprep in places:
                        got = self._place_np(t)
                        if got is not None:
                            got["inferred"] = True
                            return got
        # what a threat threatens to do, wherever it is ("menacé de ... frapper des positions dans le pays")
        if p.embeds == "threat":
            for c in tok.children:
                if c.dep_ in ("xcomp", "ccomp") and c.i > tok.i:
                    for t in c.subtree:
                        if case_of(t) in places:
                            got = self._place_np(t)
                            if got is not None:
                                got["inferred"] = True
                                return got
        # a place phrase deeper in the clause ("shot down a drone operated by X at Y airbase")
        for t in tok.subtree:
            if t.i <= tok.i or t.dep_ not in ("pobj", "obl", "obl:mod", "nmod") or case_of(t) not in places:
                continue
            if t.pos_ != "PROPN" and self._place_kind(t) is None:
                continue
            if any(a.dep_ in ("conj", "relcl", "acl:relcl", "ccomp", "advcl") for a in _path_up(t, tok)):
                continue
            got = self._place_np(t)
            if got is not None:
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
                    got = self._place_np(t)
                    if got is not None:
                        got["inferred"] = True
                        return got
        # "où"/"where": the place the relative clause hangs on
        rel = next((c for c in tok.children if c.lower_ in ("où", "where")), None)
        if rel is not None:
            for i in range(rel.i - 1, tok.sent.start - 1, -1):
                t = self.doc[i]
                if t.pos_ == "PROPN":
                    got = self._place_np(t)
                    if got is not None:
                        got["inferred"] = True
                        return got
        return None

    # --- dates ------------------------------------------------------------------------------------

    def _is_date_word(self, t: Token) -> bool:
        from conflictkg.nlp.dates import MONTHS, WEEKDAYS

        low = t.lower_
        return (
            low in WEEKDAYS or (low in MONTHS and (t.pos_ != "VERB") and low not in ("may", "mar"))
            or low in self.lex.group("date_words")
            or t.ent_type_ == "DATE"
            or (t.like_num and len(t) == 4 and t.text.startswith(("19", "20")))
        )  # fmt: skip

    def _date_text(self, t: Token) -> str:
        if t.ent_type_ == "DATE":
            for e in self.doc.ents:
                if e.start <= t.i < e.end:
                    return e.text
        ids = [
            x.i for x in t.subtree if not x.is_punct and x.dep_ not in ("acl", "acl:relcl", "relcl", "conj")
        ]
        ids = [i for i in ids if abs(i - t.i) <= 3]
        lo, hi = min(ids), max(ids)
        return self.doc[lo : hi + 1].text

    def _date_expr(self, tok: Token, sent: Span) -> str | None:
        for c in tok.children:
            for t in (c, *c.children):
                if self._is_date_word(t) and not t.is_punct:
                    return self._date_text(t)
        for g in governors(tok):
            for c in g.children:
                for t in (c, *c.children):
                    if self._is_date_word(t) and not t.is_punct:
                        return self._date_text(t)
        return None

    # --- control claims ----------------------------------------------------------------------------

    def _controls(self, sent: Span) -> list[dict[str, Any]]:
        """'le bastion de la LNA, la ville de X', "the RSF's stronghold of X": an actor holds a place."""
        out: list[dict[str, Any]] = []
        lex = self.lex
        control_nouns = lex.group("control_nouns")
        for tok in sent:
            if tok.pos_ != "NOUN" or tok.lemma_.lower() not in control_nouns:
                continue
            actor = None
            for prep, c in prep_args(tok):
                if prep in lex.group("of_preps") or prep == "'s":
                    m = self.covered.get(c.i)
                    if m is not None and not m["demonym"] and m["kind"] != "state":
                        actor = self._mention_actor(m)
                        break
            if actor is None:
                for c in tok.children:
                    if c.dep_ == "poss":
                        actor = self._np_actor(c)
            if actor is None:
                continue
            place = self._control_place(tok)
            if place is None:
                continue
            out.append({
                "actor": actor[0], "place": place, "sent_start": sent.start_char, "sent_end": sent.end_char,
                "date_expr": self._date_expr(tok, sent), "confidence": 0.7, "pred_text": tok.text,
            })  # fmt: skip
        return out

    def _control_place(self, tok: Token) -> dict[str, Any] | None:
        near = self.lex.group("near_words")
        for c in tok.children:
            if c.dep_ in ("appos", "flat:name", "compound"):
                got = self._place_np(c)
                if got is not None:
                    return got
        for prep, c in prep_args(tok):
            if prep in self.lex.group("of_preps") and c.pos_ == "PROPN":
                m = self.covered.get(c.i)
                if m is None or m["kind"] == "state":
                    got = self._place_np(c)
                    if got is not None:
                        return got
        # the parser often attaches the apposition elsewhere: the next named place in the sentence,
        # skipping the reference place of "près de X"/"near X"
        for t in tok.doc[tok.i + 1 : tok.sent.end]:
            if t.pos_ != "PROPN" or (t.ent_type_ not in _PLACE_ENTS and self.covered.get(t.i)):
                continue
            prev = t.doc[t.i - 1] if t.i > 0 else None
            prev2 = t.doc[t.i - 2] if t.i > 1 else None
            if (prev is not None and prev.lower_ in near) or (prev2 is not None and prev2.lower_ in near):
                continue
            if t.head.lower_ in near:
                continue
            got = self._place_np(t)
            if got is not None and got["kind"] != "country":
                return got
        return None


def _to_infinitive(tok: Token) -> bool:
    return any(c.dep_ in ("aux", "mark") and c.lower_ in ("to", "pour") for c in tok.children)


def _nonfinite(tok: Token) -> bool:
    forms = set(tok.morph.get("VerbForm", []))
    return (
        bool(forms & {"Inf", "Part", "Ger"})
        or tok.tag_ in ("VB", "VBG", "VBN")
        or any(c.dep_ == "mark" and c.lower_ in ("à", "de", "d'", "en", "pour", "to") for c in tok.children)
    )


def _nominal_subtree(tok: Token) -> list[Token]:
    """Descendants not inside a verbal clause (conjuncts and appositions included)."""
    out: list[Token] = []
    stack = [tok]
    while stack:
        t = stack.pop(0)
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in _VERBAL and c.pos_ not in ("VERB", "AUX"))
    return out


_VERBAL = frozenset({"acl", "acl:relcl", "relcl", "advcl", "ccomp", "xcomp", "parataxis", "csubj"})


def _contains(outer: Token, inner: Token) -> bool:
    return outer.left_edge.i <= inner.i <= outer.right_edge.i


def _path_up(t: Token, top: Token) -> list[Token]:
    """The tokens from ``t`` up to (not including) ``top``."""
    out: list[Token] = []
    while t.i != top.i and t.head.i != t.i and len(out) < 20:
        out.append(t)
        t = t.head
    return out


def _bounded_subtree(tok: Token, limit: int = 3) -> list[Token]:
    """Descendants reached through nominal relations only, at most ``limit`` levels down."""
    out = [tok]
    frontier = [tok]
    for _ in range(limit):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.dep_ in CLAUSAL or c.dep_ in ("acl", "obl:agent", "agent"):
                    continue
                nxt.append(c)
        out.extend(nxt)
        frontier = nxt
    return out


def _same_name(m: dict[str, Any], name: str, actors: dict[str, dict[str, Any]]) -> bool:
    """A state mention used as a place is the country unless it is its capital ('Moscou')."""
    a = actors.get(m["actor"])
    if a is None:
        return False
    from conflictkg.textkeys import key

    k = key(name)
    return any(key(x) == k for x in a.get("aliases", [])) and not _is_capital(a, k)


def _is_capital(actor: dict[str, Any], k: str) -> bool:
    from conflictkg.knowledge.resources import capital_keys

    return k in capital_keys(actor.get("country"))


def _dedup(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    for e in events:
        k = (e["type"], e["actor"], e["target"], e["sent_start"], e["pred"])
        if k not in seen:
            seen.add(k)
            out.append(e)
    return out
