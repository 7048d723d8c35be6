import pytest
from click.testing import CliRunner
from test_map_fixtures import sample_events

from geomap.cli.main import cli

export = pytest.importorskip("geomap.export")


@pytest.fixture
def events_file(tmp_path):
    path = tmp_path / "events.geojson"
    export.write_events(sample_events(), path)
    return path


def test_map_command_writes_a_standalone_map(events_file, tmp_path):
    output = tmp_path / "map.html"
    result = CliRunner().invoke(cli, ["map", str(events_file), "-o", str(output), "--title", "May <2025>"])
    assert result.exit_code == 0, result.output
    html = output.read_text(encoding="utf-8")
    assert "<h1>May &lt;2025&gt;</h1>" in html
    assert '"Attacks (3)"' in html and '"Prisoner exchanges (2)"' in html
    assert "12 events" in result.output


def test_tiles_option_is_validated(events_file, tmp_path):
    arguments = ["map", str(events_file), "-o", str(tmp_path / "m.html"), "--tiles", "x"]
    result = CliRunner().invoke(cli, arguments)
    assert result.exit_code == 2
    assert "offline" in result.output and "cartodb" in result.output


def test_unreadable_inputs_leave_the_existing_map_alone(tmp_path):
    output = tmp_path / "map.html"
    output.write_text("yesterday's map")
    result = CliRunner().invoke(cli, ["map", str(tmp_path / "missing.geojson"), "-o", str(output)])
    assert result.exit_code != 0
    assert "was not written" in result.output
    assert output.read_text() == "yesterday's map"
    assert [p.name for p in tmp_path.iterdir()] == ["map.html"]


def test_one_bad_input_does_not_lose_the_others(events_file, tmp_path):
    output = tmp_path / "map.html"
    broken = tmp_path / "broken.geojson"
    broken.write_text("{not json")
    result = CliRunner().invoke(cli, ["map", str(events_file), str(broken), "-o", str(output)])
    assert result.exit_code == 1
    assert "broken.geojson" in result.output
    assert '"Attacks (3)"' in output.read_text(encoding="utf-8")


def test_map_command_reads_articles_too(tmp_path):
    article = tmp_path / "kharkiv.txt"
    article.write_text(
        "Russian drones hit Kharkiv\n\nRussian drones struck a residential building in Kharkiv overnight, "
        "injuring four people, the regional governor said.\n",
        encoding="utf-8",
    )
    output = tmp_path / "map.html"
    result = CliRunner().invoke(cli, ["map", str(article), "--published", "2025-05-24", "-o", str(output),
                                      "--title", "{{ 7*7 }}"])
    assert result.exit_code == 0, result.output
    html = output.read_text(encoding="utf-8")
    assert "<h1>{{ 7*7 }}</h1>" in html
    assert "kharkiv.txt" in html


def test_a_missing_output_directory_is_refused_before_any_input_is_read(tmp_path):
    result = CliRunner().invoke(
        cli, ["map", str(tmp_path / "not-read-yet.txt"), "-o", str(tmp_path / "no" / "map.html")]
    )
    assert result.exit_code == 2
    assert "does not exist; create it first" in result.output
    assert "not-read-yet" not in result.output
