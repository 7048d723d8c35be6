"""Pack events into the compact JSON the page draws from.

A map of 100,000 events must stay small and open fast, so events are not
written as one folium object each. Every layer is a list of short rows of
numbers; all text (labels, places, quotes, sources) sits once in a shared string
table and rows point into it. Popups are assembled from these rows only when
clicked.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date
from typing import Any

import numpy as np
from shapely import set_precision, transform
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from geomap.mapping.layers import DOT_SYMBOL, WEAPON_SYMBOLS, layer_order, layer_style, weapon_symbol
from geomap.mapping.popups import popup_text
from geomap.mapping.precision import Shape, drawing_for
from geomap.model import Event, EventType

__all__ = ["StringTable", "across_antimeridian", "encode_events", "event_day", "script_json"]

# Above this many circles and areas, draw them on one canvas instead of one SVG path each.
CANVAS_THRESHOLD = 2000
# Above this many events, points are painted by geomap's own clustering canvas layer
# instead of one Leaflet object each, so 100,000 events open in seconds.
FAST_THRESHOLD = 500
# Areas are drawn at about 100 m precision: plenty for a district or a region.
_AREA_GRID = 0.001
_COORD_DIGITS = 5
_LARGE_AREA = 40.0  # square degrees: about the size of a large oblast


class StringTable:
    """Strings stored once and referred to by their position."""

    def __init__(self) -> None:
        self._index: dict[str, int] = {}
        self.strings: list[str] = []

    def index(self, text: str | None) -> int:
        """Return the position of ``text`` in the table, adding it if new; -1 for None."""
        if text is None:
            return -1
        position = self._index.get(text)
        if position is None:
            position = self._index[text] = len(self.strings)
            self.strings.append(text)
        return position


def event_day(event: Event) -> str | None:
    """Return the event's date as ``YYYY-MM-DD``, or None when it has no usable date."""
    if not event.date:
        return None
    try:
        return date.fromisoformat(str(event.date)[:10]).isoformat()
    except ValueError:
        return None


def across_antimeridian(geometry: BaseGeometry) -> BaseGeometry:
    """Shift the western-hemisphere parts of a geometry spanning the 180th meridian east by 360°.

    Russia's Chukotka lies at both -170° and +175°: drawn as is, the country
    would stretch across the whole world map.
    """
    west, _, east, _ = geometry.bounds
    if not (west < -90 and east > 90):
        return geometry

    def shift(coordinates: np.ndarray) -> np.ndarray:
        shifted = coordinates.copy()
        shifted[:, 0] = np.where(shifted[:, 0] < 0, shifted[:, 0] + 360.0, shifted[:, 0])
        return shifted

    return transform(geometry, shift)


class _Shapes:
    """Area geometries stored once each, simplified to the drawing grid."""

    def __init__(self) -> None:
        self._index: dict[bytes, int] = {}
        self.geometries: list[list[Any]] = []

    def index(self, geometry: BaseGeometry) -> int:
        key = geometry.wkb
        if key not in self._index:
            snapped = set_precision(geometry, _AREA_GRID)
            if snapped.is_empty:
                snapped = geometry
            snapped = across_antimeridian(snapped)
            self._index[key] = len(self.geometries)
            # A country-sized area gets a faint fill, so it does not hide what lies inside it.
            fill = 0.03 if snapped.area > _LARGE_AREA else 0.12
            self.geometries.append([mapping(snapped), fill])
        return self._index[key]


def _row(event: Event, strings: StringTable, shapes: _Shapes, days: dict[str, int]) -> list[Any]:
    drawing = drawing_for(event)
    if drawing.shape is Shape.CIRCLE:
        parameter: Any = round(drawing.radius_m or 0)
    elif drawing.shape is Shape.AREA:
        parameter = shapes.index(event.geometry)
    elif drawing.shape is Shape.CASUALTY:
        parameter = [event.killed or 0, event.injured or 0]
    else:
        parameter = 0
    symbol = -1
    if drawing.shape is Shape.SYMBOL:
        is_attack = event.event_type == EventType.ATTACK.value
        symbol = strings.index(weapon_symbol(event.weapon) if is_attack else "dot")
    text = popup_text(event)
    rows = [strings.index(part) for pair in text.rows for part in pair]
    return [
        round(event.lat, _COORD_DIGITS),
        round(event.lon, _COORD_DIGITS),
        int(drawing.shape),
        parameter,
        days.get(event.date, -1),
        symbol,
        strings.index(text.heading),
        rows,
        strings.index(text.quote),
        strings.index(text.link),
    ]


def encode_events(events: Sequence[Event], *, cluster: bool = True) -> dict[str, Any]:
    """Return the page's data for ``events``: one entry per event type present.

    Parameters
    ----------
    events : sequence of Event
        The events to draw.
    cluster : bool, default True
        Whether symbol markers gather into clusters where they crowd.

    Returns
    -------
    dict
        ``strings``, ``dates`` (sorted days), ``shapes`` (``[GeoJSON geometry, fill opacity]``),
        ``symbols`` (``[path data, white]`` parts by key), ``renderer`` (``"svg"`` or
        ``"canvas"``), ``fast`` (paint points on one canvas per layer) and
        ``layers``, each with ``key``, ``name``, ``color``, ``cluster`` and
        ``events`` (rows: lat, lon, shape, shape parameter, day index, symbol,
        heading, popup rows, quote, link; text as string-table positions).
    """
    strings = StringTable()
    shapes = _Shapes()
    # Dates are parsed once per distinct text, not once per event: large maps share a few dates.
    day_of: dict[str | None, str | None] = {}
    for event in events:
        if event.date not in day_of:
            day_of[event.date] = event_day(event)
    day_list = sorted({day for day in day_of.values() if day})
    position = {day: index for index, day in enumerate(day_list)}
    days = {text: position[day] for text, day in day_of.items() if day}
    by_type: dict[str, list[Event]] = {}
    for event in events:
        by_type.setdefault(event.event_type, []).append(event)
    layers = []
    paths = 0
    for key in layer_order(events):
        style = layer_style(key)
        rows = [_row(event, strings, shapes, days) for event in by_type[key]]
        paths += sum(1 for row in rows if row[2] != Shape.SYMBOL)
        layers.append(
            {"key": style.key, "name": style.name, "color": style.color, "cluster": cluster, "events": rows}
        )
    symbols = {key: parts for key, (_, parts) in WEAPON_SYMBOLS.items()}
    symbols["dot"] = DOT_SYMBOL[1]
    fast = len(events) > FAST_THRESHOLD
    return {
        "strings": strings.strings,
        "dates": day_list,
        "shapes": shapes.geometries,
        "symbols": symbols,
        "renderer": "canvas" if fast or paths > CANVAS_THRESHOLD else "svg",
        "fast": fast,
        "layers": layers,
    }


def script_json(value: Any) -> str:
    r"""Serialise ``value`` as JSON that is safe inside an HTML ``<script>`` element.

    ``<``, ``>`` and ``&`` are written as ``\\u`` escapes, so article text such as
    ``</script><script>...`` cannot close the element and run.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )
