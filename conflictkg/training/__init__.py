"""Reproducible training of the models shipped with conflictkg (``python -m conflictkg.training ...``).

Training reads evaluation material from the shared folder (never copied into the package) and writes
the derived model under ``conflictkg/nlp/data/models/``.
"""
