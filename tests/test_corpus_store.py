import sqlite3

import pytest
from test_corpus_fakes import fake_extract

from geomap.articles import Article
from geomap.corpus import ArticleResult, EventStore, extract_articles
from geomap.errors import InputError, OutputError


def extracted(*texts):
    articles = [
        Article(text=t, source=f"src-{i}", published="2025-05-24", title=f"T{i}") for i, t in enumerate(texts)
    ]
    return list(extract_articles(articles, extract_fn=fake_extract))


def test_added_articles_are_found_by_content_hash_after_reopening(tmp_path):
    first, second = extracted(
        "attack in Kyiv on 2025-05-24 killing 2. damage in Kyiv", "interception in Odesa"
    )
    with EventStore(tmp_path / "s.sqlite", extractor="x@1") as store:
        store.add(first)
        store.add(second)
        store.add(ArticleResult.failed(InputError("bad.txt", "is empty")))  # failures are not stored
    with EventStore(tmp_path / "s.sqlite", extractor="x@1") as store:
        assert len(store) == 2
        assert store.cached(first.content_hash) == first.events
        assert store.cached(second.content_hash) == second.events
        assert store.cached("0" * 64) is None
        assert list(store.events()) == [*first.events, *second.events]


def test_another_extractor_version_does_not_reuse_stored_events(tmp_path):
    [result] = extracted("attack in Kyiv")
    with EventStore(tmp_path / "s.sqlite", extractor="x@1") as store:
        store.add(result)
    with EventStore(tmp_path / "s.sqlite", extractor="x@2") as store:
        assert store.cached(result.content_hash) is None
        store.add(result)  # re-extraction replaces the old record
        assert len(store) == 1 and store.cached(result.content_hash) == result.events


def test_a_sqlite_file_of_something_else_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE birds (name TEXT)")
    with pytest.raises(InputError, match="not a geomap event store"):
        EventStore(path)


def test_a_text_file_is_refused_as_a_store(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(InputError, match="not a geomap event store"):
        EventStore(path)


def test_a_store_in_a_missing_directory_is_an_output_error(tmp_path):
    with pytest.raises(OutputError, match="does not exist"):
        EventStore(tmp_path / "missing" / "s.sqlite")


def test_areas_are_stored_once_and_read_back_exactly(tmp_path):
    results = extracted(
        "attack in Belgorod-border on 2025-05-01", "damage in Belgorod-border, attack in Kyiv"
    )
    with EventStore(tmp_path / "s.sqlite", extractor="x@1") as store:
        for result in results:
            store.add(result)
    with sqlite3.connect(tmp_path / "s.sqlite") as db:
        assert db.execute("SELECT count(*) FROM areas").fetchone() == (1,)
    with EventStore(tmp_path / "s.sqlite", extractor="x@1") as store:
        events = list(store.events())
    assert events == [e for r in results for e in r.events]
    areas = [e.geometry for e in events if e.geometry.geom_type != "Point"]
    assert len(areas) == 2 and areas[0] is areas[1]
