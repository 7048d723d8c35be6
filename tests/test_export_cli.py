import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_export_sample import sample_events

from geomap.cli.main import cli
from geomap.export import read_events, write_events

SEED = Path(__file__).resolve().parents[1] / "seeds" / "2025-05-24_kyiv-attack_prisoner-exchange.txt"


@pytest.fixture
def events_file(tmp_path):
    path = tmp_path / "events.geojson"
    write_events(sample_events(), path)
    return path


def run(*arguments):
    return CliRunner().invoke(cli, [str(argument) for argument in arguments])


@pytest.mark.parametrize("extension", ["geojson", "json", "gpkg", "csv", "kml"])
def test_converts_an_event_file_to_every_format(tmp_path, events_file, extension):
    output = tmp_path / f"out.{extension}"
    result = run("export", events_file, "-o", output)
    assert result.exit_code == 0, result.output
    assert f"wrote 6 events to {output}" in result.output
    assert sorted(e.id for e in read_events(output)) == sorted(e.id for e in sample_events())


def test_round_trip_through_geopackage_gives_the_same_geojson(tmp_path, events_file):
    assert run("export", events_file, "-o", tmp_path / "e.gpkg").exit_code == 0
    assert run("export", tmp_path / "e.gpkg", "-o", tmp_path / "again.geojson").exit_code == 0
    assert (tmp_path / "again.geojson").read_bytes() == events_file.read_bytes()


def test_format_option_wins_over_the_extension_and_geometry_point(tmp_path, events_file):
    output = tmp_path / "events.txt"
    result = run("export", events_file, "-o", output, "--format", "CSV", "--geometry", "point")
    assert result.exit_code == 0, result.output
    header, *rows = output.read_text(encoding="utf-8-sig").splitlines()
    assert header.endswith(",wkt")
    assert all(event.geometry.geom_type == "Point" for event in read_events(output, format="csv"))


@pytest.mark.parametrize(
    ("output", "message"),
    [
        ("events.shp", "cannot tell the format of"),
        ("missing-dir/events.gpkg", "does not exist; create it first"),
    ],
)
def test_bad_destinations_are_usage_errors_before_any_work(tmp_path, events_file, output, message):
    result = run("export", events_file, "-o", tmp_path / output)
    assert result.exit_code == 2
    assert message in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.geojson"]


def test_unreadable_inputs_are_reported_and_the_rest_exported(tmp_path, events_file):
    broken = tmp_path / "broken.geojson"
    broken.write_text("{not json", encoding="utf-8")
    output = tmp_path / "out.geojson"
    result = run("export", broken, events_file, "-o", output)
    assert result.exit_code == 1
    assert "broken.geojson" in result.output and "is not valid JSON" in result.output
    assert len(read_events(output)) == len(sample_events())


def test_quiet_prints_nothing_on_success(tmp_path, events_file):
    result = run("-q", "export", events_file, "-o", tmp_path / "out.kml")
    assert result.exit_code == 0
    assert result.output == ""


@pytest.mark.slow
def test_extract_output_and_export_output_are_interchangeable(tmp_path):
    extracted = tmp_path / "extracted.geojson"
    result = run("extract", SEED, "--published", "2025-05-24", "-o", extracted)
    assert result.exit_code == 0, result.output
    exported = tmp_path / "exported.geojson"
    result = run("export", SEED, "--published", "2025-05-24", "-o", exported)
    assert result.exit_code == 0, result.output
    assert exported.read_bytes() == extracted.read_bytes()
    assert json.loads(extracted.read_text(encoding="utf-8"))["features"]
    reexported = tmp_path / "reexported.geojson"
    assert run("export", extracted, "-o", tmp_path / "e.gpkg").exit_code == 0
    assert run("export", tmp_path / "e.gpkg", "-o", reexported).exit_code == 0
    assert reexported.read_bytes() == extracted.read_bytes()
