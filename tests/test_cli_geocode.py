import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from geomap.cli.main import cli


@pytest.fixture
def runner():
    return CliRunner()


def test_geocode_prints_json(runner):
    result = runner.invoke(cli, ["geocode", "Kiev"])
    assert result.exit_code == 0, result.output
    record = json.loads(result.stdout)
    assert record["name"] == "Kyiv"
    assert record["country_code"] == "UA"
    assert record["precision"] == "city"
    assert record["geonameid"] == 703448
    assert record["lat"] == pytest.approx(50.45, abs=0.05) and record["lon"] == pytest.approx(30.52, abs=0.05)
    assert record["admin1"] == "Kyiv City"
    assert record["reason"]


def test_geocode_all_lists_ranked_candidates(runner):
    result = runner.invoke(cli, ["geocode", "Odessa", "--all"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.stdout)
    assert len(records) > 1 and records[0]["country_code"] == "UA"
    assert {r["country_code"] for r in records} > {"UA"}


def test_geocode_country_option(runner):
    result = runner.invoke(cli, ["geocode", "Odessa", "--country", "US"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["country_code"] == "US"


def test_geocode_context_option(runner):
    result = runner.invoke(cli, ["geocode", "Sosnivka", "--context", "Lviv", "--context", "Chervonohrad"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["admin1"] == "Lviv Oblast"


def test_geocode_region_qualifier(runner):
    record = json.loads(runner.invoke(cli, ["geocode", "Tula region"]).stdout)
    assert record["precision"] == "region" and record["kind"] == "region"


def test_several_names_give_a_list(runner):
    result = runner.invoke(cli, ["geocode", "Kharkov", "Odessa"])
    assert result.exit_code == 0, result.output
    assert [r["name"] for r in json.loads(result.stdout)] == ["Kharkiv", "Odesa"]


def test_unknown_name_exits_non_zero_with_suggestions_on_stderr(runner):
    result = runner.invoke(cli, ["geocode", "Zaporizhzhiaxyz"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "did you mean" in result.stderr and "Zapor" in result.stderr


def test_unknown_among_known_keeps_the_known_results(runner):
    result = runner.invoke(cli, ["geocode", "Kyiv", "Qwxzv Blorp"])
    assert result.exit_code == 1
    assert [r["name"] for r in json.loads(result.stdout)] == ["Kyiv"]
    assert "Qwxzv Blorp" in result.stderr


def test_missing_gazetteer_is_a_clear_error(runner, tmp_path):
    result = runner.invoke(cli, ["geocode", "Kyiv", "--gazetteer", str(tmp_path / "nowhere")])
    assert result.exit_code == 1
    assert "geomap gazetteer build" in result.stderr


def test_gazetteer_environment_variable_is_used(runner, tmp_path):
    result = runner.invoke(cli, ["geocode", "Kyiv"], env={"GEOMAP_GAZETTEER": str(tmp_path / "nowhere")})
    assert result.exit_code == 1
    assert "nowhere" in result.stderr


def test_gazetteer_info(runner):
    result = runner.invoke(cli, ["gazetteer", "info"])
    assert result.exit_code == 0, result.output
    info = json.loads(result.stdout)
    assert info["places"] > 15_000 and info["schema_version"] == "1"


def test_cold_start_imports_stay_light():
    code = (
        "import sys; from geomap.cli.main import cli; "
        "from click.testing import CliRunner; r = CliRunner().invoke(cli, ['geocode', 'Kyiv']); "
        "assert r.exit_code == 0, r.output; "
        "heavy = [m for m in ('pandas', 'geopandas', 'folium', 'shapely', 'rapidfuzz') if m in sys.modules]; "
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
