"""A sequence of events that shows itself as a map in Jupyter and converts to GIS data.

::

    events = EventCollection.read("events.geojson")
    events.filter(event_type="attack", start="2025-05-23")

The last line of a notebook cell displays the map (:func:`geomap.mapping.build_map`).
"""

from __future__ import annotations

import datetime as dt
import html
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, overload

from geomap.model import Event, EventType, Precision

if TYPE_CHECKING:
    import folium
    import geopandas as gpd

__all__ = ["EventCollection"]


class EventCollection(Sequence[Event]):
    """An ordered, immutable collection of events.

    It behaves like a tuple of :class:`~geomap.model.Event` (``len``, indexing,
    slicing, iteration), renders as a layered map in notebooks (``_repr_html_``),
    exposes ``__geo_interface__`` (a GeoJSON FeatureCollection, so geopandas,
    shapely and folium accept it) and converts to a GeoDataFrame.

    Parameters
    ----------
    events : iterable of Event, optional
        The events, in order.
    title : str, optional
        Heading of the map it displays as.
    """

    def __init__(self, events: Iterable[Event] = (), *, title: str | None = None) -> None:
        self._events = tuple(events)
        self.title = title

    @classmethod
    def read(cls, path: str | os.PathLike[str], *, title: str | None = None) -> EventCollection:
        """Read a collection from a file written by geomap (GeoJSON, GeoPackage, CSV or KML).

        Parameters
        ----------
        path : path-like
            The event file.
        title : str, optional
            Heading of the map.

        Returns
        -------
        EventCollection
        """
        from geomap.export import read_events

        return cls(read_events(path), title=title)

    def __len__(self) -> int:
        return len(self._events)

    @overload
    def __getitem__(self, index: int) -> Event: ...

    @overload
    def __getitem__(self, index: slice) -> EventCollection: ...

    def __getitem__(self, index: int | slice) -> Event | EventCollection:
        if isinstance(index, slice):
            return EventCollection(self._events[index], title=self.title)
        return self._events[index]

    def __iter__(self) -> Iterator[Event]:
        return iter(self._events)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, EventCollection):
            return self._events == other._events
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        counts = Counter(event.event_type for event in self._events)
        kinds = ", ".join(f"{count} {kind}" for kind, count in sorted(counts.items()))
        return f"EventCollection({len(self)} events{': ' + kinds if kinds else ''})"

    def filter(
        self,
        predicate: Callable[[Event], bool] | None = None,
        *,
        event_type: str | Iterable[str] | None = None,
        precision: str | Iterable[str] | None = None,
        start: str | dt.date | None = None,
        end: str | dt.date | None = None,
        min_confidence: float | None = None,
    ) -> EventCollection:
        """Return the events that pass every given condition.

        Parameters
        ----------
        predicate : callable, optional
            ``predicate(event) -> bool``, for anything the keywords do not cover.
        event_type : str or iterable of str, optional
            Keep these types (see :class:`~geomap.model.EventType`).
        precision : str or iterable of str, optional
            Keep these precisions (see :class:`~geomap.model.Precision`).
        start, end : str or datetime.date, optional
            Keep events dated within these days, inclusive; undated events are dropped
            when either bound is given.
        min_confidence : float, optional
            Keep events at least this confident.

        Returns
        -------
        EventCollection

        Raises
        ------
        ValueError
            If a type, precision or date is not valid.
        """
        types = _choices(event_type, EventType, "event_type")
        precisions = _choices(precision, Precision, "precision")
        first, last = _day(start, "start"), _day(end, "end")

        def keep(event: Event) -> bool:
            if types is not None and event.event_type not in types:
                return False
            if precisions is not None and event.precision not in precisions:
                return False
            if first is not None or last is not None:
                if not event.date:
                    return False
                day = event.date[:10]
                if (first is not None and day < first) or (last is not None and day > last):
                    return False
            if min_confidence is not None and event.confidence < min_confidence:
                return False
            return predicate is None or bool(predicate(event))

        return EventCollection((event for event in self._events if keep(event)), title=self.title)

    def to_geodataframe(self, *, geometry: str = "area") -> gpd.GeoDataFrame:
        """Return the events as a GeoDataFrame (EPSG:4326), see :func:`geomap.export.to_geodataframe`."""
        from geomap.export import to_geodataframe

        return to_geodataframe(self._events, geometry=geometry)

    def to_file(
        self, path: str | os.PathLike[str], *, format: str | None = None, geometry: str = "area"
    ) -> None:
        """Write the events to a GIS file, see :func:`geomap.export.write_events`."""
        from geomap.export import write_events

        write_events(self._events, path, format=format, geometry=geometry)

    def map(self, **options: Any) -> folium.Map:
        """Return a layered folium map of the events, see :func:`geomap.mapping.build_map`.

        Parameters
        ----------
        **options
            Passed to ``build_map`` (``m=`` an existing map, ``tiles=``, ...).

        Returns
        -------
        folium.Map
        """
        from geomap.mapping import build_map

        options.setdefault("title", self.title)
        return build_map(self._events, **options)

    def _repr_html_(self) -> str:
        """Show the collection as a map in Jupyter."""
        if not self._events:
            return f"<p>{html.escape(repr(self))}</p>"
        return self.map()._repr_html_()

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        """GeoJSON FeatureCollection of the events."""
        return {"type": "FeatureCollection", "features": [event.to_feature() for event in self._events]}


def _choices(value: str | Iterable[str] | None, allowed: type, name: str) -> frozenset[str] | None:
    if value is None:
        return None
    chosen = frozenset([value] if isinstance(value, str) else value)
    valid = [member.value for member in allowed]
    unknown = sorted(chosen - set(valid))
    if unknown:
        raise ValueError(f"{unknown[0]!r} is not a valid {name}, must be one of " + ", ".join(valid))
    return chosen


def _day(value: str | dt.date | None, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise ValueError(f"{name}={value!r} is not a date; write it as YYYY-MM-DD") from None
