"""``python -m conflictkg.cli``."""

from conflictkg.cli.app import main

main()
