"""``geomap geocode``: resolve place names to coordinates and print JSON.

Imports stay light (no pandas, geopandas or folium) so the command starts fast.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from geomap.errors import GeomapError, PlaceNotFound

_FIELDS = (
    "name",
    "lat",
    "lon",
    "country_code",
    "admin1",
    "admin2",
    "precision",
    "kind",
    "geonameid",
    "population",
    "feature_code",
    "source",
    "reason",
)


def _record(location) -> dict:
    raw = location.raw
    record = {key: raw.get(key) for key in _FIELDS}
    record["lat"], record["lon"] = location.latitude, location.longitude
    record["address"] = location.address
    return record


@click.command()
@click.argument("names", nargs=-1, required=True)
@click.option(
    "--country",
    "countries",
    multiple=True,
    metavar="CC",
    help="Only places in this country (ISO code, repeatable).",
)
@click.option(
    "--context",
    "context",
    multiple=True,
    metavar="NAME",
    help="Another place named in the same text, used to disambiguate (repeatable).",
)
@click.option("--all", "show_all", is_flag=True, help="List every candidate, best first.")
@click.option(
    "--gazetteer",
    "gazetteer_path",
    type=click.Path(path_type=Path),
    default=None,
    envvar="GEOMAP_GAZETTEER",
    help="Gazetteer file or directory [env: GEOMAP_GAZETTEER].",
)
@click.option(
    "--online",
    is_flag=True,
    help="Ask OpenStreetMap Nominatim for names the gazetteer lacks (rate-limited, cached).",
)
def geocode(
    names: tuple[str, ...],
    countries: tuple[str, ...],
    context: tuple[str, ...],
    show_all: bool,
    gazetteer_path: Path | None,
    online: bool,
) -> None:
    r"""Resolve place NAMES offline and print JSON (one object, or a list with several names).

    \b
    Examples:
      geomap geocode Kiev
      geomap geocode "Tula region" --all
      geomap geocode Tula --context Moscow
    Exit status 1 if a name is unknown; suggestions go to stderr.
    """
    from geomap.gazetteer import Gazetteer
    from geomap.resolver import Resolver

    try:
        resolver = Resolver(Gazetteer.open(gazetteer_path), online=_online() if online else None)
    except GeomapError as error:
        raise click.ClickException(str(error)) from None
    results, missing = [], 0
    for name in names:
        try:
            found = resolver.geocode(
                name,
                exactly_one=not show_all,
                country_codes=countries or None,
                context=[c for c in context if c != name],
            )
        except PlaceNotFound as error:
            click.echo(f"geomap geocode: {error}", err=True)
            missing += 1
            continue
        results.append([_record(f) for f in found] if show_all else _record(found))
    if results:
        output = results[0] if len(names) == 1 else results
        json.dump(output, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    if missing:
        sys.exit(1)


def _online():
    from geomap.online import OnlineGeocoder

    return OnlineGeocoder()
