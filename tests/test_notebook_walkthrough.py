"""The walkthrough notebook runs top to bottom in a fresh kernel, so it can never rot."""

import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parents[1] / "notebooks" / "walkthrough.ipynb"


def test_notebook_is_stored_without_outputs():
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(notebook)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, cell.source[:60]


def test_the_python3_kernel_runs_in_this_environment():
    cell = nbformat.v4.new_code_cell("import sys; print(sys.prefix)")
    notebook = nbformat.v4.new_notebook(cells=[cell])
    NotebookClient(notebook, timeout=60, kernel_name="python3").execute()
    assert notebook.cells[0].outputs[0]["text"].strip() == sys.prefix


@pytest.mark.slow
def test_walkthrough_runs_top_to_bottom(tmp_path):
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    client = NotebookClient(
        notebook, timeout=240, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}
    )
    client.execute()
    outputs = [output for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [output for output in outputs if output.output_type == "error"]
    maps = [o for o in outputs if "text/html" in o.get("data", {}) and "<iframe" in o["data"]["text/html"]]
    assert len(maps) >= 3, "the collection, the composed map and the filtered collection display as maps"
    for name in ("events.geojson", "events.gpkg", "events-points.csv"):
        assert (tmp_path / "out" / name).stat().st_size > 0
    assert not list((tmp_path / "out").glob(".*")), "no temporary files left behind"
