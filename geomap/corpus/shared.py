"""Share one copy of each area geometry among the events of a corpus, and send it between processes once.

Vague events carry their area: a region, a border strip, a whole country.
Thousands of articles saying "across Ukraine" would otherwise hold thousands
of copies of the same detailed polygon, each arriving separately from a
worker. Shapely geometries are immutable, so events can safely share one.

A run keeps a :class:`GeometryPool` of the areas it has received and tells
the workers which ones it holds; a worker then sends an event of a known area
with its representative point in place of the polygon, plus the area's key
(:func:`pack_areas`), and :meth:`GeometryPool.restore` puts the shared polygon
back. A country outline is about 80 KB pickled: most of what a worker would
otherwise send back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from shapely.geometry.base import BaseGeometry

from geomap.model import Event

__all__ = ["GeometryPool", "pack_areas"]

_POOL_SIZE = 4096
"""Distinct areas a pool holds; beyond that, new areas are kept by their events only (and sent in full)."""
_KEYS_REMEMBERED = 1024
"""Geometry objects whose key is remembered: the extractor hands out the same area objects again and again."""
# id -> (the geometry, kept alive so that the id stays its own; its key)
_keys: dict[int, tuple[BaseGeometry, bytes]] = {}


def area_key(geometry: BaseGeometry) -> bytes:
    """Return a digest identifying a geometry by its exact coordinates (remembered per geometry object)."""
    remembered = _keys.get(id(geometry))
    if remembered is not None and remembered[0] is geometry:
        return remembered[1]
    key = hashlib.blake2b(geometry.wkb, digest_size=16).digest()
    if len(_keys) >= _KEYS_REMEMBERED:
        _keys.clear()
    _keys[id(geometry)] = (geometry, key)
    return key


class GeometryPool:
    """Hand out one shared instance per distinct area geometry (points are left alone: they are small).

    Parameters
    ----------
    size : int
        Most distinct areas held; later new areas are left with their events.
    """

    def __init__(self, size: int = _POOL_SIZE) -> None:
        self._shapes: dict[bytes, BaseGeometry] = {}
        self._size = size
        self._known: frozenset[bytes] = frozenset()

    def __len__(self) -> int:
        return len(self._shapes)

    @staticmethod
    def key(geometry: BaseGeometry) -> bytes:
        """Return a digest identifying a geometry by its exact coordinates."""
        return area_key(geometry)

    def share(self, event: Event) -> Event:
        """Return the event, holding the pool's copy of its geometry if an equal one was seen before."""
        geometry = event.geometry
        if geometry.geom_type == "Point":
            return event
        return self._with_area(event, area_key(geometry))

    def known(self) -> frozenset[bytes]:
        """Return the keys of the areas held, for :func:`pack_areas` in a worker."""
        if len(self._known) != len(self._shapes):
            self._known = frozenset(self._shapes)
        return self._known

    def restore(self, events: Iterable[Event], keys: Iterable[bytes | None]) -> tuple[Event, ...]:
        """Return events packed by :func:`pack_areas`, each with its full area, shared.

        Parameters
        ----------
        events : iterable of Event
            As a worker sent them: events of a known area carry a point in its place.
        keys : iterable of bytes or None
            Per event, its area's key, or None for a point event.

        Returns
        -------
        tuple of Event
        """
        pairs = zip(events, keys, strict=True)
        return tuple(event if key is None else self._with_area(event, key) for event, key in pairs)

    def _with_area(self, event: Event, key: bytes) -> Event:
        shared = self._shapes.get(key)
        if shared is None:
            if len(self._shapes) >= self._size:
                return event
            shared = self._shapes[key] = event.geometry
        return event if shared is event.geometry else event.with_changes(geometry=shared)


def pack_areas(
    events: Iterable[Event], known: frozenset[bytes]
) -> tuple[tuple[Event, ...], tuple[bytes | None, ...]]:
    """Prepare events for the trip back from a worker: areas the receiving pool holds travel as keys.

    Parameters
    ----------
    events : iterable of Event
    known : frozenset of bytes
        Keys of the areas the receiver holds (:meth:`GeometryPool.known`).

    Returns
    -------
    events : tuple of Event
        The events, those of a known area with their representative point as geometry.
    keys : tuple of bytes or None
        Per event, its area's key, or None for a point event.
    """
    packed, keys = [], []
    for event in events:
        if event.geometry.geom_type == "Point":
            packed.append(event)
            keys.append(None)
            continue
        key = area_key(event.geometry)
        packed.append(event.with_changes(geometry=event.point) if key in known else event)
        keys.append(key)
    return tuple(packed), tuple(keys)
