"""`conflictkg schedule`, `runs`, `quarantine ...`: unattended ingestion."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root app."""
