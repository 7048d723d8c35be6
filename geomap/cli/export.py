"""``geomap export``: write events from articles or event files as GeoJSON, GeoPackage, CSV or KML."""

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
from geomap.export.formats import FORMAT_NAMES, GEOMETRY_CHOICES


@click.command()
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
@input_options
@click.pass_context
def export(
    ctx: click.Context, output: str, format_name: str | None, geometry: str, **reading: Any
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
    chosen = check_output_format(ctx, output, format_name)
    from geomap.export import write_events

    result = load_inputs(ctx, output=output, **reading)
    try:
        write_events(result.events, output, format=chosen, geometry=geometry)
    except GeomapError as error:
        raise click.ClickException(str(error)) from None
    quiet = is_quiet(ctx, reading["quiet"])
    if not quiet:
        click.echo(f"geomap: wrote {len(result.events)} events to {output} ({chosen})", err=True)
    ctx.exit(report_failures(result, quiet=quiet))
