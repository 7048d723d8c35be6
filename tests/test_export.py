import json
import math
import os

import pandas as pd
import pyogrio
import pytest
import shapely
from shapely.geometry import Point
from test_export_sample import sample_events

from geomap.errors import InputError, OutputError
from geomap.export import format_for, read_events, to_geodataframe, write_events
from geomap.export.schema import COLUMN_NAMES, COLUMNS
from geomap.model import Event, EventType

FORMATS = ["geojson", "gpkg", "csv", "kml"]
# KML (libkml) writes decimals with 15 significant digits; every other format is exact.
TOLERANCE = {"geojson": 0.0, "gpkg": 0.0, "csv": 0.0, "kml": 1e-12}


def expected_geometry(event, geometry):
    if geometry == "point":
        return Point(event.lon, event.lat)
    return shapely.orient_polygons(event.geometry)


def assert_same_events(written, read, *, geometry="area", tolerance=0.0):
    assert sorted(e.id for e in read) == sorted(e.id for e in written)
    by_id = {event.id: event for event in read}
    for event in written:
        back = by_id[event.id]
        for name, value in event.properties.items():
            if isinstance(value, float) and tolerance:
                assert back.properties[name] == pytest.approx(value, abs=tolerance), (event.id, name)
            else:
                assert back.properties[name] == value, (event.id, name)
                assert type(back.properties[name]) is type(value), (event.id, name)
        assert shapely.equals_exact(back.geometry, expected_geometry(event, geometry), tolerance), event.id


@pytest.mark.parametrize("geometry", ["area", "point"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_reads_back_what_was_written(tmp_path, fmt, geometry):
    events = sample_events()
    path = tmp_path / f"events.{fmt}"
    write_events(events, path, geometry=geometry)
    assert_same_events(events, read_events(path), geometry=geometry, tolerance=TOLERANCE[fmt])


@pytest.mark.parametrize("fmt", ["geojson", "gpkg", "csv"])
def test_exact_formats_keep_event_order(tmp_path, fmt):
    events = sample_events()
    write_events(events, tmp_path / f"e.{fmt}")
    assert [e.id for e in read_events(tmp_path / f"e.{fmt}")] == [e.id for e in events]


def _gdal_frame(path, fmt):
    if fmt == "csv":
        frame = pyogrio.read_dataframe(path, read_geometry=False)
        return frame, shapely.from_wkt(frame["wkt"].tolist())
    layers = [name for name, _ in pyogrio.list_layers(path)]
    frame = pd.concat([pyogrio.read_dataframe(path, layer=name) for name in layers], ignore_index=True)
    return frame, shapely.force_2d(frame.geometry.values)


def _as_written(column, value):
    """What a flat format holds for a value of the typed frame."""
    if column.kind == "list":
        return list(value)
    return None if pd.isna(value) else value


def _as_read(column, value, fmt):
    """A value GDAL read, in the typed frame's terms."""
    if column.kind == "list":
        return json.loads(value) if isinstance(value, str) else list(value)
    if not isinstance(value, str) and pd.isna(value):
        value = None
    if value is None:
        return "" if fmt == "kml" and column.kind == "string" and not column.nullable else None
    if value == "" and fmt in ("csv", "kml"):  # CSV and KML cannot tell an empty text from a missing one
        return None
    if column.kind in ("integer", "float"):
        return float(value)
    if hasattr(value, "date"):  # GDAL reads ISO date texts in GeoJSON as dates
        return value.date().isoformat()
    return value


@pytest.mark.parametrize("fmt", FORMATS)
def test_gdal_reads_every_column_and_geometry_as_written(tmp_path, fmt):
    events = sample_events()
    path = tmp_path / f"events.{fmt}"
    write_events(events, path)
    expected = to_geodataframe(events).set_index("id", drop=False)
    frame, geometries = _gdal_frame(path, fmt)
    assert set(COLUMN_NAMES) <= set(frame.columns)
    frame = frame.assign(geometry_read=list(geometries)).set_index("id", drop=False).loc[expected.index]
    for column in COLUMNS:
        for identifier in expected.index:
            want = _as_written(column, expected.at[identifier, column.name])
            got = _as_read(column, frame.at[identifier, column.name], fmt)
            if fmt == "csv" and want == "":
                want = None
            if column.kind == "float" and want is not None:
                assert got == pytest.approx(want, abs=TOLERANCE[fmt]), (identifier, column.name)
            else:
                assert got == want, (identifier, column.name)
    for identifier, geometry in zip(frame.index, frame["geometry_read"], strict=True):
        assert shapely.equals_exact(geometry, expected.geometry[identifier], TOLERANCE[fmt]), identifier


def test_geodataframe_has_one_typed_column_per_property():
    frame = to_geodataframe(sample_events())
    assert frame.crs.to_epsg() == 4326
    assert list(frame.columns) == [*COLUMN_NAMES, "geometry"]
    assert str(frame["killed"].dtype) == "Int64"
    assert str(frame["geonameid"].dtype) == "Int64"
    assert str(frame["lon"].dtype) == "float64"
    assert str(frame["uncertainty_km"].dtype) == "Float64"
    assert str(frame["quote"].dtype) == "string"
    assert frame["sources"][0] == ["2025-05-24_kyiv.txt", "https://example.org/kyiv?a=1&b=2"]
    assert frame["killed"].isna().sum() == len(frame) - 1
    assert frame.loc[frame.event_type == "attack", "injured"].sum() == 15


def test_geodataframe_of_no_events_keeps_the_schema():
    frame = to_geodataframe([])
    assert len(frame) == 0
    assert list(frame.columns) == [*COLUMN_NAMES, "geometry"]
    assert str(frame["drones"].dtype) == "Int64"


def test_point_geometry_puts_every_event_at_its_representative_point():
    frame = to_geodataframe(sample_events(), geometry="point")
    assert set(frame.geom_type) == {"Point"}
    assert list(frame.geometry.x) == list(frame["lon"])
    assert list(frame.geometry.y) == list(frame["lat"])


def test_area_geometry_rewinds_polygons_counter_clockwise():
    frame = to_geodataframe(sample_events())
    for polygon in frame.geometry[frame.geom_type == "Polygon"]:
        assert polygon.exterior.is_ccw
        assert all(not ring.is_ccw for ring in polygon.interiors)


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_events_write_a_valid_empty_file(tmp_path, fmt):
    path = tmp_path / f"empty.{fmt}"
    write_events([], path)
    assert read_events(path) == []


def test_geopackage_is_one_events_layer_with_an_event_type_column(tmp_path):
    path = tmp_path / "e.gpkg"
    write_events(sample_events(), path)
    assert [name for name, _ in pyogrio.list_layers(path)] == ["events"]
    info = pyogrio.read_info(path, layer="events")
    assert "event_type" in info["fields"]
    assert info["crs"] == "EPSG:4326"
    types = dict(zip(info["fields"], info["ogr_types"], strict=True))
    assert types["killed"] == "OFTInteger64"
    assert types["lon"] == "OFTReal"


def test_kml_has_one_folder_per_event_type_with_names_and_timestamps(tmp_path):
    path = tmp_path / "e.kml"
    write_events(sample_events(), path)
    layers = [name for name, _ in pyogrio.list_layers(path)]
    assert layers == [t.value for t in EventType]
    text = path.read_text(encoding="utf-8")
    assert "<name>attack: Kyiv</name>" in text
    assert "2025-05-24" in text and "<TimeStamp>" in text


def test_csv_has_lat_lon_and_wkt_and_full_precision(tmp_path):
    path = tmp_path / "e.csv"
    write_events(sample_events(), path)
    frame = pyogrio.read_dataframe(path, read_geometry=False)
    assert {"lat", "lon", "wkt"} <= set(frame.columns)
    border = frame.set_index("id").loc[sample_events()[1].id]
    assert border["lat"] == "50.300000000000004"
    assert border["wkt"].startswith("POLYGON ((")


def test_csv_opens_in_pandas_and_excel_with_its_unicode_intact(tmp_path):
    path = tmp_path / "e.csv"
    write_events(sample_events(), path)
    assert path.read_bytes().startswith(b"\xef\xbb\xbfid,")
    frame = pd.read_csv(path)
    assert list(frame.columns[:2]) == ["id", "event_type"]
    assert json.loads(frame.loc[0, "quotes"])[1] == "Києві пролунали вибухи, 15 поранених"


def test_format_comes_from_the_extension_or_the_explicit_option(tmp_path):
    assert format_for("a/b.GeoJSON") == "geojson"
    assert format_for("b.json") == "geojson"
    path = tmp_path / "events.txt"
    write_events(sample_events(), path, format="csv")
    assert path.read_text(encoding="utf-8-sig").startswith("id,event_type,")
    assert len(read_events(path, format="csv")) == len(sample_events())


def test_unknown_format_and_geometry_list_the_choices(tmp_path):
    with pytest.raises(ValueError, match="must be one of geojson, gpkg, csv, kml"):
        format_for("x.shp", "shapefile")
    with pytest.raises(ValueError, match=r"\.geojson, \.json, \.gpkg, \.csv, \.kml"):
        write_events(sample_events(), tmp_path / "x.shp")
    with pytest.raises(ValueError, match="must be one of area, point"):
        write_events(sample_events(), tmp_path / "x.geojson", geometry="polygon")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_failed_write_keeps_the_previous_file_and_leaves_no_temporary(tmp_path, fmt, monkeypatch):
    path = tmp_path / f"events.{fmt}"
    write_events(sample_events(), path)
    before = path.read_bytes()

    def broken(*args, **kwargs):
        raise pyogrio.errors.DataSourceError("disk full")

    monkeypatch.setattr(pyogrio, "write_dataframe", broken)
    bad = sample_events()[0].with_changes(geometry=Point(500, 95), lon=500.0, lat=95.0)
    with pytest.raises(OutputError, match=str(path)):
        write_events([*sample_events(), bad], path)
    assert path.read_bytes() == before
    assert os.listdir(tmp_path) == [path.name]


def test_geojson_refuses_nan_coordinates(tmp_path):
    bad = sample_events()[0].with_changes(lat=math.nan)
    with pytest.raises(OutputError, match=bad.id):
        write_events([bad], tmp_path / "e.geojson")
    assert list(tmp_path.iterdir()) == []


def test_event_features_written_by_the_model_read_back(tmp_path):
    events = sample_events()
    collection = {"type": "FeatureCollection", "features": [event.to_feature() for event in events]}
    path = tmp_path / "model.geojson"
    path.write_text(json.dumps(collection), encoding="utf-8")
    back = read_events(path)
    for event, read in zip(events, back, strict=True):
        assert read.properties == event.properties
        assert read.geometry.equals(event.geometry)


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_are_interchangeable_inputs(tmp_path, fmt):
    first = tmp_path / "first.geojson"
    write_events(sample_events(), first)
    converted = tmp_path / f"converted.{fmt}"
    write_events(read_events(first), converted)
    again = tmp_path / "again.geojson"
    write_events(read_events(converted), again)
    if fmt == "kml":
        assert_same_events(read_events(first), read_events(again), tolerance=TOLERANCE[fmt])
    else:
        assert again.read_bytes() == first.read_bytes()


def test_geojson_output_is_stable_across_runs(tmp_path):
    write_events(sample_events(), tmp_path / "a.geojson")
    write_events(sample_events(), tmp_path / "b.geojson")
    assert (tmp_path / "a.geojson").read_bytes() == (tmp_path / "b.geojson").read_bytes()


def _feature(**properties):
    point = {"type": "Point", "coordinates": [30.5, 50.4]}
    return {"type": "Feature", "geometry": point, "properties": properties}


def _write_collection(path, *features):
    path.write_text(json.dumps({"type": "FeatureCollection", "features": list(features)}), encoding="utf-8")
    return path


def test_hand_made_features_get_defaults_an_id_and_a_point(tmp_path):
    feature = _feature(event_type="attack", precision="city", killed="3")
    path = _write_collection(tmp_path / "hand.geojson", feature)
    (event,) = read_events(path)
    assert (event.lon, event.lat) == (30.5, 50.4)
    assert event.killed == 3
    assert len(event.id) == 16
    assert event.quote == ""


@pytest.mark.parametrize(
    ("feature", "message"),
    [
        (_feature(precision="city"), "has no 'event_type'"),
        (_feature(event_type="airstrike", precision="city"), "'airstrike' is not a valid option"),
        (_feature(event_type="attack", precision="city", killed="many"), "killed 'many' is not a number"),
        (_feature(event_type="attack", precision="city", killed=2.5), "killed 2.5 is not a number"),
        (_feature(event_type="attack", precision="city", sources="a.txt"), "sources is not a JSON array"),
        ({"type": "Feature", "geometry": None, "properties": {"id": "x1"}}, "x1 has no geometry"),
    ],
)
def test_invalid_features_name_the_file_and_the_problem(tmp_path, feature, message):
    path = _write_collection(tmp_path / "bad.geojson", feature)
    with pytest.raises(InputError, match=message) as caught:
        read_events(path)
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.geojson", None, "no such file"),
        ("broken.geojson", "{not json", "is not valid JSON"),
        ("list.json", "[1, 2]", "is not a GeoJSON FeatureCollection"),
        ("latin1.geojson", b"\xff\xfe{", "is not UTF-8"),
        ("notes.txt", "hello", "cannot tell the format"),
        ("broken.gpkg", "not a database", "GDAL cannot read it"),
    ],
)
def test_unreadable_inputs_raise_input_errors(tmp_path, name, content, message):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    elif content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        read_events(path)


def test_a_geopackage_without_events_is_rejected(tmp_path):
    import geopandas as gpd

    path = tmp_path / "roads.gpkg"
    gpd.GeoDataFrame({"name": ["M06"]}, geometry=[Point(30, 50)], crs=4326).to_file(path, layer="roads")
    with pytest.raises(InputError, match="no layer with an 'event_type' column"):
        read_events(path)


def test_events_from_every_reader_are_plain_python_values(tmp_path):
    for fmt in FORMATS:
        path = tmp_path / f"e.{fmt}"
        write_events(sample_events(), path)
        for event in read_events(path):
            assert isinstance(event, Event)
            json.dumps(event.properties, allow_nan=False)


def test_a_geopackage_resaved_by_gdal_as_geojson_still_reads(tmp_path):
    """What QGIS' "Export > Save Features As" (GDAL) makes of a geomap GeoPackage."""
    write_events(sample_events(), tmp_path / "e.gpkg")
    frame = pyogrio.read_dataframe(tmp_path / "e.gpkg")
    pyogrio.write_dataframe(frame, tmp_path / "qgis.geojson", driver="GeoJSON")
    back = read_events(tmp_path / "qgis.geojson")
    assert_same_events(sample_events(), back, tolerance=1e-12)  # GDAL writes 15 significant digits
