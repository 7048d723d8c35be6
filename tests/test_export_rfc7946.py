"""The GeoJSON geomap writes, checked against RFC 7946 rule by rule."""

import datetime as dt
import json

import jsonschema
import pyogrio
import pytest
from shapely.geometry import LinearRing, shape
from test_export_sample import sample_events

from geomap.export import write_events
from geomap.export.schema import COLUMNS

GEOMETRY_TYPES = {"Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon"}


def _reject_constant(name):
    raise AssertionError(f"non-standard JSON number {name} (NaN/Infinity) in GeoJSON")


@pytest.fixture(params=["area", "point"])
def document(request, tmp_path):
    path = tmp_path / "events.geojson"
    write_events(sample_events(), path, geometry=request.param)
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), "RFC 7946 section 11: no byte order mark"
    return json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)


def _walk(value, key=None):
    yield key, value
    if isinstance(value, dict):
        for k, v in value.items():
            yield from _walk(v, k)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item, key)


def _positions(geometry):
    kind, coordinates = geometry["type"], geometry["coordinates"]
    depth = {"Point": 0, "MultiPoint": 1, "LineString": 1, "MultiLineString": 2}
    depth |= {"Polygon": 2, "MultiPolygon": 3}
    items = [coordinates]
    for _ in range(depth[kind]):
        items = [position for item in items for position in item]
    return items


def _rings(geometry):
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    return []


def test_is_a_feature_collection_without_crs(document):
    assert document["type"] == "FeatureCollection"
    assert isinstance(document["features"], list) and document["features"]
    assert all(key != "crs" for key, _ in _walk(document)), "RFC 7946 section 4: no crs member"


def test_features_have_unique_string_ids_and_valid_geometries(document):
    ids = [feature["id"] for feature in document["features"]]
    assert all(isinstance(identifier, str) and identifier for identifier in ids)
    assert len(set(ids)) == len(ids)
    for feature in document["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] in GEOMETRY_TYPES
        assert isinstance(feature["properties"], dict)
        assert shape(feature["geometry"]).is_valid


def test_positions_are_longitude_then_latitude_within_range(document):
    for feature in document["features"]:
        for position in _positions(feature["geometry"]):
            assert len(position) == 2, "2D positions only"
            lon, lat = position
            assert -180 <= lon <= 180 and -90 <= lat <= 90
        if feature["geometry"]["type"] == "Point":
            properties = feature["properties"]
            assert feature["geometry"]["coordinates"] == [properties["lon"], properties["lat"]]


def test_polygons_follow_the_right_hand_rule(document):
    polygons = [rings for feature in document["features"] for rings in _rings(feature["geometry"])]
    if not polygons:  # --geometry point
        assert {feature["geometry"]["type"] for feature in document["features"]} == {"Point"}
    for exterior, *holes in polygons:
        assert exterior[0] == exterior[-1] and len(exterior) >= 4
        assert LinearRing(exterior).is_ccw, "exterior rings counter-clockwise"
        for hole in holes:
            assert not LinearRing(hole).is_ccw, "holes clockwise"


def test_dates_are_iso_strings_and_counts_integers_or_null(document):
    for feature in document["features"]:
        properties = feature["properties"]
        for name in ("date", "published"):
            if properties[name] is not None:
                assert dt.date.fromisoformat(properties[name]).isoformat() == properties[name]
        for column in COLUMNS:
            value = properties[column.name]
            if column.kind == "integer":
                assert value is None or (isinstance(value, int) and not isinstance(value, bool))
            if column.kind == "list":
                assert isinstance(value, list) and all(isinstance(item, str) for item in value)


def _properties_schema():
    types = {"string": "string", "integer": "integer", "float": "number"}
    properties = {}
    for column in COLUMNS:
        if column.kind == "list":
            schema = {"type": "array", "items": {"type": "string"}}
        else:
            schema = {"type": [types[column.kind], "null"] if column.nullable else types[column.kind]}
        if column.allowed:
            schema["enum"] = [*column.allowed, *([None] if column.nullable else [])]
        properties[column.name] = schema
    return {
        "type": "object",
        "required": [column.name for column in COLUMNS],
        "additionalProperties": False,
        "properties": properties,
    }


def test_matches_a_json_schema_of_geojson_and_the_event_properties(document):
    position = {"type": "array", "minItems": 2, "maxItems": 2, "items": {"type": "number"}}
    feature = {
        "type": "object",
        "required": ["type", "id", "geometry", "properties"],
        "properties": {
            "type": {"const": "Feature"},
            "id": {"type": "string"},
            "geometry": {
                "type": "object",
                "required": ["type", "coordinates"],
                "properties": {"type": {"enum": sorted(GEOMETRY_TYPES)}},
            },
            "properties": _properties_schema(),
        },
    }
    schema = {
        "type": "object",
        "required": ["type", "features"],
        "properties": {
            "type": {"const": "FeatureCollection"},
            "features": {"type": "array", "items": feature},
        },
        "not": {"required": ["crs"]},
    }
    jsonschema.validate(document, schema)
    for item in document["features"]:
        for position_value in _positions(item["geometry"]):
            jsonschema.validate(position_value, position)


def test_gdal_opens_it_as_wgs84_geojson(tmp_path):
    path = tmp_path / "events.geojson"
    write_events(sample_events(), path)
    info = pyogrio.read_info(path)
    assert info["driver"] == "GeoJSON"
    assert info["crs"] == "EPSG:4326"
    assert info["features"] == len(sample_events())
