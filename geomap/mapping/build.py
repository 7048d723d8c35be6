"""Assemble the layered map: base layers, one layer per event type, legend, title, controls."""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Iterable
from html import escape
from types import ModuleType
from typing import Any

import folium
from shapely import set_precision, simplify
from shapely.geometry import mapping

from geomap.atomic import atomic_path
from geomap.errors import GeomapError
from geomap.mapping.assets import leaflet_assets, plugin_assets
from geomap.mapping.basemap import OFFLINE, basemap_data, online_tile_layers, validate_tiles
from geomap.mapping.elements import Basemap, EventLayers, MapControl, RawHTML, Title
from geomap.mapping.legend import MapFacts, legend_html, title_html
from geomap.mapping.payload import encode_events
from geomap.model import Event, EventType, Precision

__all__ = ["build_map", "save_map"]

log = logging.getLogger(__name__)

# Ukraine and its neighbours, shown when there is nothing to zoom to.
_DEFAULT_BOUNDS = [[44.0, 22.0], [52.5, 40.5]]
_MAX_FIT_ZOOM = 12


def _boundaries_module() -> ModuleType | None:
    try:
        from geomap import boundaries
    except ImportError as error:
        log.warning("the map has no offline basemap or border line: %s", error)
        return None
    return boundaries


def _bounds(events: list[Event]) -> list[list[float]]:
    """Return the view that shows every event; events known only to a country are left out."""
    located = [e for e in events if e.precision != Precision.COUNTRY.value and not e.geometry.is_empty]
    if not located:
        return _DEFAULT_BOUNDS
    boxes = [event.geometry.bounds for event in located]
    west = min(box[0] for box in boxes)
    south = min(box[1] for box in boxes)
    east = max(box[2] for box in boxes)
    north = max(box[3] for box in boxes)
    return [[south, west], [north, east]]


def _drawable(events: Iterable[Event]) -> list[Event]:
    """Return the events that have a location; warn about the others instead of failing."""
    kept = []
    for event in events:
        if math.isfinite(event.lon) and math.isfinite(event.lat) and not event.geometry.is_empty:
            kept.append(event)
        else:
            log.warning("event %s (%s) has no usable location and is not drawn", event.id, event.place_name)
    return kept


def _new_map(events: list[Event]) -> folium.Map:
    m = folium.Map(tiles=None, control_scale=True, zoom_start=6, location=[48.5, 31.0])
    m.default_js = []  # folium would link Leaflet and friends from CDNs; geomap inlines them
    m.default_css = []
    style, script = leaflet_assets()
    m.get_root().header.add_child(RawHTML(style + "\n" + script), name="geomap_leaflet")
    m.fit_bounds(_bounds(events), max_zoom=_MAX_FIT_ZOOM, padding=(30, 30))
    return m


def _add_base_layers(m: folium.Map, tiles: str, boundaries: Any) -> None:
    data = basemap_data(loader=boundaries.load_layer) if boundaries is not None else None
    if data is not None:
        shown = tiles == OFFLINE
        group = folium.FeatureGroup(name="Offline basemap", overlay=False, control=True, show=shown)
        group.add_to(m)
        Basemap(group, data).add_to(m)
    for layer in online_tile_layers(tiles):
        layer.add_to(m)


def _border(boundaries: Any) -> dict[str, Any] | None:
    try:
        line = boundaries.border_line("UA", "BY")
    except (GeomapError, OSError, LookupError, ValueError) as error:
        log.warning("the Ukraine-Belarus border is not drawn: %s", error)
        return None
    if line is None or line.is_empty:
        return None
    return mapping(set_precision(simplify(line, 0.002), 0.0001))


def _remove_children(m: folium.Map, kinds: tuple[type, ...]) -> None:
    for name, child in list(m._children.items()):
        if isinstance(child, kinds):
            del m._children[name]


def build_map(
    events: Iterable[Event],
    *,
    m: folium.Map | None = None,
    title: str | None = None,
    tiles: str = OFFLINE,
    cluster: bool = True,
    boundaries: Any = None,
) -> folium.Map:
    """Draw events on a layered, self-contained folium map.

    Each event type present gets its own toggleable layer (attacks with a symbol
    per weapon, casualties as circles scaled by people killed and injured,
    interceptions, damage, prisoner exchanges with the Ukraine–Belarus border,
    talks, and any other type). Events located only to a district, border area
    or region are drawn as that area, never as a pin. Popups show the type,
    counts, date, place as written and as resolved, precision, the reason for
    the location, the quote and the source, all as text. A legend, a title
    with the date range and sources, marker clustering and, when the events
    span several days, a date filter complete the map.

    Parameters
    ----------
    events : iterable of Event
        The events to draw.
    m : folium.Map, optional
        A map to add the event layers to, so several sets of events compose in
        one notebook map. Its own base layers and scripts are kept; only a map
        created here is guaranteed to work offline.
    title : str, optional
        The map's heading; the date range and sources are added below it.
    tiles : {"offline", "osm", "cartodb"}, default "offline"
        The base layer shown when the map opens. The offline basemap is drawn
        from geomap's shipped boundaries; web tiles are listed as extra base
        layers and only fetched when chosen.
    cluster : bool, default True
        Gather symbol markers into clusters where they crowd.
    boundaries : module, optional
        Provides ``load_layer(name)`` and ``border_line(a, b)``; defaults to
        :mod:`geomap.boundaries`.

    Returns
    -------
    folium.Map
        Save it with :func:`save_map` (atomic) or ``m.save(path)``.

    Raises
    ------
    ValueError
        If ``tiles`` is not one of the choices.
    """
    validate_tiles(tiles)
    events = _drawable(events)
    own_map = m is None
    boundaries = boundaries if boundaries is not None else _boundaries_module()
    if own_map:
        m = _new_map(events)
        _add_base_layers(m, tiles, boundaries)
    style, scripts = plugin_assets()
    root = m.get_root()
    root.header.add_child(RawHTML(style), name="geomap_style")
    root.html.add_child(RawHTML(scripts), name="geomap_scripts")

    payload = encode_events(events, cluster=cluster)
    border = None
    if any(event.event_type == EventType.PRISONER_EXCHANGE.value for event in events) and boundaries:
        border = _border(boundaries)
    groups = {}
    for layer in payload["layers"]:
        name = f"{escape(layer['name'])} ({len(layer['events']):,})"
        groups[layer["key"]] = folium.FeatureGroup(name=name, overlay=True, control=True, show=True).add_to(m)
        if layer["key"] == EventType.PRISONER_EXCHANGE.value and border is not None:
            layer["border"] = border
            layer["borderName"] = "Ukraine–Belarus border"
    EventLayers(groups, payload).add_to(m)

    # Layers added to the same map share one title and one legend describing all of them.
    facts = getattr(m, "_geomap_facts", MapFacts()).merged(MapFacts.from_payload(payload, events))
    m._geomap_facts = facts
    m._geomap_border = getattr(m, "_geomap_border", False) or border is not None
    _remove_children(m, (Title, MapControl))
    box, page_title = title_html(facts, title)
    Title(box, page_title=page_title).add_to(m)
    MapControl(legend_html(facts, border=m._geomap_border, cluster=cluster), position="bottomleft",
               css_class="geomap-legend leaflet-bar").add_to(m)
    if not facts.total:
        MapControl("No events to show.", position="topleft", css_class="geomap-empty").add_to(m)
    _remove_children(m, (folium.LayerControl,))
    folium.LayerControl(collapsed=False, position="topright").add_to(m)  # last: it lists the layers above
    return m


def save_map(m: folium.Map, path: str | os.PathLike[str]) -> None:
    """Write ``m`` as one HTML file, atomically: a failure leaves any existing file untouched.

    Parameters
    ----------
    m : folium.Map
        The map, usually from :func:`build_map`.
    path : path-like
        Destination ``.html`` file.

    Raises
    ------
    OutputError
        If the file cannot be written.
    """
    with atomic_path(path) as temporary:
        m.save(str(temporary))

