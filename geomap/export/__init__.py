"""Events to and from GIS files: GeoJSON, GeoPackage, CSV and KML.

::

    write_events(events, "out/events.gpkg")            # format from the extension
    write_events(events, "out/points.geojson", geometry="point")
    events = read_events("out/events.gpkg")            # any format geomap writes

Every writer goes through :func:`to_geodataframe` (one typed column per event
property, ``docs/event-schema.md``) and writes atomically; every reader gives back
the events that were written, so ``geomap extract`` output and ``geomap export``
output are interchangeable inputs.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from geomap.errors import InputError
from geomap.export.formats import (
    EXTENSIONS,
    FORMAT_NAMES,
    GEOMETRY_CHOICES,
    check_geometry_choice,
    format_for,
)
from geomap.export.frame import to_geodataframe
from geomap.export.gdal import read_csv, read_layers, write_csv, write_gpkg, write_kml
from geomap.export.geojson import read_geojson, write_geojson
from geomap.model import Event

__all__ = [
    "FORMATS",
    "FORMAT_NAMES",
    "EXTENSIONS",
    "GEOMETRY_CHOICES",
    "format_for",
    "read_events",
    "to_geodataframe",
    "write_events",
]

FORMATS: dict[str, tuple[Callable[..., None], Callable[..., list[Event]]]] = {
    "geojson": (write_geojson, read_geojson),
    "gpkg": (write_gpkg, read_layers),
    "csv": (write_csv, read_csv),
    "kml": (write_kml, read_layers),
}


def write_events(
    events: Iterable[Event],
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    geometry: str = "area",
) -> None:
    """Write events to a GIS file, atomically.

    Parameters
    ----------
    events : iterable of Event
        The events to write, in order.
    path : path-like
        Destination; an existing file is replaced only once the new one is complete.
    format : {"geojson", "gpkg", "csv", "kml"}, optional
        Defaults to the extension of ``path`` (``.geojson``/``.json``, ``.gpkg``, ``.csv``, ``.kml``).
    geometry : {"area", "point"}, default "area"
        ``"area"`` keeps the polygon of vague places (district, region, border area) with the
        representative point in ``lon``/``lat``; ``"point"`` writes every event as that point.

    Raises
    ------
    ValueError
        If the format or geometry option is not valid.
    OutputError
        If the file cannot be written; the destination is left untouched.
    """
    check_geometry_choice(geometry)
    writer, _ = FORMATS[format_for(path, format)]
    writer(list(events), path, geometry=geometry)


def read_events(path: str | os.PathLike[str], *, format: str | None = None) -> list[Event]:
    """Read events back from a file written by geomap (or edited in a GIS since).

    Parameters
    ----------
    path : path-like
        A ``.geojson``/``.json``, ``.gpkg``, ``.csv`` or ``.kml`` file.
    format : {"geojson", "gpkg", "csv", "kml"}, optional
        Defaults to the extension of ``path``.

    Returns
    -------
    list of Event
        The events in file order (KML: folder by folder).

    Raises
    ------
    InputError
        If the file is missing, unreadable, of an unknown format or holds invalid events.
    """
    try:
        _, reader = FORMATS[format_for(path, format)]
    except ValueError as error:
        raise InputError(os.fspath(path), str(error)) from None
    if not Path(path).is_file():
        raise InputError(os.fspath(path), "no such file")
    return reader(path)
