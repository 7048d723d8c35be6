"""``geomap export``: write events from articles or event files as GeoJSON, GeoPackage, CSV or KML."""

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
from geomap.export.formats import FORMAT_NAMES, GEOMETRY_CHOICES, format_for


def _output_format(ctx: click.Context, output: str, format_name: str | None) -> str:
    """Check the destination before any extraction runs, so a long run is never wasted."""
    try:
        chosen = format_for(output, format_name)
    except ValueError as error:
        raise click.BadParameter(str(error), ctx=ctx, param_hint="'-o' / '--output'") from None
    directory = Path(output).parent
    if not directory.is_dir():
        problem = f"directory {str(directory)!r} does not exist; create it first"
        raise click.BadParameter(problem, ctx=ctx, param_hint="'-o' / '--output'")
    return chosen


@click.command()
@inputs_argument
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, writable=True),
    help="Destination: .geojson/.json, .gpkg, .csv or .kml (the extension picks the format).",
)
@click.option(
    "--format",
    "format_name",
    type=click.Choice(FORMAT_NAMES, case_sensitive=False),
    help="Format to write whatever the extension says.",
)
@click.option(
    "--geometry",
    type=click.Choice(GEOMETRY_CHOICES),
    default="area",
    show_default=True,
    help="area: vague places (district, region, border area) keep their polygon, with the "
    "representative point in lon/lat; point: every event is written as that point.",
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
def export(
    ctx: click.Context,
    inputs: tuple[str, ...],
    output: str,
    format_name: str | None,
    geometry: str,
    published: str | None,
    jobs: int,
    scheduler: str | None,
    store: str | None,
    merge: bool,
    quiet: bool,
) -> None:
    """Write events as GeoJSON, GeoPackage, CSV or KML for QGIS, ArcGIS, pandas or Google Earth.

    INPUT is an article (text, Markdown, HTML, JSON Lines, a directory or glob of
    them, - for standard input), or an event file written by geomap (.geojson,
    .gpkg, .csv, .kml): extract and export outputs are interchangeable. Inputs that
    cannot be read are reported and skipped; the exit code is then 1.

    \b
    GeoJSON follows RFC 7946. GeoPackage: one layer "events" with an event_type
    column. CSV: lon/lat and wkt columns. KML: one folder per event type.
    Properties are described in docs/event-schema.md.

    \b
    Examples:
      geomap export article.txt --published 2025-05-24 -o events.gpkg
      geomap export events.geojson -o events.kml
      geomap export reports/ -o points.csv --geometry point --jobs 2
    """  # noqa: D301 (click needs a real backspace before unwrapped paragraphs)
    chosen = _output_format(ctx, output, format_name)
    from geomap.export import write_events
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
        write_events(result.events, output, format=chosen, geometry=geometry)
    except GeomapError as error:
        raise click.ClickException(str(error)) from None
    if not quiet:
        click.echo(f"geomap: wrote {len(result.events)} events to {output} ({chosen})", err=True)
    ctx.exit(report_failures(result, quiet=quiet))
