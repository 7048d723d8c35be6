"""A SQLite store of processed articles and their events, for incremental runs.

A daily run over a growing archive passes ``--store events.sqlite``: articles
already in the store (same content hash, same extractor version) are not
extracted again, their events are read back instead, and new articles are
added. Failed articles are not recorded, so the next run retries them.

Each article is committed with its events in one transaction, so a run that is
interrupted leaves a consistent store and the next run resumes where it stopped.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import shapely
from shapely.geometry.base import BaseGeometry

from geomap.corpus.run import ArticleResult
from geomap.corpus.shared import GeometryPool
from geomap.errors import InputError, OutputError
from geomap.model import Event

__all__ = ["EventStore", "STORE_SUFFIXES"]

STORE_SUFFIXES = (".sqlite", ".sqlite3", ".db")
_FORMAT = "geomap-event-store"
_SCHEMA_VERSION = "2"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    content_hash TEXT PRIMARY KEY,
    extractor TEXT NOT NULL,
    source TEXT NOT NULL,
    title TEXT,
    url TEXT,
    published TEXT,
    processed_at TEXT NOT NULL,
    event_count INTEGER NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS events (
    content_hash TEXT NOT NULL REFERENCES articles(content_hash) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    date TEXT,
    feature TEXT NOT NULL,
    area BLOB REFERENCES areas(key),
    PRIMARY KEY (content_hash, position)
);
CREATE TABLE IF NOT EXISTS areas (key BLOB PRIMARY KEY, wkb BLOB NOT NULL);
"""


class EventStore:
    """Events of processed articles, keyed by content hash, in a SQLite file.

    Parameters
    ----------
    path : path-like
        The store file; created if missing.
    extractor : str
        Name and version of the extractor (see
        :func:`geomap.corpus.extractor_name`); stored articles processed by
        another extractor are not reused.
    commit_every : int
        Articles added between commits.

    Raises
    ------
    OutputError
        If the file cannot be created or opened.
    InputError
        If the file exists but is not a geomap store.
    """

    def __init__(self, path: str | os.PathLike[str], *, extractor: str = "", commit_every: int = 100) -> None:
        self.path = Path(path)
        self.extractor = extractor
        self._commit_every = commit_every
        self._pending = 0
        self._areas: dict[bytes, BaseGeometry] = {}
        if not self.path.parent.is_dir():
            raise OutputError(f"cannot open store {self.path}: directory {self.path.parent} does not exist")
        try:
            self._db = sqlite3.connect(self.path)
            self._db.execute("PRAGMA foreign_keys = ON")
            self._check_format()
        except sqlite3.DatabaseError as error:
            raise InputError(str(self.path), f"is not a geomap event store ({error})") from None

    def _check_format(self) -> None:
        tables = {row[0] for row in self._db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and "meta" not in tables:
            raise InputError(
                str(self.path), "is a SQLite file but not a geomap event store; choose another path"
            )
        with self._db:
            self._db.executescript(_SCHEMA)
            self._db.execute("INSERT OR IGNORE INTO meta VALUES ('format', ?)", (_FORMAT,))
            self._db.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (_SCHEMA_VERSION,))
        stored = dict(self._db.execute("SELECT key, value FROM meta"))
        if stored.get("format") != _FORMAT or stored.get("schema_version") != _SCHEMA_VERSION:
            raise InputError(
                str(self.path),
                "was written by another version of geomap; start a new store or re-run without it",
            )

    def __enter__(self) -> EventStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Commit what was added and close the file."""
        self._db.commit()
        self._db.close()

    def __len__(self) -> int:
        """Return the number of articles in the store."""
        return self._db.execute("SELECT count(*) FROM articles").fetchone()[0]

    def cached(self, content_hash: str) -> tuple[Event, ...] | None:
        """Return the stored events of an article, or None if it must be extracted.

        Parameters
        ----------
        content_hash : str
            The article's :attr:`~geomap.articles.Article.content_hash`.

        Returns
        -------
        tuple of Event or None
            None when the article is absent or was processed by another extractor.
        """
        row = self._db.execute(
            "SELECT extractor FROM articles WHERE content_hash = ?", (content_hash,)
        ).fetchone()
        if row is None or row[0] != self.extractor:
            return None
        return tuple(self._events_of(content_hash))

    def add(self, result: ArticleResult) -> None:
        """Record an extracted article and its events (replacing an older extraction).

        Parameters
        ----------
        result : ArticleResult
            A successful article result; failures and GIS inputs are ignored.
        """
        if not result.is_article:
            return
        position = self._db.execute("SELECT coalesce(max(position), 0) + 1 FROM articles").fetchone()[0]
        self._db.execute("DELETE FROM articles WHERE content_hash = ?", (result.content_hash,))
        self._db.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                result.content_hash,
                self.extractor,
                result.source,
                result.title,
                result.url,
                result.published,
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
                len(result.events),
                position,
            ),
        )
        self._db.executemany(
            "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (result.content_hash, index, e.id, e.event_type, e.date, *self._feature_and_area(e))
                for index, e in enumerate(result.events)
            ],
        )
        self._pending += 1
        if self._pending >= self._commit_every:
            self._db.commit()
            self._pending = 0

    def events(self) -> Iterator[Event]:
        """Yield every stored event, article by article in the order they were added."""
        rows = self._db.execute(
            "SELECT e.feature, e.area FROM events e JOIN articles a USING (content_hash) "
            "ORDER BY a.position, e.position"
        )
        for feature, area in rows:
            yield self._event(feature, area)

    def _events_of(self, content_hash: str) -> Iterator[Event]:
        rows = self._db.execute(
            "SELECT feature, area FROM events WHERE content_hash = ? ORDER BY position", (content_hash,)
        )
        for feature, area in rows:
            yield self._event(feature, area)

    def _feature_and_area(self, event: Event) -> tuple[str, bytes | None]:
        """Return the event's feature JSON and, for an area, the key of its row in ``areas``.

        Areas (a region, a whole country) are stored once however many events share them;
        the feature then holds the representative point in their place.
        """
        if event.geometry.geom_type == "Point":
            return json.dumps(event.to_feature()), None
        key = GeometryPool.key(event.geometry)
        self._db.execute("INSERT OR IGNORE INTO areas VALUES (?, ?)", (key, event.geometry.wkb))
        return json.dumps(event.with_changes(geometry=event.point).to_feature()), key

    def _event(self, feature: str, area: bytes | None) -> Event:
        event = Event.from_feature(json.loads(feature))
        if area is None:
            return event
        if area not in self._areas:
            (wkb,) = self._db.execute("SELECT wkb FROM areas WHERE key = ?", (area,)).fetchone()
            self._areas[area] = shapely.from_wkb(wkb)
        return event.with_changes(geometry=self._areas[area])
