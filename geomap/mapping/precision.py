"""Draw each event no more precisely than its location is known.

A strike "in Obolon district" or "near the Belarus border" must not become a
pin on one building. Events located to a point or a city get a symbol; coarser
ones are drawn as their area: the polygon stored in the event when there is one,
otherwise a circle whose radius is the event's uncertainty.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

from shapely.geometry import Point

from geomap.model import Event, EventType, Precision

__all__ = ["Drawing", "Shape", "drawing_for", "precision_label", "uncertainty_km"]

# Precisions a symbol can honestly stand for: the place is a spot or a whole city.
_SYMBOL_PRECISIONS = {Precision.POINT.value, Precision.CITY.value}


class Shape(IntEnum):
    """How one event is drawn (the numbers are the page's encoding)."""

    SYMBOL = 0  # a marker symbol at the event's point
    CIRCLE = 1  # a circle of the uncertainty radius around the point
    AREA = 2  # the event's polygon
    CASUALTY = 3  # circles scaled by people killed and injured


@dataclass(frozen=True)
class Drawing:
    """The shape chosen for an event.

    Parameters
    ----------
    shape : Shape
        What to draw.
    radius_m : float or None
        The circle's radius in metres, for :attr:`Shape.CIRCLE`.
    """

    shape: Shape
    radius_m: float | None = None


def uncertainty_km(event: Event) -> float:
    """Return the event's radius of uncertainty in kilometres.

    The event's own ``uncertainty_km`` wins; otherwise the typical radius of its precision.
    """
    if event.uncertainty_km is not None and event.uncertainty_km > 0:
        return float(event.uncertainty_km)
    try:
        return Precision(event.precision).uncertainty_km
    except ValueError:
        return Precision.COUNTRY.uncertainty_km


def drawing_for(event: Event) -> Drawing:
    """Choose how to draw ``event`` given how precisely it is located.

    Parameters
    ----------
    event : Event
        The event to draw.

    Returns
    -------
    Drawing
        An area for polygons; a circle of uncertainty for points located only to a
        district, border area, region or country; a scaled casualty circle or a symbol
        for points located to a spot or a city.
    """
    if not isinstance(event.geometry, Point):
        return Drawing(Shape.AREA)
    if event.precision not in _SYMBOL_PRECISIONS:
        return Drawing(Shape.CIRCLE, uncertainty_km(event) * 1000.0)
    if event.event_type == EventType.CASUALTIES.value:
        return Drawing(Shape.CASUALTY)
    return Drawing(Shape.SYMBOL)


def precision_label(event: Event) -> str:
    """Return the precision as a reader sees it, e.g. ``"district (within about 3 km)"``."""
    radius = uncertainty_km(event)
    shown = f"{radius:g}" if radius >= 1 else f"{radius * 1000:.0f} m"
    unit = " km" if radius >= 1 else ""
    precision = str(event.precision).replace("_", " ")
    return f"{precision} (within about {shown}{unit})"
