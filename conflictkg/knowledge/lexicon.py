"""Predicate lexicons (data files ``conflictkg/knowledge/data/lexicons/<lang>.json``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from conflictkg.errors import ConflictKGError
from conflictkg.knowledge.packaged import packaged_json

SUPPORTED = ("fr", "en")


@dataclass(frozen=True)
class Predicate:
    type: str
    cameo: str | None = None
    target: tuple[str, ...] = ("obj",)
    requires_target: bool = False
    requires_place: bool = False
    symmetric: bool = False
    embeds: str | None = None  # threat | request | deny | aid | promise
    civilian_type: str | None = None  # the type when the object is civilians (kill → ASSAULT)
    silent: bool = False  # only changes the modality of what it embeds ("deny")
    needs_object: tuple[str, ...] = ()
    object_actor_kinds: tuple[str, ...] = ()  # or an object actor of these kinds ("suspendre la Syrie")
    needs_prep: tuple[str, ...] = ()
    town_preps: tuple[str, ...] = ()  # "entrés à Kidal": meets needs_prep before a town's name only
    object_prep: str | None = None  # the preposition of the place argument ("s'emparer de X")
    person_target: bool = False
    appositive: bool = False  # "la Turquie, alliée de Bakou": the noun's actor is what it is in apposition to
    actor_preps: tuple[str, ...] = ()  # "the fall of X to Y": the actor of a nominal event
    pair: tuple[str, ...] = ()  # "des combats ont opposé X à Y": the two sides' argument roles
    passive_actor: str | None = None  # generic class acting in an agentless passive ("ont été arrêtés")
    requires_no_object: bool = False  # no object, and only actors in the target roles ("se rendre à X")
    passive_subject_acts: bool = False  # "l'armée a été mise en état d'alerte": the subject acts
    object_acts: bool = False  # "a déployé des policiers": state forces deployed are who mobilizes
    noun_complement: tuple[str, ...] = ()  # the verb_object noun's complement ("état d'alerte")
    passive_only: bool = False  # "a body was found": an event only when agentless-passive
    no_seizure: bool = False  # "recovered weapons": property taken back is no seizure (CAMEO 171)
    needs_clause: bool = False  # an embedded verb: "inviter X à partir", not "inviter X à Paris"
    self_causative: bool = False  # "se faire exploser": the causative reflexive is the subject's own act
    expels_from: str | None = None  # "chasser l'armée de Kidal": the preposition of the place taken
    unnamed_patient: str | None = None  # "3 000 arrestations": the generic class of the many unnamed
    rioting: bool = False  # "ériger des barricades": a protest by rioters
    toll_only: bool = False  # "des tirs ont fait trois blessés": an event only as a toll verb's subject
    as_culprit: str | None = None  # "désigner X comme l'auteur de l'attentat": the word before the culprit
    between_pair: bool = False  # "an agreement between X and Y": the two sides named do it together
    people_taken: str | None = None  # "seized two aid workers": the verb read when people are taken
    people_arrested: str | None = None  # "police seized two men": the verb read when state forces take people
    forces_only: bool = False  # "troops arrived in X": an event only when the subject is a force
    no_forces: bool = False  # "the army will march on Republic Day": no event when the subject is a force
    intransitive: bool = False  # "demonstrated their resolve": with a direct object, another sense (show)
    party_object: bool = False  # "raid the shelves": with a direct object, one of a party or a place only
    force_reading: str | None = None  # "troops reached X": the verb read when a force is the subject
    weapons_only: bool = False  # "two rockets landed near X": an event only when a weapon is the subject
    weapon_reading: str | None = None  # "rockets fell on X": the verb read when a weapon is the subject
    place_reading: str | None = None  # "s'est rendu à Beyrouth": the noun read when it goes to places
    people_only: bool = False  # "were picked up by gunmen": an event only when people are taken
    for_demand: Predicate | None = None  # "se sont réunis pour réclamer X": a gathering held to demand
    bare: Predicate | None = None  # "a lancé des grenades": the reading when noun_complement is missing
    particle_only: bool = (
        False  # "took in refugees": the noun is the verb's particle ("taken ... in Gao": no)
    )

    @classmethod
    def of(cls, row: dict[str, Any]) -> Predicate:
        return cls(
            type=row["type"],
            cameo=row.get("cameo"),
            target=tuple(row.get("target", ["obj"])),
            requires_target=bool(row.get("requires_target", False)),
            requires_place=bool(row.get("requires_place", False)),
            symmetric=bool(row.get("symmetric", False)),
            embeds=row.get("embeds"),
            civilian_type=row.get("civilian_type"),
            silent=bool(row.get("silent", False)),
            needs_object=tuple(row.get("needs_object", [])),
            object_actor_kinds=tuple(row.get("object_actor_kinds", [])),
            needs_prep=tuple(p for p in str(row.get("needs_prep", "")).split("|") if p),
            town_preps=tuple(p for p in str(row.get("town_preps", "")).split("|") if p),
            object_prep=row.get("object_prep"),
            person_target=bool(row.get("person_target", False)),
            appositive=bool(row.get("appositive", False)),
            passive_actor=row.get("passive_actor"),
            actor_preps=tuple(row.get("actor_preps", [])),
            pair=tuple(row.get("pair", [])),
            requires_no_object=bool(row.get("requires_no_object", False)),
            needs_clause=bool(row.get("needs_clause", False)),
            passive_subject_acts=bool(row.get("passive_subject_acts", False)),
            object_acts=bool(row.get("object_acts", False)),
            noun_complement=tuple(row.get("noun_complement", [])),
            passive_only=bool(row.get("passive_only", False)),
            no_seizure=bool(row.get("no_seizure", False)),
            self_causative=bool(row.get("self_causative", False)),
            expels_from=row.get("expels_from"),
            unnamed_patient=row.get("unnamed_patient"),
            rioting=bool(row.get("rioting", False)),
            as_culprit=row.get("as_culprit"),
            people_taken=row.get("people_taken"),
            people_arrested=row.get("people_arrested"),
            forces_only=bool(row.get("forces_only", False)),
            no_forces=bool(row.get("no_forces", False)),
            intransitive=bool(row.get("intransitive", False)),
            party_object=bool(row.get("party_object", False)),
            force_reading=row.get("force_reading"),
            weapons_only=bool(row.get("weapons_only", False)),
            weapon_reading=row.get("weapon_reading"),
            place_reading=row.get("place_reading"),
            people_only=bool(row.get("people_only", False)),
            for_demand=cls.of(row["for_demand"]) if "for_demand" in row else None,
            bare=cls.of(row["bare"]) if "bare" in row else None,
            toll_only=bool(row.get("toll_only", False)),
            between_pair=bool(row.get("between_pair", False)),
            particle_only=bool(row.get("particle_only", False)),
        )


@dataclass(frozen=True)
class Lexicon:
    lang: str
    verbs: dict[str, Predicate]
    reflexive: dict[str, Predicate]
    verb_object: dict[tuple[str, str], Predicate]
    nouns: dict[str, Predicate]
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    place_nouns: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    generic: dict[str, str] = field(default_factory=dict)  # group noun → protesters|civilians|armed

    def has(self, group: str, word: str) -> bool:
        return word in self.words.get(group, frozenset())

    def group(self, name: str) -> frozenset[str]:
        return self.words.get(name, frozenset())

    def titles(self) -> frozenset[str]:
        """Role nouns and the ``name_titles`` ranks: a name right after one is a person's."""
        return frozenset(self.roles) | self.group("name_titles")

    def hyphenated_nouns(self) -> frozenset[str]:
        """The one-word hyphenated nouns of events, attackers and places ("attentat-suicide", "chef-lieu"),
        and the hyphenated names kept whole, each part capitalised ("Nouvelle-Calédonie")."""
        nouns = (*self.nouns, *self.group("attack_subjects"), *self.place_nouns)
        nouns += tuple(n.title() for n in self.group("joined_names"))
        return frozenset(w for w in nouns if "-" in w and " " not in w)

    def verb_lemmas(self, *, reflexive: bool = False) -> frozenset[str]:
        """The lemmas of the verbs, alone or with their object noun (and the reflexive ones)."""
        lemmas = {*self.verbs, *(verb for verb, _ in self.verb_object)}
        return frozenset(lemmas | set(self.reflexive) if reflexive else lemmas)


_WORD_GROUPS = (
    "ordinal_endings", "free_relatives", "idiom_take_objects", "tribute_nouns", "complaint_preps",
    "dispersal_verbs", "infinitive_marks",
    "identifying_participles", "identity_marks", "refuge_verbs", "refuge_preps",
    "reporting", "light", "object_control", "causative", "ordering_causatives", "modal_verbs", "negation",
    "hypothetical_marks", "hypothetical_dets", "pronouns", "agent_preps", "of_preps",
    "locative_preps", "place_preps", "near_words", "country_nouns", "civilian_nouns", "control_nouns",
    "date_words", "institution_nouns", "reciprocal", "state_force_words", "abductee_classes", "captive_nouns",
    "official_nouns", "enabling_verbs", "operation_nouns", "latter_words",
    "arresting_classes", "instrument_preps", "hand_nouns", "receiving", "source_preps", "attack_subjects",
    "toll_verbs", "responsibility", "territory_nouns", "partner_preps", "seizable_nouns", "joined_prefixes",
    "editorial_asides", "topic_nouns", "finding_nouns", "topic_preps", "regular_er_endings", "escape_verbs",
    "doubled_consonant_stems", "suffer_verbs",
    "victim_nouns", "naming_participles",
    "demonstratives", "opposing_preps", "military_equipment", "name_to_preps", "name_tail_preps",
    "headline_verb_links",
    "plural_group_nouns", "verb_spelt_group_nouns", "operator_verbs", "held_site_nouns", "partitive_articles",
    "adjective_partitives", "plural_partitives", "etre_forms",
    "series_nouns", "phase_nouns", "effort_nouns", "dative_clitics",
    "misread_prepositions",
    "force_attack_nouns", "fighter_activist_nouns", "stem_alternations", "idiom_nouns",
    "gerund_marks", "gerund_endings",
    "property_modifiers", "owner_nouns", "participation", "claim_nouns", "authorship_verbs",
    "author_nouns", "culprit_nouns", "holder_nouns", "source_preps_of_report",
    "gathering_nouns", "possessive_relatives", "control_verbs", "control_states", "modal_adjectives",
    "gained_control_marks", "completive_adverbs", "gained_control_links", "share_nouns",
    "headline_end_marks", "note_tail_marks", "ground_strike_verbs", "group_name_words", "toll_rise_verbs",
    "silent_e_endings", "accident_causes", "present_imperfect_endings", "compass_homographs",
    "third_person_endings",
    "dweller_nouns", "nonlethal_means", "state_force_nouns", "force_qualifiers", "acronym_misread_tags",
    "attempt_nouns", "resultative_adjectives", "intransitive_verbs", "carrier_nouns", "lost_property_words",
    "recovered_arms_nouns", "first_person_words", "party_object_nouns", "injury_participles", "honorifics",
    "operation_words", "finding_verbs", "conditional_openers", "inverted_conditionals", "subdivision_nouns",
    "means_nouns", "joined_names",
    "resumed_nouns", "flag_nouns", "war_craft_nouns", "war_marks",
    "recourse_verbs", "wrongdoer_nouns", "resumption_verbs", "suspicion_verbs", "upcoming_heads",
    "border_partner_preps", "civilian_role_modifiers", "name_hedges",
    "kin_nouns", "collective_nouns", "destination_verbs", "destination_preps", "name_particles",
    "route_nouns", "route_preps",
    "heading_preps", "name_articles", "fronted_name_articles", "unit_branch_words", "unit_office_heads",
    "numbered_unit_heads",
    "prior_event_preps", "prior_event_types",
    "including_relatives", "planning_verbs", "casualty_list_preps", "member_nouns", "member_preps",
    "doubt_nouns", "doubt_preps", "bounty_nouns", "bounty_preps",
    "media_nouns", "verdict_words", "verdict_speech_verbs", "verdict_copulas", "protest_sign_nouns",
    "fronted_place_preps", "fronted_name_preps", "region_preps",
    "invariable_noun_endings",
    "companion_verbs",
    "backing_phrases", "backed_phrases", "partner_phrases", "paired_war_nouns",
    "alliance_nouns", "alliance_target_preps", "means_verbs", "means_target_preps", "listed_member_preps",
    "joint_fight_types",
    "weekdays",
    "accident_verbs", "vehicle_mishap_verbs",
    "death_verbs", "perpetration_verbs", "span_nouns", "sighting_verbs",
    "etre_verbs", "er_participle_endings",
    "dispute_nouns",
    "speech_possessives",
    "scene_verbs", "scene_nouns",
    "office_nouns", "office_speech_verbs", "office_partner_verbs", "winner_phrases", "election_verbs",
    "deposed_words", "coup_nouns", "junta_nouns", "rival_words", "strikeless_states",
    "regime_nouns", "sideless_fight_nouns", "continuation_verbs", "placed_government_nouns",
    "bloodless_contest_modifiers", "campaign_nouns",
    "cancelling_verbs", "postponing_verbs", "border_nouns", "civilian_sites", "participle_nouns",
    "foiling_verbs", "plot_nouns", "planned_attack_modifiers", "arms_measure_nouns",
    "carrying_verbs",
    "trip_verbs", "trip_purpose_preps", "delegation_verbs", "delegation_nouns", "person_title_words",
    "convening_participles", "executing_verbs", "counted_victim_verbs", "time_span_nouns",
    "anaphor_group_nouns", "theatre_group_nouns", "personal_pronouns", "plural_pronouns", "call_nouns",
    "contested_place_preps", "concern_words", "plural_owner_possessives", "singular_owner_possessives",
    "denied_claim_nouns", "claim_denying_verbs",
    "portfolio_nouns",
    "branch_nouns",
    "former_words",
    "stoppage_nouns", "stoppage_modifiers", "stoppage_verbs", "stoppage_agent_preps",
    "incumbent_phrases",
    "consequence_verbs", "scene_shift_words", "time_of_day_words",
    "force_kinds", "force_classes", "weapon_subjects", "skyward_nouns", "allegiance_adjectives",
    "unarmed_person_nouns",
    "sport_verbs", "sport_words", "sport_margin_words", "sport_player_nouns", "game_time_preps",
    "offence_words", "assembly_verbs",
    "occasion_nouns", "rite_modifiers", "communal_modifiers", "community_nouns",
    "weapon_owner_verbs", "weapon_owner_preps", "arms_store_nouns",
    "compass_name_parts", "tied_participles", "tied_nouns", "tied_kinds", "group_name_nouns",
    "landmark_nouns", "landmark_idioms",
    "unless_phrases", "pact_nouns",
    "work_crew_nouns", "demolition_verbs", "both_sides_phrases", "warring_phrases", "escort_nouns",
    "laden_vehicle_verbs", "laden_vehicle_nouns", "laid_charge_nouns", "charge_contact_preps",
    "vehicle_charge_words", "carrying_participles",
    "chemical_agents",
    "blaming_verbs", "blamed_preps",
    "downing_verbs", "unmanned_weapons", "airspace_preps", "origin_nouns", "motive_preps", "motive_nouns",
    "origin_preps",
    "wrecking_verbs", "looting_verbs", "property_nouns", "punishment_verbs",
    "visited_place_verbs", "visit_time_preps",
    "flight_verbs", "cause_preps", "negated_adverbs", "label_noun_tags",
    "air_modifiers", "air_force_kinds",
    "present_singular_endings", "toll_among_preps", "life_toll_preps", "own_possessives", "town_anaphors",
    "town_object_verbs",
    "envoy_nouns", "force_sites", "site_holder_verbs", "hedge_lemmas", "without_marks",
    "demonym_sites", "site_force_modifiers", "aid_site_modifiers", "site_housing_verbs",
    "toll_participle_marks", "wrecking_nouns",
    "visitor_kinds", "visit_preps", "status_participles", "aiming_participles",
    "outside_state_roles", "obligation_modals", "refusal_verbs", "readiness_participles",
    "failure_verbs", "acceptance_verbs", "attempt_verbs",
    "habitual_adverbs", "body_nouns", "political_body_nouns", "armed_body_words",
    "protested_party_preps", "relation_partner_preps", "suspect_nouns", "range_particles", "range_preps",
    "toll_words", "wounded_words", "casualty_words", "arrested_words", "abducted_words",
    "ethnic_peoples", "receiver_preps", "concessive_preps", "organisation_kind_nouns",
    "endorsed_acts", "mission_nouns", "attempt_claim_nouns", "coerced_crowd_nouns", "leader_nouns",
    "toll_head_nouns", "victim_side_preps", "rank_nouns", "holding_participles",
    "abroad_words", "adversative_preps", "restriction_nouns", "public_service_nouns", "span_start_preps",
    "facility_nouns", "bombing_modifiers",
    "bombing_nouns", "bombing_devices", "bombing_preps", "name_titles", "mission_homographs",
    "feature_heads", "feature_openers", "unit_name_heads", "feast_names",
    "arson_head_nouns", "arson_modifiers", "relief_nouns", "portion_nouns", "seat_nouns", "exchange_nouns",
    "exchanged_fire_words", "unnamed_victim_nouns", "encounter_nouns", "encounter_party_kinds", "mob_nouns",
    "fight_partner_preps", "rioting_crowd_nouns", "road_user_nouns", "weapon_controller_verbs",
    "verbal_attack_verbs", "speech_venue_nouns", "speech_venue_preps", "explosive_means_words",
    "explosive_means_preps", "arrest_sense_verbs", "arrest_reason_preps", "captivity_reason_words",
    "duration_nouns", "anger_adjectives", "feast_preps", "admission_verbs", "leading_verbs",
    "headline_toll_preps", "fire_exchange_nouns", "camp_prefixes", "camp_nouns", "camp_government_words",
    "camp_suffixes", "blast_struck_verbs", "folk_place_kinds", "blast_subjects", "gang_nouns",
    "state_site_nouns", "cessation_verbs", "sequence_adverbs", "surrounding_nouns",
    "law_name_heads", "law_names", "time_clause_marks", "court_nouns", "office_complement_words",
    "pressure_nouns", "pressure_source_preps", "pressure_target_preps",
    "wanting_verbs", "leading_suffixes", "until_marks", "visited_force_nouns", "copula_forms",
    "named_civil_site_nouns", "hedge_verbs", "ongoing_adjectives",
    "danger_facing_verbs", "reliance_words", "reliance_preps", "documenting_verbs",
    "sent_aid_nouns", "aid_destination_preps", "filling_participles",
    "water_nouns", "timed_span_preps", "circumstance_marks", "town_site_nouns", "start_nouns",
    "belief_participles", "tie_participles", "elided_heads", "civil_body_nouns", "splinter_nouns",
    "hedged_membership_words", "town_named_facilities",
    "venue_nouns", "venue_verbs", "test_waters", "bound_words", "bound_preps",
)  # fmt: skip


@cache
def _shared() -> dict[str, Any]:
    shared: dict[str, Any] = packaged_json("conflictkg.knowledge", "data", "lexicons", "shared.json")
    return shared


def shared_words(group: str) -> frozenset[str]:
    """A function-word list of ``data/lexicons/shared.json`` (both languages; read by the parse helpers)."""
    return frozenset(s for w in _shared()[group] for s in spellings(w.lower()))


def spellings(word: str) -> tuple[str, ...]:
    """A word as the data writes it and, with an apostrophe, as typeset ("d'après", "d’après"): the
    tokenizer splits an elision at either (nlp/elision.py reads an opening quote there as one)."""
    return (word, word.replace("'", "\u2019")) if "'" in word else (word,)


def shared_map(group: str) -> dict[str, str]:
    """A word → word table of ``data/lexicons/shared.json``."""
    return dict(_shared()[group])


def _raw(lang: str) -> dict[str, Any]:
    """The language's lexicon file as parsed (read afresh: its readers cache what they build)."""
    raw: dict[str, Any] = packaged_json("conflictkg.knowledge", "data", "lexicons", f"{lang}.json")
    return raw


@cache
def weekday_numbers() -> dict[str, int]:
    """The names of the days of every language (its lexicon's ``weekdays``, Monday first) → their
    weekday number, 0 (Monday) to 6, as ``datetime.date.weekday`` counts."""
    numbers: dict[str, int] = {}
    for lang in SUPPORTED:
        days = _raw(lang)["weekdays"]
        if len(days) != 7:
            raise ConflictKGError(f"lexicon {lang}.json: weekdays lists {len(days)} days, not 7")
        numbers.update({day.lower(): i for i, day in enumerate(days)})
    return numbers


@cache
def load_lexicon(lang: str) -> Lexicon:
    raw = _raw(lang)
    return Lexicon(
        lang=lang,
        verbs={k: Predicate.of(v) for k, v in raw.get("verbs", {}).items()},
        reflexive={k: Predicate.of(v) for k, v in raw.get("reflexive", {}).items()},
        verb_object={(r["verb"], r["noun"]): Predicate.of(r) for r in raw.get("verb_object", [])},
        nouns={k: Predicate.of(v) for k, v in raw.get("nouns", {}).items()},
        words={g: frozenset(s for w in raw.get(g, []) for s in spellings(w.lower())) for g in _WORD_GROUPS},
        place_nouns={k.lower(): v for k, v in raw.get("place_nouns", {}).items()},
        roles={k.lower(): v for k, v in raw.get("roles", {}).items()},
        generic={k.lower(): v for k, v in raw.get("generic_groups", {}).items()},
    )
