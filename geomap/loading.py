"""Load events from whatever the user points a command at: articles, GIS files or stores.

``geomap extract``, ``geomap map`` and ``geomap export`` all take the same
inputs and call :func:`load_events`:

- articles (text, Markdown, HTML, JSON Lines, directories of them, globs, ``-``)
  are extracted, on local processes or a Dask cluster;
- event files written by geomap (``.geojson``, ``.gpkg``, ``.csv``, ``.kml``,
  and ``.json`` holding a FeatureCollection) are read back as they are;
- an event store (``.sqlite``) contributes every event it holds.

Reports of the same happening from several articles are then merged.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geomap.articles import ARTICLE_SUFFIXES, DEFAULT_MAX_BYTES, STDIN, expand_inputs, read_articles
from geomap.corpus import (
    ArticleResult,
    CorpusSummary,
    EventStore,
    extract_articles,
    extractor_name,
    merge_reports,
)
from geomap.corpus.shared import GeometryPool
from geomap.corpus.store import STORE_SUFFIXES
from geomap.errors import GeomapError, InputError
from geomap.model import Event

__all__ = ["LoadResult", "load_events", "EVENT_FILE_SUFFIXES"]

EVENT_FILE_SUFFIXES = (".geojson", ".gpkg", ".csv", ".kml")
"""Inputs read as events rather than articles (plus ``.json`` FeatureCollections and stores)."""


@dataclass(frozen=True)
class LoadResult:
    """Events loaded from a set of inputs, and what went wrong on the way.

    Attributes
    ----------
    events : list of Event
        All events, in input order, merged across articles.
    failures : list of InputError
        One per input or record that could not be used.
    summary : CorpusSummary
        Counts for the end-of-run summary.
    """

    events: list[Event]
    failures: list[InputError]
    summary: CorpusSummary

    @property
    def ok(self) -> bool:
        """True when every input was used."""
        return not self.failures

    @property
    def nothing_read(self) -> bool:
        """True when every input failed, so no output should replace an existing file."""
        summary = self.summary
        return bool(self.failures) and summary.articles_read == 0 and summary.files_of_events == 0


def load_events(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    published: str | dt.date | None = None,
    jobs: int = 1,
    scheduler: Any = None,
    progress: bool | None = None,
    store: str | os.PathLike[str] | EventStore | None = None,
    resolver: Any = None,
    merge: bool = True,
    extract_fn: Callable[..., list[Event]] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> LoadResult:
    """Load events from articles, event files and stores, merged across sources.

    Parameters
    ----------
    inputs : path-like or iterable of path-likes
        Article files, directories, globs, ``-`` for standard input, GIS event
        files, or event stores.
    published : str or datetime.date, optional
        Publication date for articles that do not state one.
    jobs : int
        Local processes for extraction (0: one per CPU).
    scheduler : str or distributed.Client, optional
        Run extraction on this Dask cluster instead.
    progress : bool, optional
        Show a progress bar; None shows one when standard error is a terminal.
    store : path-like or EventStore, optional
        Incremental store: articles already in it are not extracted again, new
        ones are added to it.
    resolver : Resolver, optional
        Place resolver for extraction; None uses the default gazetteer.
    merge : bool
        Merge reports of the same happening from different articles.
    extract_fn : callable, optional
        Per-article extractor; defaults to :func:`geomap.extraction.extract`.
    max_bytes : int
        Largest article read.

    Returns
    -------
    LoadResult
        The events, the failures (other inputs are still loaded) and a summary.
    """
    started = time.perf_counter()
    summary = CorpusSummary()
    failures: list[InputError] = []
    events: list[Event] = []
    geometries = GeometryPool()
    opened = EventStore(store, extractor=extractor_name(extract_fn)) if _is_path(store) else None
    event_store = opened if opened is not None else store
    try:
        items = _items(inputs, published=published, max_bytes=max_bytes, store=event_store, summary=summary)
        results = extract_articles(
            items, extract_fn=extract_fn, jobs=jobs, scheduler=scheduler, resolver=resolver
        )
        for result in _with_progress(results, progress):
            summary.add(result)
            if result.error is not None:
                failures.append(result.error)
                continue
            events.extend(geometries.share(event) for event in result.events)
            if event_store is not None and result.is_article and not result.cached:
                event_store.add(result)
    finally:
        if opened is not None:
            opened.close()
    if merge:
        events = merge_reports(events)
    summary.count_events(events)
    summary.seconds = time.perf_counter() - started
    return LoadResult(events=events, failures=failures, summary=summary)


def _is_path(value: Any) -> bool:
    return isinstance(value, (str, os.PathLike))


def _items(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    published: str | dt.date | None,
    max_bytes: int,
    store: EventStore | None,
    summary: CorpusSummary,
) -> Iterator[Any]:
    """Yield articles to extract, and ready results (errors, event files, stored articles), in order.

    An article whose text was already read in this run (the same file in two
    folders, a record repeated in a feed) is skipped and counted: it is one
    source, not two.
    """
    seen: set[str] = set()
    for item in expand_inputs(inputs, suffixes=ARTICLE_SUFFIXES):
        if isinstance(item, InputError):
            yield item
        elif item != STDIN and _is_event_file(Path(item)):
            yield _read_event_file(Path(item))
        else:
            for article in read_articles([item], published=published, max_bytes=max_bytes):
                if isinstance(article, InputError):
                    yield article
                    continue
                if article.content_hash in seen:
                    summary.duplicates_skipped += 1
                    continue
                seen.add(article.content_hash)
                if store is None:
                    yield article
                    continue
                stored = store.cached(article.content_hash)
                if stored is None:
                    yield article
                else:
                    yield ArticleResult.from_article(article, stored, cached=True)


def _is_event_file(path: Path) -> bool:
    suffix = path.suffix.lower()
    if suffix in EVENT_FILE_SUFFIXES or suffix in STORE_SUFFIXES:
        return True
    if suffix == ".json":
        try:
            with open(path, "rb") as handle:
                head = handle.read(4096)
        except OSError:
            return False
        return b'"FeatureCollection"' in head or b'"Feature"' in head
    return False


def _read_event_file(path: Path) -> ArticleResult | InputError:
    try:
        if path.suffix.lower() in STORE_SUFFIXES:
            with EventStore(path) as store:
                events = tuple(store.events())
        else:
            from geomap.export import read_events

            events = tuple(read_events(path))
    except InputError as error:
        return error
    except (GeomapError, OSError, ValueError, KeyError) as error:
        return InputError(str(path), f"cannot be read as events ({error})")
    return ArticleResult(source=str(path), events=events)


def _with_progress(results: Iterator[ArticleResult], progress: bool | None) -> Iterator[ArticleResult]:
    show = sys.stderr.isatty() if progress is None else progress
    if not show:
        yield from results
        return
    from tqdm import tqdm

    # Take the first result before the bar exists: worker processes then start while this
    # process has no other thread (tqdm's monitor), so they can be forked, the fast way.
    first = next(results, None)
    if first is None:
        return
    with tqdm(
        itertools.chain([first], results), unit=" articles", file=sys.stderr, mininterval=0.5, leave=False
    ) as bar:
        failed = 0
        for result in bar:
            if result.error is not None:
                failed += 1
                bar.set_postfix(failed=failed, refresh=False)
            yield result
