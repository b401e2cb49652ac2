"""A small, realistic, hand-built graph: two wars (Libya, Syria), backers, fights, captures over time.

Every query test writes :func:`fixture_facts` and checks exact rows, so the facts below are the
expected answers' source of truth; ``EXPECTED_*`` constants spell out what the derived facts must be.
Importable from any test (``from data.fixture_graph import fixture_facts``) and from scripts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from conflictkg.model import (
    Actor,
    Article,
    ArticleFacts,
    ControlClaim,
    Event,
    Evidence,
    Location,
    Membership,
    event_id,
    make_id,
)


def actor_id(name: str) -> str:
    return make_id("actor", "fixture", name)


def place_id(name: str) -> str:
    return make_id("loc", "fixture", name)


ACTORS = {
    a.name: a
    for a in (
        Actor(actor_id("Turkey"), "Turkey", "state", "TUR", aliases=["Turquie", "Turkish", "turc", "Ankara"]),
        Actor(
            actor_id("Government of National Accord"),
            "Government of National Accord",
            "government",
            "LBY",
            aliases=["GNA", "gouvernement d'accord national", "Gouvernement d'union nationale"],
        ),
        Actor(
            actor_id("Libyan National Army"),
            "Libyan National Army",
            "armed_group",
            "LBY",
            aliases=["LNA", "ANL", "armée nationale libyenne", "Haftar forces"],
        ),
        Actor(actor_id("Russia"), "Russia", "state", "RUS", aliases=["Russie", "Moscou", "Moscow"]),
        Actor(
            actor_id("United Arab Emirates"),
            "United Arab Emirates",
            "state",
            "ARE",
            aliases=["UAE", "Émirats arabes unis", "EAU"],
        ),
        Actor(actor_id("Khalifa Haftar"), "Khalifa Haftar", "person", "LBY", aliases=["Haftar"]),
        Actor(actor_id("Fayez al-Sarraj"), "Fayez al-Sarraj", "person", "LBY", aliases=["Sarraj"]),
        Actor(
            actor_id("Syrian Arab Army"),
            "Syrian Arab Army",
            "armed_group",
            "SYR",
            aliases=["SAA", "armée syrienne", "armée arabe syrienne"],
        ),
        Actor(
            actor_id("Syrian National Army"),
            "Syrian National Army",
            "armed_group",
            "SYR",
            aliases=["SNA", "Armée nationale syrienne"],
        ),
        Actor(
            actor_id("Syrian Democratic Forces"),
            "Syrian Democratic Forces",
            "armed_group",
            "SYR",
            aliases=["SDF", "FDS", "Forces démocratiques syriennes"],
        ),
        Actor(
            actor_id("United States"), "United States", "state", "USA", aliases=["USA", "États-Unis", "US"]
        ),
    )
}

LOCATIONS = {
    loc.name: loc
    for loc in (
        Location(place_id("Tripoli"), "Tripoli", "city", "LBY", 32.8872, 13.1913, aliases=["Tarabulus"]),
        Location(
            place_id("Al-Watiya Air Base"),
            "Al-Watiya Air Base",
            "base",
            "LBY",
            32.4747,
            11.8983,
            aliases=["base aérienne d'Al-Watiya", "al-Watiya", "Watiya"],
        ),
        Location(place_id("Asaba"), "Asaba", "town", "LBY", 32.0667, 12.7333, aliases=["al-Asabaa"]),
        Location(place_id("Tarhuna"), "Tarhuna", "town", "LBY", 32.4350, 13.6332, aliases=["Tarhounah"]),
        Location(place_id("Sirte"), "Sirte", "city", "LBY", 31.2089, 16.5887, aliases=["Syrte"]),
        Location(place_id("Afrin"), "Afrin", "town", "SYR", 36.5119, 36.8694, aliases=["Efrîn"]),
        Location(place_id("Manbij"), "Manbij", "town", "SYR", 36.5281, 37.9549, aliases=["Manbidj"]),
        Location(
            place_id("Ras al-Ain"), "Ras al-Ain", "town", "SYR", 36.8500, 40.0667, aliases=["Serê Kaniyê"]
        ),
    )
}


@dataclass
class _E:
    """One event row of the fixture: type, actor, target, place, date, modality, sentence."""

    type: str
    actor: str
    target: str | None
    place: str | None
    date: str | None
    sentence: str
    modality: str = "asserted"
    confidence: float = 0.8


@dataclass
class _Art:
    url: str
    published: str
    language: str
    events: list[_E]
    controls: list[tuple[str, str, str | None, str]] = field(default_factory=list)  # actor, place, since, s
    members: list[tuple[str, str, str]] = field(default_factory=list)  # person, org, role


ARTICLES = [
    _Art(
        "fixture://libya/2019-06-asaba",
        "2019-06-02",
        "en",
        [
            _E(
                "CAPTURE",
                "Libyan National Army",
                None,
                "Asaba",
                "2019-06-01",
                "LNA forces took control of Asaba on Saturday.",
            ),
            _E(
                "FIGHT",
                "Government of National Accord",
                "Libyan National Army",
                "Tripoli",
                "2019-06-01",
                "GNA forces clashed with the LNA south of Tripoli.",
            ),
        ],
        controls=[
            (
                "Libyan National Army",
                "Tarhuna",
                "2019-04-04",
                "Tarhuna, the LNA's main stronghold near the capital.",
            )
        ],
        members=[
            ("Khalifa Haftar", "Libyan National Army", "commander"),
            ("Fayez al-Sarraj", "Government of National Accord", "prime minister"),
        ],
    ),
    _Art(
        "fixture://libya/2019-12-turkey",
        "2019-12-11",
        "fr",
        [
            _E(
                "SUPPORT",
                "Turkey",
                "Government of National Accord",
                None,
                "2019-12-10",
                "La Turquie a affirmé son soutien au gouvernement d'accord national.",
            ),
            _E(
                "SUPPORT",
                "Russia",
                "Libyan National Army",
                None,
                "2019-11-01",
                "Moscou soutiendrait l'ANL selon des diplomates.",
                modality="reported",
                confidence=0.6,
            ),
            _E(
                "THREATEN",
                "Libyan National Army",
                "Turkey",
                None,
                "2019-12-12",
                "L'ANL a menacé de frapper les intérêts turcs.",
            ),
        ],
        controls=[
            (
                "Libyan National Army",
                "Al-Watiya Air Base",
                None,
                "La base aérienne d'Al-Watiya, tenue par l'ANL.",
            )
        ],
    ),
    _Art(
        "fixture://libya/2020-01-sirte",
        "2020-01-07",
        "en",
        [
            _E(
                "AID",
                "Turkey",
                "Government of National Accord",
                None,
                "2020-01-05",
                "Turkey sent military advisers and drones to the GNA.",
            ),
            _E(
                "CAPTURE",
                "Libyan National Army",
                "Government of National Accord",
                "Sirte",
                "2020-01-06",
                "The LNA seized Sirte from GNA-aligned forces.",
            ),
            _E(
                "AID",
                "United Arab Emirates",
                "Libyan National Army",
                None,
                "2020-02-01",
                "The UAE delivered armoured vehicles to the LNA.",
            ),
            _E(
                "SUPPORT",
                "Turkey",
                "Government of National Accord",
                None,
                None,
                "Ankara has long backed the GNA.",
            ),
            _E(
                "CAPTURE",
                "Libyan National Army",
                None,
                "Tripoli",
                "2020-01-10",
                "The LNA threatened to take Tripoli within days.",
                modality="threatened",
            ),
        ],
    ),
    _Art(
        "fixture://libya/2020-05-watiya",
        "2020-05-21",
        "fr",
        [
            _E(
                "CAPTURE",
                "Government of National Accord",
                "Libyan National Army",
                "Al-Watiya Air Base",
                "2020-05-18",
                "Les forces du GNA ont repris la base aérienne d'Al-Watiya à l'ANL.",
            ),
            _E(
                "COOPERATE",
                "Turkey",
                "Government of National Accord",
                "Al-Watiya Air Base",
                "2020-05-18",
                "Le soutien turc a aidé le GNA à prendre la base.",
            ),
            _E(
                "CAPTURE",
                "Government of National Accord",
                None,
                "Asaba",
                "2020-05-20",
                "Le GNA a pris le contrôle d'Asaba mercredi.",
            ),
            _E(
                "FIGHT",
                "Libyan National Army",
                "Government of National Accord",
                "Tripoli",
                "2020-05-19",
                "L'ANL a bombardé les positions du GNA à Tripoli.",
            ),
            _E(
                "ASSAULT",
                "Libyan National Army",
                None,
                "Tripoli",
                "2020-05-19",
                "Des roquettes de l'ANL ont frappé un quartier résidentiel.",
            ),
            _E(
                "SUPPORT",
                "Russia",
                "Libyan National Army",
                None,
                "2020-05-27",
                "Moscou a démenti tout soutien à l'ANL.",
                modality="denied",
            ),
        ],
    ),
    _Art(
        "fixture://libya/2020-06-tarhuna",
        "2020-06-06",
        "en",
        [
            _E(
                "RETREAT",
                "Libyan National Army",
                None,
                "Tarhuna",
                "2020-06-04",
                "LNA units withdrew from Tarhuna overnight.",
            ),
            _E(
                "CAPTURE",
                "Government of National Accord",
                "Libyan National Army",
                "Tarhuna",
                "2020-06-05",
                "GNA forces entered Tarhuna, the last LNA stronghold in the west.",
            ),
            _E(
                "CAPTURE",
                "Government of National Accord",
                None,
                "Asaba",
                "2020-05-25",
                "GNA forces consolidated their hold on Asaba.",
            ),
        ],
    ),
    _Art(
        "fixture://syria/2018-afrin",
        "2018-03-19",
        "en",
        [
            _E(
                "SUPPORT",
                "Turkey",
                "Syrian National Army",
                None,
                "2018-01-20",
                "Turkey backed the Syrian National Army's offensive.",
            ),
            _E(
                "CAPTURE",
                "Turkey",
                "Syrian Democratic Forces",
                "Afrin",
                "2018-03-18",
                "Turkish-led forces captured Afrin from the SDF.",
            ),
            _E(
                "FIGHT",
                "Turkey",
                "Syrian Democratic Forces",
                "Afrin",
                "2018-03-10",
                "Turkish jets struck SDF positions around Afrin.",
            ),
            _E(
                "SUPPORT",
                "Russia",
                "Syrian Arab Army",
                None,
                "2015-09-30",
                "Russia began air support for the Syrian army.",
            ),
        ],
    ),
    _Art(
        "fixture://syria/2019-10-manbij",
        "2019-10-17",
        "en",
        [
            _E(
                "AID",
                "United States",
                "Syrian Democratic Forces",
                None,
                "2017-05-09",
                "Washington armed the SDF for the Raqqa offensive.",
            ),
            _E(
                "CAPTURE",
                "Syrian Democratic Forces",
                None,
                "Manbij",
                "2016-08-12",
                "The SDF took Manbij in August 2016.",
            ),
            _E(
                "RETREAT",
                "Syrian Democratic Forces",
                None,
                "Manbij",
                "2019-10-15",
                "SDF fighters pulled out of Manbij.",
            ),
            _E(
                "CAPTURE",
                "Syrian Arab Army",
                None,
                "Manbij",
                "2019-10-16",
                "Syrian army troops entered Manbij.",
            ),
            _E(
                "FIGHT",
                "Syrian National Army",
                "Syrian Democratic Forces",
                "Ras al-Ain",
                "2019-10-12",
                "SNA fighters clashed with the SDF in Ras al-Ain.",
            ),
            _E(
                "FIGHT",
                "Syrian Democratic Forces",
                "Syrian National Army",
                "Ras al-Ain",
                "2019-10-13",
                "The SDF shelled SNA positions near Ras al-Ain.",
            ),
            _E(
                "COERCE",
                "Syrian Arab Army",
                "Syrian National Army",
                "Manbij",
                "2019-10-20",
                "The Syrian army blocked SNA convoys outside Manbij.",
            ),
        ],
    ),
]


def fixture_facts() -> list[ArticleFacts]:
    """The fixture as :class:`ArticleFacts`, ready for ``GraphWriter.write``."""
    out = []
    for spec in ARTICLES:
        art_id = make_id("art", spec.url)
        article = Article(
            id=art_id, url=spec.url, text=" ".join(e.sentence for e in spec.events),
            sha256=make_id("sha", spec.url), title=spec.url.rsplit("/", 1)[-1],
            published=spec.published, language=spec.language, extractor="fixture/1",
        )  # fmt: skip
        facts = ArticleFacts(article=article)
        names: set[str] = set()
        places: set[str] = set()
        offset = 0
        for e in spec.events:
            start, end = offset, offset + len(e.sentence)
            offset = end + 1
            actor, target = ACTORS[e.actor], ACTORS[e.target] if e.target else None
            names.update(n for n in (e.actor, e.target) if n)
            if e.place:
                places.add(e.place)
            facts.events.append(
                Event(
                    id=event_id(art_id, e.type, actor.id, target.id if target else None, start),
                    type=e.type,
                    actor_id=actor.id,
                    target_id=target.id if target else None,
                    location_id=LOCATIONS[e.place].id if e.place else None,
                    evidence=Evidence(e.sentence, start, end, e.sentence),
                    modality=e.modality,
                    date=e.date,
                    date_precision="day" if e.date else None,
                    confidence=e.confidence,
                    summary=f"{e.actor} {e.type} {e.target or ''}".strip(),
                )
            )
        for who, where, since, sentence in spec.controls:
            names.add(who)
            places.add(where)
            facts.controls.append(
                ControlClaim(
                    ACTORS[who].id,
                    LOCATIONS[where].id,
                    Evidence(sentence, 0, len(sentence), sentence),
                    date=since,
                    date_precision="day" if since else None,
                    confidence=0.7,
                )
            )
        for person, org, role in spec.members:
            names.update((person, org))
            facts.memberships.append(Membership(ACTORS[person].id, ACTORS[org].id, role))
        facts.actors = [ACTORS[n] for n in sorted(names)]
        facts.locations = [LOCATIONS[n] for n in sorted(places)]
        out.append(facts)
    return out


# What derive() must produce from the fixture.
# (backer, backed, events, first_seen, last_seen)
EXPECTED_SUPPORTS = {
    ("Turkey", "Government of National Accord", 4, "2019-12-10", "2020-05-18"),
    ("Russia", "Libyan National Army", 1, "2019-11-01", "2019-11-01"),
    ("United Arab Emirates", "Libyan National Army", 1, "2020-02-01", "2020-02-01"),
    ("Turkey", "Syrian National Army", 1, "2018-01-20", "2018-01-20"),
    ("Russia", "Syrian Arab Army", 1, "2015-09-30", "2015-09-30"),
    ("United States", "Syrian Democratic Forces", 1, "2017-05-09", "2017-05-09"),
}

# (location, from, to, date): every control change a capture made.
EXPECTED_CHANGES = {
    ("Asaba", "Government of National Accord", "Libyan National Army", "2019-06-01"),  # inferred
    ("Asaba", "Libyan National Army", "Government of National Accord", "2020-05-20"),
    ("Sirte", "Government of National Accord", "Libyan National Army", "2020-01-06"),
    ("Al-Watiya Air Base", "Libyan National Army", "Government of National Accord", "2020-05-18"),
    ("Tarhuna", "Libyan National Army", "Government of National Accord", "2020-06-05"),
    ("Afrin", "Syrian Democratic Forces", "Turkey", "2018-03-18"),
    ("Manbij", None, "Syrian Democratic Forces", "2016-08-12"),
    ("Manbij", "Syrian Democratic Forces", "Syrian Arab Army", "2019-10-16"),
}

# (actor, kind, since, until) of every CONTROLS relationship after derive().
EXPECTED_CONTROLS = {
    ("Libyan National Army", "stated", "2019-04-04", None, "Tarhuna"),
    ("Libyan National Army", "stated", None, None, "Al-Watiya Air Base"),
    ("Libyan National Army", "captured", "2019-06-01", "2020-05-20", "Asaba"),
    ("Government of National Accord", "captured", "2020-05-20", None, "Asaba"),
    ("Libyan National Army", "captured", "2020-01-06", None, "Sirte"),
    ("Government of National Accord", "captured", "2020-05-18", None, "Al-Watiya Air Base"),
    ("Government of National Accord", "captured", "2020-06-05", None, "Tarhuna"),
    ("Turkey", "captured", "2018-03-18", None, "Afrin"),
    ("Syrian Democratic Forces", "captured", "2016-08-12", "2019-10-15", "Manbij"),
    ("Syrian Arab Army", "captured", "2019-10-16", None, "Manbij"),
}
