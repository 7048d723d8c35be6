import os

import pytest

from geomap.atomic import atomic_path, atomic_write
from geomap.errors import OutputError


def test_writes_whole_file(tmp_path):
    target = tmp_path / "out.txt"
    with atomic_write(target) as handle:
        handle.write("complete")
    assert target.read_text() == "complete"
    assert os.listdir(tmp_path) == ["out.txt"]


def test_failure_keeps_previous_file_and_leaves_no_temporary(tmp_path):
    target = tmp_path / "map.html"
    target.write_text("previous map")
    with pytest.raises(RuntimeError), atomic_write(target) as handle:
        handle.write("half a ma")
        raise RuntimeError("renderer crashed")
    assert target.read_text() == "previous map"
    assert os.listdir(tmp_path) == ["map.html"]


def test_missing_directory_is_an_output_error(tmp_path):
    with pytest.raises(OutputError, match="does not exist"), atomic_path(tmp_path / "no" / "x.geojson"):
        pass


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only directories")
def test_unwritable_directory_is_an_output_error(tmp_path):
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(OutputError), atomic_write(tmp_path / "x.txt") as handle:
            handle.write("x")
    finally:
        tmp_path.chmod(0o700)


def test_rejects_unknown_mode(tmp_path):
    with pytest.raises(ValueError, match="must be one of"), atomic_write(tmp_path / "x", "a"):
        pass


def test_temporary_name_ends_with_the_requested_suffix(tmp_path):
    with atomic_path(tmp_path / "events.dat", suffix=".csv") as temporary:
        assert temporary.name.endswith(".csv")
        temporary.write_text("x")
    assert (tmp_path / "events.dat").read_text() == "x"
