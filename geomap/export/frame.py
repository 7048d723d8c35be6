"""Events as a GeoDataFrame: one typed column per property, geometry in EPSG:4326."""

from __future__ import annotations

from collections.abc import Iterable

import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from geomap.export.formats import check_geometry_choice
from geomap.export.schema import COLUMNS, Column, event_record
from geomap.model import Event

__all__ = ["export_geometry", "to_geodataframe"]

_DTYPES = {"string": "string", "integer": "Int64", "list": "object"}


def export_geometry(event: Event, geometry: str) -> BaseGeometry:
    """Return the geometry an export writes for ``event``.

    Parameters
    ----------
    event : Event
        The event.
    geometry : {"area", "point"}
        ``"area"`` keeps the polygon of vague places (region, border area); ``"point"``
        writes the representative point (``lon``/``lat``) for every event.

    Returns
    -------
    shapely geometry
        Two-dimensional, polygons wound counter-clockwise (RFC 7946 right-hand rule).
    """
    check_geometry_choice(geometry)
    if geometry == "point":
        return Point(event.lon, event.lat)
    return shapely.orient_polygons(shapely.force_2d(event.geometry))


def to_geodataframe(events: Iterable[Event], *, geometry: str = "area") -> gpd.GeoDataFrame:
    """Return events as a GeoDataFrame in EPSG:4326, one typed column per property.

    Columns follow ``docs/event-schema.md``: texts as pandas ``string``, counts and
    offsets as nullable ``Int64``, ``lon``/``lat``/``confidence`` as ``float64``,
    ``uncertainty_km`` as nullable ``Float64``, ``sources``/``quotes`` as lists.
    It feeds ``explore()``, pandas filters and plots, and every file writer.

    Parameters
    ----------
    events : iterable of Event
        The events, in the order rows should have.
    geometry : {"area", "point"}, default "area"
        Keep the polygon of vague places, or use the representative point.

    Returns
    -------
    geopandas.GeoDataFrame

    Examples
    --------
    >>> from shapely.geometry import Point
    >>> from geomap.model import Event
    >>> event = Event(id="e1", event_type="attack", geometry=Point(30.52, 50.45), lon=30.52,
    ...               lat=50.45, precision="city", location_reason="city named in text", quote="...")
    >>> frame = to_geodataframe([event])
    >>> frame.loc[0, "event_type"], str(frame["killed"].dtype), frame.crs.to_epsg()
    ('attack', 'Int64', 4326)
    """
    check_geometry_choice(geometry)
    events = list(events)
    records = [event_record(event) for event in events]
    data = {column.name: _series(column, [record[column.name] for record in records]) for column in COLUMNS}
    geometries = gpd.GeoSeries([export_geometry(event, geometry) for event in events], crs="EPSG:4326")
    return gpd.GeoDataFrame(data, geometry=geometries, crs="EPSG:4326")


def _series(column: Column, values: list) -> pd.Series:
    if column.kind == "float":
        dtype = "Float64" if column.nullable else "float64"
    else:
        dtype = _DTYPES[column.kind]
    return pd.Series(values, dtype=dtype, name=column.name)
