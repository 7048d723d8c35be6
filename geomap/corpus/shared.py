"""Share one copy of each area geometry among the events of a corpus.

Vague events carry their area: a region, a border strip, a whole country.
Thousands of articles saying "across Ukraine" would otherwise hold thousands
of copies of the same detailed polygon, each arriving separately from a
worker. Shapely geometries are immutable, so events can safely share one.
"""

from __future__ import annotations

import hashlib

from shapely.geometry.base import BaseGeometry

from geomap.model import Event

__all__ = ["GeometryPool"]


class GeometryPool:
    """Hand out one shared instance per distinct area geometry (points are left alone: they are small)."""

    def __init__(self) -> None:
        self._shapes: dict[bytes, BaseGeometry] = {}

    def __len__(self) -> int:
        return len(self._shapes)

    @staticmethod
    def key(geometry: BaseGeometry) -> bytes:
        """Return a digest identifying a geometry by its exact coordinates."""
        return hashlib.blake2b(geometry.wkb, digest_size=16).digest()

    def share(self, event: Event) -> Event:
        """Return the event, holding the pool's copy of its geometry if an equal one was seen before."""
        geometry = event.geometry
        if geometry.geom_type == "Point":
            return event
        shared = self._shapes.setdefault(self.key(geometry), geometry)
        return event if shared is geometry else event.with_changes(geometry=shared)
