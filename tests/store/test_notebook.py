"""notebooks/explore.ipynb runs top to bottom (nbclient) and answers the seed's questions."""

from __future__ import annotations

import base64
import html
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"

pytestmark = [pytest.mark.store, pytest.mark.nlp, pytest.mark.slow]


def text_of(cell: dict) -> str:
    out = []
    for o in cell.get("outputs", []):
        if o.get("output_type") == "stream":
            out.append(o.get("text", ""))
        elif "data" in o:
            out.append(o["data"].get("text/plain", ""))
    return "\n".join(out)


@pytest.fixture
def short_tmp() -> Iterator[Path]:
    """A short temp dir: the embedded server's unix socket path must stay under 108 bytes."""
    path = Path(tempfile.mkdtemp(prefix="ckgnb-", dir="/tmp"))
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_notebook_runs_and_answers(short_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    tmp_path = short_tmp
    pytest.importorskip("spacy")
    monkeypatch.delenv("CONFLICTKG_HOME", raising=False)  # the notebook makes and cleans its own dir
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    resources = {"metadata": {"path": str(ROOT / "notebooks")}}
    NotebookClient(nb, timeout=600, kernel_name="python3", resources=resources).execute()
    outputs = {i: text_of(c) for i, c in enumerate(nb.cells) if c.cell_type == "code"}
    everything = "\n".join(outputs.values())
    assert "Traceback" not in everything and "Error" not in everything.split("blocs:")[0]

    def output_after(marker: str) -> str:
        index = next(i for i, c in enumerate(nb.cells) if c.cell_type == "code" and marker in c.source)
        return outputs[index]

    backs = output_after("backs = kg.who_backs_whom()")
    assert "Turkey" in backs and "Government of National Accord" in backs
    evidence = output_after("turkey_gna.iloc[0]")
    assert "sentence" in evidence and "seeds/" in evidence
    towns = output_after("towns = kg.towns_changed_hands()")
    assert "Libyan National Army" in towns and "Government of National Accord" in towns
    assert "Tarhuna" in towns  # from the demo corpus
    assert "blocs:" in output_after("blocs = kg.alliance_blocs()")
    assert "control changes mapped" in output_after("import folium")

    # the network and the map show inline, in the notebook's own outputs (no file left behind)
    def data_of(marker: str, mime: str) -> list[str]:
        cell = next(c for c in nb.cells if c.cell_type == "code" and marker in c.source)
        return [o["data"][mime] for o in cell.get("outputs", []) if mime in o.get("data", {})]

    pngs = data_of("blocs = kg.alliance_blocs()", "image/png")
    assert len(pngs) == 1 and base64.b64decode(pngs[0]).startswith(b"\x89PNG") and len(pngs[0]) > 10_000
    maps = data_of("import folium", "text/html")
    assert len(maps) == 1
    assert "leaflet" in maps[0].lower() and "L.map" in html.unescape(maps[0])
    assert "Government of National Accord" in html.unescape(maps[0])
    assert list(tmp_path.glob("conflictkg-notebook-*/*.png")) == []
    assert list(tmp_path.glob("conflictkg-notebook-*/*.html")) == []
