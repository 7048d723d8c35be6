"""The corpus machinery with the real extractor and gazetteer: same results however it is run."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

pytest.importorskip("geomap.resolver")

from geomap.cli.main import cli  # noqa: E402
from geomap.loading import load_events  # noqa: E402

GOLD = Path(__file__).parent / "gold"
SEED = Path(__file__).parent.parent / "seeds" / "2025-05-24_kyiv-attack_prisoner-exchange.txt"


@pytest.fixture
def gold_feed(tmp_path):
    """The gold texts as one JSON Lines feed, with their publication dates."""
    path = tmp_path / "gold.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for annotation in sorted(GOLD.glob("*.json")):
            gold = json.loads(annotation.read_text(encoding="utf-8"))
            text = (GOLD / gold["text"]).read_text(encoding="utf-8")
            record = {
                "text": text,
                "url": f"https://gold.example/{gold['text']}",
                "published": gold["published"],
            }
            handle.write(json.dumps(record) + "\n")
    return path


def test_two_processes_give_the_same_events_as_one(gold_feed):
    one = load_events(gold_feed, progress=False)
    two = load_events(gold_feed, jobs=2, progress=False)
    assert one.ok and two.ok
    assert len(one.events) >= 15
    assert two.events == one.events


@pytest.mark.slow
def test_a_dask_cluster_gives_the_same_events_as_one_process(gold_feed):
    distributed = pytest.importorskip("distributed")
    one = load_events(gold_feed, progress=False)
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        on_dask = load_events(gold_feed, scheduler=client, progress=False)
    assert on_dask.events == one.events


def test_the_same_strike_reported_by_two_outlets_becomes_one_event(tmp_path):
    reports = [
        {
            "text": "Russian drones struck Kharkiv on Saturday, killing three people, the governor said.",
            "url": "https://first.example/kharkiv",
            "published": "2025-05-24",
        },
        {
            "text": "A Russian drone attack on Kharkiv on Saturday killed five people, the mayor said.",
            "url": "https://second.example/kharkiv",
            "published": "2025-05-25",
        },
    ]
    feed = tmp_path / "reports.jsonl"
    feed.write_text("".join(json.dumps(r) + "\n" for r in reports))
    separate = load_events(feed, merge=False, progress=False).events
    merged = load_events(feed, progress=False).events
    assert len(merged) < len(separate)
    casualties = [e for e in merged if e.event_type == "casualties"]
    assert len(casualties) == 1
    [event] = casualties
    assert event.sources == ("https://first.example/kharkiv", "https://second.example/kharkiv")
    assert event.killed == 5
    assert (
        "3 per https://first.example/kharkiv" in event.notes
        and "5 per https://second.example/kharkiv" in event.notes
    )


def test_extract_command_on_the_sample_article():
    result = CliRunner().invoke(cli, ["extract", str(SEED), "--published", "2025-05-24"])
    assert result.exit_code == 0, result.output
    features = json.loads(result.stdout)["features"]
    kinds = {f["properties"]["event_type"] for f in features}
    assert {"attack", "prisoner_exchange"} <= kinds
    assert all(f["properties"]["quote"] and f["properties"]["source"] == str(SEED) for f in features)
    assert "1 articles read, 0 failed" in result.stderr


@pytest.mark.slow
def test_extract_command_with_two_jobs_writes_the_same_file(tmp_path):
    one, two = tmp_path / "one.geojson", tmp_path / "two.geojson"
    runner = CliRunner()
    first = runner.invoke(cli, ["extract", str(GOLD), "-q", "-o", str(one)])
    second = runner.invoke(cli, ["extract", str(GOLD), "-q", "-o", str(two), "--jobs", "2"])
    assert first.exit_code == second.exit_code == 0, first.output + second.output
    assert one.read_text() == two.read_text()
    assert len(json.loads(one.read_text())["features"]) >= 15
