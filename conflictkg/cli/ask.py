"""`conflictkg ask ...`: the questions analysts ask (query layer).

Each command runs one shipped query through :class:`conflictkg.queries.api.KnowledgeGraph`; names
resolve through aliases in any language, and an unknown name is one error line with the closest
matches. ``--format json`` prints the rows of the JSON contract in DESIGN.md.
"""

from __future__ import annotations

from typing import Annotated, Any

import typer

from conflictkg.cli.common import FormatOpt, LimitOpt, SinceOpt, UntilOpt, check_format, settings_of
from conflictkg.cli.output import render

ask_app = typer.Typer(
    help="Ask the graph: who backs whom, who fights whom, which towns changed hands, profiles.",
    no_args_is_help=True,
)

CountryOpt = Annotated[str | None, typer.Option(help="ISO 3166 country code (LBY) or English name.")]
ActorOpt = Annotated[
    str | None, typer.Option(help="Only facts involving this actor (any alias: ANL, Turquie).")
]
SourceOpt = Annotated[
    str | None,
    typer.Option(help="Only what this source reports: text (extracted), acled or gdelt (imported)."),
]
MinOpt = Annotated[int, typer.Option("--min-events", help="Only rows with at least this many events.")]


# The keys of each command's rows, in order (the JSON contract for who-backs-whom / towns-changed-hands).
KEYS = {
    "who_backs_whom": ["backer", "backed", "events", "first_seen", "last_seen", "evidence"],
    "towns_changed_hands": ["location", "lat", "lon", "from", "to", "date", "evidence"],
}


def _kg(ctx: typer.Context) -> Any:
    from conflictkg.queries.api import KnowledgeGraph

    return KnowledgeGraph(settings_of(ctx).store())


def _show(rows: list[dict[str, Any]], fmt: str, query: str, title: str, empty: str) -> None:
    keys = KEYS.get(query)
    if keys:
        rows = [{k: r.get(k) for k in keys} for r in rows]
    if fmt == "table":
        rows = [{k: _evidence_text(v) if k == "evidence" else v for k, v in r.items()} for r in rows]
    render(rows, fmt, title=title, empty=empty)


def _ask(ctx: typer.Context, fmt: str, query: str, title: str, empty: str, **filters: Any) -> None:
    """Answer a question over the whole graph (filters as ``KnowledgeGraph.rows`` takes them)."""
    check_format(fmt)
    _show(_kg(ctx).rows(query, **filters), fmt, query, title, empty)


def _evidence_text(items: Any, shown: int = 2) -> str:
    if not items:
        return ""
    lines = [f"“{e.get('sentence')}” ({e.get('article')})" for e in items[:shown]]
    if len(items) > shown:
        lines.append(f"… and {len(items) - shown} more")
    return "\n".join(lines)


@ask_app.command("who-backs-whom")
def who_backs_whom(
    ctx: typer.Context,
    since: SinceOpt = None,
    until: UntilOpt = None,
    country: CountryOpt = None,
    actor: ActorOpt = None,
    source: SourceOpt = None,
    min_events: MinOpt = 1,
    limit: LimitOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """Backer → backed: supporting events (SUPPORT, AID, COOPERATE), first / last seen, evidence."""
    _ask(
        ctx, fmt, "who_backs_whom", "Who backs whom", "No support relations found.", actor=actor,
        since=since, until=until, country=country, source=source, min_events=min_events, limit=limit,
    )  # fmt: skip


@ask_app.command("who-fights-whom")
def who_fights_whom(
    ctx: typer.Context,
    since: SinceOpt = None,
    until: UntilOpt = None,
    country: CountryOpt = None,
    actor: ActorOpt = None,
    source: SourceOpt = None,
    min_events: MinOpt = 1,
    limit: LimitOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """Pairs of opponents (FIGHT, ASSAULT, THREATEN, COERCE), counts by type, first / last seen."""
    _ask(
        ctx, fmt, "who_fights_whom", "Who fights whom", "No fighting found.", actor=actor,
        since=since, until=until, country=country, source=source, min_events=min_events, limit=limit,
    )  # fmt: skip


@ask_app.command("towns-changed-hands")
def towns_changed_hands(
    ctx: typer.Context,
    since: SinceOpt = None,
    until: UntilOpt = None,
    country: CountryOpt = None,
    actor: ActorOpt = None,
    source: SourceOpt = None,
    limit: LimitOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """Places that changed hands: from → to, date, coordinates, evidence."""
    _ask(
        ctx, fmt, "towns_changed_hands", "Towns that changed hands", "No control changes found.",
        actor=actor, since=since, until=until, country=country, source=source, limit=limit,
    )  # fmt: skip


@ask_app.command("timeline")
def timeline(
    ctx: typer.Context,
    place: Annotated[str, typer.Argument(help="A place name or alias (e.g. 'base aérienne d'Al-Watiya').")],
    source: SourceOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """Who held one place, from when to when."""
    check_format(fmt)
    kg = _kg(ctx)
    name = kg.resolve_place(place)["name"]
    rows = kg.rows("control_timeline", place=place, source=source)
    _show(rows, fmt, "control_timeline", f"Control of {name}", f"No control facts found for {name}.")


@ask_app.command("actor")
def actor_profile(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="An actor name or alias in any language (Turquie, ANL).")],
    source: SourceOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """One actor's profile: its events as actor and target, backers, backed, opponents, members."""
    check_format(fmt)
    kg = _kg(ctx)
    actor = kg.resolve_actor(name)
    rows = kg.rows("actor_profile", actor=actor["id"], source=source)
    _show(rows, fmt, "actor_profile", actor["name"], f"No facts found about {actor['name']}.")


@ask_app.command("place")
def place_profile(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="A place name or alias.")],
    since: SinceOpt = None,
    until: UntilOpt = None,
    source: SourceOpt = None,
    limit: LimitOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """The events at one place, in date order."""
    check_format(fmt)
    kg = _kg(ctx)
    place = kg.resolve_place(name)
    rows = kg.rows("place_profile", place=place["id"], since=since, until=until, source=source, limit=limit)
    _show(rows, fmt, "place_profile", place["name"], f"No events found at {place['name']}.")


@ask_app.command("proxies")
def proxies(
    ctx: typer.Context,
    since: SinceOpt = None,
    until: UntilOpt = None,
    actor: Annotated[str | None, typer.Option(help="Only this backer (any alias).")] = None,
    source: SourceOpt = None,
    min_events: MinOpt = 1,
    limit: LimitOpt = None,
    fmt: FormatOpt = "table",
) -> None:
    """Proxy links: A backs B and B fights C, so C is A's indirect opponent."""
    _ask(
        ctx, fmt, "proxy_links", "Proxy links", "No proxy links found.", actor=actor, since=since,
        until=until, source=source, min_events=min_events, limit=limit,
    )  # fmt: skip


def register(app: typer.Typer) -> None:
    """Add this area's commands to the root app."""
    app.add_typer(ask_app, name="ask")
