"""``geomap extract``: find located, dated, counted events in articles."""

from __future__ import annotations

from pathlib import Path

import click

from geomap.cli.options import (
    inputs_argument,
    is_quiet,
    jobs_option,
    published_option,
    quiet_option,
    report_failures,
    scheduler_option,
    store_option,
)
from geomap.errors import GeomapError


@click.command()
@inputs_argument
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    help="Write events here (.geojson, .gpkg, .csv or .kml, by extension); default: GeoJSON on stdout.",
)
@published_option
@jobs_option
@scheduler_option
@store_option
@click.option(
    "--merge/--no-merge",
    default=True,
    show_default=True,
    help="Merge reports of the same happening (same type, date and place) from different articles.",
)
@quiet_option
@click.pass_context
def extract(
    ctx: click.Context,
    inputs: tuple[str, ...],
    output: str | None,
    published: str | None,
    jobs: int,
    scheduler: str | None,
    store: str | None,
    merge: bool,
    quiet: bool,
) -> None:
    """Find located events (strikes, casualties, interceptions, damage, exchanges, talks) in articles.

    INPUT is a text, Markdown or saved HTML article, a JSON Lines file of
    records with "text", "url", "published" and "title", a directory or glob of
    these, or - for standard input. Inputs that cannot be read are reported and
    skipped; the exit code is then 1.

    \b
    Examples:
      geomap extract article.txt --published 2025-05-24
      geomap extract reports/ -o events.geojson --jobs 2
      geomap extract feed.jsonl --store events.sqlite -o events.gpkg
    """  # noqa: D301 (click needs a real backspace before unwrapped paragraphs)
    from geomap.loading import load_events

    if output:
        _check_output(ctx, output)
    quiet = is_quiet(ctx, quiet)
    try:
        result = load_events(
            inputs,
            published=published,
            jobs=jobs,
            scheduler=scheduler,
            progress=False if quiet else None,
            store=store,
            merge=merge,
        )
    except GeomapError as error:
        raise click.ClickException(str(error)) from None
    if output and result.nothing_read:
        report_failures(result, quiet=quiet)
        raise click.ClickException(f"no input could be read, so {output} was not written")
    try:
        if output:
            from geomap.export import write_events

            write_events(result.events, output)
        else:
            from geomap.export.geojson import feature_collection_lines

            for piece in feature_collection_lines(result.events, destination="standard output"):
                click.echo(piece, nl=False)
    except GeomapError as error:
        raise click.ClickException(str(error)) from None
    ctx.exit(report_failures(result, quiet=quiet))


def _check_output(ctx: click.Context, output: str) -> None:
    """Refuse an unusable destination before extraction starts, so a long run is never wasted."""
    from geomap.export.formats import format_for

    try:
        format_for(output)
    except ValueError as error:
        raise click.BadParameter(str(error), ctx=ctx, param_hint="'-o' / '--output'") from None
    directory = Path(output).parent
    if not directory.is_dir():
        problem = f"directory {str(directory)!r} does not exist; create it first"
        raise click.BadParameter(problem, ctx=ctx, param_hint="'-o' / '--output'")
