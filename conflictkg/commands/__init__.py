"""CLI commands by area; `conflictkg.cli` registers them on the root app."""
