"""docs/event-schema.md must describe exactly what geomap writes."""

import json
import re
from pathlib import Path

import pyogrio
import pytest
from test_export_sample import sample_events

from geomap.export import to_geodataframe, write_events
from geomap.export.schema import COLUMNS
from geomap.model import COUNT_FIELDS

DOC = Path(__file__).resolve().parents[1] / "docs" / "event-schema.md"
ROW = re.compile(
    r"^\|\s*`(?P<name>\w+)`\s*\|\s*(?P<type>\w+)\s*\|\s*(?P<null>yes|no)\s*\|(?P<allowed>[^|]*)\|"
)


def documented_rows():
    text = DOC.read_text(encoding="utf-8")
    table = text.split("## Geometry")[0]
    rows = [match.groupdict() for line in table.splitlines() if (match := ROW.match(line))]
    assert rows, "no property table found in docs/event-schema.md"
    return rows


def test_doc_lists_every_property_in_order_with_its_type_and_nullability():
    rows = documented_rows()
    assert [row["name"] for row in rows] == [column.name for column in COLUMNS]
    for row, column in zip(rows, COLUMNS, strict=True):
        assert row["type"] == column.kind, column.name
        assert (row["null"] == "yes") == column.nullable, column.name


def test_doc_lists_exactly_the_allowed_values():
    for row, column in zip(documented_rows(), COLUMNS, strict=True):
        assert tuple(re.findall(r"`(\w+)`", row["allowed"])) == column.allowed, column.name


def test_counts_are_documented_as_integers():
    types = {row["name"]: row["type"] for row in documented_rows()}
    assert all(types[name] == "integer" for name in COUNT_FIELDS)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    directory = tmp_path_factory.mktemp("schema")
    for extension in ("geojson", "gpkg", "csv"):
        write_events(sample_events(), directory / f"events.{extension}")
    return directory


def test_geojson_properties_are_the_documented_ones(written):
    documented = [row["name"] for row in documented_rows()]
    document = json.loads((written / "events.geojson").read_text(encoding="utf-8"))
    for feature in document["features"]:
        assert list(feature["properties"]) == documented


def test_geopackage_and_csv_columns_are_the_documented_ones(written):
    documented = [row["name"] for row in documented_rows()]
    assert list(pyogrio.read_info(written / "events.gpkg")["fields"]) == documented
    assert list(pyogrio.read_info(written / "events.csv")["fields"]) == [*documented, "wkt"]


def test_geopackage_field_types_match_the_documented_types(written):
    expected = {"string": "OFTString", "integer": "OFTInteger64", "float": "OFTReal", "list": "OFTString"}
    info = pyogrio.read_info(written / "events.gpkg")
    for row, ogr_type in zip(documented_rows(), info["ogr_types"], strict=True):
        assert ogr_type == expected[row["type"]], row["name"]


def test_geodataframe_columns_are_the_documented_ones():
    frame = to_geodataframe(sample_events())
    assert list(frame.columns) == [row["name"] for row in documented_rows()] + ["geometry"]
