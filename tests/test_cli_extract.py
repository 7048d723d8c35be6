import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_corpus_fakes import FakeResolver, resolving_extract

from geomap.cli.main import cli

DATA = Path(__file__).parent / "data" / "corpus"


@pytest.fixture
def fake_extractor(monkeypatch):
    """Run the CLI on the small fake extractor, so these tests check the command, not the NLP."""
    monkeypatch.setattr("geomap.corpus.run._default_extract", lambda: resolving_extract)
    monkeypatch.setattr("geomap.corpus.run._default_resolver", FakeResolver)


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def articles(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("Strike\n\nattack in Kyiv on 2025-05-24 killing 2. Shelling near Toretsk.")
    (folder / "b.txt").write_text(
        "Another\n\nattack in Kyiv on 2025-05-24 killing 4. damage in Odesa on 2025-05-24"
    )
    return folder


def features(output):
    document = json.loads(output)
    assert document["type"] == "FeatureCollection"
    return document["features"]


def test_geojson_goes_to_stdout_and_the_summary_to_stderr(fake_extractor, runner, articles):
    result = runner.invoke(cli, ["extract", str(articles)])
    assert result.exit_code == 0, result.output
    found = features(result.stdout)
    assert [(f["properties"]["event_type"], f["properties"]["place"]) for f in found] == [
        ("attack", "Kyiv"),
        ("damage", "Odesa"),
    ]
    assert found[0]["properties"]["source_count"] == 2
    assert found[0]["properties"]["killed"] == 4
    assert "2 articles read, 0 failed" in result.stderr
    assert "2 events (attack 1, damage 1); 1 duplicate reports merged" in result.stderr
    assert "1 place names not in the gazetteer: Toretsk (1)" in result.stderr


def test_output_file_is_written(fake_extractor, runner, articles, tmp_path):
    output = tmp_path / "events.geojson"
    result = runner.invoke(
        cli, ["extract", str(articles / "a.txt"), "-o", str(output), "--published", "2025-05-24"]
    )
    assert result.exit_code == 0, result.output
    [feature] = features(output.read_text())
    assert feature["properties"]["published"] == "2025-05-24"
    assert result.stdout == ""


def test_failed_inputs_are_reported_with_exit_code_1_and_others_still_written(
    fake_extractor, runner, articles
):
    (articles / "broken.txt").write_bytes(b"\x00\x01\x02")
    result = runner.invoke(cli, ["extract", str(articles), str(articles / "missing.txt")])
    assert result.exit_code == 1
    assert len(features(result.stdout)) == 2
    assert f"geomap: skipped {articles / 'broken.txt'}: is a binary file" in result.stderr
    assert f"geomap: skipped {articles / 'missing.txt'}: no such file or directory" in result.stderr
    assert "2 failed" in result.stderr


def test_quiet_prints_only_errors(fake_extractor, runner, articles):
    for arguments in (["extract", "-q", str(articles)], ["-q", "extract", str(articles)]):
        result = runner.invoke(cli, arguments)
        assert result.exit_code == 0, result.output
        assert result.stderr == ""


def test_stdin_json_lines(fake_extractor, runner):
    lines = '{"text": "interception in Kharkiv on 2025-05-20", "url": "https://x.example/1"}\n'
    result = runner.invoke(cli, ["extract", "-", "-q"], input=lines)
    assert result.exit_code == 0, result.output
    [feature] = features(result.stdout)
    assert feature["properties"]["source"] == "https://x.example/1"


def test_store_makes_the_second_run_incremental(fake_extractor, runner, articles, tmp_path):
    store = tmp_path / "events.sqlite"
    first = runner.invoke(cli, ["extract", str(articles), "--store", str(store)])
    second = runner.invoke(cli, ["extract", str(articles), "--store", str(store)])
    assert first.exit_code == second.exit_code == 0
    assert "(2 from the store, not re-extracted)" in second.stderr
    assert features(second.stdout) == features(first.stdout)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--published", "yesterday"], "is not a date"),
        (["--jobs", "-1"], "-1"),
        (["-o", "events.docx"], "docx"),
        (["-o", "no/such/dir/events.geojson"], "does not exist"),
    ],
)
def test_usage_errors_exit_with_2(runner, articles, arguments, message):
    result = runner.invoke(cli, ["extract", str(articles), *arguments])
    assert result.exit_code == 2
    assert message in result.output


def test_no_inputs_is_a_usage_error(runner):
    result = runner.invoke(cli, ["extract"])
    assert result.exit_code == 2
    assert "INPUT..." in result.output


def test_a_non_store_file_as_store_is_a_clear_error(fake_extractor, runner, articles, tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("not a database " * 100)
    result = runner.invoke(cli, ["extract", str(articles), "--store", str(bad)])
    assert result.exit_code == 1
    assert "not a geomap event store" in result.stderr


def test_an_existing_output_is_kept_when_no_input_could_be_read(runner, tmp_path):
    output = tmp_path / "events.geojson"
    output.write_text("previous run")
    result = runner.invoke(cli, ["extract", str(tmp_path / "missing.txt"), "-o", str(output)])
    assert result.exit_code == 1
    assert "no input could be read, so" in result.stderr
    assert output.read_text() == "previous run"
