"""``geomap map``: draw events from articles or event files on one standalone HTML map."""

from __future__ import annotations

from typing import Any

import click

from geomap.cli.options import (
    check_output_directory,
    input_options,
    is_quiet,
    load_inputs,
    report_failures,
)
from geomap.errors import GeomapError
from geomap.mapping.basemap import TILES


@click.command("map")
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, writable=True),
    callback=check_output_directory,
    help="The HTML file to write (replaced only once the whole map is written).",
)
@click.option("--title", help="Heading shown above the map; the date range and sources are added below it.")
@click.option(
    "--tiles",
    type=click.Choice(TILES),
    default="offline",
    show_default=True,
    help="Base layer shown on opening. 'offline' is drawn from geomap's own boundaries; web tiles "
    "(osm, cartodb) are always listed as extra base layers and only fetched when chosen.",
)
@click.option(
    "--cluster/--no-cluster",
    default=True,
    show_default=True,
    help="Gather symbols into clusters where they crowd.",
)
@input_options
@click.pass_context
def map_command(
    ctx: click.Context, output: str, title: str | None, tiles: str, cluster: bool, **reading: Any
) -> None:
    """Draw events on a layered HTML map that works offline.

    INPUT is an article (text, Markdown, saved HTML, JSON Lines, a directory,
    a glob or - for standard input) or an event file (.geojson, .gpkg, .csv,
    .kml) written by geomap. The map is one self-contained file: every script
    is inlined and the basemap is drawn from geomap's own boundaries.

    Inputs that cannot be read are reported and skipped (exit code 1). If
    nothing could be read at all, no map is written and an existing one is
    left as it was.

    \b
    Examples:
      geomap map article.txt --published 2025-05-24 -o map.html
      geomap map events.geojson -o map.html --title "Strikes, May 2025"
      geomap map reports/ -o map.html --tiles osm
    """  # noqa: D301 (click needs a real backspace before unwrapped paragraphs)
    from geomap.mapping import build_map, save_map

    result = load_inputs(ctx, output=output, **reading)
    quiet = is_quiet(ctx, reading["quiet"])
    try:
        save_map(build_map(result.events, title=title, tiles=tiles, cluster=cluster), output)
    except GeomapError as error:
        raise click.ClickException(str(error)) from None
    if not quiet:
        click.echo(f"geomap: wrote {output} ({len(result.events):,} events)", err=True)
    ctx.exit(report_failures(result, quiet=quiet))
