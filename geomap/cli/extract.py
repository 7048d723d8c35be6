"""``geomap extract``: find located, dated, counted events in articles."""

from __future__ import annotations

from typing import Any

import click

from geomap.cli.options import (
    check_output_format,
    input_options,
    is_quiet,
    load_inputs,
    report_failures,
)
from geomap.errors import GeomapError


def _check_output(ctx: click.Context, param: click.Parameter, output: str | None) -> str | None:
    if output is not None:
        check_output_format(ctx, output)
    return output


@click.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True),
    callback=_check_output,
    help="Write events here (.geojson, .gpkg, .csv or .kml, by extension); default: GeoJSON on stdout.",
)
@input_options
@click.pass_context
def extract(ctx: click.Context, output: str | None, **reading: Any) -> None:
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
    result = load_inputs(ctx, output=output, **reading)
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
    ctx.exit(report_failures(result, quiet=is_quiet(ctx, reading["quiet"])))
