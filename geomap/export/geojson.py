"""RFC 7946 GeoJSON, written and read by geomap itself.

GDAL's GeoJSON writer rounds numbers (``0.30000000000000004`` becomes ``0.3``)
and adds foreign members, so geomap serialises the FeatureCollection with the
standard library: shortest round-trip floats, one feature per line (readable
``git diff``), ``id`` on every feature, lists as JSON arrays, ``null`` for missing
values and never NaN. Files open in QGIS, geopandas and GDAL like any GeoJSON.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import shapely
from shapely.geometry import mapping, shape

from geomap.atomic import atomic_write
from geomap.errors import InputError, OutputError
from geomap.export.frame import export_geometry
from geomap.export.schema import event_from_record, event_record
from geomap.model import Event

__all__ = ["feature_collection_lines", "read_geojson", "write_geojson"]


def write_geojson(events: Iterable[Event], path: str | os.PathLike[str], *, geometry: str = "area") -> None:
    """Write events to ``path`` as an RFC 7946 FeatureCollection, atomically.

    Parameters
    ----------
    events : iterable of Event
        The events to write.
    path : path-like
        Destination file.
    geometry : {"area", "point"}, default "area"
        Keep the polygon of vague places, or write every event as its representative point.

    Raises
    ------
    OutputError
        If the file cannot be written or an event has coordinates outside WGS 84 ranges.
    """
    with atomic_write(path) as handle:
        for line in feature_collection_lines(events, geometry=geometry, destination=str(path)):
            handle.write(line)


def feature_collection_lines(
    events: Iterable[Event], *, geometry: str = "area", destination: str = "GeoJSON"
) -> Iterator[str]:
    """Yield the text of a FeatureCollection, one feature per line.

    Parameters
    ----------
    events : iterable of Event
        The events to serialise.
    geometry : {"area", "point"}, default "area"
        Geometry written for each event.
    destination : str
        Name used in error messages.

    Yields
    ------
    str
        Pieces of the document; joined, they form the whole file.
    """
    yield '{"type": "FeatureCollection", "features": ['
    separator = "\n"
    for event in events:
        yield separator + _feature_text(event, geometry, destination)
        separator = ",\n"
    yield "\n]}\n"


def _feature_text(event: Event, geometry: str, destination: str) -> str:
    shapely_geometry = export_geometry(event, geometry)
    coordinates = shapely.get_coordinates(shapely_geometry)
    lon_ok = np.all((coordinates[:, 0] >= -180) & (coordinates[:, 0] <= 180))
    lat_ok = np.all((coordinates[:, 1] >= -90) & (coordinates[:, 1] <= 90))
    if not (lon_ok and lat_ok) or not np.isfinite(coordinates).all():
        raise OutputError(
            f"cannot write {destination}: event {event.id} has coordinates outside longitude -180..180 "
            "or latitude -90..90; geomap expects WGS 84 degrees with longitude first"
        )
    feature = {
        "type": "Feature",
        "id": event.id,
        "geometry": mapping(shapely_geometry),
        "properties": event_record(event),
    }
    try:
        return json.dumps(feature, ensure_ascii=False, allow_nan=False)
    except ValueError:
        raise OutputError(
            f"cannot write {destination}: event {event.id} has a NaN or infinite number "
            f"(lon={event.lon}, lat={event.lat}, confidence={event.confidence}); GeoJSON allows neither"
        ) from None


def read_geojson(path: str | os.PathLike[str]) -> list[Event]:
    """Read events from a GeoJSON FeatureCollection (or a single Feature).

    Reads what :func:`write_geojson` and ``Event.to_feature`` write; features
    edited in QGIS keep working as long as they keep ``event_type`` and ``precision``.

    Parameters
    ----------
    path : path-like
        A ``.geojson`` or ``.json`` file.

    Returns
    -------
    list of Event
        In file order.

    Raises
    ------
    InputError
        If the file cannot be read, is not GeoJSON, or a feature is not a valid event.
    """
    source = str(path)
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise InputError(source, f"cannot read the file: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise InputError(source, "is not UTF-8 text; GeoJSON must be UTF-8 (RFC 7946)") from None
    except json.JSONDecodeError as error:
        raise InputError(source, f"is not valid JSON ({error.msg} at line {error.lineno})") from None
    return [_event(feature, source) for feature in _features(document, source)]


def _features(document: Any, source: str) -> list[Mapping[str, Any]]:
    kind = document.get("type") if isinstance(document, dict) else None
    if kind == "FeatureCollection" and isinstance(document.get("features"), list):
        return document["features"]
    if kind == "Feature":
        return [document]
    raise InputError(source, "is not a GeoJSON FeatureCollection or Feature; export events with geomap first")


def _event(feature: Any, source: str) -> Event:
    if not isinstance(feature, dict) or feature.get("type") != "Feature":
        raise InputError(source, "holds something that is not a GeoJSON Feature in 'features'")
    record = dict(feature.get("properties") or {})
    if record.get("id") is None and feature.get("id") is not None:
        record["id"] = str(feature["id"])
    try:
        geometry = shape(feature["geometry"]) if feature.get("geometry") else None
    except (KeyError, TypeError, ValueError, shapely.errors.GEOSException) as error:
        raise InputError(source, f"feature {record.get('id')} has an invalid geometry: {error}") from None
    return event_from_record(record, geometry, source=source)
