"""GeoPackage, CSV and KML, written and read through GDAL (pyogrio).

- GeoPackage: **one layer, ``events``, with an ``event_type`` column**. One table
  keeps one schema, makes "categorised by event_type" a single click in QGIS or
  ArcGIS, and lets SQL queries span every kind of event.
- CSV: ``lon``/``lat`` columns plus a ``wkt`` column (the geometry), decimals
  written in full (shortest round-trip) so nothing is rounded; UTF-8 with a
  byte order mark so Excel shows Cyrillic names correctly.
- KML: one folder per event type (toggle them in Google Earth), a placemark
  name such as "attack: Kyiv" and a ``TimeStamp`` from the event date for the
  time slider.

Lists (``sources``, ``quotes``) are JSON text in these flat formats. Each file
is written to a temporary path and moved into place only when complete.
"""

from __future__ import annotations

import json
import os
import warnings
from collections.abc import Iterable

import geopandas as gpd
import pandas as pd
import pyogrio
import shapely
from pyogrio.errors import DataLayerError, DataSourceError
from shapely.geometry import Point

from geomap.atomic import atomic_path
from geomap.errors import InputError, OutputError
from geomap.export.frame import to_geodataframe
from geomap.export.schema import COLUMNS, event_from_record, is_missing
from geomap.model import Event, EventType

__all__ = ["GPKG_LAYER", "read_csv", "read_layers", "write_csv", "write_gpkg", "write_kml"]

GPKG_LAYER = "events"
_LIST_COLUMNS = [column.name for column in COLUMNS if column.kind == "list"]
_FLOAT_COLUMNS = [column.name for column in COLUMNS if column.kind == "float"]
_COUNT_COLUMNS = [column.name for column in COLUMNS if column.kind == "integer"]
# What pyogrio raises when GDAL cannot open, read or write a file.
_GDAL_ERRORS = (DataSourceError, DataLayerError, OSError)


def write_gpkg(events: Iterable[Event], path: str | os.PathLike[str], *, geometry: str = "area") -> None:
    """Write events to a GeoPackage with a single layer ``events``, atomically.

    Parameters
    ----------
    events : iterable of Event
        The events to write.
    path : path-like
        Destination ``.gpkg`` file (replaced whole if it exists).
    geometry : {"area", "point"}, default "area"
        Keep the polygon of vague places, or write every event as its representative point.
    """
    frame = _flat(to_geodataframe(events, geometry=geometry))
    with atomic_path(path, suffix=".gpkg") as temporary:
        _write(frame, temporary, path, driver="GPKG", layer=GPKG_LAYER, geometry_type="Unknown",
               layer_options={"DESCRIPTION": "geomap events, see docs/event-schema.md"})


def write_csv(events: Iterable[Event], path: str | os.PathLike[str], *, geometry: str = "area") -> None:
    """Write events to a CSV file with ``lon``/``lat`` and ``wkt`` columns, atomically.

    Parameters
    ----------
    events : iterable of Event
        The events to write.
    path : path-like
        Destination ``.csv`` file.
    geometry : {"area", "point"}, default "area"
        Geometry written in the ``wkt`` column.
    """
    frame = _flat(to_geodataframe(events, geometry=geometry))
    table = pd.DataFrame(frame.drop(columns=frame.geometry.name))
    for name in _FLOAT_COLUMNS:  # GDAL keeps only 15 significant digits; repr() round-trips exactly
        texts = [None if is_missing(value) else repr(float(value)) for value in table[name]]
        table[name] = pd.array(texts, dtype="string")
    wkt = shapely.to_wkt(frame.geometry.values, rounding_precision=17, trim=True)
    table["wkt"] = pd.array(wkt, dtype="string")
    with atomic_path(path, suffix=".csv") as temporary:
        # The byte order mark makes Excel read the UTF-8 (Cyrillic place names) correctly.
        options = {"STRING_QUOTING": "IF_NEEDED", "WRITE_BOM": "YES"}
        _write(table, temporary, path, driver="CSV", layer_options=options)


def write_kml(events: Iterable[Event], path: str | os.PathLike[str], *, geometry: str = "area") -> None:
    """Write events to KML for Google Earth, one folder per event type, atomically.

    Parameters
    ----------
    events : iterable of Event
        The events to write.
    path : path-like
        Destination ``.kml`` file.
    geometry : {"area", "point"}, default "area"
        Keep the polygon of vague places, or write every event as its representative point.
    """
    frame = _flat(to_geodataframe(events, geometry=geometry))
    labels = frame["event_type"] + ": " + frame["place_name"].fillna(frame["place"]).fillna("unnamed place")
    frame.insert(0, "name", labels)
    frame.insert(1, "timestamp", pd.to_datetime(frame["date"], errors="coerce", format="ISO8601"))
    for name in _COUNT_COLUMNS:  # KML has no 64-bit integers; Int32 keeps them typed as "int"
        frame[name] = frame[name].astype("Int32")
    order = [t.value for t in EventType] + sorted(set(frame["event_type"]) - {t.value for t in EventType})
    groups = [(name, frame[frame["event_type"] == name]) for name in order]
    groups = [(name, layer) for name, layer in groups if len(layer)] or [("events", frame)]
    with atomic_path(path, suffix=".kml") as temporary:
        for index, (name, layer) in enumerate(groups):
            _write(layer, temporary, path, driver="LIBKML", layer=name, append=index > 0)


def _flat(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    for name in _LIST_COLUMNS:
        frame[name] = pd.array([json.dumps(list(v), ensure_ascii=False) for v in frame[name]], dtype="string")
    return frame


def _write(frame: pd.DataFrame, temporary: os.PathLike[str], path: str | os.PathLike[str], **options) -> None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # GDAL notes on field types it widens
            pyogrio.write_dataframe(frame, temporary, **options)
    except _GDAL_ERRORS as error:
        raise OutputError(f"cannot write {path}: {error}") from error


def read_layers(path: str | os.PathLike[str]) -> list[Event]:
    """Read events from every layer of a GeoPackage or KML file that has an ``event_type`` column.

    Parameters
    ----------
    path : path-like
        A ``.gpkg`` or ``.kml`` file.

    Returns
    -------
    list of Event
        Layer by layer, in file order.

    Raises
    ------
    InputError
        If GDAL cannot open the file, no layer holds events, or a feature is not a valid event.
    """
    source = str(path)
    try:
        layers = [name for name, _ in pyogrio.list_layers(path)]
        frames = [pyogrio.read_dataframe(path, layer=name) for name in layers]
    except _GDAL_ERRORS as error:
        raise InputError(source, f"GDAL cannot read it: {error}") from None
    event_frames = [frame for frame in frames if "event_type" in frame.columns]
    if not event_frames and any(len(frame) for frame in frames):
        raise InputError(source, "has no layer with an 'event_type' column; is it a geomap export?")
    events = []
    for frame in event_frames:
        geometries = list(frame.geometry.values)
        records = pd.DataFrame(frame.drop(columns=frame.geometry.name)).to_dict("records")
        pairs = zip(records, geometries, strict=True)
        events.extend(event_from_record(record, geometry, source=source) for record, geometry in pairs)
    return events


def read_csv(path: str | os.PathLike[str]) -> list[Event]:
    """Read events from a CSV file written by :func:`write_csv`.

    The geometry comes from the ``wkt`` column, or from ``lon``/``lat`` when it is empty.

    Parameters
    ----------
    path : path-like
        A ``.csv`` file.

    Returns
    -------
    list of Event

    Raises
    ------
    InputError
        If GDAL cannot open the file or a row is not a valid event.
    """
    source = str(path)
    try:
        table = pyogrio.read_dataframe(f"CSV:{os.fspath(path)}", read_geometry=False)
    except _GDAL_ERRORS as error:
        raise InputError(source, f"GDAL cannot read it: {error}") from None
    columns = {name.lower(): name for name in table.columns}
    wkt_column = columns.get("wkt")
    events = []
    for record in pd.DataFrame(table).to_dict("records"):
        events.append(event_from_record(record, _csv_geometry(record, wkt_column, source), source=source))
    return events


def _csv_geometry(record: dict, wkt_column: str | None, source: str) -> shapely.Geometry | None:
    text = record.get(wkt_column) if wkt_column else None
    if isinstance(text, str) and text.strip():
        try:
            return shapely.from_wkt(text)
        except shapely.errors.GEOSException:
            problem = f"row {record.get('id')}: {wkt_column} is not valid WKT: {text[:60]!r}"
            raise InputError(source, problem) from None
    try:
        return Point(float(record["lon"]), float(record["lat"]))
    except (KeyError, TypeError, ValueError):
        return None
