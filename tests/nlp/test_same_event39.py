"""One event told twice in one article (issue 14, round 39): the headline, the lead and a later
sentence that agree make one event (nlp/tellings.py); tellings of other dates, places or tolls stay
apart. Articles of our own, as exact lists of (actor, type, target, place, date) and the number of
tellings of each event."""

from __future__ import annotations

import pytest
from unit._extract import facts

from conflictkg.nlp.victim_counts import counted

pytestmark = pytest.mark.nlp

Told = tuple[str, str, str | None, str | None, str | None, int]
PUBLISHED = "2012-10-17"


def told(text: str, lang: str) -> list[Told]:
    f = facts(text, lang, PUBLISHED)
    names = {a.id: a.name for a in f.actors}
    places = {loc.id: loc.name for loc in f.locations}
    rows = [
        (names[e.actor_id], e.type, names.get(e.target_id or ""), places.get(e.location_id or ""), e.date,
         len(e.extra.get("told_starts", [0])))
        for e in f.events
    ]  # fmt: skip
    return sorted(rows, key=lambda row: tuple("" if v is None else str(v) for v in row))


JNIM = "Jama'at Nusrat al-Islam wal-Muslimin"
FAMA = "Malian Armed Forces"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # the headline's unnamed jihadists are the body's JNIM; the next day's attack (other toll) is another
        ("fr", "Mali : des jihadistes attaquent un camp militaire\n\nDes jihadistes du JNIM ont attaqué "
               "lundi un camp de l'armée malienne à Boulkessi, faisant 12 morts. Des jihadistes ont attaqué "
               "mardi un camp de l'armée malienne à Mondoro, faisant 5 morts.",
         [(JNIM, "FIGHT", FAMA, "Boulkessi", "2012-10-15", 2),
          ("Unidentified Armed Group (Mali)", "FIGHT", FAMA, "Mondoro", "2012-10-16", 1)]),
        # the same toll told again is one event; thirty dead the next day are another
        ("fr", "Des hommes armés ont tué 12 villageois dans l'État de Borno.\n\nDes combattants de "
               "Boko Haram ont tué lundi 12 villageois dans l'État de Borno. Des combattants de Boko Haram "
               "ont tué mardi 30 villageois dans l'État de Borno.",
         [("Boko Haram", "ASSAULT", "Civilians (Nigeria)", "Borno", "2012-10-15", 2),
          ("Boko Haram", "ASSAULT", "Civilians (Nigeria)", "Borno", "2012-10-16", 1)]),
        # the headline's gunmen in Nigeria are Boko Haram in Borno; gunmen in Kano are another place
        ("en", "Gunmen kill 12 in Nigeria\n\nBoko Haram fighters killed 12 villagers in Borno state on "
               "Monday. Gunmen killed 5 villagers in Kano on Tuesday.",
         [("Boko Haram", "ASSAULT", "Civilians (Nigeria)", "Borno", "2012-10-15", 2),
          ("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kano", "2012-10-16", 1)]),
        # a headline capture retold in the lead is one; shelling of two towns on two days is two
        ("en", "Rebels seize Kidal\n\nMNLA rebels seized the town of Kidal on Monday. The army shelled Gao "
               "on Tuesday. The army shelled Mopti on Wednesday.",
         [(FAMA, "FIGHT", None, "Gao", "2012-10-16", 1),
          (FAMA, "FIGHT", None, "Mopti", "2012-10-17", 1),
          ("National Movement for the Liberation of Azawad", "CAPTURE", None, "Kidal", "2012-10-15", 2)]),
        # a statement told again in the body is another statement; a headline's demand is the lead's
        ("fr", "La Russie a menacé jeudi la Géorgie de représailles. Le ministre russe de la Défense a "
               "déclaré que toutes les positions géorgiennes seraient visées.",
         [("Russia", "THREATEN", "Georgia", None, "2012-10-11", 1),
          ("Russia", "THREATEN", "Georgia", None, "2012-10-17", 1)]),
        ("fr", "Le Hamas exige la libération des prisonniers\n\nLe Hamas a exigé jeudi la libération des "
               "prisonniers palestiniens détenus par Israël.",
         [("Hamas", "REQUEST", "Civilians (Palestine)", None, "2012-10-11", 2)]),
        # one act with a target and no place, another with a place and no target: two acts
        ("en", "The Syrian army said it had repelled an attack by Hayat Tahrir al-Sham. Syrian army "
               "artillery shelled the town of Atarib.",
         [("Syrian Arab Army", "FIGHT", None, "Al Atārib", "2012-10-17", 1),
          ("Syrian Arab Army", "FIGHT", "Hayat Tahrir al-Sham", None, "2012-10-17", 1)]),
        # unnamed gunmen: only the same place and date make one event
        ("fr", "Des hommes armés ont attaqué une église, faisant 7 morts. Des hommes armés ont attaqué lundi "
               "un marché à Kano.",
         [("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", None, "2012-10-17", 1),
          ("Unidentified Armed Group (Nigeria)", "ASSAULT", "Civilians (Nigeria)", "Kano", "2012-10-15", 1)]),
        # twelve dead and thirty dead are two attacks, whatever else agrees
        ("en", "Boko Haram fighters killed 12 villagers in Borno state on Monday. Boko Haram fighters "
               "killed 30 villagers in Borno state.",
         [("Boko Haram", "ASSAULT", "Civilians (Nigeria)", "Borno", "2012-10-15", 1),
          ("Boko Haram", "ASSAULT", "Civilians (Nigeria)", "Borno", "2012-10-17", 1)]),
        ("en", "Boko Haram fighters killed 12 villagers in Borno state on Monday. Boko Haram fighters "
               "killed the villagers in Borno state.",
         [("Boko Haram", "ASSAULT", "Civilians (Nigeria)", "Borno", "2012-10-15", 2)]),
    ],
)  # fmt: skip
def test_tellings_of_one_event(lang: str, text: str, expected: list[Told]) -> None:
    assert told(text, lang) == expected


def toll(sentence: str, words: frozenset[str]) -> frozenset[int]:
    return frozenset(n for _, n in counted(sentence, {"dead": words}))


def test_toll() -> None:
    words = frozenset({"morts", "killed", "killing", "tuant"})
    assert toll("L'attaque a fait 20 morts et 30 blessés.", words) == {20}
    assert toll("Gunmen killed 12 villagers on 3 May.", words) == {12}
    assert toll("A bomb went off, killing 7.", words) == {7}
    assert toll("They were killed on 12 May.", words) == frozenset()


def test_every_telling_is_kept_as_provenance() -> None:
    text = "Gunmen kill 12 in Nigeria\n\nBoko Haram fighters killed 12 villagers in Borno state on Monday."
    (event,) = facts(text, "en", PUBLISHED).events
    assert event.extra["told_starts"] == [0, 27]
    assert [
        text[s:e].strip() for s, e in zip(event.extra["told_starts"], event.extra["told_ends"], strict=True)
    ] == [s.strip() for s in event.extra["told_sentences"]]
    assert event.evidence.start == 27  # the telling whose fields it keeps
