"""Countries, regions, Kyiv districts and borders as shapely geometries.

The layers are the compact GeoJSON files in ``data/gazetteer/boundaries/`` (built
by ``geomap gazetteer build``). Borders are internationally recognised ones:
Crimea and Sevastopol are part of Ukraine.

Examples
--------
>>> from geomap import boundaries
>>> boundaries.locate(30.52, 50.45)["country_code"]
'UA'
>>> boundaries.country("UA").contains(boundaries.shapely_point(33.52, 44.6))  # Sevastopol
True
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import shapely
from shapely import affinity
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry

from geomap.errors import GazetteerError
from geomap.names import loose_key, parse_query

__all__ = [
    "LAYERS",
    "load_layer",
    "country",
    "region",
    "region_for",
    "kyiv_district",
    "district_for",
    "border_line",
    "border_area",
    "locate",
    "shapely_point",
]

LAYERS = ("countries", "regions", "kyiv_districts", "borders", "cities")
_KM_PER_DEGREE = 111.32


def _directory() -> Path:
    from geomap.gazetteer.store import _database_path

    return _database_path(os.environ.get("GEOMAP_GAZETTEER")).parent / "boundaries"


@lru_cache(maxsize=16)
def _layer_text(directory: str, name: str) -> str:
    path = Path(directory) / f"{name}.geojson"
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise GazetteerError(
            f"boundary layer {path} not found; build it with 'geomap gazetteer build --sources DIR -o DIR'"
        ) from None


def load_layer(name: str) -> dict[str, Any]:
    """Return a boundary layer as a GeoJSON FeatureCollection (a fresh dict each call).

    Parameters
    ----------
    name : str
        One of ``"countries"``, ``"regions"``, ``"kyiv_districts"``, ``"borders"``, ``"cities"``.

    Returns
    -------
    dict
        A FeatureCollection in WGS 84 (lon, lat).

    Raises
    ------
    ValueError
        If ``name`` is not a layer.
    """
    if name not in LAYERS:
        raise ValueError(f"{name!r} is not a valid boundary layer, must be one of {', '.join(LAYERS)}")
    return json.loads(_layer_text(str(_directory()), name))


@lru_cache(maxsize=8)
def _shapes(directory: str, name: str) -> tuple[tuple[BaseGeometry, dict], ...]:
    collection = json.loads(_layer_text(directory, name))
    return tuple((shape(f["geometry"]), f["properties"]) for f in collection["features"])


def _layer_shapes(name: str) -> tuple[tuple[BaseGeometry, dict], ...]:
    return _shapes(str(_directory()), name)


def shapely_point(lon: float, lat: float) -> Point:
    """Return a shapely point (lon, lat order, as everywhere in GeoJSON)."""
    return Point(lon, lat)


def country(country_code: str) -> BaseGeometry | None:
    """Return a country's outline (Ukraine includes Crimea and Sevastopol).

    Parameters
    ----------
    country_code : str
        ISO 3166-1 alpha-2 code; only Ukraine, its neighbours and Kazakhstan, Finland,
        the Baltic states and Georgia are shipped.

    Returns
    -------
    shapely geometry or None
    """
    code = country_code.upper()
    for geometry, props in _layer_shapes("countries"):
        if props["country_code"] == code:
            return geometry
    return None


def region(name_or_code: str) -> BaseGeometry | None:
    """Return a first-level region's outline from its name or code.

    Parameters
    ----------
    name_or_code : str
        An ISO 3166-2 code (``"UA-63"``), a GeoNames code (``"UA.07"``), or a name in
        any spelling the gazetteer knows (``"Kharkiv Oblast"``, ``"Харківська область"``,
        ``"Tula region"``).

    Returns
    -------
    shapely geometry or None
    """
    text = name_or_code.strip()
    for geometry, props in _layer_shapes("regions"):
        if text.upper() in (props["iso_3166_2"], f"{props['country_code']}.{props['admin1']}"):
            return geometry
    key = loose_key(parse_query(text).core)
    for geometry, props in _layer_shapes("regions"):
        if loose_key(parse_query(props["name"]).core) == key:
            return geometry
    from geomap.gazetteer import Gazetteer

    for place in Gazetteer.default().lookup(text, loose=True):
        if place.kind == "region":
            return _region_by_code(place.country_code, place.admin1)
    return None


def _region_by_code(country_code: str, admin1: str) -> BaseGeometry | None:
    for geometry, props in _layer_shapes("regions"):
        if props["country_code"] == country_code and props["admin1"] == admin1:
            return geometry
    return None


def region_for(location: Any, admin1: str | None = None) -> BaseGeometry | None:
    """Return the outline of the region a resolved place lies in.

    Parameters
    ----------
    location : geopy Location, Place, mapping or str
        A resolver result (its ``raw`` holds ``country_code`` and ``admin1_code``),
        a gazetteer :class:`~geomap.gazetteer.Place`, a mapping with those keys, or
        a country code when ``admin1`` is given.
    admin1 : str, optional
        GeoNames admin1 code, when ``location`` is a country code.

    Returns
    -------
    shapely geometry or None
        None when the region has no shipped boundary.
    """
    if isinstance(location, str):
        return _region_by_code(location.upper(), admin1 or "")
    raw: Mapping[str, Any] | None = getattr(location, "raw", None)
    if raw is None and isinstance(location, Mapping):
        raw = location
    if raw is not None:
        country_code, code = raw.get("country_code"), raw.get("admin1_code")
        if country_code and code:
            return _region_by_code(country_code, code)
        point = (raw.get("lon"), raw.get("lat"))
    else:
        country_code, code = getattr(location, "country_code", None), getattr(location, "admin1", None)
        if country_code and code:
            return _region_by_code(country_code, code)
        point = (getattr(location, "lon", None), getattr(location, "lat", None))
    if None not in point:
        found = locate(*point)
        return _region_by_code(found["country_code"], found["admin1_code"]) if found["admin1_code"] else None
    return None


def kyiv_district(name: str) -> BaseGeometry | None:
    """Return the outline of one of Kyiv's ten raions.

    Parameters
    ----------
    name : str
        Any usual spelling: ``"Obolon"``, ``"Obolonskyi raion"``, ``"Solom'yanskyi"``,
        ``"Оболонський район"``.

    Returns
    -------
    shapely geometry or None
    """
    key = loose_key(parse_query(name).core)
    for geometry, props in _layer_shapes("kyiv_districts"):
        for candidate in (props["name"], props.get("name_uk"), props.get("name_ru")):
            if not candidate:
                continue
            stem = loose_key(parse_query(candidate).core)
            if key and (key == stem or (len(key) >= 4 and stem.startswith(key))):
                return geometry
    return None


def district_for(location: Any) -> BaseGeometry | None:
    """Return the outline of the Kyiv raion a resolved place lies in, or None outside Kyiv.

    Parameters
    ----------
    location : geopy Location, Place or (lon, lat)
        A resolver result (e.g. "Obolon" or "Solomianskyi district"), a gazetteer
        place, or a point in GeoJSON order.

    Returns
    -------
    shapely geometry or None
    """
    if isinstance(location, tuple):
        lon, lat = location
    elif hasattr(location, "latitude"):
        lat, lon = location.latitude, location.longitude
    else:
        lat, lon = location.lat, location.lon
    found = _containing("kyiv_districts", Point(lon, lat))
    return kyiv_district(found["name"]) if found else None


def border_line(country_a: str, country_b: str) -> BaseGeometry | None:
    """Return the land border between two countries as (multi)lines, or None if they do not touch.

    Parameters
    ----------
    country_a, country_b : str
        ISO alpha-2 codes, in either order.

    Returns
    -------
    shapely geometry or None
    """
    wanted = {country_a.upper(), country_b.upper()}
    for geometry, props in _layer_shapes("borders"):
        if {props["a"], props["b"]} == wanted:
            return geometry
    return None


def border_area(side: str, other: str, *, width_km: float = 30.0) -> BaseGeometry:
    """Return the strip of ``side`` within ``width_km`` of its border with ``other``.

    Used for vague places such as "the border areas of Sumy region" or "near the
    Belarusian border".

    Parameters
    ----------
    side : str
        Country whose side of the border is wanted.
    other : str
        The neighbouring country.
    width_km : float
        Depth of the strip.

    Returns
    -------
    shapely Polygon or MultiPolygon

    Raises
    ------
    GazetteerError
        If the two countries share no border in the shipped data.
    """
    line = border_line(side, other)
    outline = country(side)
    if line is None or outline is None:
        raise GazetteerError(f"no shipped border between {side} and {other}; check the country codes")
    scale = math.cos(math.radians(line.centroid.y))
    stretched = affinity.scale(line, xfact=scale, yfact=1.0, origin=(0, 0))
    strip = affinity.scale(
        stretched.buffer(width_km / _KM_PER_DEGREE), xfact=1 / scale, yfact=1.0, origin=(0, 0)
    )
    return strip.intersection(outline)


@lru_cache(maxsize=4)
def _trees(directory: str) -> dict[str, tuple]:
    trees = {}
    for name in ("countries", "regions", "kyiv_districts"):
        shapes = _shapes(directory, name)
        trees[name] = (shapely.STRtree([g for g, _ in shapes]), shapes)
    return trees


def _containing(name: str, point: Point) -> dict | None:
    tree, shapes = _trees(str(_directory()))[name]
    hits = sorted(tree.query(point, predicate="intersects"))
    return shapes[hits[0]][1] if hits else None


def locate(lon: float, lat: float) -> dict[str, str | None]:
    """Tell which country, region and Kyiv district a point lies in.

    Parameters
    ----------
    lon, lat : float
        The point in degrees (GeoJSON order).

    Returns
    -------
    dict
        ``country_code``, ``admin1`` (region name), ``admin1_code`` (GeoNames code),
        ``iso_3166_2`` and ``district`` (Kyiv raion name); None where the point lies
        outside the shipped layers.
    """
    point = Point(lon, lat)
    nation = _containing("countries", point)
    area = _containing("regions", point)
    district = _containing("kyiv_districts", point)
    return {
        "country_code": nation["country_code"] if nation else (area["country_code"] if area else None),
        "admin1": area["name"] if area else None,
        "admin1_code": area["admin1"] if area else None,
        "iso_3166_2": area["iso_3166_2"] if area else None,
        "district": district["name"] if district else None,
    }
