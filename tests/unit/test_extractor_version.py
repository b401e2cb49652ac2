"""The NLP extractor's version changes with what its facts depend on: the KB files (user --kb files
included), the places data (user place files included), the lexicons, the code and the package
version; and with nothing else."""

from __future__ import annotations

from pathlib import Path

from conflictkg import __version__
from conflictkg.knowledge.gazetteer import places_digest
from conflictkg.knowledge.kb import KnowledgeBase
from conflictkg.knowledge.kb_data import kb_digest
from conflictkg.nlp.extractor import NLPExtractor
from conflictkg.nlp.version import extractor_version

ACTOR = '[[actor]]\nname = "Zorbian Liberation Front"\nkind = "armed_group"\ncountry = "LBY"\n'
PLACE = '[[place]]\nname = "Zorbia air base"\nkind = "military_base"\nlat = 32.1\nlon = 13.2\n'


def test_the_version_names_the_package_version_and_is_stable() -> None:
    version = NLPExtractor().version
    assert version.startswith(f"nlp/{__version__}+")
    assert NLPExtractor().version == version
    assert NLPExtractor(kb=KnowledgeBase.load()).version == version  # the packaged KB, loaded or not


def test_a_changed_user_kb_file_changes_the_version(tmp_path: Path) -> None:
    kb_file = tmp_path / "actors.toml"
    kb_file.write_text(ACTOR, encoding="utf-8")
    first = NLPExtractor(kb=KnowledgeBase.load([kb_file])).version
    assert first != NLPExtractor().version
    assert NLPExtractor(kb=KnowledgeBase.load([kb_file])).version == first
    kb_file.write_text(ACTOR + 'aliases = ["Wadi Brigade"]\n', encoding="utf-8")
    assert NLPExtractor(kb=KnowledgeBase.load([kb_file])).version != first
    assert kb_digest([kb_file]) != kb_digest()


def test_a_changed_place_file_changes_the_version(tmp_path: Path) -> None:
    from conflictkg.knowledge.gazetteer import Gazetteer

    places = tmp_path / "places.toml"
    places.write_text(PLACE, encoding="utf-8")
    gazetteer = Gazetteer.load([places])
    first = NLPExtractor(gazetteer=gazetteer).version
    assert first != NLPExtractor().version
    places.write_text(PLACE.replace("13.2", "13.3"), encoding="utf-8")
    assert places_digest([places]) != gazetteer.digest
    assert NLPExtractor(gazetteer=Gazetteer.load([places])).version != first


def test_settings_that_change_the_facts_count() -> None:
    assert extractor_version(settings="chunk_chars=100") != extractor_version(settings="chunk_chars=200")
    assert NLPExtractor(chunk_chars=1000).version != NLPExtractor(chunk_chars=2000).version
