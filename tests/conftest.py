"""Test tiers: unit (no server), store (embedded FalkorDB and a real Neo4j), nlp (spaCy models).

The ``store`` fixture runs a test once per store. The embedded FalkorDB is started under a temporary
data dir for the session. Neo4j comes from ``NEO4J_URI`` / ``NEO4J_USERNAME`` / ``NEO4J_PASSWORD``
(``scripts/neo4j-local start`` provides one); without it the Neo4j runs are skipped with the reason,
except in CI (``CI=true``), where a missing Neo4j fails.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from conflictkg.errors import StoreError
from conflictkg.graph import embedded
from conflictkg.graph.open import Neo4jAuth, open_store
from conflictkg.graph.store import Store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.fixture(scope="session")
def data_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The session's data dir, as the CLI's ``--home`` sees it."""
    return tmp_path_factory.mktemp("conflictkg-home")


@pytest.fixture(scope="session")
def falkordb_home(data_home: Path) -> Iterator[Path]:
    """The embedded server's dir (``<data dir>/falkordb``, where the CLI looks for it)."""
    home = data_home / "falkordb"
    embedded.ensure_running(home)
    yield home
    embedded.stop(home)


@pytest.fixture(scope="session")
def neo4j_store() -> Iterator[Store]:
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        reason = "no NEO4J_URI: start one with scripts/neo4j-local start (needs Java 17)"
        if IN_CI:
            pytest.fail(reason)
        if shutil.which("java") is None:
            pytest.skip("no Java installed, so no local Neo4j: " + reason)
        pytest.skip(reason)
    auth = Neo4jAuth(
        os.environ.get("NEO4J_USERNAME", "neo4j"),
        os.environ.get("NEO4J_PASSWORD", ""),
        os.environ.get("NEO4J_DATABASE") or None,
    )
    try:
        store = open_store(uri, neo4j_auth=auth)
    except StoreError as exc:
        if IN_CI:
            pytest.fail(f"Neo4j did not answer in CI: {exc}")
        pytest.skip(f"Neo4j not reachable: {exc}")
    yield store
    store.close()


@pytest.fixture(scope="session")
def falkordb_store(falkordb_home: Path) -> Iterator[Store]:
    store = open_store(None, home=falkordb_home)
    yield store
    store.close()


@pytest.fixture(params=["falkordb", "neo4j"])
def store(request: pytest.FixtureRequest) -> Iterator[Store]:
    """An empty store with the schema applied, once per backend."""
    s: Store = request.getfixturevalue(f"{request.param}_store")
    s.clear()
    s.apply_schema()
    yield s


@pytest.fixture
def cli_store_args(store: Store, data_home: Path) -> list[str]:
    """Global CLI options that point ``conflictkg`` at the same store as the ``store`` fixture."""
    if store.kind == "neo4j":
        return ["--home", str(data_home), "--store", os.environ["NEO4J_URI"]]
    return ["--home", str(data_home)]


@pytest.fixture
def seed_path() -> Path:
    return ROOT / "seeds" / "000_94d16d7f8e82017f.txt"


_FOLDER_MARKS = {"store": "store", "nlp": "nlp", "reliability": "reliability", "browser": "browser"}


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Markers by folder, so ``-m "not store and not nlp"`` never starts a server or loads a model."""
    for item in items:
        for part in Path(str(item.fspath)).parts:
            if part in _FOLDER_MARKS:
                item.add_marker(_FOLDER_MARKS[part])
        if "store" in getattr(item, "fixturenames", ()):
            item.add_marker("store")
