"""Actor knowledge base: surface forms → canonical actors."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from conflictkg.errors import InputError
from conflictkg.knowledge.kb import KnowledgeBase
from conflictkg.knowledge.kb_data import ActorEntry, french_forms


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return KnowledgeBase.load()


def ids(kb: KnowledgeBase, forms: list[str], lang: str | None = None) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for f in forms:
        e = kb.resolve(f, lang)
        out[f] = e.id if e else None
    return out


def test_country_names_fr_en(kb: KnowledgeBase) -> None:
    forms = ["la Turquie", "Turkey", "Türkiye", "Russie", "Russia", "la Libye", "Syrie", "les États-Unis"]
    forms += ["Etats-Unis", "United States", "Royaume-Uni", "l'Arabie saoudite", "les Émirats arabes unis"]
    got = ids(kb, forms)
    assert got == {
        "la Turquie": "actor:turkey", "Turkey": "actor:turkey", "Türkiye": "actor:turkey",
        "Russie": "actor:russia", "Russia": "actor:russia", "la Libye": "actor:libya",
        "Syrie": "actor:syria", "les États-Unis": "actor:united-states",
        "Etats-Unis": "actor:united-states", "United States": "actor:united-states",
        "Royaume-Uni": "actor:united-kingdom", "l'Arabie saoudite": "actor:saudi-arabia",
        "les Émirats arabes unis": "actor:united-arab-emirates",
    }  # fmt: skip
    turkey = kb.get("actor:turkey")
    assert turkey is not None
    assert (turkey.kind, turkey.country, turkey.wikidata) == ("state", "TUR", "Q43")


def test_every_iso_country_is_a_state(kb: KnowledgeBase) -> None:
    states = [e for e in kb.entries() if e.kind == "state"]
    assert len(states) >= 249
    assert len({e.country for e in states}) == len(states)


def test_demonyms_all_forms(kb: KnowledgeBase) -> None:
    cases = {
        "turc": "actor:turkey", "turque": "actor:turkey", "turcs": "actor:turkey", "turques": "actor:turkey",
        "Turkish": "actor:turkey", "russe": "actor:russia", "russes": "actor:russia",
        "libyenne": "actor:libya", "libyens": "actor:libya", "Libyan": "actor:libya",
        "maliennes": "actor:mali", "soudanaise": "actor:sudan", "nigériens": "actor:niger",
        "Nigerian": "actor:nigeria", "américaine": "actor:united-states", "yéménites": "actor:yemen",
        "grecque": "actor:greece", "burkinabè": "actor:burkina-faso", "Ukrainian": "actor:ukraine",
    }  # fmt: skip
    got = {w: (e.id if (e := kb.resolve_demonym(w)) else None) for w in cases}
    assert got == cases
    assert kb.resolve_demonym("arabe") is None
    assert french_forms("libyen") == ["libyen", "libyenne", "libyens", "libyennes"]
    assert french_forms("malien") == ["malien", "malienne", "maliens", "maliennes"]
    assert french_forms("français") == ["français", "française", "français", "françaises"]
    assert french_forms("russe") == ["russe", "russe", "russes", "russes"]


def test_demonym_count(kb: KnowledgeBase) -> None:
    from conflictkg.knowledge.kb_data import packaged_base

    countries = set(packaged_base().demonyms.values())
    assert len(countries) >= 80


def test_capitals_as_metonyms(kb: KnowledgeBase) -> None:
    forms = ["Ankara", "Moscou", "Moscow", "Washington", "Téhéran", "Damas", "Le Caire", "Abou Dhabi"]
    got = ids(kb, [*forms, "Kyiv", "Kiev", "Riyad"])
    assert got == {
        "Ankara": "actor:turkey", "Moscou": "actor:russia", "Moscow": "actor:russia",
        "Washington": "actor:united-states", "Téhéran": "actor:iran", "Damas": "actor:syria",
        "Le Caire": "actor:egypt", "Abou Dhabi": "actor:united-arab-emirates", "Kyiv": "actor:ukraine",
        "Kiev": "actor:ukraine", "Riyad": "actor:saudi-arabia",
    }  # fmt: skip


def test_acronyms_are_case_sensitive(kb: KnowledgeBase) -> None:
    forms = ["ANL", "l'ANL", "LNA", "(LNA)", "GNA", "GAN", "UN", "ONU", "l'ONU", "U.N.", "RSF", "FSR"]
    got = ids(kb, [*forms, "JNIM", "EIGS", "FDS", "SDF", "HTS", "EI", "OTAN"])
    assert got == {
        "ANL": "actor:libyan-national-army", "l'ANL": "actor:libyan-national-army",
        "LNA": "actor:libyan-national-army", "(LNA)": "actor:libyan-national-army",
        "GNA": "actor:government-of-national-accord", "GAN": "actor:government-of-national-accord",
        "UN": "actor:united-nations", "ONU": "actor:united-nations", "l'ONU": "actor:united-nations",
        "U.N.": "actor:united-nations", "RSF": "actor:rapid-support-forces",
        "FSR": "actor:rapid-support-forces", "JNIM": "actor:jama-at-nusrat-al-islam-wal-muslimin",
        "EIGS": "actor:islamic-state-sahel-province", "FDS": "actor:syrian-democratic-forces",
        "SDF": "actor:syrian-democratic-forces", "HTS": "actor:hayat-tahrir-al-sham",
        "EI": "actor:islamic-state", "OTAN": "actor:nato",
    }  # fmt: skip
    # the French article "un" and the pronoun "us" are not the UN or the US
    assert kb.resolve("un") is None
    assert kb.resolve("us") is None
    assert kb.resolve("anl") is None


def test_full_names_fr_en(kb: KnowledgeBase) -> None:
    got = ids(kb, ["son armée nationale libyenne", "l'Armée nationale libyenne", "Libyan National Army",
                   "le gouvernement d'accord national", "Government of National Accord", "les Nations unies",
                   "United Nations", "les Houthis", "Ansar Allah", "Daech", "l'État islamique",
                   "Forces de soutien rapide", "Groupe Wagner"])  # fmt: skip
    assert got == {
        "son armée nationale libyenne": "actor:libyan-national-army",
        "l'Armée nationale libyenne": "actor:libyan-national-army",
        "Libyan National Army": "actor:libyan-national-army",
        "le gouvernement d'accord national": "actor:government-of-national-accord",
        "Government of National Accord": "actor:government-of-national-accord",
        "les Nations unies": "actor:united-nations", "United Nations": "actor:united-nations",
        "les Houthis": "actor:houthis", "Ansar Allah": "actor:houthis", "Daech": "actor:islamic-state",
        "l'État islamique": "actor:islamic-state", "Forces de soutien rapide": "actor:rapid-support-forces",
        "Groupe Wagner": "actor:wagner-group",
    }  # fmt: skip


def test_arabic_script(kb: KnowledgeBase) -> None:
    forms = {
        "تركيا": "actor:turkey",
        "ليبيا": "actor:libya",
        "الجيش الوطني الليبي": "actor:libyan-national-army",
        "حكومة الوفاق الوطني": "actor:government-of-national-accord",
        "داعش": "actor:islamic-state",
    }
    assert ids(kb, list(forms)) == forms


def test_coded_actor_names(kb: KnowledgeBase) -> None:
    # the "ACRONYM: Name" and "Military Forces of X (years) Faction" styles of event datasets
    expected = {
        "STC: Southern Transitional Council": "actor:southern-transitional-council",
        "HTS: Hayat Tahrir al Sham": "actor:hayat-tahrir-al-sham",
        "Military Forces of Libya (2014-) Haftar Faction": "actor:libyan-national-army",
        "Military Forces of Turkey (2016-)": "actor:turkey",
        "Military Forces of Yemen (2016-) Supreme Political Council": "actor:houthis",
        "Police Forces of Yemen (2012-)": "actor:government-of-yemen",
    }
    assert ids(kb, list(expected)) == expected


def test_head_noun_phrases(kb: KnowledgeBase) -> None:
    got = ids(kb, [
        "le ministère turc des Affaires étrangères", "the Turkish foreign ministry", "positions turques",
        "les forces de Khalifa Haftar", "troupes du Maréchal Haftar", "forces loyales à Hemedti",
        "Russian forces", "les forces russes", "l'armée syrienne", "Syrian government forces",
        "le gouvernement yéménite", "l'armée de l'air de l'ANL", "forces turques en Libye",
        "le ministère russe de la Défense", "la diplomatie française",
    ])  # fmt: skip
    assert got == {
        "le ministère turc des Affaires étrangères": "actor:turkey",
        "the Turkish foreign ministry": "actor:turkey",
        "positions turques": "actor:turkey",
        "les forces de Khalifa Haftar": "actor:libyan-national-army",
        "troupes du Maréchal Haftar": "actor:libyan-national-army",
        "forces loyales à Hemedti": "actor:rapid-support-forces",
        "Russian forces": "actor:russian-armed-forces",
        "les forces russes": "actor:russian-armed-forces",
        "l'armée syrienne": "actor:syrian-arab-army",
        "Syrian government forces": "actor:syrian-arab-army",
        "le gouvernement yéménite": "actor:government-of-yemen",
        "l'armée de l'air de l'ANL": "actor:libyan-national-army",
        "forces turques en Libye": "actor:turkey",
        "le ministère russe de la Défense": "actor:russia",
        "la diplomatie française": "actor:france",
    }  # fmt: skip
    # a named organisation with modifiers about someone else
    named = {
        "the Tripoli-based GNA": "actor:government-of-national-accord",
        "the UN-recognised GNA": "actor:government-of-national-accord",
        "le gouvernement d'accord national reconnu par l'ONU": "actor:government-of-national-accord",
        "the Iran-backed Houthi movement": "actor:houthis",
        "les rebelles houthis soutenus par l'Iran": "actor:houthis",
        "the US-backed SDF": "actor:syrian-democratic-forces",
        "Hamas militants": "actor:hamas",
        "le groupe jihadiste État islamique": "actor:islamic-state",
        "le secrétaire général de l'ONU": "actor:united-nations",
        "la junte malienne": "actor:mali",
        "the LNA's Tarhuna stronghold": "actor:libyan-national-army",
        "the al-Qaeda affiliate JNIM": None,  # two organisations: unsure
    }
    assert ids(kb, list(named)) == named
    # proxies and opponents are not the country they are named after
    proxies = ["pro-Turkish forces", "Turkish-backed forces", "Syrian rebels", "l'opposition syrienne"]
    assert ids(kb, proxies) == {
        "pro-Turkish forces": None, "Turkish-backed forces": None, "Syrian rebels": None,
        "l'opposition syrienne": None,
    }  # fmt: skip


def test_people_and_membership(kb: KnowledgeBase) -> None:
    cases = {
        "Khalifa Haftar": ("actor:khalifa-haftar", "actor:libyan-national-army", "commander"),
        "Haftar": ("actor:khalifa-haftar", "actor:libyan-national-army", "commander"),
        "le maréchal Haftar": ("actor:khalifa-haftar", "actor:libyan-national-army", "commander"),
        "Mevlut Cavusoglu": ("actor:mevlut-cavusoglu", "actor:turkey", "foreign minister"),
        "Çavuşoğlu": ("actor:mevlut-cavusoglu", "actor:turkey", "foreign minister"),
        "Sergueï Lavrov": ("actor:sergei-lavrov", "actor:russia", "foreign minister"),
        "Poutine": ("actor:vladimir-putin", "actor:russia", "president"),
        "Hemedti": ("actor:mohamed-hamdan-dagalo", "actor:rapid-support-forces", "commander"),
        "le général al-Burhane": (
            "actor:abdel-fattah-al-burhan", "actor:sudanese-armed-forces", "commander-in-chief"),
        "Zelensky": ("actor:volodymyr-zelensky", "actor:ukraine", "president"),
        "al-Jolani": ("actor:ahmed-al-sharaa", "actor:hayat-tahrir-al-sham", "leader"),
        "Stephanie Williams": ("actor:stephanie-williams", "actor:united-nations", "acting envoy for Libya"),
        "le porte-parole du Kremlin, Dmitri Peskov": (
            "actor:dmitry-peskov", "actor:russia", "Kremlin spokesperson"),
        "le chef de la diplomatie turque, Mevlut Cavusoglu": (
            "actor:mevlut-cavusoglu", "actor:turkey", "foreign minister"),
    }  # fmt: skip
    got = {}
    for text in cases:
        e = kb.resolve(text)
        got[text] = (e.id, e.member_of, e.role) if e else None
    assert got == cases
    cavusoglu = kb.get("actor:mevlut-cavusoglu")
    assert cavusoglu is not None and cavusoglu.period == "2015–2023"
    for e in kb.entries():
        if e.member_of:
            assert kb.get(e.member_of) is not None, e


def test_unknown_and_fuzzy(kb: KnowledgeBase) -> None:
    assert kb.resolve("Xyzzy Liberation Committee") is None
    assert kb.resolve("") is None
    assert kb.resolve("le gouvernement") is None
    assert kb.resolve("les forces") is None
    assert kb.resolve("il") is None
    assert kb.resolve("elle") is None
    generic = ["les analystes", "la menace", "le conflit", "la capitale", "les réseaux sociaux", "le pays",
               "les civils", "the government", "the rebels", "security forces", "gunmen", "les jihadistes",
               "la communauté internationale", "the Middle East", "le Sahel", "les Kurdes", "a spokesman",
               "John Williams", "le général Ahmed", "the Council", "le ministère de la Défense"]  # fmt: skip
    assert {g: kb.resolve(g) for g in generic} == dict.fromkeys(generic)
    # conservative fuzzy matching: a typo in a long name is forgiven, short strings never match
    hit = kb.resolve("Turqie")
    assert hit is not None and hit.id == "actor:turkey"
    hit = kb.resolve("Libyan Nationl Army")
    assert hit is not None and hit.id == "actor:libyan-national-army"
    for short in ["Mala", "Iram", "gnu", "ONG", "Lybi", "Russ", "NAT", "Mal", "Sud"]:
        assert kb.resolve(short) is None, short
    # near names of *different* actors stay apart
    assert kb.resolve("Liban").id == "actor:lebanon"  # type: ignore[union-attr]
    assert kb.resolve("Libye").id == "actor:libya"  # type: ignore[union-attr]
    assert kb.resolve("Niger").id == "actor:niger"  # type: ignore[union-attr]
    assert kb.resolve("Nigeria").id == "actor:nigeria"  # type: ignore[union-attr]


def test_closest(kb: KnowledgeBase) -> None:
    names = [n for n, _ in kb.closest("Hafter", limit=3)]
    assert "Khalifa Haftar" in names


def test_discover_merges_variants() -> None:
    kb = KnowledgeBase.load()
    a = kb.discover("Groupe Wagner")
    b = kb.discover("Wagner group")
    assert a.id == b.id == "actor:wagner-group"
    c = kb.discover("Brigade Al-Nasr", kind="armed_group", country="LBY")
    d = kb.discover("Al-Nasr Brigade")
    e = kb.discover("al Nasr brigade")
    assert c.id == d.id == e.id == "actor:brigade-al-nasr"
    assert (c.kind, c.country) == ("armed_group", "LBY")
    f = kb.discover("Front populaire de Xyzzy")
    assert f.id == "actor:front-populaire-de-xyzzy" and f.id != c.id
    # a name the KB knows is not rediscovered
    assert kb.discover("Mouvement du 23 mars").id == "actor:m23"
    # discovered actors resolve afterwards, and are per knowledge base
    hit = kb.resolve("Al-Nasr Brigade")
    assert hit is not None and hit.id == c.id
    assert kb.get(c.id) == c
    assert KnowledgeBase.load().get(c.id) is None


def test_to_actor(kb: KnowledgeBase) -> None:
    e = kb.get("actor:libyan-national-army")
    assert isinstance(e, ActorEntry)
    a = e.to_actor()
    assert (a.id, a.name, a.kind, a.country) == (
        "actor:libyan-national-army", "Libyan National Army", "armed_group", "LBY")  # fmt: skip
    assert "ANL" in a.aliases and "LNA" in a.aliases


def test_user_kb_file(tmp_path: Path) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(
        """
[[actor]]
name = "Brigade 166"
kind = "armed_group"
country = "LBY"
aliases = ["166 Brigade", "Brigade 166 de Misrata"]

[[actor]]
name = "Mohamed al-Hassi"
kind = "person"
member_of = "Brigade 166"
role = "commander"
aliases = []

[[actor]]
id = "actor:libyan-national-army"
name = "Libyan National Army"
kind = "armed_group"
country = "LBY"
aliases = ["Haftar's army"]
""",
        encoding="utf-8",
    )
    kb = KnowledgeBase.load(extra_files=[path])
    assert kb.resolve("166 Brigade").id == "actor:brigade-166"  # type: ignore[union-attr]
    p = kb.resolve("al-Hassi")
    assert p is not None and (p.id, p.member_of) == ("actor:mohamed-al-hassi", "actor:brigade-166")
    lna = kb.resolve("Haftar's army")
    assert lna is not None and lna.id == "actor:libyan-national-army"
    assert kb.resolve("ANL").id == "actor:libyan-national-army"  # type: ignore[union-attr]
    # the packaged KB is unchanged
    assert KnowledgeBase.load().resolve("166 Brigade") is None
    bad = tmp_path / "bad.toml"
    bad.write_text("[[actor]]\nkind = 'x'\n", encoding="utf-8")
    with pytest.raises(InputError):
        KnowledgeBase.load(extra_files=[bad])
    with pytest.raises(InputError):
        KnowledgeBase.load(extra_files=[tmp_path / "missing.toml"])


def test_user_kb_file_json(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    row = {"name": "Brigade 301", "kind": "armed_group", "country": "LBY", "aliases": ["301 Brigade"]}
    path.write_text(json.dumps({"actor": [row]}), encoding="utf-8")
    kb = KnowledgeBase.load(extra_files=[path])
    hit = kb.resolve("la Brigade 301")
    assert hit is not None and (hit.id, hit.kind, hit.country) == ("actor:brigade-301", "armed_group", "LBY")


def test_warm_load_is_fast() -> None:
    KnowledgeBase.load()
    t = time.perf_counter()
    for _ in range(10):
        KnowledgeBase.load()
    assert (time.perf_counter() - t) / 10 < 0.5


POSSESSED = [
    # a country (or its government) owning a named organisation: the organisation is the actor
    ("Sudan's paramilitary Rapid Support Forces", "actor:rapid-support-forces"),
    ("Sudan’s paramilitary RSF", "actor:rapid-support-forces"),
    ("Yemen's Houthi rebels", "actor:houthis"),
    ("Yemen’s Iran-backed Houthi rebels", "actor:houthis"),
    ("la milice soudanaise des Forces de soutien rapide", "actor:rapid-support-forces"),
    ("Russia's Wagner Group", "actor:wagner-group"),
    ("the Syrian government's army", "actor:syrian-arab-army"),
    ("Sudan's army", "actor:sudanese-armed-forces"),
]


@pytest.mark.parametrize(("text", "actor"), POSSESSED)
def test_possessive_country_does_not_win(kb: KnowledgeBase, text: str, actor: str) -> None:
    hit = kb.resolve(text)
    assert hit is not None and hit.id == actor, (text, hit)
    assert hit.kind != "state"


def test_media_are_reporters(kb: KnowledgeBase) -> None:
    reporters = {(e.name, e.is_reporter) for e in (kb.resolve(t) for t in ("AFP", "Reuters", "l'AFP")) if e}
    assert reporters == {("Agence France-Presse", True), ("Reuters", True)}
    assert {e.kind for e in kb.entries() if e.is_reporter} == {"media"}
    assert not kb.resolve("Rapid Support Forces").is_reporter  # type: ignore[union-attr]
    assert not kb.resolve("Libya").is_reporter  # type: ignore[union-attr]
