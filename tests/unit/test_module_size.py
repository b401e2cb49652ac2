"""The package's layout: no module over 600 lines (a larger one is split along its seams), and every
package folder named in the README's layout section (issue 13)."""

from __future__ import annotations

import re
from pathlib import Path

import conflictkg

MAX_LINES = 600
PACKAGE = Path(conflictkg.__file__).parent
README = PACKAGE.parent / "README.md"


def test_no_module_over_600_lines() -> None:
    sizes = {
        str(p.relative_to(PACKAGE)): len(p.read_text(encoding="utf-8").splitlines())
        for p in PACKAGE.rglob("*.py")
    }
    assert {name: n for name, n in sizes.items() if n > MAX_LINES} == {}


def test_the_readme_layout_names_every_package_folder() -> None:
    layout = README.read_text(encoding="utf-8").split("## Layout", 1)[1].split("```")[1]
    named = set(re.findall(r"(?<![\w/.])(\w+)/", layout))  # "nlp/", "  events/", "training/"
    folders = {p.parent.name for p in PACKAGE.rglob("*.py") if p.parent != PACKAGE}
    assert folders - named == set()
