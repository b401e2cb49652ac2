"""`conflictkg lexicon gaps`: what a lexicon maintainer reads before adding trigger words."""

from __future__ import annotations

from dataclasses import asdict
from typing import Annotated

import typer

from conflictkg.cli.common import FormatOpt, check_format, settings_of
from conflictkg.cli.output import render
from conflictkg.errors import InputError
from conflictkg.sources.documents import RawDocument
from conflictkg.sources.inputs import iter_path

lexicon_app = typer.Typer(help="Maintain the predicate lexicons from real text.", no_args_is_help=True)


@lexicon_app.command("gaps")
def gaps(
    ctx: typer.Context,
    paths: Annotated[list[str], typer.Argument(help="Files, directories or globs of articles.")],
    lang: Annotated[str, typer.Option("--lang", help="Language of the texts: fr or en.")] = "en",
    top: Annotated[int, typer.Option("--top", min=1, help="How many predicates to list.")] = 20,
    fmt: FormatOpt = "table",
) -> None:
    """The predicates of sentences that name an actor or a place but give no event, most frequent
    first, each with one example sentence; `known` is the type the lexicon already gives the word
    (then the finder misses the sentence's structure, not the word)."""
    from conflictkg.nlp.gaps import lexicon_gaps
    from conflictkg.nlp.pipeline import MODELS

    check_format(fmt)
    if lang not in MODELS:
        raise typer.BadParameter(f"unknown language {lang!r}; use one of {', '.join(MODELS)}")
    texts: list[str] = []
    for given in paths:
        for item in iter_path(given):
            if isinstance(item, InputError):
                raise item
            if isinstance(item, RawDocument):
                texts.append(item.text)
    if not texts:
        raise InputError("no article text found in " + ", ".join(paths))
    found = lexicon_gaps(texts, lang, top, kb=settings_of(ctx).user_kb())  # the user's --kb actors count too
    rows = [{"rank": i, **asdict(g)} for i, g in enumerate(found, start=1)]
    render(rows, fmt, title=f"Lexicon gaps ({lang}, {len(texts)} articles)", empty="No gaps.")


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root app."""
    app.add_typer(lexicon_app, name="lexicon")
