import json
from pathlib import Path

import pytest
from test_corpus_fakes import fake_extract

from geomap.corpus import EventStore, extractor_name
from geomap.errors import InputError
from geomap.loading import load_events

DATA = Path(__file__).parent / "data" / "corpus"


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def two_reports(tmp_path):
    return write_jsonl(
        tmp_path / "reports.jsonl",
        [
            {
                "text": "casualties in Kyiv on 2025-05-24 killing 6",
                "url": "https://a.example/1",
                "published": "2025-05-24",
            },
            {
                "text": "attack in Odesa on 2025-05-24",
                "url": "https://b.example/2",
                "published": "2025-05-24",
            },
            {
                "text": "casualties in Kyiv on 2025-05-24 killing 15",
                "url": "https://c.example/3",
                "published": "2025-05-25",
            },
        ],
    )


def test_articles_are_extracted_merged_and_summarised(tmp_path):
    result = load_events(two_reports(tmp_path), extract_fn=fake_extract)
    assert result.ok
    assert [(e.event_type, e.place) for e in result.events] == [("casualties", "Kyiv"), ("attack", "Odesa")]
    kyiv = result.events[0]
    assert kyiv.sources == ("https://a.example/1", "https://c.example/3")
    assert kyiv.killed == 15
    assert "6 per https://a.example/1 (2025-05-24), 15 per https://c.example/3 (2025-05-25)" in kyiv.notes
    summary = result.summary
    assert (summary.articles_read, summary.inputs_failed, summary.reports) == (3, 0, 3)
    assert summary.events_by_type == {"casualties": 1, "attack": 1}
    assert "1 duplicate reports merged" in "\n".join(summary.lines())


def test_merging_can_be_turned_off(tmp_path):
    result = load_events(two_reports(tmp_path), extract_fn=fake_extract, merge=False)
    assert [e.killed for e in result.events if e.event_type == "casualties"] == [6, 15]


def test_bad_inputs_are_reported_and_the_rest_loaded(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = load_events(
        [DATA / "feed.jsonl", tmp_path / "empty.txt", tmp_path / "nothing-here.txt"], extract_fn=fake_extract
    )
    assert all(isinstance(f, InputError) for f in result.failures)
    assert [f.source for f in result.failures] == [f"{DATA / 'feed.jsonl'}:{n}" for n in (2, 3, 6, 7)] + [
        str(tmp_path / "empty.txt"),
        str(tmp_path / "nothing-here.txt"),
    ]
    assert result.summary.articles_read == 3
    assert result.summary.inputs_failed == 6
    assert not result.ok


def test_extractor_errors_are_failures_not_crashes(tmp_path):
    (tmp_path / "a.txt").write_text("attack in Kyiv on 2025-05-01")
    (tmp_path / "b.txt").write_text("EXPLODE")
    result = load_events(tmp_path, extract_fn=fake_extract)
    assert len(result.events) == 1
    [failure] = result.failures
    assert failure.source == str(tmp_path / "b.txt") and "extraction failed" in failure.problem


def test_event_files_are_read_back_in_input_order(tmp_path):
    from geomap.export import write_events

    first = load_events(two_reports(tmp_path), extract_fn=fake_extract).events
    write_events(first, tmp_path / "earlier.geojson")
    (tmp_path / "new.txt").write_text("interception in Kharkiv on 2025-05-26")
    result = load_events([tmp_path / "new.txt", tmp_path / "earlier.geojson"], extract_fn=fake_extract)
    assert [e.place for e in result.events] == ["Kharkiv", "Kyiv", "Odesa"]
    assert result.events[1] == first[0]
    assert (result.summary.articles_read, result.summary.files_of_events) == (1, 1)


def test_a_json_feature_collection_is_read_as_events_not_as_an_article(tmp_path):
    from geomap.export import write_events

    events = load_events(two_reports(tmp_path), extract_fn=fake_extract).events
    write_events(events, tmp_path / "events.json")
    assert load_events(tmp_path / "events.json", extract_fn=fake_extract).events == events


def test_a_broken_event_file_is_a_failure(tmp_path):
    (tmp_path / "broken.geojson").write_text('{"type": "FeatureCollection", "features": [')
    result = load_events(tmp_path / "broken.geojson", extract_fn=fake_extract)
    [failure] = result.failures
    assert failure.source == str(tmp_path / "broken.geojson")


def test_incremental_runs_skip_articles_already_in_the_store(tmp_path):
    store = tmp_path / "events.sqlite"
    day_one = [
        {"text": f"attack in Kyiv on 2025-05-0{d}", "url": f"u{d}", "published": f"2025-05-0{d}"}
        for d in (1, 2)
    ]
    day_two = [*day_one, {"text": "damage in Odesa on 2025-05-03", "url": "u3", "published": "2025-05-03"}]
    first = load_events(write_jsonl(tmp_path / "one.jsonl", day_one), extract_fn=fake_extract, store=store)
    assert (first.summary.articles_read, first.summary.articles_cached) == (2, 0)
    feed = write_jsonl(tmp_path / "two.jsonl", day_two)
    second = load_events(feed, extract_fn=fake_extract, store=store)
    assert (second.summary.articles_read, second.summary.articles_cached) == (3, 2)
    assert "2 from the store" in second.summary.lines()[0]
    assert second.events == load_events(feed, extract_fn=fake_extract).events
    with EventStore(store, extractor=extractor_name(fake_extract)) as opened:
        assert len(opened) == 3


def test_a_store_is_also_an_input_of_all_its_events(tmp_path):
    store = tmp_path / "events.sqlite"
    loaded = load_events(two_reports(tmp_path), extract_fn=fake_extract, store=store, merge=False)
    assert load_events(store, merge=False).events == loaded.events


def test_several_processes_give_the_same_result(tmp_path):
    feed = write_jsonl(
        tmp_path / "many.jsonl",
        [
            {"text": f"attack in Kharkiv on 2025-05-{1 + i % 5:02d} killing {i}", "url": f"u{i}"}
            for i in range(60)
        ],
    )
    one = load_events(feed, extract_fn=fake_extract)
    two = load_events(feed, extract_fn=fake_extract, jobs=2)
    assert two.events == one.events
    assert len(one.events) == 5 and one.events[0].source_count == 12


def test_progress_bar_goes_to_stderr_only_when_asked(tmp_path, capsys):
    feed = two_reports(tmp_path)
    load_events(feed, extract_fn=fake_extract, progress=False)
    assert capsys.readouterr().err == ""
    load_events(feed, extract_fn=fake_extract, progress=True)
    assert "articles" in capsys.readouterr().err


@pytest.mark.parametrize("published", ["2025-06-01", None])
def test_published_default_reaches_the_extractor(tmp_path, published):
    (tmp_path / "a.txt").write_text("attack in Kyiv")
    [event] = load_events(tmp_path / "a.txt", extract_fn=fake_extract, published=published).events
    assert event.published == published


def test_summary_lists_places_missing_from_the_gazetteer(tmp_path):
    from test_corpus_fakes import FakeResolver, resolving_extract

    (tmp_path / "a.txt").write_text("Drones struck near Pokrovsk. attack in Kyiv on 2025-05-02")
    (tmp_path / "b.txt").write_text("Fighting around Pokrovsk and in Toretsk.")
    result = load_events(tmp_path, extract_fn=resolving_extract, resolver=FakeResolver())
    assert result.summary.unresolved_places == {"Pokrovsk": 2, "Toretsk": 1}
    assert "2 place names not in the gazetteer: Pokrovsk (2), Toretsk (1)" in result.summary.lines()


def test_the_same_text_read_twice_is_one_source(tmp_path):
    for folder in ("inbox", "archive"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "kyiv.txt").write_text("casualties in Kyiv on 2025-05-24 killing 3")
    result = load_events([tmp_path / "inbox", tmp_path / "archive"], extract_fn=fake_extract)
    [event] = result.events
    assert event.source_count == 1
    assert result.summary.duplicates_skipped == 1
    assert "1 duplicate texts skipped" in result.summary.lines()[0]


def test_events_of_many_articles_share_one_copy_of_an_area(tmp_path):
    feed = write_jsonl(
        tmp_path / "feed.jsonl", [{"text": f"attack in Belgorod-border on 2025-05-0{d}"} for d in range(1, 6)]
    )
    result = load_events(feed, extract_fn=fake_extract, jobs=2)
    assert len(result.events) == 5
    assert len({id(e.geometry) for e in result.events}) == 1
