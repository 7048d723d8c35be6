import gc
import itertools

import pytest
from shapely.geometry import Point, box
from test_corpus_fakes import corpus_texts, fake_extract

from geomap.articles import Article
from geomap.corpus import ArticleResult, extract_articles, extractor_name
from geomap.errors import InputError


def make_articles(count, published="2025-05-31"):
    return [
        Article(text=text, source=f"article-{i}", published=published)
        for i, text in enumerate(corpus_texts(count))
    ]


def mixed_stream():
    articles = make_articles(40)
    items = list(articles)
    items.insert(3, InputError("broken.txt", "is empty"))
    items.insert(10, Article(text="EXPLODE attack in Kyiv", source="explodes"))
    items.insert(20, ArticleResult(source="events.geojson", events=()))
    return items


def outcome(results):
    return [(r.source, r.events, r.error and str(r.error), r.cached) for r in results]


def test_single_process_results_in_input_order_with_failures_in_place():
    results = list(extract_articles(mixed_stream(), extract_fn=fake_extract, chunk_size=4))
    assert [r.source for r in results] == [i.source for i in mixed_stream()]
    assert str(results[3].error) == "broken.txt: is empty"
    assert results[10].error.source == "explodes"
    assert (
        "extraction failed (RuntimeError: the fake extractor was told to fail)" in results[10].error.problem
    )
    assert results[20].source == "events.geojson" and results[20].error is None
    first = results[0]
    assert first.content_hash and first.published == "2025-05-31"
    assert [(e.event_type, e.place, e.killed) for e in first.events] == [("attack", "Kyiv", 0)]


def test_two_processes_give_identical_results_in_the_same_order():
    expected = outcome(extract_articles(mixed_stream(), extract_fn=fake_extract))
    assert (
        outcome(extract_articles(mixed_stream(), extract_fn=fake_extract, jobs=2, chunk_size=3)) == expected
    )


def test_worker_processes_receive_the_resolver():
    [result] = extract_articles(make_articles(1), extract_fn=fake_extract, jobs=2, resolver="tiny-gazetteer")
    assert result.events[0].notes == "resolver: tiny-gazetteer"


@pytest.mark.parametrize("jobs", [1, 2])
def test_results_stream_without_reading_the_whole_input(jobs):
    endless = (
        Article(text=f"attack in Odesa on 2025-05-{1 + i % 28:02d}", source=str(i)) for i in itertools.count()
    )
    results = extract_articles(endless, extract_fn=fake_extract, jobs=jobs, chunk_size=5)
    first = list(itertools.islice(results, 12))
    results.close()
    assert [r.source for r in first] == [str(i) for i in range(12)]


def test_the_extractor_keeps_one_resolver_object_from_chunk_to_chunk():
    # the extractor remembers answers per resolver object: a new wrapper for every chunk would forget them
    from test_corpus_fakes import FakeResolver, resolving_extract

    seen = []

    def remembering_extract(text, *, resolver=None, **options):
        seen.append(resolver)
        return resolving_extract(text, resolver=resolver, **options)

    articles = [
        Article(f"Fighting near {name} went on. attack in Kyiv", source=name)
        for name in ("Pokrovsk", "Toretsk", "Siversk", "Kupiansk")
    ]
    results = list(
        extract_articles(articles, extract_fn=remembering_extract, resolver=FakeResolver(), chunk_size=2)
    )
    assert len(seen) == 4 and all(resolver is seen[0] for resolver in seen)
    assert [r.unresolved for r in results] == [("Pokrovsk",), ("Toretsk",), ("Siversk",), ("Kupiansk",)]


def test_invalid_arguments_are_refused():
    with pytest.raises(ValueError, match="chunk_size"):
        list(extract_articles(make_articles(1), extract_fn=fake_extract, chunk_size=0))


def test_extractor_name_identifies_function_and_version():
    from geomap import __version__

    assert extractor_name() == f"geomap.extraction:extract@{__version__}"
    assert extractor_name(fake_extract) == f"test_corpus_fakes:fake_extract@{__version__}"


@pytest.fixture(scope="module")
def dask_cluster():
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield cluster, client


@pytest.mark.slow
@pytest.mark.parametrize("chunk_size", [3, None])
def test_dask_client_gives_identical_results_in_the_same_order(dask_cluster, chunk_size):
    _, client = dask_cluster
    expected = outcome(extract_articles(mixed_stream(), extract_fn=fake_extract))
    got = outcome(
        extract_articles(mixed_stream(), extract_fn=fake_extract, scheduler=client, chunk_size=chunk_size)
    )
    assert got == expected


def test_dask_chunks_start_small_and_double_up_to_the_chunk_size():
    from geomap.corpus.run import _chunked

    assert [len(chunk) for chunk in _chunked(range(100), 32, first=4)] == [4, 8, 16, 32, 32, 8]
    assert [len(chunk) for chunk in _chunked(range(10), 4)] == [4, 4, 2]


def bytes_held_with(marker):
    """Return the bytes that live lists, tuples and dicts hold and that contain ``marker``.

    Bytes are not tracked by the garbage collector themselves, so they are found through their holders.
    """
    found = []
    for holder in gc.get_objects():
        if isinstance(holder, dict):
            values = holder.values()
        elif isinstance(holder, list | tuple):
            values = holder
        else:
            continue
        found += [value for value in values if isinstance(value, bytes | bytearray) and marker in value]
    return found


@pytest.mark.slow
def test_articles_sent_to_dask_do_not_stay_in_memory(dask_cluster):
    _, client = dask_cluster
    articles = (Article(text=text, source=f"kept-{i}") for i, text in enumerate(corpus_texts(30)))
    results = list(extract_articles(articles, extract_fn=fake_extract, scheduler=client, chunk_size=5))
    gc.collect()
    kept = [o for o in gc.get_objects() if isinstance(o, Article) and o.source.startswith("kept-")]
    assert len(results) == 30 and kept == []
    assert bytes_held_with(b"kept-") == []  # nor the pickled chunks sent to the workers


@pytest.mark.slow
def test_dask_scheduler_address_and_resolver(dask_cluster):
    cluster, _ = dask_cluster
    results = list(
        extract_articles(
            make_articles(7), extract_fn=fake_extract, scheduler=cluster.scheduler_address, resolver="r1"
        )
    )
    assert [r.source for r in results] == [f"article-{i}" for i in range(7)]
    assert {e.notes for r in results for e in r.events} == {"resolver: r1"}


def test_fake_areas_are_polygons():
    # guards the merge tests below, which rely on the fake extractor's area geometry
    [event] = fake_extract("attack in Belgorod-border on 2025-05-01", source="s")
    assert event.geometry.equals(box(36.0, 50.2, 37.5, 50.6)) and event.geonameid is None
    assert event.point.within(event.geometry) and not isinstance(event.geometry, Point)


def test_an_unreachable_scheduler_is_a_clear_error():
    dask = pytest.importorskip("dask")
    # distributed must register its config defaults before config.set: leaving the block
    # otherwise deletes the whole "distributed" section and breaks later clusters in this worker.
    pytest.importorskip("distributed")
    from geomap.errors import GeomapError

    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        with pytest.raises(GeomapError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
            list(extract_articles(make_articles(1), extract_fn=fake_extract, scheduler="tcp://127.0.0.1:9"))


@pytest.mark.parametrize("jobs", [1, 2])
def test_place_names_the_gazetteer_lacks_are_reported(jobs):
    from test_corpus_fakes import FakeResolver, resolving_extract

    articles = [
        Article("Fighting near Pokrovsk went on. Zelensky spoke on Telegram. attack in Kyiv", source="a"),
        Article("Shelling in the village of Bilytske. A swap of Prisoners. attack in Kharkiv", source="b"),
    ]
    results = list(
        extract_articles(articles, extract_fn=resolving_extract, resolver=FakeResolver(), jobs=jobs)
    )
    assert [r.unresolved for r in results] == [("Pokrovsk",), ("Bilytske",)]
    assert results[0].events[0].notes == "resolver: fake-resolver"


def test_workers_send_an_area_the_run_already_holds_as_its_key_only():
    from geomap.corpus.shared import GeometryPool, pack_areas

    [area] = fake_extract("attack in Belgorod-border on 2025-05-01", source="a")
    [point] = fake_extract("attack in Kyiv on 2025-05-01", source="b")
    pool = GeometryPool()
    first, keys = pack_areas([area, point], pool.known())
    assert first == (area, point) and keys[0] == GeometryPool.key(area.geometry) and keys[1] is None
    assert pool.restore(first, keys) == (area, point) and pool.known() == {keys[0]}
    again, _ = pack_areas([area, point], pool.known())
    assert again[0].geometry.equals(area.point) and again[1] is point
    [restored, _] = pool.restore(again, keys)
    assert restored == area and restored.geometry is pool.restore(first, keys)[0].geometry


def test_area_events_from_worker_processes_are_identical_and_share_one_polygon():
    articles = [
        Article(text=f"attack in Belgorod-border on 2025-05-{day:02d}. attack in Odesa", source=str(day))
        for day in range(1, 13)
    ]
    expected = outcome(extract_articles(articles, extract_fn=fake_extract))
    results = list(extract_articles(articles, extract_fn=fake_extract, jobs=2, chunk_size=2))
    assert outcome(results) == expected
    areas = [
        event.geometry for result in results for event in result.events if event.precision == "border_area"
    ]
    assert len(areas) == 12 and all(area is areas[0] for area in areas)
