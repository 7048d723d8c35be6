"""The records geomap passes between its stages: places, precisions and events.

An :class:`Event` is one real-world happening (a strike, a casualty report, a
prisoner exchange...) located where the article puts it. It is GeoJSON-ready:
``event.to_feature()`` gives an RFC 7946 Feature whose ``properties`` follow
``docs/event-schema.md``, and ``Event.from_feature`` reads one back losslessly.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields, replace
from enum import StrEnum
from typing import Any

from shapely.geometry import Point, mapping, shape
from shapely.geometry.base import BaseGeometry

__all__ = [
    "Precision",
    "EventType",
    "Weapon",
    "CountQualifier",
    "DatePrecision",
    "Event",
    "make_event_id",
    "COUNT_FIELDS",
]


class Precision(StrEnum):
    """How precisely a location is known, from finest to coarsest."""

    POINT = "point"
    DISTRICT = "district"
    CITY = "city"
    BORDER_AREA = "border_area"
    REGION = "region"
    COUNTRY = "country"

    @property
    def uncertainty_km(self) -> float:
        """Typical radius of uncertainty for this precision, in kilometres."""
        return _UNCERTAINTY_KM[self]


_UNCERTAINTY_KM = {
    Precision.POINT: 0.5,
    Precision.DISTRICT: 3.0,
    Precision.CITY: 10.0,
    Precision.BORDER_AREA: 50.0,
    Precision.REGION: 100.0,
    Precision.COUNTRY: 500.0,
}


class EventType(StrEnum):
    """Kinds of event geomap extracts, one map layer each."""

    ATTACK = "attack"
    CASUALTIES = "casualties"
    INTERCEPTION = "interception"
    DAMAGE = "damage"
    PRISONER_EXCHANGE = "prisoner_exchange"
    TALKS = "talks"


class Weapon(StrEnum):
    """The means of an attack, as far as the text says."""

    MISSILE = "missile"
    BALLISTIC_MISSILE = "ballistic_missile"
    CRUISE_MISSILE = "cruise_missile"
    DRONE = "drone"
    GLIDE_BOMB = "glide_bomb"
    ARTILLERY = "artillery"
    AIRCRAFT = "aircraft"
    MISSILE_AND_DRONE = "missile_and_drone"
    UNKNOWN = "unknown"


class CountQualifier(StrEnum):
    """How a stated count is hedged ("at least 15", "over 300", "about 40")."""

    EXACT = "exact"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    ABOUT = "about"


class DatePrecision(StrEnum):
    """Where an event's date comes from."""

    DAY = "day"  # an explicit calendar date in the text ("May 16")
    RELATIVE = "relative"  # a weekday or "overnight", resolved against the publication date
    REPORTED = "reported"  # no date for the happening: the day a statement in the text reported it
    PUBLICATION = "publication"  # no date in the text: the publication date is used
    UNKNOWN = "unknown"


COUNT_FIELDS = ("killed", "injured", "prisoners", "missiles", "drones")


def make_event_id(source: str | None, event_type: str, quote_start: int | None, place: str | None) -> str:
    """Return a stable, short identifier for an event.

    The same article processed twice yields the same ids, so exports can be
    diffed and incremental runs can recognise what they already hold.

    Parameters
    ----------
    source : str or None
        File name or URL of the article.
    event_type : str
        The event's type.
    quote_start : int or None
        Character offset of the supporting quote in the article.
    place : str or None
        The place name as written.

    Returns
    -------
    str
        16 hexadecimal characters.
    """
    key = f"{source}|{event_type}|{quote_start}|{place}".encode()
    return hashlib.sha1(key).hexdigest()[:16]


@dataclass(frozen=True)
class Event:
    """One located, dated, counted happening and the evidence for it.

    ``geometry`` is a shapely geometry in WGS 84 (lon, lat): a ``Point`` for
    point/district/city events, the area itself (polygon) for vague places such
    as a region or a border area. ``lon``/``lat`` always hold a representative
    point inside that geometry.
    """

    id: str
    event_type: str
    geometry: BaseGeometry
    lon: float
    lat: float
    precision: str
    location_reason: str
    quote: str
    place_name: str | None = None
    place: str | None = None
    admin1: str | None = None
    country_code: str | None = None
    geonameid: int | None = None
    uncertainty_km: float | None = None
    weapon: str | None = None
    killed: int | None = None
    injured: int | None = None
    prisoners: int | None = None
    missiles: int | None = None
    drones: int | None = None
    count_qualifier: str | None = None
    date: str | None = None
    date_precision: str = DatePrecision.UNKNOWN.value
    published: str | None = None
    quote_start: int | None = None
    quote_end: int | None = None
    source: str | None = None
    title: str | None = None
    actor: str | None = None
    claimed_by: str | None = None
    confidence: float = 0.5
    sources: tuple[str, ...] = ()
    quotes: tuple[str, ...] = ()
    notes: str | None = None

    @property
    def source_count(self) -> int:
        """Number of distinct articles reporting this event."""
        return max(1, len(set(self.sources) | ({self.source} if self.source else set())))

    @property
    def point(self) -> Point:
        """The representative point of the event's location."""
        return Point(self.lon, self.lat)

    @property
    def properties(self) -> dict[str, Any]:
        """The event's attributes as a plain dict (GeoJSON ``properties``)."""
        props = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "geometry"}
        props["sources"] = list(self.sources)
        props["quotes"] = list(self.quotes)
        props["source_count"] = self.source_count
        return props

    @property
    def __geo_interface__(self) -> dict[str, Any]:
        """GeoJSON Feature, so shapely, geopandas and folium accept events directly."""
        return self.to_feature()

    def to_feature(self) -> dict[str, Any]:
        """Return the event as a GeoJSON Feature mapping.

        Returns
        -------
        dict
            ``{"type": "Feature", "id": ..., "geometry": ..., "properties": ...}``.
        """
        return {
            "type": "Feature",
            "id": self.id,
            "geometry": mapping(self.geometry),
            "properties": self.properties,
        }

    @classmethod
    def from_feature(cls, feature: Mapping[str, Any]) -> Event:
        """Build an event from a GeoJSON Feature written by :meth:`to_feature`.

        Unknown properties are ignored; missing optional ones take their defaults.

        Parameters
        ----------
        feature : mapping
            A GeoJSON Feature.

        Returns
        -------
        Event
        """
        props = dict(feature.get("properties") or {})
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in props.items() if k in known and k != "geometry"}
        values.setdefault("id", feature.get("id"))
        values["sources"] = tuple(values.get("sources") or ())
        values["quotes"] = tuple(values.get("quotes") or ())
        values["geometry"] = shape(feature["geometry"])
        return cls(**values)

    def _repr_html_(self) -> str:
        """Show the event on the layered map when it is displayed in Jupyter."""
        from geomap.collection import EventCollection

        return EventCollection([self])._repr_html_()

    def with_changes(self, **changes: Any) -> Event:
        """Return a copy of the event with some fields replaced."""
        return replace(self, **changes)

    def as_dict(self) -> dict[str, Any]:
        """Return all fields, geometry included, as a dict."""
        return asdict(self)


