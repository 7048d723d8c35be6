"""``geomap extract``: find located, dated, counted events in articles."""

from __future__ import annotations

import json

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
    r"""Find located events (strikes, casualties, interceptions, damage, exchanges, talks) in articles.

    INPUT is a text, Markdown or saved HTML article, a JSON Lines file of
    records with "text", "url", "published" and "title", a directory or glob of
    these, or - for standard input. Inputs that cannot be read are reported and
    skipped; the exit code is then 1.

    \b
    Examples:
      geomap extract article.txt --published 2025-05-24
      geomap extract reports/ -o events.geojson --jobs 2
      geomap extract feed.jsonl --store events.sqlite -o events.gpkg
    """
    from geomap.loading import load_events

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
    try:
        if output:
            from geomap.export import write_events

            write_events(result.events, output)
        else:
            collection = {"type": "FeatureCollection", "features": [e.to_feature() for e in result.events]}
            click.echo(json.dumps(collection, ensure_ascii=False, indent=1))
    except GeomapError as error:
        raise click.ClickException(str(error)) from None
    ctx.exit(report_failures(result, quiet=quiet))
